//! The seed article (read from ../shared/seed, never copied): its four hard expressions.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use std::path::Path;

use kroniek_core::TimexAnchor;

#[test]
fn seed_article() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: ../shared/seed/article-2021-08.txt not found");
        return;
    };
    let body = raw.trim_start().strip_prefix("date 2021-08").unwrap();
    let doc = common::annotate(body, "nl", common::date("2021-08"));
    let layer = common::timexes(&doc);
    let find = |s: &str| {
        layer
            .timexes
            .iter()
            .find(|t| t.span.slice(doc.text()).eq_ignore_ascii_case(s))
            .unwrap_or_else(|| panic!("`{s}` not found"))
    };
    let t = find("Twee dagen geleden");
    assert_eq!(
        (t.value.as_str(), t.earliest.as_deref(), t.latest.as_deref()),
        ("2021-08", Some("2021-07-30"), Some("2021-08-29"))
    );
    assert_eq!(t.anchor, TimexAnchor::Document);
    let t = find("Eind vorige eeuw");
    assert_eq!(
        (t.value.as_str(), t.modifier.as_deref()),
        ("19", Some("END"))
    );
    assert_eq!(
        (t.earliest.as_deref(), t.latest.as_deref()),
        (Some("1980-01-01"), Some("1999-12-31"))
    );
    let t = find("Enkele dagen voor 9/11");
    assert_eq!(
        t.anchor,
        TimexAnchor::Event {
            name: "9/11".into()
        }
    );
    assert!(t.latest.as_deref().unwrap() < "2001-09-11");
    assert!(t.earliest.as_deref().unwrap() >= "2001-09-01");
    let t = find("de jaren negentig");
    assert_eq!(t.value, "199X");
    // every span lies on token boundaries
    let seg = doc.layers().segments().unwrap();
    for t in &layer.timexes {
        assert!(seg.tokens.iter().any(|k| k.span.start() == t.span.start()));
        assert!(seg.tokens.iter().any(|k| k.span.end() == t.span.end()));
    }
}
