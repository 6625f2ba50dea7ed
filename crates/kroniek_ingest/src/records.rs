//! Turning one record (a JSON object, a CSV row) into a raw document.

use kroniek_core::{DocDate, Lang, Metadata};

use crate::date::parse_date;
use crate::error::Problem;
use crate::options::IngestOptions;
use crate::raw::RawDocument;

/// Look up the first present, non-empty field among `names`.
fn first_field<F>(get: &F, names: &[String]) -> Option<String>
where
    F: Fn(&str) -> Option<String>,
{
    names
        .iter()
        .find_map(|n| get(n).filter(|v| !v.trim().is_empty()))
}

/// Normalise a declared language (`nl-NL`, `NL`, `dutch`) to an ISO 639-1 code.
pub fn declared_lang(value: &str) -> Option<Lang> {
    let v = value.trim().to_ascii_lowercase();
    let primary = v.split(['-', '_']).next().unwrap_or("");
    let code = match primary {
        "dutch" | "nederlands" | "nld" | "dut" => "nl",
        "english" | "engels" | "eng" => "en",
        c if c.len() == 2 && c.bytes().all(|b| b.is_ascii_lowercase()) => c,
        _ => return None,
    };
    Some(Lang(code.to_string()))
}

/// Build a raw document from a record whose fields `get` returns by name.
pub(crate) fn record_document<F>(
    get: F,
    opts: &IngestOptions,
    location: &str,
    bytes: usize,
) -> Result<RawDocument, Problem>
where
    F: Fn(&str) -> Option<String>,
{
    let fields = &opts.fields;
    let Some(body) = first_field(&get, &fields.text) else {
        return Err(Problem::new(
            location,
            format!(
                "no text: none of the fields {} is present and non-empty (map another with --field text=NAME)",
                fields.text.join(", ")
            ),
        ));
    };
    let mut notes = Vec::new();
    let date = match first_field(&get, &fields.date) {
        Some(raw) => match parse_date(&raw) {
            Some(d) => d,
            None => {
                notes.push(format!(
                    "{location}: unrecognised date `{}`; using {}",
                    raw.trim(),
                    opts.default_date
                        .map_or("no date".to_string(), |d| d.to_string())
                ));
                opts.default_date.unwrap_or_else(DocDate::unknown)
            }
        },
        None => opts.default_date.unwrap_or_else(DocDate::unknown),
    };
    let meta = Metadata {
        id: first_field(&get, &fields.id).map(|v| v.trim().to_string()),
        source: location.to_string(),
        title: first_field(&get, &fields.title).map(|v| v.trim().to_string()),
        url: first_field(&get, &fields.url).map(|v| v.trim().to_string()),
        date,
        declared_lang: first_field(&get, &fields.lang).and_then(|v| declared_lang(&v)),
    };
    Ok(RawDocument {
        meta,
        body,
        base: 0,
        bytes,
        notes,
    })
}

/// A JSON value as field text: strings as they are, numbers printed, others absent.
pub(crate) fn json_field(value: &serde_json::Value) -> Option<String> {
    match value {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_languages() {
        assert_eq!(declared_lang("nl-NL"), Some(Lang("nl".into())));
        assert_eq!(declared_lang("English"), Some(Lang("en".into())));
        assert_eq!(declared_lang("x"), None);
    }
}
