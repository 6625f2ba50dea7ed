//! Foreign multiword units as the Dutch news treebank joins them.
//!
//! Alpino dev joins every multiword unit that has a foreign word (`X`, `SPEC|vreemd`: "Grand
//! Slam", "Guinness Book of World Records") by `fixed`, all 15 of its units; LassySmall joins
//! most of them by `flat` (38 of 47, "Grand Prix"), and the model learns both. After parsing,
//! a Dutch `flat` relation (any subtype) of a unit in which a word is `X` becomes `fixed`.
//! Names of names ("Jan Janssen") stay `flat`.

use kroniek_core::TokenSyntax;

use crate::eval::universal;

fn is_flat(t: &TokenSyntax) -> bool {
    universal(&t.deprel) == "flat"
}

/// Give Dutch foreign units (see the module docs) `fixed`; other languages are left alone.
pub fn fix_foreign_units(lang: &str, out: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    // A unit is foreign when its head or one of its flat members is.
    let mut foreign: Vec<bool> = out.iter().map(|t| t.upos == "X").collect();
    for d in out.iter() {
        if d.upos == "X"
            && is_flat(d)
            && let Some(f) = (d.head as usize)
                .checked_sub(1)
                .and_then(|h| foreign.get_mut(h))
        {
            *f = true;
        }
    }
    for t in out.iter_mut() {
        if is_flat(t) && t.head > 0 && foreign.get(t.head as usize - 1).copied() == Some(true) {
            t.deprel = "fixed".to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    #[test]
    fn a_flat_unit_with_a_foreign_word_is_fixed() {
        let mut out = toks(&[
            ("Grand", "grand", "X", "", 0, "root"),
            ("Slam", "slam", "X", "", 1, "flat"),
            ("van", "van", "ADP", "", 4, "case"),
            ("Jan", "Jan", "PROPN", "", 1, "nmod"),
            ("Janssen", "Janssen", "PROPN", "", 4, "flat"),
            ("World", "world", "PROPN", "", 1, "conj"),
            ("Cup", "cup", "X", "", 6, "flat:name"),
        ]);
        let before = out.clone();
        fix_foreign_units("en", &mut out);
        assert_eq!(out, before);
        fix_foreign_units("nl", &mut out);
        assert_eq!(
            tree(&out),
            [
                (0, "root"),
                (1, "fixed"),
                (4, "case"),
                (1, "nmod"),
                (4, "flat"),
                (1, "conj"),
                (6, "fixed")
            ]
        );
    }
}
