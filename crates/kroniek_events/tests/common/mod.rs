//! Shared helpers: the real pipeline up to places, then the event stage.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::sync::OnceLock;

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline};
use kroniek_events::EventStage;
use kroniek_geo::PlaceStage;
use kroniek_ner::NerStage;
use kroniek_syntax::SyntaxStage;
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

fn syntax() -> SyntaxStage {
    static S: OnceLock<SyntaxStage> = OnceLock::new();
    S.get_or_init(|| SyntaxStage::new().unwrap()).clone()
}

fn places() -> PlaceStage {
    static P: OnceLock<PlaceStage> = OnceLock::new();
    *P.get_or_init(|| PlaceStage::new().unwrap())
}

/// The event stage, built once.
pub fn events() -> &'static EventStage {
    static E: OnceLock<EventStage> = OnceLock::new();
    E.get_or_init(|| EventStage::new().unwrap())
}

/// Run the whole pipeline (language forced) with the event stage last.
pub fn annotate(text: &str, lang: &str, date: DocDate) -> Document {
    let p = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(syntax())
        .stage(NerStage::new())
        .stage(TimeStage::new())
        .stage(places())
        .stage(events().clone())
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

/// One line per case `(pattern id, sentence, type)` that the pipeline does not code with that
/// pattern and type (`intent_ok`: an intended act recoded AGREE or THREATEN also counts).
pub fn uncoded<'a>(
    lang: &str,
    cases: impl IntoIterator<Item = (&'a str, &'a str, kroniek_core::PloverType)>,
    intent_ok: bool,
) -> Vec<String> {
    use kroniek_core::{Modality, PloverType};
    let mut failures = Vec::new();
    for (id, sentence, kind) in cases {
        let doc = annotate(sentence, lang, date("2021-08-20"));
        let events = &doc.layers().events().unwrap().events;
        let hit = events.iter().any(|e| {
            e.pattern == id
                && (e.kind == kind
                    || intent_ok
                        && e.modality == Modality::Intended
                        && matches!(e.kind, PloverType::Agree | PloverType::Threaten))
        });
        if !hit {
            let got: Vec<String> = events
                .iter()
                .map(|e| format!("{}={}", e.pattern, e.kind))
                .collect();
            failures.push(format!("{id}: {sentence:?} → {got:?}"));
        }
    }
    failures
}
