//! The text layer: normalisation with an offset map, language identification, and sentence and
//! token segmentation for Dutch and English.
//!
//! Normalisation runs once, at ingest, and yields the immutable text every later span points
//! into ([`normalize::normalize`]). The [`stages`] then add the language layer and the segments
//! layer.

pub mod calendar;
pub mod fold;
pub mod langid;
pub mod normalize;
pub mod segment;
pub mod stages;

pub use fold::fold;
pub use langid::{LanguageIdentifier, paragraph_spans};
pub use normalize::normalize;
pub use stages::{LanguageStage, SegmentStage};
