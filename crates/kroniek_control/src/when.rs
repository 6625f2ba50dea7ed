//! When a statement holds: a date expression in the sentence, else the document date.

use kroniek_core::{Document, Span, TimexType};

/// The date of a claim.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct When {
    /// TIMEX3 value (`2021-08`).
    pub value: Option<String>,
    /// First possible day.
    pub earliest: Option<String>,
    /// Last possible day.
    pub latest: Option<String>,
    /// Well before the document date (more than a year), or marked as the past.
    pub historical: bool,
}

fn ymd((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The document date as a `When`.
pub(crate) fn document_when(doc: &Document) -> When {
    let d = doc.date();
    When {
        value: d.value(),
        earliest: d.earliest().map(ymd),
        latest: d.latest().map(ymd),
        historical: false,
    }
}

/// Words that put a statement in the past whatever its tense.
const PAST_CUES: &[&str] = &[
    "destijds",
    "vroeger",
    "toentertijd",
    "formerly",
    "historically",
];

/// The date of a statement in `sentence`: its first DATE (or TIME) expression, else the
/// document date. A date whose last day lies more than a year before the document date's
/// first day, a `PAST_REF`, or a past cue word makes the statement historical.
pub(crate) fn when_in(doc: &Document, sentence: Span) -> When {
    let base = document_when(doc);
    let text = sentence.slice(doc.text()).to_lowercase();
    let cue = text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| PAST_CUES.contains(&w));
    let timex = doc.layers().timexes().and_then(|l| {
        l.timexes.iter().find(|t| {
            sentence.contains(t.span)
                && matches!(t.kind, TimexType::Date | TimexType::Time)
                && t.value != "PRESENT_REF"
                && !t.value.starts_with('X')
        })
    });
    let Some(t) = timex else {
        return When {
            historical: cue,
            ..base
        };
    };
    if t.value == "PAST_REF" {
        return When {
            value: None,
            earliest: None,
            latest: t.latest.clone(),
            historical: true,
        };
    }
    let historical = cue || is_long_before(t.latest.as_deref(), base.earliest.as_deref());
    When {
        value: Some(t.value.clone()),
        earliest: t.earliest.clone(),
        latest: t.latest.clone(),
        historical,
    }
}

/// `latest` (YYYY-MM-DD) lies more than a year before `reference`.
pub(crate) fn is_long_before(latest: Option<&str>, reference: Option<&str>) -> bool {
    let (Some(l), Some(r)) = (latest, reference) else {
        return false;
    };
    let year = |s: &str| s.get(..4).and_then(|y| y.parse::<i32>().ok());
    match (year(l), year(r), l.get(4..), r.get(4..)) {
        (Some(ly), Some(ry), Some(lrest), Some(rrest)) => {
            ly + 1 < ry || (ly + 1 == ry && lrest < rrest)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_long_before;

    #[test]
    fn long_before() {
        assert!(is_long_before(Some("1999-12-31"), Some("2021-08-01")));
        assert!(!is_long_before(Some("2021-07-30"), Some("2021-08-01")));
        assert!(!is_long_before(Some("2020-09-01"), Some("2021-08-01")));
        assert!(is_long_before(Some("2020-07-01"), Some("2021-08-01")));
        assert!(!is_long_before(None, Some("2021-08-01")));
    }
}
