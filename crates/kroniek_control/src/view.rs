//! A sentence as the matchers see it: tokens with lowercase form, UPOS and lemma.

use kroniek_core::{Document, Span, TokenKind};

/// One token of a sentence.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Where it is.
    pub span: Span,
    /// As written.
    pub text: &'a str,
    /// Lowercased.
    pub lower: String,
    /// UPOS (`""` without a syntax layer).
    pub upos: &'a str,
    /// Lemma, lowercased (the form without a syntax layer).
    pub lemma: String,
    /// Punctuation or symbol.
    pub punct: bool,
}

/// A sentence and its tokens.
#[derive(Clone, Debug)]
pub(crate) struct SentenceView<'a> {
    /// The sentence span.
    pub span: Span,
    /// Its tokens.
    pub toks: Vec<Tok<'a>>,
    /// The lowercase forms, sorted and deduplicated (a cheap pre-check for patterns).
    pub vocab: Vec<String>,
}

impl SentenceView<'_> {
    /// The span covering tokens `[a, b)`.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(x), Some(y)) if a < b => x.span.cover(y.span),
            _ => Span::default(),
        }
    }
}

/// Every sentence of the document (empty without segments).
pub(crate) fn sentences(doc: &Document) -> Vec<SentenceView<'_>> {
    let text = doc.text();
    let Some(seg) = doc.layers().segments() else {
        return Vec::new();
    };
    let syn = doc.layers().syntax();
    seg.sentences
        .iter()
        .map(|s| {
            let toks: Vec<Tok<'_>> = s
                .token_range()
                .filter_map(|i| {
                    let t = seg.tokens.get(i)?;
                    let form = t.span.slice(text);
                    let mut lower = form.to_lowercase();
                    if lower == "eén" {
                        // sentence-initial "Eén"
                        lower = "één".to_string();
                    }
                    let ts = syn.and_then(|l| l.tokens.get(i));
                    Some(Tok {
                        span: t.span,
                        text: form,
                        upos: ts.map_or("", |x| x.upos.as_str()),
                        lemma: ts.map_or_else(|| lower.clone(), |x| x.lemma.to_lowercase()),
                        lower,
                        punct: matches!(t.kind, TokenKind::Punct | TokenKind::Symbol),
                    })
                })
                .collect();
            let mut vocab: Vec<String> = toks.iter().map(|t| t.lower.clone()).collect();
            vocab.sort_unstable();
            vocab.dedup();
            SentenceView {
                span: s.span,
                toks,
                vocab,
            }
        })
        .collect()
}
