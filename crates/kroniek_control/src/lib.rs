//! kroniek control (being built).
