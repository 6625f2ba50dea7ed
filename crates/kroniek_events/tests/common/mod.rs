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

/// The event stage as the rules code (every event; the plausibility filter has tests of its
/// own in `plausibility.rs`), built once.
pub fn events() -> &'static EventStage {
    static E: OnceLock<EventStage> = OnceLock::new();
    E.get_or_init(|| EventStage::new().unwrap().rule_based())
}

/// The pipeline up to places (language forced), the actor stage, and `events` last.
#[allow(dead_code, reason = "not every test file sets its own event stage")]
pub fn pipeline_with(lang: &str, events: EventStage) -> Pipeline {
    Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(syntax())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(TimeStage::new())
        .stage(places())
        .stage(kroniek_actors::ActorStage::new().unwrap())
        .stage(events)
        .build()
        .unwrap()
}

/// The pipeline up to places (language forced), the actor stage when `actors`, and the event
/// stage last.
fn build(lang: &str, actors: bool) -> Pipeline {
    let mut b = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang(lang.into()))))
        .stage(SegmentStage)
        .stage(syntax())
        .stage(kroniek_actors::ner_stage().unwrap())
        .stage(TimeStage::new())
        .stage(places());
    if actors {
        b = b.stage(kroniek_actors::ActorStage::new().unwrap());
    }
    b.stage(events().clone()).build().unwrap()
}

/// Run the whole pipeline (language forced) with the event stage last.
pub fn annotate(text: &str, lang: &str, date: DocDate) -> Document {
    let p = build(lang, false);
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

/// The pipeline as the event evaluation runs it (language forced, the actor stage before the
/// event stage), built once per language.
pub fn with_actors(lang: &str) -> &'static Pipeline {
    static EN: OnceLock<Pipeline> = OnceLock::new();
    static NL: OnceLock<Pipeline> = OnceLock::new();
    if lang == "nl" {
        NL.get_or_init(|| build("nl", true))
    } else {
        EN.get_or_init(|| build("en", true))
    }
}

/// The events of a one-sentence document (no date), run through [`with_actors`].
pub fn sentence_events(lang: &str, text: &str) -> Vec<kroniek_core::Event> {
    let mut doc = Document::new(Metadata::default(), normalize(text, 0));
    with_actors(lang).run(&mut doc).unwrap();
    doc.layers().events().unwrap().events.clone()
}

/// The event among `evs` whose trigger is `word` in `text`.
pub fn event_at(evs: &[kroniek_core::Event], text: &str, word: &str) -> kroniek_core::Event {
    evs.iter()
        .find(|e| e.trigger.slice(text) == word)
        .cloned()
        .unwrap_or_else(|| panic!("no event at {word:?} in {text:?}: {evs:#?}"))
}

/// The distinct country codes of some participants, sorted.
pub fn codes(ps: &[kroniek_core::Participant]) -> Vec<String> {
    let mut v: Vec<String> = ps.iter().filter_map(|p| p.country.clone()).collect();
    v.sort();
    v.dedup();
    v
}

/// The events of `text` (language forced, no actor stage) for a document dated `date`.
pub fn dated_events(lang: &str, text: &str, date_: &str) -> Vec<kroniek_core::Event> {
    let doc = annotate(text, lang, date(date_));
    doc.layers().events().unwrap().events.clone()
}

/// What each event is, for failure messages: pattern, type, modality, sources → targets.
pub fn show(ev: &[kroniek_core::Event]) -> Vec<String> {
    ev.iter()
        .map(|e| {
            let names = |ps: &[kroniek_core::Participant]| {
                ps.iter()
                    .map(|p| p.text.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            format!(
                "{} {:?} {:?} [{}] -> [{}]",
                e.pattern,
                e.kind,
                e.modality,
                names(&e.sources),
                names(&e.targets)
            )
        })
        .collect()
}

/// Asserts that a text dated 2021-08-20 has no event of this type.
pub fn no_event_of(lang: &str, text: &str, kind: kroniek_core::PloverType) {
    let ev = dated_events(lang, text, "2021-08-20");
    assert!(
        ev.iter().all(|e| e.kind != kind),
        "{text}: no {kind:?} expected, got {:?}",
        show(&ev)
    );
}

/// The first event of this type in a text dated 2021-08-20 (fails without one).
pub fn event_of(lang: &str, text: &str, kind: kroniek_core::PloverType) -> kroniek_core::Event {
    let ev = dated_events(lang, text, "2021-08-20");
    ev.iter()
        .find(|e| e.kind == kind)
        .cloned()
        .unwrap_or_else(|| panic!("{text}: a {kind:?} expected, got {:?}", show(&ev)))
}
