//! The real-news corpora of the precision audits, read as the audit examples read them: the
//! Wikinews CSV files (`url,date,title,text`) and the De Morgen articles of the CoNLL-2002
//! Dutch training file, with the sampling keys the judged files in `eval-reports/audit/` use.

use std::path::Path;

use kroniek_core::{DocDate, Document, Event, Metadata};
use kroniek_events::plausibility::{Plausibility, document_features};
use kroniek_text::normalize;

/// Fixed seed of the sampling hash.
pub const SEED: u64 = 0x6b72_6f6e_6965_6b07;

/// FNV-1a, 64 bits: stable across builds and platforms.
pub fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Records of a CSV with quoted fields (`""` for a quote inside one).
pub fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rec = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    field.push('"');
                    chars.next();
                } else {
                    quoted = false;
                }
            } else {
                field.push(c);
            }
        } else {
            match c {
                '"' => quoted = true,
                ',' => rec.push(std::mem::take(&mut field)),
                '\n' => {
                    rec.push(std::mem::take(&mut field));
                    out.push(std::mem::take(&mut rec));
                }
                '\r' => {}
                _ => field.push(c),
            }
        }
    }
    if !field.is_empty() || !rec.is_empty() {
        rec.push(field);
        out.push(rec);
    }
    out
}

/// The date of a CSV row (`YYYY-MM-DD`; the default when malformed).
pub fn date_of(d: &str) -> DocDate {
    let p: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
    match p.as_slice() {
        [y, m, d] => DocDate::from_ymd(*y as i32, *m as u8, *d as u8).unwrap_or_default(),
        _ => DocDate::default(),
    }
}

/// Articles of a CoNLL file of `columns` columns (3 for CoNLL-2002 Dutch, 4 for CoNLL-2003
/// English): each a list of sentences, each a list of words. A sentence with a line of another
/// width or with the Dutch file's 0x81 damage is left out.
pub fn read_articles(path: &Path, columns: usize) -> Vec<Vec<Vec<String>>> {
    let bytes = std::fs::read(path).unwrap();
    let mut articles: Vec<Vec<Vec<String>>> = Vec::new();
    let mut sentence: Vec<String> = Vec::new();
    let mut damaged = false;
    let flush = |articles: &mut Vec<Vec<Vec<String>>>, s: &mut Vec<String>, d: &mut bool| {
        if !s.is_empty() && !*d {
            if articles.is_empty() {
                articles.push(Vec::new());
            }
            if let Some(a) = articles.last_mut() {
                a.push(std::mem::take(s));
            }
        }
        s.clear();
        *d = false;
    };
    for line in bytes.split(|&b| b == b'\n') {
        if line.starts_with(b"-DOCSTART-") {
            flush(&mut articles, &mut sentence, &mut damaged);
            articles.push(Vec::new());
            continue;
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            flush(&mut articles, &mut sentence, &mut damaged);
            continue;
        }
        if line.contains(&0x81) {
            damaged = true;
        }
        // latin-1: every byte is its code point.
        let text: String = line.iter().map(|&b| b as char).collect();
        let cols: Vec<&str> = text.split_whitespace().collect();
        if cols.len() != columns {
            damaged = true;
        }
        if let Some(w) = cols.first() {
            sentence.push((*w).to_string());
        }
    }
    flush(&mut articles, &mut sentence, &mut damaged);
    articles.retain(|a| !a.is_empty());
    articles
}

/// Join the words of a sentence with spaces, attaching punctuation as print does.
pub fn detokenise(words: &[String]) -> String {
    let mut out = String::new();
    let mut open_quote = false;
    let mut glue_next = false;
    for w in words {
        let w = w.as_str();
        let attach_left = matches!(w, "." | "," | ";" | ":" | "!" | "?" | ")" | "]" | "%")
            || (w == "\"" && open_quote)
            || w == "'s" && out.ends_with(|c: char| c.is_ascii_digit());
        if !out.is_empty() && !attach_left && !glue_next {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = matches!(w, "(" | "[") || (w == "\"" && !open_quote);
        if w == "\"" {
            open_quote = !open_quote;
        }
    }
    out
}

/// The Dutch audit's key: FNV-1a over the seed and the parts.
pub fn key(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ SEED;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xff)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// The document of one Wikinews CSV row.
pub fn article(url: &str, date: &str, title: &str, body: &str) -> Document {
    Document::new(
        Metadata {
            date: date_of(date),
            url: Some(url.to_string()),
            title: Some(title.to_string()),
            ..Metadata::default()
        },
        normalize(body, 0),
    )
}

/// The text of one De Morgen article: its sentences, detokenised, as paragraphs.
pub fn article_text(sentences: &[Vec<String>]) -> String {
    sentences
        .iter()
        .map(|s| detokenise(s))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Each event's plausibility (the model's probability that it is right).
pub fn plausibilities(doc: &Document, events: &[Event]) -> Vec<f32> {
    let model = Plausibility::embedded();
    document_features(doc, events)
        .iter()
        .map(|f| model.probability(f))
        .collect()
}
