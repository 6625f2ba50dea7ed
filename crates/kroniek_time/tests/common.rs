//! Shared helpers for the integration tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline, TimexLayer};
use kroniek_text::{LanguageStage, SegmentStage, normalize};
use kroniek_time::TimeStage;

/// Parse `YYYY[-MM[-DD]]` (empty: unknown).
pub fn date(s: &str) -> DocDate {
    let p: Vec<u32> = s.split('-').filter_map(|x| x.parse().ok()).collect();
    match p.as_slice() {
        [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8).unwrap(),
        [y, m] => DocDate::from_year_month(*y as i32, *m as u8).unwrap(),
        [y] => DocDate::from_year(*y as i32).unwrap(),
        _ => DocDate::unknown(),
    }
}

/// Run language (forced), segmentation and time on a text.
pub fn annotate(text: &str, lang: &str, date: DocDate) -> Document {
    let p = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(TimeStage::new())
        .build()
        .unwrap();
    let mut doc = Document::new(
        Metadata {
            date,
            ..Metadata::default()
        },
        normalize(text, 0),
    );
    p.run(&mut doc).unwrap();
    doc
}

/// The timex layer of a document.
pub fn timexes(doc: &Document) -> &TimexLayer {
    doc.layers().timexes().unwrap()
}
