//! What an article is about, by its vocabulary: sport, culture, business, science and
//! technology. The plausibility model reads these densities, since a verbal event in a match
//! report or a film review is right far less often than one in political news (the precision
//! audits' false events: "de aanval baart Zoff zorgen", "Middlesex beat Hampshire by 188
//! runs").
//!
//! The word lists are readable data, `data/events/topics.tsv` (one line per language and topic).

use std::collections::HashMap;
use std::sync::OnceLock;

use kroniek_core::Document;

/// The topics, in the order of [`TopicDensities`]' values.
pub const TOPICS: [&str; 4] = ["sport", "culture", "business", "science"];

const LISTS: &str = include_str!("../../../data/events/topics.tsv");

/// Per topic of [`TOPICS`], the article's words that mark it, per 100 words; 0 when fewer
/// than [`MIN_WORDS`] of them (one "season" does not make a one-sentence text a match report).
pub type TopicDensities = [f32; TOPICS.len()];

/// The fewest words of a topic that give it a density.
pub const MIN_WORDS: usize = 3;

/// The topic word lists of both languages.
#[derive(Debug, Default)]
pub struct TopicWords {
    /// Word → bit set of topics: English in the low four bits, Dutch in the high four.
    words: HashMap<String, u8>,
}

/// Where a language's topic bits start (`None`: no lists for it).
fn shift(lang: &str) -> Option<u32> {
    match lang {
        "en" => Some(0),
        "nl" => Some(TOPICS.len() as u32),
        _ => None,
    }
}

impl TopicWords {
    /// The embedded lists, parsed once.
    pub fn embedded() -> &'static TopicWords {
        static WORDS: OnceLock<TopicWords> = OnceLock::new();
        WORDS.get_or_init(|| TopicWords::parse(LISTS).unwrap_or_default())
    }

    /// Parse `lang<TAB>topic<TAB>words` lines (`#` comments and blank lines skipped).
    pub fn parse(text: &str) -> Result<TopicWords, String> {
        let mut words: HashMap<String, u8> = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(lang), Some(topic), Some(list), None) =
                (cols.next(), cols.next(), cols.next(), cols.next())
            else {
                return Err(format!("line {}: expected lang<TAB>topic<TAB>words", i + 1));
            };
            let bit = TOPICS
                .iter()
                .position(|t| *t == topic)
                .ok_or_else(|| format!("line {}: unknown topic `{topic}`", i + 1))?;
            let shift =
                shift(lang).ok_or_else(|| format!("line {}: unknown language `{lang}`", i + 1))?;
            for w in list.split_whitespace() {
                *words.entry(w.to_string()).or_default() |= 1 << (bit as u32 + shift);
            }
        }
        Ok(TopicWords { words })
    }

    /// The topics `word` marks in `lang`, as bits in [`TOPICS`]' order.
    fn topics_of(&self, lang: &str, word: &str) -> u8 {
        match (shift(lang), self.words.get(word)) {
            (Some(shift), Some(bits)) => (bits >> shift) & ((1 << TOPICS.len()) - 1),
            _ => 0,
        }
    }

    /// The densities of `doc` in its document language (lowercase word forms and lemmas, each
    /// word counted once per topic).
    pub fn densities(&self, doc: &Document) -> TopicDensities {
        let mut out = [0f32; TOPICS.len()];
        let layers = doc.layers();
        let Some(seg) = layers.segments() else {
            return out;
        };
        let lang = layers.language().map_or("", |l| l.lang.0.as_str());
        if shift(lang).is_none() {
            return out;
        }
        let syntax = layers.syntax();
        let text = doc.text();
        let mut counts = [0usize; TOPICS.len()];
        for (i, t) in seg.tokens.iter().enumerate() {
            let form = t.span.slice(text);
            if !form.starts_with(char::is_alphabetic) {
                continue;
            }
            let mut bits = self.topics_of(lang, &lowercase(form));
            if let Some(lemma) = syntax.and_then(|s| s.tokens.get(i)).map(|s| &s.lemma) {
                bits |= self.topics_of(lang, &lowercase(lemma));
            }
            for (topic, count) in counts.iter_mut().enumerate() {
                if bits & (1 << topic) != 0 {
                    *count += 1;
                }
            }
        }
        let words = seg.tokens.len().max(1) as f32;
        for (d, c) in out.iter_mut().zip(counts) {
            if c >= MIN_WORDS {
                *d = 100.0 * c as f32 / words;
            }
        }
        out
    }
}

/// `word` in lower case, borrowed when it is already.
fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_parse_and_a_bad_line_names_its_number() {
        let words = TopicWords::parse(LISTS).unwrap();
        assert_ne!(words.topics_of("nl", "doelpunt"), 0);
        assert_ne!(words.topics_of("en", "midfielder"), 0);
        assert_eq!(words.topics_of("en", "president"), 0);
        let err = TopicWords::parse("# c\nen\tsport\tgoal\nen\tweather\train\n").unwrap_err();
        assert!(err.contains("line 3") && err.contains("weather"), "{err}");
        let err = TopicWords::parse("en sport goal\n").unwrap_err();
        assert!(err.contains("line 1"), "{err}");
    }
}
