//! The syntax layer: part of speech, lemma and dependency relation per token.

use serde::{Deserialize, Serialize};

/// Syntax of one token; `SyntaxLayer::tokens[i]` belongs to `Segments::tokens[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenSyntax {
    /// Universal POS tag (`NOUN`, `VERB`, …).
    pub upos: String,
    /// Treebank-specific tag, when the model predicts one.
    pub xpos: Option<String>,
    /// UD morphological features (`Number=Sing|Tense=Past`), when predicted.
    pub feats: Option<String>,
    /// Lemma (`veroverden` → `veroveren`).
    pub lemma: String,
    /// Lemma of a separable verb recombined with its particle (`riep … op` → `oproepen`).
    pub compound_lemma: Option<String>,
    /// Head as a 1-based token index within the sentence; 0 for the root (CoNLL-U HEAD).
    pub head: u32,
    /// UD dependency relation (`nsubj`, `obj`, `obl`, …).
    pub deprel: String,
}

/// Syntax for every token of the document, parallel to `Segments::tokens`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyntaxLayer {
    /// One entry per token.
    pub tokens: Vec<TokenSyntax>,
}
