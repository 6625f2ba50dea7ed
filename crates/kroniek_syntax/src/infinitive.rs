//! Dutch clause-final infinitives after a modal verb, repaired after parsing.
//!
//! In a Dutch main clause the modal comes second and its infinitive last: "De taliban willen
//! de hoofdstad aanvallen". An infinitive has the form of a plural noun ("aanvallen" is also
//! "attacks"), and the tagger, which sees the modal five words back at most as a neighbour,
//! often reads it as one: then the clause has no verb for its object and the infinitive hangs
//! from the object as a noun modifier. Where the finite modal (`kunnen`, `moeten`, `mogen`,
//! `zullen`, `willen`, `gaan`) has no verb below it, the sentence's last word is a noun in
//! `-en` with no dependents of its own (no article, adjective or preposition: a bare word), and
//! a noun phrase stands between the two, the last word is the infinitive. It becomes `VERB`
//! with `VerbForm=Inf`, and takes the modal's place as UD Dutch has it: under `kunnen`,
//! `moeten`, `mogen` and `zullen` (auxiliaries in UD Dutch) the infinitive heads the clause
//! and the modal is its `aux`; under `willen` and `gaan` the infinitive is the modal's `xcomp`.
//! Either way the objects and obliques between the two move to the infinitive.

use kroniek_core::TokenSyntax;

/// Modals whose infinitive heads the clause (UD Dutch `aux`).
const AUXILIARY_MODALS: [&str; 4] = ["kunnen", "moeten", "mogen", "zullen"];

/// Modals that take their infinitive as `xcomp`.
const CONTROL_MODALS: [&str; 2] = ["willen", "gaan"];

/// Relations of the modal's dependents that belong to the infinitive when they stand between
/// the two (a subject there stays with `willen` and `gaan`: "Morgen willen de rebellen …").
const MOVED: [&str; 4] = ["obj", "iobj", "obl", "obl:arg"];

/// Repair the clause-final infinitive of one Dutch sentence (see the module documentation).
/// Other languages are left as they are.
pub fn attach_infinitives(lang: &str, forms: &[&str], toks: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    let Some(v) = toks.iter().rposition(|t| t.upos != "PUNCT") else {
        return;
    };
    let form = forms.get(v).map(|f| f.to_lowercase()).unwrap_or_default();
    let bare = !toks.iter().any(|t| t.head as usize == v + 1);
    if toks[v].upos != "NOUN" || !form.ends_with("en") || form.len() < 5 || !bare {
        return;
    }
    let Some(m) = modal_above(toks, v) else {
        return;
    };
    let between_noun = (m + 1..v).any(|i| matches!(toks[i].upos.as_str(), "NOUN" | "PROPN"));
    if !between_noun {
        return;
    }
    let auxiliary = AUXILIARY_MODALS.contains(&toks[m].lemma.to_lowercase().as_str());
    for t in &mut toks[m + 1..v] {
        if t.head as usize == m + 1 && MOVED.contains(&t.deprel.as_str()) {
            t.head = v as u32 + 1;
        }
    }
    let t = &mut toks[v];
    t.upos = "VERB".to_string();
    t.feats = Some("VerbForm=Inf".to_string());
    t.lemma = form;
    if auxiliary {
        let (head, deprel) = (toks[m].head, toks[m].deprel.clone());
        for (i, t) in toks.iter_mut().enumerate() {
            if t.head as usize == m + 1 && i != v {
                t.head = v as u32 + 1;
            }
        }
        toks[v].head = head;
        toks[v].deprel = deprel;
        toks[m].head = v as u32 + 1;
        toks[m].deprel = "aux".to_string();
    } else {
        toks[v].head = m as u32 + 1;
        toks[v].deprel = "xcomp".to_string();
    }
}

/// The finite modal verb whose clause the word `v` ends: the nearest modal to its left, if it
/// has no verb among its dependents and `v` hangs (within three steps) from it.
fn modal_above(toks: &[TokenSyntax], v: usize) -> Option<usize> {
    let m = (0..v).rev().find(|&i| is_modal(&toks[i]))?;
    if toks
        .iter()
        .any(|t| t.head as usize == m + 1 && matches!(t.upos.as_str(), "VERB" | "AUX"))
    {
        return None;
    }
    let mut cur = v;
    for _ in 0..3 {
        let h = (toks[cur].head as usize).checked_sub(1)?;
        if h == m {
            return Some(m);
        }
        if matches!(toks[h].upos.as_str(), "VERB" | "AUX") {
            return None;
        }
        cur = h;
    }
    None
}

fn is_modal(t: &TokenSyntax) -> bool {
    let lemma = t.lemma.to_lowercase();
    matches!(t.upos.as_str(), "VERB" | "AUX")
        && (AUXILIARY_MODALS.contains(&lemma.as_str()) || CONTROL_MODALS.contains(&lemma.as_str()))
        && t.feats
            .as_deref()
            .is_none_or(|f| f.split('|').any(|x| x == "VerbForm=Fin"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    fn forms<'a>(rows: &[(&'a str, &str, &str, &str, u32, &str)]) -> Vec<&'a str> {
        rows.iter().map(|r| r.0).collect()
    }

    #[test]
    fn a_final_noun_after_willen_and_an_object_is_its_infinitive() {
        // "De taliban willen de hoofdstad aanvallen ." with "aanvallen" a noun under the object.
        let rows = [
            ("De", "de", "DET", "", 2, "det"),
            ("taliban", "taliban", "NOUN", "", 3, "nsubj"),
            ("willen", "willen", "VERB", "VerbForm=Fin", 0, "root"),
            ("de", "de", "DET", "", 5, "det"),
            ("hoofdstad", "hoofdstad", "NOUN", "", 3, "obj"),
            ("aanvallen", "aanval", "NOUN", "", 5, "nmod"),
            (".", ".", "PUNCT", "", 3, "punct"),
        ];
        let mut t = toks(&rows);
        attach_infinitives("nl", &forms(&rows), &mut t);
        assert_eq!(
            tree(&t),
            [
                (2, "det"),
                (3, "nsubj"),
                (0, "root"),
                (5, "det"),
                (6, "obj"),
                (3, "xcomp"),
                (3, "punct"),
            ]
        );
        assert_eq!(
            (t[5].upos.as_str(), t[5].lemma.as_str()),
            ("VERB", "aanvallen")
        );
        assert_eq!(t[5].feats.as_deref(), Some("VerbForm=Inf"));
    }

    #[test]
    fn under_kunnen_the_infinitive_heads_the_clause() {
        let rows = [
            ("Het", "het", "DET", "", 2, "det"),
            ("leger", "leger", "NOUN", "", 3, "nsubj"),
            ("kan", "kunnen", "AUX", "VerbForm=Fin", 0, "root"),
            ("de", "de", "DET", "", 5, "det"),
            ("stad", "stad", "NOUN", "", 3, "obj"),
            ("innemen", "inneem", "NOUN", "", 3, "obj"),
        ];
        let mut t = toks(&rows);
        attach_infinitives("nl", &forms(&rows), &mut t);
        assert_eq!(
            tree(&t),
            [
                (2, "det"),
                (6, "nsubj"),
                (6, "aux"),
                (5, "det"),
                (6, "obj"),
                (0, "root"),
            ]
        );
    }

    #[test]
    fn a_plural_object_of_its_own_is_left() {
        // "Wij willen verkiezingen": no noun between; "… de banen": the noun has an article;
        // "Ze willen geld en banen": conjoined, has dependents of its own.
        for rows in [
            vec![
                ("Wij", "wij", "PRON", "", 2, "nsubj"),
                ("willen", "willen", "VERB", "VerbForm=Fin", 0, "root"),
                ("verkiezingen", "verkiezing", "NOUN", "", 2, "obj"),
            ],
            vec![
                ("Zij", "zij", "PRON", "", 2, "nsubj"),
                ("willen", "willen", "VERB", "VerbForm=Fin", 0, "root"),
                ("geld", "geld", "NOUN", "", 2, "obj"),
                ("en", "en", "CCONJ", "", 6, "cc"),
                ("de", "de", "DET", "", 6, "det"),
                ("banen", "baan", "NOUN", "", 3, "conj"),
            ],
            vec![
                ("Zij", "zij", "PRON", "", 2, "nsubj"),
                ("willen", "willen", "VERB", "VerbForm=Fin", 0, "root"),
                ("vrede", "vrede", "NOUN", "", 2, "obj"),
                ("hebben", "hebben", "VERB", "VerbForm=Inf", 2, "xcomp"),
            ],
        ] {
            let mut t = toks(&rows);
            let before = t.clone();
            attach_infinitives("nl", &forms(&rows), &mut t);
            assert_eq!(tree(&t), tree(&before));
            assert_eq!(t, before, "tags and lemmas too");
        }
    }
}
