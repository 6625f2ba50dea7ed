//! The place layer's types live in `kroniek_core` (`Layer::Places`); re-exported here.

pub use kroniek_core::{Place, PlaceLayer};
