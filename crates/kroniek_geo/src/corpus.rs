//! Reader for the XML geoparsing corpora (GeoVirus, TR-News): article text and toponyms with
//! character offsets and coordinates. A small purpose-built reader: the files use a handful of
//! tags, CDATA or entity-escaped text, and no namespaces.

use std::path::Path;

use crate::error::{Error, Result};

/// One gold toponym.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldToponym {
    /// Start, in characters of the article text.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// Gold coordinates, when the corpus gives them.
    pub coords: Option<(f64, f64)>,
}

/// One article.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldArticle {
    /// The article text.
    pub text: String,
    /// Its toponyms.
    pub toponyms: Vec<GoldToponym>,
}

fn unescape(s: &str) -> String {
    if let Some(inner) = s.trim_start().strip_prefix("<![CDATA[") {
        return inner.rsplit_once("]]>").map_or(inner, |x| x.0).to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let Some(j) = tail.find(';').filter(|j| *j <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let ent = &tail[1..j];
        let c = match ent {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => ent
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| ent.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &tail[j + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The content of the first `<tag …>…</tag>` in `s`.
fn element<'a>(s: &'a str, tag: &str) -> Option<&'a str> {
    let open = s.find(&format!("<{tag}"))?;
    let after = &s[open + tag.len() + 1..];
    if !after.starts_with(['>', ' ']) {
        return None;
    }
    let body_start = after.find('>')? + 1;
    let body = &after[body_start..];
    let close = body.find(&format!("</{tag}>"))?;
    Some(&body[..close])
}

/// Every `<tag …>…</tag>` content in `s`.
fn elements<'a>(s: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i + open.len()..];
        if !after.starts_with(['>', ' ']) {
            rest = after;
            continue;
        }
        let Some(b) = after.find('>') else { break };
        let body = &after[b + 1..];
        let Some(c) = body.find(&close) else { break };
        out.push(&body[..c]);
        rest = &body[c + close.len()..];
    }
    out
}

/// Gold offsets as given, or shifted by up to two characters when that makes the text equal
/// the gold phrase (GeoVirus offsets are one character to the right of its text).
/// How far (in characters) a gold span may sit from its phrase.
const MAX_SHIFT: isize = 12;

fn align(chars: &[char], start: usize, end: usize, phrase: Option<&str>) -> (usize, usize) {
    let Some(phrase) = phrase.map(str::trim) else {
        return (start, end);
    };
    let is = |s: usize, e: usize| {
        s <= e && e <= chars.len() && chars[s..e].iter().copied().eq(phrase.chars())
    };
    // The nearest occurrence of the phrase within MAX_SHIFT characters (TR-News has spans up
    // to ten characters left of their phrase, GeoVirus one to the right).
    for d in 0..=MAX_SHIFT {
        for shift in [-d, d] {
            let (s, e) = (start as isize + shift, end as isize + shift);
            if s >= 0 && is(s as usize, e as usize) {
                return (s as usize, e as usize);
            }
        }
    }
    (start, end)
}

/// The text without `<!-- … -->` comments (GeoVirus comments out some locations).
fn strip_comments(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Read a GeoVirus (`<location>`) or TR-News (`<toponym>`) file.
pub fn read_geo_xml(path: &Path) -> Result<Vec<GoldArticle>> {
    let raw = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let xml = strip_comments(&raw);
    let bad = |m: &str| Error::Corpus {
        path: path.to_path_buf(),
        message: m.to_string(),
    };
    let mut out = Vec::new();
    for art in elements(&xml, "article") {
        let text = unescape(element(art, "text").ok_or_else(|| bad("article without <text>"))?);
        let chars: Vec<char> = text.chars().collect();
        let mut toponyms = Vec::new();
        for t in elements(art, "location")
            .into_iter()
            .chain(elements(art, "toponym"))
        {
            let num = |tag: &str| element(t, tag).and_then(|x| x.trim().parse::<f64>().ok());
            let (Some(start), Some(end)) = (num("start"), num("end")) else {
                return Err(bad(&format!(
                    "toponym without <start>/<end>: {}",
                    t.chars().take(300).collect::<String>()
                )));
            };
            let coords = num("lat").zip(num("lon"));
            let phrase = element(t, "phrase")
                .or_else(|| element(t, "name"))
                .map(unescape);
            let (start, end) = align(&chars, start as usize, end as usize, phrase.as_deref());
            toponyms.push(GoldToponym { start, end, coords });
        }
        out.push(GoldArticle { text, toponyms });
    }
    if out.is_empty() {
        return Err(bad("no <article> found"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_entities_and_cdata() {
        assert_eq!(unescape("a &amp; b &#233;"), "a & b é");
        assert_eq!(unescape("<![CDATA[x < y]]>"), "x < y");
    }

    #[test]
    fn finds_elements() {
        let s = "<a><t>1</t><t x=\"2\">2</t><tt>3</tt></a>";
        assert_eq!(elements(s, "t"), vec!["1", "2"]);
        assert_eq!(element(s, "tt"), Some("3"));
    }
}
