//! Hand-written parsed sentences for the unit tests of the repairs after parsing.

use kroniek_core::TokenSyntax;

/// Tokens from (form, lemma, upos, feats, head, deprel).
pub fn toks(rows: &[(&str, &str, &str, &str, u32, &str)]) -> Vec<TokenSyntax> {
    rows.iter()
        .map(|&(_, lemma, upos, feats, head, deprel)| TokenSyntax {
            upos: upos.to_string(),
            xpos: None,
            feats: (!feats.is_empty()).then(|| feats.to_string()),
            lemma: lemma.to_string(),
            compound_lemma: None,
            head,
            deprel: deprel.to_string(),
        })
        .collect()
}

/// Each token's (head, relation).
pub fn tree(t: &[TokenSyntax]) -> Vec<(u32, &str)> {
    t.iter().map(|t| (t.head, t.deprel.as_str())).collect()
}
