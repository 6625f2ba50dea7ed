//! The gazetteer compiled into the binary, loaded once.

use std::sync::OnceLock;

use crate::error::Result;
use crate::gazetteer::Gazetteer;

/// The committed gazetteer file (`data/geo/gazetteer.tsv.gz`).
pub static GAZETTEER_GZ: &[u8] = include_bytes!("../../../data/geo/gazetteer.tsv.gz");

static LOADED: OnceLock<Gazetteer> = OnceLock::new();

/// The embedded gazetteer, loaded on first use (about 0.1–0.3 s) and shared afterwards.
pub fn gazetteer() -> Result<&'static Gazetteer> {
    if let Some(g) = LOADED.get() {
        return Ok(g);
    }
    let g = Gazetteer::from_gz(GAZETTEER_GZ)?;
    Ok(LOADED.get_or_init(|| g))
}
