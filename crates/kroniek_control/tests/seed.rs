//! The seed article (read from ../shared/seed, never copied), without the event layer: the
//! stative and exception statements carry it alone.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use std::path::Path;

use kroniek_core::ControlStatus;

#[test]
fn seed_article() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    let body = raw.trim_start().strip_prefix("date 2021-08").unwrap();
    let doc = common::analyse(body, "nl", "2021-08");
    let with_actors = doc.layers().actors().is_some();
    let af = common::claim(&doc, "AF", Some("taliban"), ControlStatus::Captured);
    assert_eq!(af.from.as_deref(), Some("2021-08"));
    assert_eq!(af.exceptions, ["AF-PAN"]);
    assert!(!af.historical);
    let na = if with_actors {
        "northern-alliance"
    } else {
        "noordelijke-alliantie"
    };
    let pan = common::claim(&doc, "AF-PAN", Some(na), ControlStatus::Held);
    assert_eq!(pan.from.as_deref(), Some("2021-08"));
    assert_eq!(pan.region_name, "Panjshir");
    assert!(
        pan.evidence[0]
            .slice(doc.text())
            .starts_with("Panjshir is in handen")
    );
    // resistance: the first sentence names the province only after the colon
    let contested = common::claim(&doc, "AF-PAN", None, ControlStatus::Contested);
    assert!(
        contested.evidence[0]
            .slice(doc.text())
            .starts_with("De taliban veroverden")
    );
    // nothing claims that the taliban hold or took Panjshir
    assert!(
        common::claims(&doc).iter().all(|c| !(c.region == "AF-PAN"
            && c.actor.as_deref() == Some("taliban")
            && matches!(c.status, ControlStatus::Held | ControlStatus::Captured))),
        "{:#?}",
        common::claims(&doc)
    );
    let pop = common::attribute(&doc, "population");
    assert_eq!(pop.value, 150_000.0);
    assert!(pop.approximate, "amper");
    assert_eq!(pop.subject.text, "De vallei");
    assert_eq!(pop.subject.place.as_deref(), Some("AF-PAN"));
    // every claim and attribute, for the record (cargo test -- --nocapture)
    for c in common::claims(&doc) {
        eprintln!(
            "{} {:?} {} from {:?} except {:?} hist {} conf {:.2}",
            c.region,
            c.actor,
            c.status.as_str(),
            c.from,
            c.exceptions,
            c.historical,
            c.confidence
        );
    }
    for a in common::attributes(&doc) {
        eprintln!(
            "{} = {} ({:?} {:?})",
            a.name, a.value, a.subject.text, a.subject.place
        );
    }
    assert_eq!(common::attributes(&doc).len(), 1);
}
