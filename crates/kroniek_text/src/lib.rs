//! The text layer: normalisation with an offset map, language identification, and sentence and
//! token segmentation for Dutch and English.

pub mod segment;
