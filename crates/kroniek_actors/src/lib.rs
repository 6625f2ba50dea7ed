//! kroniek actors (being built).
