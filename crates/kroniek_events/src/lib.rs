//! kroniek events (being built).
