//! Actors of claims and attributes: the actor layer's id when it has one, else a slug of the
//! phrase, so that a claim is never lost for want of an actor dictionary.

use kroniek_core::{Document, Span};

use crate::view::SentenceView;

const LEADING: &[&str] = &[
    "de", "het", "een", "die", "deze", "the", "a", "an", "this", "these", "those",
];

/// The actor id for tokens `[a, b)` of `s`, with a confidence factor (1 from the actor layer,
/// 0.8 for a slug).
pub(crate) fn actor_for(
    doc: &Document,
    s: &SentenceView<'_>,
    a: usize,
    b: usize,
) -> Option<(String, f32)> {
    let span = s.span_of(a, b);
    if let Some(id) = layer_actor(doc, span) {
        return Some((id, 1.0));
    }
    let toks = s.toks.get(a..b)?;
    // "full control of Aleppo": lowercase adjectives alone name nobody.
    if toks
        .iter()
        .all(|t| t.upos == "ADJ" && !t.text.starts_with(char::is_uppercase))
    {
        return None;
    }
    let words: Vec<&str> = toks.iter().map(|t| t.text).collect();
    let slug = slug(&words);
    (!slug.is_empty()).then_some((slug, 0.8))
}

/// The id of the actor the actor layer places at `span`.
pub(crate) fn layer_actor(doc: &Document, span: Span) -> Option<String> {
    let layer = doc.layers().actors()?;
    let i = layer.at(span)?;
    layer.actors.get(i).map(|a| a.id.clone())
}

/// A slug of a phrase: determiners dropped, lowercase ASCII letters and digits joined by
/// hyphens (`de Noordelijke Alliantie` → `noordelijke-alliantie`).
pub(crate) fn slug(words: &[&str]) -> String {
    let start = words
        .iter()
        .position(|w| !LEADING.contains(&w.to_lowercase().as_str()))
        .unwrap_or(words.len());
    let mut out = String::new();
    for w in &words[start..] {
        let w = w.trim_end_matches("'s").trim_end_matches("’s");
        for c in w.chars().flat_map(char::to_lowercase) {
            let c = fold(c);
            if c.is_ascii_alphanumeric() {
                out.push(c);
            } else if !out.ends_with('-') && !out.is_empty() {
                out.push('-');
            }
        }
        if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_matches('-').to_string()
}

/// Latin letters with diacritics to their base letter.
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slugs() {
        assert_eq!(
            slug(&["de", "Noordelijke", "Alliantie"]),
            "noordelijke-alliantie"
        );
        assert_eq!(slug(&["the", "Taliban's"]), "taliban");
        assert_eq!(
            slug(&["Hay'at", "Tahrir", "al-Sham"]),
            "hay-at-tahrir-al-sham"
        );
        assert_eq!(slug(&["Oekraïense", "leger"]), "oekraiense-leger");
        assert_eq!(slug(&["de"]), "");
    }
}
