//! The language a sentence is coded in: its paragraph's when the language layer marks that
//! paragraph as another language, else the document's.

use kroniek_core::{Document, LangSpan, Span};

/// The document's language and its paragraphs in other languages.
pub struct SentenceLangs<'a> {
    doc_lang: String,
    paragraphs: &'a [LangSpan],
}

impl<'a> SentenceLangs<'a> {
    /// The languages of `doc`.
    pub fn of(doc: &'a Document) -> SentenceLangs<'a> {
        SentenceLangs {
            doc_lang: doc
                .lang()
                .map(|l| l.as_str().to_string())
                .unwrap_or_default(),
            paragraphs: doc
                .layers()
                .language()
                .map(|l| l.paragraphs.as_slice())
                .unwrap_or(&[]),
        }
    }

    /// The language of the sentence at `span`.
    pub fn at(&self, span: Span) -> &str {
        self.paragraphs
            .iter()
            .find(|p| p.span.contains(span))
            .map_or(self.doc_lang.as_str(), |p| p.lang.as_str())
    }
}
