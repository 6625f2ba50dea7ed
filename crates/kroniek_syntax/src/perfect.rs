//! Dutch perfect and passive tenses repaired after parsing.
//!
//! In UD Dutch the participle heads its clause and the finite form of `hebben`, `zijn` or
//! `worden` hangs from it as `aux` (`aux:pass` for `worden`): "Speurders hebben een verdachte
//! gearresteerd" has `gearresteerd` as its root. The parser sometimes makes the auxiliary the
//! head and hangs the participle from it as a clause of its own (`ccomp`, `conj`, `advcl`,
//! `parataxis`, even `obj`): then the subject and the objects belong to `hebben`, and the event
//! coder reads a clause about possession. Where the tagger marks the dependent a participle
//! (`VerbForm=Part`, the Dutch model's fine tags) and it has no auxiliary, copula, subject or
//! subordinating conjunction of its own (which would make it a clause of its own: "… en is
//! gebeten"), the two swap places: the participle takes the auxiliary's head and relation, the
//! auxiliary and all its other dependents hang from the participle.

use kroniek_core::TokenSyntax;

/// The auxiliaries of the Dutch perfect and passive (lemmas).
const AUXILIARIES: [&str; 3] = ["hebben", "zijn", "worden"];

/// Relations that make a participle a clause of its own, or already say what it is.
const OWN_CLAUSE: [&str; 6] = ["aux", "aux:pass", "cop", "nsubj", "nsubj:pass", "mark"];

/// Relations a participle may rightly have under `hebben`, `zijn` or `worden` (none of them
/// the auxiliary's complement).
const KEEP: [&str; 5] = ["aux", "aux:pass", "cop", "amod", "compound:prt"];

/// Repair the perfect and passive tenses of one Dutch sentence (see the module documentation).
/// Other languages are left as they are.
pub fn attach_perfects(lang: &str, toks: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    for p in 0..toks.len() {
        if !is_participle(&toks[p]) || KEEP.contains(&toks[p].deprel.as_str()) {
            continue;
        }
        let Some(a) = (toks[p].head as usize).checked_sub(1) else {
            continue;
        };
        let Some(aux) = toks.get(a) else {
            continue;
        };
        let verb = matches!(aux.upos.as_str(), "AUX" | "VERB");
        if !verb || is_participle(aux) || !AUXILIARIES.contains(&aux.lemma.to_lowercase().as_str())
        {
            continue;
        }
        let own_clause = toks
            .iter()
            .any(|t| t.head as usize == p + 1 && OWN_CLAUSE.contains(&t.deprel.as_str()));
        if own_clause {
            continue;
        }
        let passive = toks[a].lemma.eq_ignore_ascii_case("worden");
        let (head, deprel) = (toks[a].head, toks[a].deprel.clone());
        for (i, t) in toks.iter_mut().enumerate() {
            if t.head as usize == a + 1 && i != p {
                t.head = p as u32 + 1;
                if passive && t.deprel == "nsubj" {
                    t.deprel = "nsubj:pass".to_string();
                }
            }
        }
        toks[p].head = head;
        toks[p].deprel = deprel;
        toks[a].head = p as u32 + 1;
        toks[a].deprel = if passive { "aux:pass" } else { "aux" }.to_string();
    }
}

fn is_participle(t: &TokenSyntax) -> bool {
    t.upos == "VERB"
        && t.feats
            .as_deref()
            .is_some_and(|f| f.split('|').any(|x| x == "VerbForm=Part"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    #[test]
    fn a_participle_under_hebben_becomes_the_head_of_its_clause() {
        // "De Verenigde Staten hebben Oekraïne raketwerpers geleverd ." read as possession.
        let mut t = toks(&[
            ("De", "de", "DET", "", 2, "det"),
            ("Verenigde", "Verenigde", "PROPN", "", 4, "nsubj"),
            ("Staten", "Staten", "PROPN", "", 2, "flat"),
            ("hebben", "hebben", "VERB", "VerbForm=Fin", 0, "root"),
            ("Oekraïne", "Oekraïne", "PROPN", "", 4, "obj"),
            ("raketwerpers", "raketwerper", "NOUN", "", 7, "obj"),
            ("geleverd", "leveren", "VERB", "VerbForm=Part", 4, "advcl"),
            (".", ".", "PUNCT", "", 4, "punct"),
        ]);
        attach_perfects("nl", &mut t);
        assert_eq!(
            tree(&t),
            [
                (2, "det"),
                (7, "nsubj"),
                (2, "flat"),
                (7, "aux"),
                (7, "obj"),
                (7, "obj"),
                (0, "root"),
                (7, "punct"),
            ]
        );
        // English, or the same tree without the participle's verb form, is left alone.
        let before = t.clone();
        let mut en = toks(&[
            ("has", "have", "AUX", "VerbForm=Fin", 0, "root"),
            ("gone", "go", "VERB", "VerbForm=Part", 1, "ccomp"),
        ]);
        attach_perfects("en", &mut en);
        assert_eq!(tree(&en), [(0, "root"), (1, "ccomp")]);
        attach_perfects("nl", &mut t);
        assert_eq!(tree(&t), tree(&before), "a repaired tree stays as it is");
    }

    #[test]
    fn worden_makes_a_passive_and_a_clause_of_its_own_is_kept() {
        // "Hij wordt gearresteerd ." with the participle as a complement.
        let mut t = toks(&[
            ("Hij", "hij", "PRON", "", 2, "nsubj"),
            ("wordt", "worden", "AUX", "VerbForm=Fin", 0, "root"),
            (
                "gearresteerd",
                "arresteren",
                "VERB",
                "VerbForm=Part",
                2,
                "xcomp",
            ),
        ]);
        attach_perfects("nl", &mut t);
        assert_eq!(tree(&t), [(3, "nsubj:pass"), (3, "aux:pass"), (0, "root")]);
        // "Hij heeft een hond en is gebeten": the conjunct has its own auxiliary.
        let mut t = toks(&[
            ("Hij", "hij", "PRON", "", 2, "nsubj"),
            ("heeft", "hebben", "VERB", "VerbForm=Fin", 0, "root"),
            ("een", "een", "DET", "", 4, "det"),
            ("hond", "hond", "NOUN", "", 2, "obj"),
            ("en", "en", "CCONJ", "", 7, "cc"),
            ("is", "zijn", "AUX", "VerbForm=Fin", 7, "aux:pass"),
            ("gebeten", "bijten", "VERB", "VerbForm=Part", 2, "conj"),
        ]);
        let before = tree(&t)
            .iter()
            .map(|&(h, d)| (h, d.to_string()))
            .collect::<Vec<_>>();
        attach_perfects("nl", &mut t);
        let after = tree(&t)
            .iter()
            .map(|&(h, d)| (h, d.to_string()))
            .collect::<Vec<_>>();
        assert_eq!(after, before);
    }
}
