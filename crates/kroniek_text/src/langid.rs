//! Language identification for whole documents and for paragraphs.
//!
//! Two detectors in a cascade, chosen for accuracy on short Dutch text at news throughput:
//! `whatlang` (trigrams, 69 languages, all scripts, fast) looks at a bounded sample first; where
//! the text is short, the answer unreliable, or the language one of the close Germanic and
//! Romance neighbours (Dutch vs Afrikaans vs German, …), `lingua` decides among its European
//! Latin-script models, which is accurate on a few words ("Wapens gezocht" → nl) but about
//! twenty times slower, so it only sees a sample of at most [`LINGUA_SAMPLE`] bytes. A paragraph
//! is checked only when few of its words are function words of the document language, so
//! a monolingual article costs one detection.

use kroniek_core::{Lang, LangSpan, LanguageLayer, Span};
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

/// Bytes of text the fast detector reads per document.
pub const WHATLANG_SAMPLE: usize = 2048;
/// Bytes of text the accurate detector reads per decision.
pub const LINGUA_SAMPLE: usize = 600;
/// Below this many bytes of letters a paragraph is not judged on its own.
const MIN_PARAGRAPH: usize = 60;

const LINGUA_LANGUAGES: [Language; 11] = [
    Language::Dutch,
    Language::English,
    Language::German,
    Language::French,
    Language::Afrikaans,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
    Language::Danish,
    Language::Swedish,
    Language::Bokmal,
];

/// Identifies languages; cheap to share between threads.
pub struct LanguageIdentifier {
    lingua: LanguageDetector,
}

impl Default for LanguageIdentifier {
    fn default() -> Self {
        LanguageIdentifier::new()
    }
}

/// A decision with its confidence in `[0, 1]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Guess {
    /// ISO 639-1 (or 639-3 where no two-letter code exists), or `und`.
    pub lang: Lang,
    /// Confidence.
    pub confidence: f32,
}

impl Guess {
    fn und() -> Guess {
        Guess {
            lang: Lang::und(),
            confidence: 0.0,
        }
    }
}

fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Do not cut a word in two.
    match text[..end].rfind(char::is_whitespace) {
        Some(ws) if ws > max / 2 => &text[..ws],
        _ => &text[..end],
    }
}

fn letter_bytes(text: &str) -> usize {
    text.chars()
        .filter(|c| c.is_alphabetic())
        .map(char::len_utf8)
        .sum()
}

fn lingua_code(lang: Language) -> &'static str {
    match lang {
        Language::Dutch => "nl",
        Language::English => "en",
        Language::German => "de",
        Language::French => "fr",
        Language::Afrikaans => "af",
        Language::Spanish => "es",
        Language::Italian => "it",
        Language::Portuguese => "pt",
        Language::Danish => "da",
        Language::Swedish => "sv",
        Language::Bokmal => "nb",
    }
}

/// ISO 639-1 for whatlang's ISO 639-3 codes (639-3 kept where no two-letter code exists).
fn whatlang_code(lang: whatlang::Lang) -> &'static str {
    use whatlang::Lang as W;
    match lang {
        W::Eng => "en",
        W::Nld => "nl",
        W::Deu => "de",
        W::Fra => "fr",
        W::Spa => "es",
        W::Ita => "it",
        W::Por => "pt",
        W::Afr => "af",
        W::Dan => "da",
        W::Swe => "sv",
        W::Nob => "nb",
        W::Fin => "fi",
        W::Est => "et",
        W::Lav => "lv",
        W::Lit => "lt",
        W::Pol => "pl",
        W::Ces => "cs",
        W::Slk => "sk",
        W::Slv => "sl",
        W::Hrv => "hr",
        W::Srp => "sr",
        W::Hun => "hu",
        W::Ron => "ro",
        W::Bul => "bg",
        W::Mkd => "mk",
        W::Rus => "ru",
        W::Ukr => "uk",
        W::Bel => "be",
        W::Ell => "el",
        W::Tur => "tr",
        W::Aze => "az",
        W::Kat => "ka",
        W::Hye => "hy",
        W::Heb => "he",
        W::Yid => "yi",
        W::Ara => "ar",
        W::Pes => "fa",
        W::Urd => "ur",
        W::Hin => "hi",
        W::Ben => "bn",
        W::Pan => "pa",
        W::Guj => "gu",
        W::Ori => "or",
        W::Tam => "ta",
        W::Tel => "te",
        W::Kan => "kn",
        W::Mal => "ml",
        W::Sin => "si",
        W::Mar => "mr",
        W::Nep => "ne",
        W::Tha => "th",
        W::Khm => "km",
        W::Mya => "my",
        W::Vie => "vi",
        W::Ind => "id",
        W::Tgl => "tl",
        W::Jav => "jv",
        W::Cmn => "zh",
        W::Jpn => "ja",
        W::Kor => "ko",
        W::Amh => "am",
        W::Epo => "eo",
        W::Lat => "la",
        W::Tuk => "tk",
        W::Uzb => "uz",
        W::Zul => "zu",
        W::Sna => "sn",
        W::Aka => "ak",
        W::Cat => "ca",
        W::Cym => "cy",
    }
}

/// The most frequent function words of the languages kroniek reads natively, used to decide
/// cheaply that a paragraph is in the document's language.
fn function_words(lang: &str) -> &'static [&'static str] {
    match lang {
        "nl" => &[
            "de", "het", "een", "en", "van", "in", "is", "op", "te", "dat", "die", "niet", "met",
            "zijn", "voor", "er", "aan", "ook", "als", "maar", "om", "bij", "door", "naar", "hij",
            "ze", "zich", "nog", "wel", "tegen", "werd", "heeft", "worden", "over", "uit",
        ],
        "en" => &[
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
            "as", "by", "he", "be", "at", "from", "his", "an", "have", "has", "are", "not",
            "this", "but", "they", "were", "had", "which", "their", "said",
        ],
        _ => &[],
    }
}

fn function_word_ratio(text: &str, lang: &str) -> Option<f32> {
    let words = function_words(lang);
    if words.is_empty() {
        return None;
    }
    let mut total = 0u32;
    let mut hits = 0u32;
    for w in text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        total += 1;
        let lower = w.to_lowercase();
        if words.contains(&lower.as_str()) {
            hits += 1;
        }
    }
    (total > 0).then(|| hits as f32 / total as f32)
}

impl LanguageIdentifier {
    /// A new identifier; lingua's models load lazily on first use.
    pub fn new() -> LanguageIdentifier {
        LanguageIdentifier {
            lingua: LanguageDetectorBuilder::from_languages(&LINGUA_LANGUAGES).build(),
        }
    }

    fn lingua_guess(&self, text: &str) -> Guess {
        let sample = prefix(text, LINGUA_SAMPLE);
        match self.lingua.compute_language_confidence_values(sample).first() {
            Some(&(lang, conf)) => Guess {
                lang: Lang(lingua_code(lang).to_string()),
                confidence: conf as f32,
            },
            None => Guess::und(),
        }
    }

    /// The language of a stretch of text.
    pub fn identify(&self, text: &str) -> Guess {
        let sample = prefix(text, WHATLANG_SAMPLE);
        let letters = letter_bytes(sample);
        if letters < 3 {
            return Guess::und();
        }
        let fast = whatlang::detect(sample);
        if let Some(info) = &fast {
            let code = whatlang_code(info.lang());
            let latin = info.script() == whatlang::Script::Latin;
            let in_lingua = LINGUA_LANGUAGES.iter().any(|l| lingua_code(*l) == code);
            if !latin {
                // Other scripts: whatlang's trigram models are good, and lingua has none here.
                let conf = info.confidence() as f32;
                return if info.is_reliable() || conf >= 0.3 || letters >= 40 {
                    Guess {
                        lang: Lang(code.to_string()),
                        confidence: conf.max(0.5),
                    }
                } else {
                    Guess::und()
                };
            }
            if !in_lingua && info.is_reliable() {
                return Guess {
                    lang: Lang(code.to_string()),
                    confidence: info.confidence() as f32,
                };
            }
            if in_lingua && info.is_reliable() && letters >= 400 && code != "af" {
                return Guess {
                    lang: Lang(code.to_string()),
                    confidence: info.confidence() as f32,
                };
            }
        }
        let slow = self.lingua_guess(sample);
        // Lingua's relative confidences are low on a handful of words even when right; below
        // this the evidence does not single out one language.
        if slow.confidence < 0.3 {
            return Guess::und();
        }
        slow
    }

    /// The document language, and paragraphs confidently in another language.
    ///
    /// `paragraphs` are spans of `text` (blocks separated by blank lines).
    pub fn identify_document(&self, text: &str, paragraphs: &[Span]) -> LanguageLayer {
        let doc = self.identify(text);
        let mut spans = Vec::new();
        for &p in paragraphs {
            let para = p.slice(text);
            if letter_bytes(prefix(para, 400)) < MIN_PARAGRAPH {
                continue;
            }
            if let Some(ratio) = function_word_ratio(prefix(para, 400), doc.lang.as_str()) {
                if ratio >= 0.12 {
                    continue;
                }
            }
            let g = self.identify(para);
            if !g.lang.is_und() && g.lang != doc.lang && g.confidence >= 0.5 {
                spans.push(LangSpan {
                    span: p,
                    lang: g.lang,
                    confidence: g.confidence,
                });
            }
        }
        LanguageLayer {
            lang: doc.lang,
            confidence: doc.confidence,
            paragraphs: spans,
        }
    }
}

/// Blocks of text separated by blank lines, as spans without surrounding whitespace.
pub fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut offset = 0usize;
    for block in text.split("\n\n") {
        let trimmed_start = block.len() - block.trim_start().len();
        let start = offset + trimmed_start;
        let end = offset + block.trim_end().len();
        if end > start {
            if let Ok(s) = Span::from_range(start, end) {
                out.push(s);
            }
        }
        offset += block.len() + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(id: &LanguageIdentifier, s: &str) -> String {
        id.identify(s).lang.0
    }

    #[test]
    fn short_dutch_and_english() {
        let id = LanguageIdentifier::new();
        for s in [
            "Wapens gezocht",
            "Hij is de zoon van de leeuw.",
            "De regering vluchtte naar het noorden.",
            "Twee dagen geleden kwam hij aan.",
            "Het verzet broeit in de provincie.",
        ] {
            assert_eq!(lang(&id, s), "nl", "{s}");
        }
        for s in [
            "The Taliban took the country.",
            "Weapons wanted",
            "He arrived two days ago with senior officials.",
        ] {
            assert_eq!(lang(&id, s), "en", "{s}");
        }
    }

    #[test]
    fn other_languages_by_code() {
        let id = LanguageIdentifier::new();
        assert_eq!(
            lang(&id, "Die Taliban haben das Land in Rekordzeit erobert, aber eine Provinz leistet Widerstand."),
            "de"
        );
        assert_eq!(
            lang(&id, "Талибы захватили страну в рекордные сроки, но одна провинция сопротивляется."),
            "ru"
        );
        assert_eq!(lang(&id, "1234 5678 !!"), "und");
        assert_eq!(lang(&id, ""), "und");
    }

    #[test]
    fn mixed_document_reports_the_other_paragraph() {
        let id = LanguageIdentifier::new();
        let text = "De taliban veroverden het land in recordtempo, maar één provincie biedt nog steeds weerstand tegen de extremisten en hun leiders.\n\n\
            The former vice-president said that he is the only legitimate leader of the country and called for armed resistance against them.";
        let layer = id.identify_document(text, &paragraph_spans(text));
        assert_eq!(layer.lang.as_str(), "nl");
        assert_eq!(layer.paragraphs.len(), 1);
        assert_eq!(layer.paragraphs[0].lang.as_str(), "en");
    }

    #[test]
    fn paragraphs_split_on_blank_lines() {
        let t = "a\nb\n\nc\n\n\nd";
        let p: Vec<&str> = paragraph_spans(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(p, ["a\nb", "c", "d"]);
    }
}
