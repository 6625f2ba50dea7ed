//! Every row of every pattern file: its example sentence, run through the real upstream
//! stages, is matched by the row and gives the row's claim or attribute.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_control::{ATTRIBUTE_NAMES, pattern_rows};

#[test]
fn every_example_matches_and_gives_its_label() {
    let rows = pattern_rows().unwrap();
    assert!(rows.len() > 60, "{} rows", rows.len());
    let mut failures = Vec::new();
    for row in &rows {
        let lang = if row.file.contains("-en") { "en" } else { "nl" };
        let doc = common::analyse(&row.example, lang, "2021-08-20");
        if !row.matches(&doc) {
            failures.push(format!(
                "{}: `{}` does not match `{}`",
                row.file, row.source, row.example
            ));
            continue;
        }
        let ok = if ATTRIBUTE_NAMES.contains(&row.label.as_str())
            && row.file.starts_with("quantities")
        {
            common::attributes(&doc)
                .iter()
                .any(|a| a.name == row.label && a.value > 0.0)
        } else if row.file.starts_with("exceptions") {
            common::claims(&doc)
                .iter()
                .any(|c| c.status.as_str() == row.label && !c.exceptions.is_empty())
        } else {
            common::claims(&doc)
                .iter()
                .any(|c| c.status.as_str() == row.label)
        };
        if !ok {
            failures.push(format!(
                "{}: `{}` gives no {} for `{}`: claims {:?} attributes {:?} places {:?}",
                row.file,
                row.source,
                row.label,
                row.example,
                common::claims(&doc)
                    .iter()
                    .map(|c| (&c.region, &c.actor, c.status, &c.exceptions))
                    .collect::<Vec<_>>(),
                common::attributes(&doc)
                    .iter()
                    .map(|a| (&a.name, a.value, &a.subject.text, &a.subject.place))
                    .collect::<Vec<_>>(),
                doc.layers()
                    .places()
                    .unwrap()
                    .places
                    .iter()
                    .map(|p| (&p.text, p.kind, &p.iso3166_2))
                    .collect::<Vec<_>>(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}
