//! The geoparser on segmented text, shared by the geo tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek_core::{Document, Lang, Metadata, Pipeline};
use kroniek_geo::{Place, resolve};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

/// The text as a document of `lang`, segmented.
pub fn doc(text: &str, lang: &str) -> Document {
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .build()
        .unwrap();
    let mut doc = Document::new(Metadata::default(), normalize(text, 0));
    pipeline.run(&mut doc).unwrap();
    doc
}

/// The places the geoparser finds in the text (no entity layer).
pub fn places(text: &str, lang: &str) -> Vec<Place> {
    resolve(&doc(text, lang)).unwrap().places
}

/// The place found for `text`, or a failure listing what was found.
pub fn find<'a>(ps: &'a [Place], text: &str) -> &'a Place {
    ps.iter()
        .find(|p| p.text == text)
        .unwrap_or_else(|| panic!("{text:?} not among {ps:#?}"))
}
