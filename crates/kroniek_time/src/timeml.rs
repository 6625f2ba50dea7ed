//! A reader for inline TimeML (`.tml`): the text inside `<TEXT>`, its TIMEX3 annotations and
//! the document creation time from `<DCT>`.

use std::path::Path;

use crate::error::{Error, Result};

/// A gold TIMEX3 annotation.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldTimex {
    /// Byte offset of the start in [`TimeMlDoc::text`].
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// `DATE`, `TIME`, `DURATION` or `SET`.
    pub kind: String,
    /// The TIMEX3 value.
    pub value: String,
}

/// One TimeML document.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeMlDoc {
    /// The document creation time value (`1998-01-08`).
    pub dct: String,
    /// The plain text of `<TEXT>`, tags removed, entities decoded.
    pub text: String,
    /// Gold expressions in text order.
    pub timexes: Vec<GoldTimex>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let pat = format!("{name}=\"");
    let start = tag.find(&pat)? + pat.len();
    let len = tag[start..].find('"')?;
    Some(tag[start..start + len].to_string())
}

/// Parse a TimeML document from its source.
pub fn parse_timeml(src: &str, path: &Path) -> Result<TimeMlDoc> {
    let bad = |message: &str| Error::TimeMl {
        path: path.to_path_buf(),
        message: message.to_string(),
    };
    let dct_at = src.find("<DCT>").ok_or_else(|| bad("no <DCT>"))?;
    let dct_tag_end = src[dct_at..]
        .find("</DCT>")
        .ok_or_else(|| bad("unclosed <DCT>"))?;
    let dct = attr(&src[dct_at..dct_at + dct_tag_end], "value")
        .ok_or_else(|| bad("<DCT> without value"))?;
    let t0 = src.find("<TEXT>").ok_or_else(|| bad("no <TEXT>"))? + "<TEXT>".len();
    let t1 = src[t0..]
        .find("</TEXT>")
        .ok_or_else(|| bad("unclosed <TEXT>"))?
        + t0;
    let body = &src[t0..t1];
    let mut text = String::with_capacity(body.len());
    let mut timexes = Vec::new();
    let mut open: Option<GoldTimex> = None;
    let mut rest = body;
    while let Some(lt) = rest.find(['<', '&']) {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if rest.starts_with('&') {
            let (ch, len) = [
                ("&amp;", '&'),
                ("&lt;", '<'),
                ("&gt;", '>'),
                ("&quot;", '"'),
                ("&apos;", '\''),
            ]
            .iter()
            .find(|(e, _)| rest.starts_with(e))
            .map_or(('&', 1), |(e, c)| (*c, e.len()));
            text.push(ch);
            rest = &rest[len..];
            continue;
        }
        let gt = rest.find('>').ok_or_else(|| bad("unclosed tag"))?;
        let tag = &rest[..=gt];
        if tag.starts_with("<TIMEX3") {
            open = Some(GoldTimex {
                start: text.len(),
                end: text.len(),
                kind: attr(tag, "type").unwrap_or_default(),
                value: attr(tag, "value").unwrap_or_default(),
            });
        } else if tag.starts_with("</TIMEX3")
            && let Some(mut t) = open.take()
        {
            t.end = text.len();
            timexes.push(t);
        }
        rest = &rest[gt + 1..];
    }
    text.push_str(rest);
    Ok(TimeMlDoc { dct, text, timexes })
}

/// Read a `.tml` file.
pub fn read_timeml(path: &Path) -> Result<TimeMlDoc> {
    let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_timeml(&src, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_inline_timeml() {
        let src = "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-01-08\">x</TIMEX3></DCT>\
                   <TEXT>Sales rose &amp; fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-01-07\">yesterday</TIMEX3>.</TEXT>";
        let d = parse_timeml(src, Path::new("x.tml")).unwrap();
        assert_eq!(d.dct, "1998-01-08");
        assert_eq!(d.text, "Sales rose & fell yesterday.");
        assert_eq!(&d.text[d.timexes[0].start..d.timexes[0].end], "yesterday");
        assert_eq!(d.timexes[0].value, "1998-01-07");
    }
}
