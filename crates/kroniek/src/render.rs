//! Renderings of a processed document: the JSON record (SCHEMA.md) and a readable inline form.

use std::fmt::Write as _;

use kroniek_core::{Document, Record, TokenKind};

/// The JSON Lines record (one line), or pretty-printed JSON.
pub fn json(doc: &Document, pretty: bool) -> Result<String, serde_json::Error> {
    let record = Record::of(doc);
    if pretty {
        serde_json::to_string_pretty(&record)
    } else {
        serde_json::to_string(&record)
    }
}

fn kind_tag(kind: TokenKind) -> Option<&'static str> {
    match kind {
        TokenKind::Word | TokenKind::Punct => None,
        TokenKind::Abbreviation => Some("ABBR"),
        TokenKind::Number => Some("NUM"),
        TokenKind::Ordinal => Some("ORD"),
        TokenKind::Date => Some("DATE"),
        TokenKind::Time => Some("TIME"),
        TokenKind::Symbol => Some("SYM"),
        TokenKind::Url => Some("URL"),
        TokenKind::Email => Some("EMAIL"),
        TokenKind::Hashtag => Some("TAG"),
        TokenKind::Mention => Some("AT"),
        TokenKind::Emoji => Some("EMOJI"),
    }
}

/// The document as readable text: a header, then one sentence per line with its tokens
/// separated by spaces, entities and time expressions marked `[Amrullah Saleh]PER`,
/// `[twee dagen geleden]TIMEX(2021-08)`, other special tokens `[150.000]NUM`; paragraphs are
/// separated by a blank line and paragraphs in another language are marked.
pub fn text(doc: &Document) -> String {
    let mut out = String::new();
    let date = doc.date();
    let _ = writeln!(
        out,
        "# {} · {} · date {} ({}) · lang {}",
        doc.meta().source,
        short_id(doc.id()),
        date.value().unwrap_or_else(|| "-".into()),
        date.precision().as_str(),
        doc.lang().map_or("-", |l| l.as_str()),
    );
    if let Some(title) = &doc.meta().title {
        let _ = writeln!(out, "# title: {title}");
    }
    let text = doc.text();
    let Some(seg) = doc.layers().segments() else {
        out.push_str(text);
        out.push('\n');
        return out;
    };
    let annotations = annotations(doc);
    let other_langs = doc
        .layers()
        .language()
        .map(|l| l.paragraphs.as_slice())
        .unwrap_or(&[]);
    let mut paragraph = 0usize;
    for (i, sentence) in seg.sentences.iter().enumerate() {
        while seg
            .paragraphs
            .get(paragraph)
            .is_some_and(|p| p.end() <= sentence.span.start())
        {
            paragraph += 1;
            out.push('\n');
        }
        let mark = seg
            .paragraphs
            .get(paragraph)
            .and_then(|p| {
                other_langs
                    .iter()
                    .find(|l| l.span.contains(*p) || p.contains(l.span))
            })
            .map(|l| format!(" ({})", l.lang.as_str()))
            .unwrap_or_default();
        let _ = write!(out, "{:>3}{mark} ", i + 1);
        let tokens = seg.sentence_tokens(sentence);
        let mut j = 0;
        while let Some(token) = tokens.get(j) {
            if j > 0 {
                out.push(' ');
            }
            let start = token.span.start();
            if let Some((end, label)) = annotations
                .iter()
                .find(|(s, _, _)| *s == start)
                .map(|(_, e, l)| (*e, l))
            {
                // An annotation covers whole tokens: print them together, marked.
                let mut k = j;
                while tokens.get(k + 1).is_some_and(|t| t.span.end() <= end) {
                    k += 1;
                }
                let covered = token
                    .span
                    .cover(tokens.get(k).map_or(token.span, |t| t.span));
                let _ = write!(out, "[{}]{label}", covered.slice(text));
                j = k + 1;
                continue;
            }
            let form = token.span.slice(text);
            match kind_tag(token.kind) {
                Some(tag) => {
                    let _ = write!(out, "[{form}]{tag}");
                }
                None => out.push_str(form),
            }
            j += 1;
        }
        out.push('\n');
    }
    out
}

/// Entity and time-expression spans as (start, end, label), earliest first; where two overlap
/// the first (longest at equal start) wins.
fn annotations(doc: &Document) -> Vec<(usize, usize, String)> {
    let mut all: Vec<(usize, usize, String)> = Vec::new();
    if let Some(layer) = doc.layers().entities() {
        all.extend(
            layer
                .entities
                .iter()
                .map(|e| (e.span.start(), e.span.end(), e.kind.as_str().to_string())),
        );
    }
    if let Some(layer) = doc.layers().timexes() {
        all.extend(
            layer
                .timexes
                .iter()
                .map(|t| (t.span.start(), t.span.end(), format!("TIMEX({})", t.value))),
        );
    }
    all.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    let mut kept: Vec<(usize, usize, String)> = Vec::with_capacity(all.len());
    for a in all {
        if kept.last().is_none_or(|last| a.0 >= last.1) {
            kept.push(a);
        }
    }
    kept
}

fn short_id(id: &str) -> &str {
    if id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit()) {
        &id[..12]
    } else {
        id
    }
}
