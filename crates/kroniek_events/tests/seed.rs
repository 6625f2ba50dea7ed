//! The seed article (read from ../shared, never copied) yields the events issue 7 asks for.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use std::path::Path;

use kroniek_core::{ControlEffect, Event, Modality, PloverType};

fn seed() -> Option<(String, String)> {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: ../shared not found ({})", path.display());
        return None;
    };
    // kroniek's text header: `date YYYY[-MM[-DD]]`, then the body.
    let t = raw.trim_start();
    let rest = t.strip_prefix("date ").unwrap();
    let (date, body) = rest.split_once(char::is_whitespace).unwrap();
    Some((date.to_string(), body.to_string()))
}

fn text<'a>(doc: &'a kroniek_core::Document, e: &Event) -> (&'a str, Vec<String>, Vec<String>) {
    (
        e.trigger.slice(doc.text()),
        e.sources.iter().map(|p| p.text.to_lowercase()).collect(),
        e.targets.iter().map(|p| p.text.to_lowercase()).collect(),
    )
}

#[test]
fn seed_article_events() {
    let Some((date, body)) = seed() else { return };
    let doc = common::annotate(&body, "nl", common::date(&date));
    let events = &doc.layers().events().unwrap().events;
    for e in events {
        assert!(
            !e.sentence.is_empty() && e.sentence.contains(e.trigger),
            "{e:?}"
        );
    }
    let show = || {
        events
            .iter()
            .map(|e| format!("{} {:?}", e.pattern, text(&doc, e)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let find = |pred: &dyn Fn(&Event) -> bool, what: &str| -> Event {
        events
            .iter()
            .find(|e| pred(e))
            .cloned()
            .unwrap_or_else(|| panic!("missing: {what}\n{}", show()))
    };

    // The Taliban capture the country, August 2021.
    let cap = find(
        &|e| {
            e.kind == PloverType::Assault
                && e.control == Some(ControlEffect::Captures)
                && !e.negated
                && !e.historical
                && text(&doc, e).1.iter().any(|s| s.contains("taliban"))
        },
        "Taliban capture",
    );
    assert_eq!(cap.mode.as_deref(), Some("occupy"));
    assert!(
        cap.date.value.as_deref().unwrap().starts_with("2021-08"),
        "{:?}",
        cap.date
    );

    // Saleh's arrival two days before the article: CONSULT/visit, dated by the timex.
    let arr = find(&|e| e.pattern == "nl:aankomen", "arrival");
    assert_eq!(arr.kind, PloverType::Consult);
    assert!(text(&doc, &arr).1.iter().any(|s| s.contains("saleh")));
    let tx = arr.date.timex.expect("arrival dated by a time expression") as usize;
    let timex = &doc.layers().timexes().unwrap().timexes[tx];
    assert_eq!(
        timex.span.slice(doc.text()).to_lowercase(),
        "twee dagen geleden"
    );
    assert_eq!(arr.date.earliest, timex.earliest);
    assert_eq!(
        arr.place.as_ref().map(|p| p.name.as_str()),
        Some("Panjshir")
    );

    // Saleh's call to armed struggle against the Taliban.
    let call = find(&|e| e.kind == PloverType::Threaten, "call to arms");
    assert!(text(&doc, &call).1.iter().any(|s| s.contains("saleh")));
    assert!(text(&doc, &call).2.iter().any(|s| s.contains("taliban")));

    // Massoud asks the world for weapons.
    let req = find(&|e| e.kind == PloverType::Request, "request for weapons");
    assert_eq!(req.mode.as_deref(), Some("military-aid"));
    assert!(req.cameo.starts_with("023"));
    assert_eq!(text(&doc, &req).2, vec!["de wereld".to_string()]);
    assert!(text(&doc, &req).1.iter().any(|s| s.contains("massoud")));

    // Ahmad Shah Massoud killed shortly before 9/11 (passive, historical).
    let kill = find(
        &|e| e.mode.as_deref() == Some("assassinate"),
        "assassination",
    );
    assert!(kill.historical);
    assert!(
        text(&doc, &kill).2.iter().any(|s| s.contains("massoud")),
        "{:?}",
        text(&doc, &kill)
    );
    assert!(kill.date.latest.as_deref().unwrap() < "2001-09-11");

    // The Red Army never took the valley.
    let red = find(
        &|e| e.negated && e.historical && text(&doc, e).1.iter().any(|s| s.contains("rode leger")),
        "Red Army failure",
    );
    assert_eq!(red.kind, PloverType::Assault);
    assert!(text(&doc, &red).2.iter().any(|s| s.contains("vallei")));

    // "zouden zich aangesloten hebben": reported; "Of een aanval … is niet zeker": possible.
    assert!(events.iter().any(|e| e.modality == Modality::Reported));
    assert!(
        events
            .iter()
            .any(|e| e.modality == Modality::Possible && e.kind == PloverType::Assault)
    );
}
