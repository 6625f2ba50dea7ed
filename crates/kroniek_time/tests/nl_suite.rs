//! The Dutch test suite: `tests/nl_suite.tsv`, sentences written for this project, each with a
//! document date and the expected type, value, interval and modifier of one expression.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_core::TimexType;

#[test]
fn dutch_suite() {
    let src = include_str!("nl_suite.tsv");
    let mut failures = Vec::new();
    let mut total = 0;
    for (n, line) in src.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 7, "line {}: 7 columns expected", n + 1);
        total += 1;
        let (date, marked, typ, value, lo, hi, extra) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        let a = marked.find('[').unwrap();
        let b = marked.find(']').unwrap();
        let expr = &marked[a + 1..b];
        let text = format!("{}{}{}", &marked[..a], expr, &marked[b + 1..]);
        let doc = common::annotate(&text, "nl", common::date(date));
        let found = common::timexes(&doc)
            .timexes
            .iter()
            .find(|t| t.span.start() == a && t.span.slice(doc.text()) == expr);
        let Some(t) = found else {
            let got: Vec<String> = common::timexes(&doc)
                .timexes
                .iter()
                .map(|t| format!("[{}] {}", t.span.slice(doc.text()), t.value))
                .collect();
            failures.push(format!(
                "line {}: `{expr}` not found in `{text}`; got {got:?}",
                n + 1
            ));
            continue;
        };
        let kind = match t.kind {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        };
        let opt = |s: &str| (s != "-").then(|| s.to_string());
        let (want_mod, want_freq) = match extra.strip_prefix("freq=") {
            Some(fr) => (None, Some(fr.to_string())),
            None => (opt(extra), None),
        };
        let got = (
            kind,
            t.value.as_str(),
            t.earliest.clone(),
            t.latest.clone(),
            t.modifier.clone(),
            t.freq.clone(),
        );
        let want = (typ, value, opt(lo), opt(hi), want_mod, want_freq);
        if got != want {
            failures.push(format!(
                "line {}: `{expr}` ({date}): got {got:?}, want {want:?}",
                n + 1
            ));
        }
    }
    assert!(
        total >= 250,
        "the suite should hold at least 250 expressions, has {total}"
    );
    assert!(
        failures.is_empty(),
        "{} of {total} expressions wrong:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
