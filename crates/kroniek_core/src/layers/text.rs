//! The text layer's annotations: languages, paragraphs, sentences and tokens.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// An ISO 639-1 language code, or `und`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(pub String);

impl Lang {
    /// Undetermined.
    pub fn und() -> Lang {
        Lang("und".to_string())
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for `und`.
    pub fn is_und(&self) -> bool {
        self.0 == "und"
    }
}

/// A stretch of text in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LangSpan {
    /// The stretch (a paragraph).
    pub span: Span,
    /// Its language.
    pub lang: Lang,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
}

impl Spanned for LangSpan {
    fn span(&self) -> Span {
        self.span
    }
}

/// The language layer: one language for the document, and paragraphs whose language differs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LanguageLayer {
    /// Document language (`und` when unsure).
    pub lang: Lang,
    /// Confidence in `[0, 1]`; 1 when the user set the language.
    pub confidence: f32,
    /// Paragraphs whose language is confidently different from the document's.
    pub paragraphs: Vec<LangSpan>,
}

/// What a token is, as far as the segmenter can tell from its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// A word, including hyphenated compounds and words with apostrophes.
    Word,
    /// An abbreviation or initial with its period (`o.a.`, `Dr.`, `A.S.`).
    Abbreviation,
    /// A number (`150.000`, `3,5`, `1,000.50`).
    Number,
    /// An ordinal (`1e`, `21st`).
    Ordinal,
    /// A date written with digits (`20-08-2021`, `9/11`).
    Date,
    /// A time of day (`14.30`, `09:15`).
    Time,
    /// Punctuation.
    Punct,
    /// A symbol (`€`, `%`, `&`).
    Symbol,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag.
    Hashtag,
    /// A mention (`@name`).
    Mention,
    /// An emoji or other pictograph.
    Emoji,
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Spanned for Token {
    fn span(&self) -> Span {
        self.span
    }
}

/// One sentence: its span and the range of its tokens in [`Segments::tokens`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// Index of its first token.
    pub first_token: u32,
    /// Index one past its last token.
    pub end_token: u32,
}

impl Sentence {
    /// The token index range.
    pub fn token_range(&self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}

impl Spanned for Sentence {
    fn span(&self) -> Span {
        self.span
    }
}

/// Paragraphs, sentences and tokens, in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Segments {
    /// Paragraphs (blocks separated by blank lines, headings, list items).
    pub paragraphs: Vec<Span>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Tokens.
    pub tokens: Vec<Token>,
}

impl Segments {
    /// The tokens of one sentence.
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.token_range()).unwrap_or(&[])
    }
}
