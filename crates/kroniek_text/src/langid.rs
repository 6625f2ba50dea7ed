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
pub const WHATLANG_SAMPLE: usize = 1024;
/// Bytes of a paragraph the fast detector reads for its first look.
const PARAGRAPH_SAMPLE: usize = 256;
/// Bytes of text the accurate detector reads per decision.
pub const LINGUA_SAMPLE: usize = 320;
/// Below this relative confidence of the best language, the answer is `und`.
const MIN_CONFIDENCE: f64 = 0.15;
/// A native language (nl, en) wins over a neighbour scoring at most this much better.
const NATIVE_PRIOR: f64 = 0.6;
/// Below this many bytes of letters a paragraph is not judged on its own.
const MIN_PARAGRAPH: usize = 100;

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

/// Whether the character at byte `i` is a letter (or, with `apostrophe`, an apostrophe), and
/// its length. ASCII, nearly all of the text, is decided without a Unicode table.
fn letter_at(text: &str, i: usize, apostrophe: bool) -> (bool, usize) {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => (b.is_ascii_alphabetic() || (apostrophe && b == b'\''), 1),
        Some(_) => match text.get(i..).and_then(|r| r.chars().next()) {
            Some(c) => (c.is_alphabetic(), c.len_utf8()),
            None => (false, 1),
        },
        None => (false, 1),
    }
}

fn letter_bytes(text: &str) -> usize {
    let mut i = 0;
    let mut n = 0;
    while i < text.len() {
        let (letter, len) = letter_at(text, i, false);
        if letter {
            n += len;
        }
        i += len;
    }
    n
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

/// Counts of function words in a stretch of text, made in one pass without allocation.
///
/// Function words make up a third or more of running Dutch or English text, so their share is
/// a fast and, from a few dozen words on, reliable signal for kroniek's two native languages.
/// Dutch and Afrikaans share most trigrams (which leaves trigram detectors unsure between
/// them); the words only one of them uses settle that.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct FunctionWords {
    words: u32,
    nl: u32,
    en: u32,
    nl_only: u32,
    af_only: u32,
}

impl FunctionWords {
    fn count(text: &str) -> FunctionWords {
        let mut c = FunctionWords::default();
        let mut buf = [0u8; 8];
        let mut i = 0;
        while i < text.len() {
            let (letter, len) = letter_at(text, i, true);
            if !letter {
                i += len;
                continue;
            }
            let start = i;
            i += len;
            loop {
                let (letter, len) = letter_at(text, i, true);
                if !letter || i >= text.len() {
                    break;
                }
                i += len;
            }
            let w = &text[start..i];
            c.words += 1;
            if w.len() > buf.len() {
                continue;
            }
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            let (nl, en, nl_only, af_only) = classify_function_word(lower);
            c.nl += u32::from(nl);
            c.en += u32::from(en);
            c.nl_only += u32::from(nl_only);
            c.af_only += u32::from(af_only);
        }
        c
    }

    fn ratio(&self, lang: &str) -> Option<f32> {
        let hits = match lang {
            "nl" => self.nl,
            "en" => self.en,
            _ => return None,
        };
        (self.words > 0).then(|| hits as f32 / self.words as f32)
    }

    /// A confident decision for Dutch or English, when the evidence is plain.
    fn decide(&self) -> Option<Guess> {
        if self.words < 30 {
            return None;
        }
        let nl = self.nl as f32 / self.words as f32;
        let en = self.en as f32 / self.words as f32;
        let lang = if nl >= 0.2 && nl >= 2.5 * en && self.nl_only >= 4 * self.af_only.max(1) {
            "nl"
        } else if en >= 0.2 && en >= 2.5 * nl {
            "en"
        } else {
            return None;
        };
        Some(Guess {
            lang: Lang(lang.to_string()),
            confidence: 0.95,
        })
    }

    /// Dutch or Afrikaans by their own words, when a detector cannot tell them apart.
    fn dutch_or_afrikaans(&self) -> Option<Guess> {
        let (lang, win, lose) = if self.nl_only > self.af_only {
            ("nl", self.nl_only, self.af_only)
        } else {
            ("af", self.af_only, self.nl_only)
        };
        (win >= 4 && win >= 4 * lose.max(1)).then(|| Guess {
            lang: Lang(lang.to_string()),
            confidence: (win as f32 / (win + lose) as f32).min(0.99),
        })
    }
}

/// (Dutch function word, English function word, Dutch but not Afrikaans, Afrikaans but not
/// Dutch) for a lower-cased word.
fn classify_function_word(w: &[u8]) -> (bool, bool, bool, bool) {
    let nl_only = matches!(
        w,
        b"de" | b"een" | b"niet" | b"zijn" | b"ook" | b"worden" | b"wordt" | b"naar" | b"zich"
    );
    let af_only = matches!(
        w,
        b"nie" | b"n" | b"vir" | b"hulle" | b"sy" | b"word" | b"ons" | b"deur" | b"ges\xc3\xaa"
    );
    let nl = nl_only
        || matches!(
            w,
            b"het"
                | b"en"
                | b"van"
                | b"in"
                | b"is"
                | b"op"
                | b"te"
                | b"dat"
                | b"die"
                | b"met"
                | b"voor"
                | b"er"
                | b"aan"
                | b"als"
                | b"maar"
                | b"om"
                | b"bij"
                | b"door"
                | b"hij"
                | b"ze"
                | b"nog"
                | b"wel"
                | b"tegen"
                | b"werd"
                | b"heeft"
                | b"over"
                | b"uit"
                | b"ik"
                | b"je"
                | b"we"
                | b"wat"
                | b"hoe"
                | b"waarom"
                | b"zo"
                | b"kan"
                | b"zou"
                | b"zal"
                | b"mijn"
                | b"geen"
                | b"of"
                | b"alle"
                | b"wie"
                | b"meer"
                | b"hun"
                | b"haar"
                | b"na"
                | b"dan"
                | b"nu"
                | b"al"
                | b"deze"
                | b"dit"
                | b"wij"
        );
    let en = matches!(
        w,
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"a"
            | b"in"
            | b"is"
            | b"that"
            | b"for"
            | b"it"
            | b"was"
            | b"on"
            | b"with"
            | b"as"
            | b"by"
            | b"he"
            | b"be"
            | b"at"
            | b"from"
            | b"his"
            | b"an"
            | b"have"
            | b"has"
            | b"are"
            | b"not"
            | b"this"
            | b"but"
            | b"they"
            | b"were"
            | b"had"
            | b"which"
            | b"their"
            | b"said"
            | b"i"
            | b"you"
            | b"we"
            | b"do"
            | b"what"
            | b"how"
            | b"why"
            | b"so"
            | b"can"
            | b"there"
            | b"would"
            | b"will"
            | b"my"
            | b"your"
            | b"our"
            | b"me"
            | b"no"
            | b"if"
            | b"or"
            | b"all"
            | b"about"
            | b"when"
            | b"who"
            | b"more"
            | b"it's"
            | b"don't"
            | b"she"
            | b"her"
            | b"been"
    );
    (nl, en, nl_only, af_only)
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
        let values = self.lingua.compute_language_confidence_values(sample);
        let Some(&(top, top_conf)) = values.first() else {
            return Guess::und();
        };
        // Lingua's relative confidences are low on a handful of words even when right; below
        // this the evidence does not single out one language.
        if top_conf < MIN_CONFIDENCE {
            return Guess::und();
        }
        // kroniek reads Dutch and English news: on a few words, where a neighbour language
        // scores only slightly higher, the native language is the better bet.
        let native = values
            .iter()
            .find(|(l, _)| matches!(l, Language::Dutch | Language::English));
        let (lang, conf) = match native {
            Some(&(l, c)) if l != top && c >= NATIVE_PRIOR * top_conf => (l, c),
            _ => (top, top_conf),
        };
        Guess {
            lang: Lang(lingua_code(lang).to_string()),
            confidence: conf as f32,
        }
    }

    /// The language of a stretch of text.
    pub fn identify(&self, text: &str) -> Guess {
        let sample = prefix(text, WHATLANG_SAMPLE);
        let letters = letter_bytes(sample);
        if letters < 3 {
            return Guess::und();
        }
        let words = FunctionWords::count(sample);
        if let Some(g) = words.decide() {
            return g;
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
            if letters >= 200
                && matches!(code, "nl" | "af")
                && let Some(g) = words.dutch_or_afrikaans()
            {
                return g;
            }
        }
        self.lingua_guess(sample)
    }

    /// The document language, and paragraphs confidently in another language.
    ///
    /// `paragraphs` are spans of `text` (blocks separated by blank lines).
    pub fn identify_document(&self, text: &str, paragraphs: &[Span]) -> LanguageLayer {
        let doc = self.identify(text);
        let mut spans = Vec::new();
        for &p in paragraphs {
            let para = p.slice(text);
            if letter_bytes(prefix(para, PARAGRAPH_SAMPLE)) < MIN_PARAGRAPH {
                continue;
            }
            if FunctionWords::count(prefix(para, PARAGRAPH_SAMPLE))
                .ratio(doc.lang.as_str())
                .is_some_and(|ratio| ratio >= 0.12)
            {
                continue;
            }
            // A quick look first: only a paragraph that seems to differ gets a full decision.
            let quick = whatlang::detect(prefix(para, PARAGRAPH_SAMPLE));
            if quick.is_some_and(|i| whatlang_code(i.lang()) == doc.lang.as_str()) {
                continue;
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
        if end > start
            && let Ok(s) = Span::from_range(start, end)
        {
            out.push(s);
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
            lang(
                &id,
                "Die Taliban haben das Land in Rekordzeit erobert, aber eine Provinz leistet Widerstand."
            ),
            "de"
        );
        assert_eq!(
            lang(
                &id,
                "Талибы захватили страну в рекордные сроки, но одна провинция сопротивляется."
            ),
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
