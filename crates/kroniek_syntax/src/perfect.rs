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
//!
//! The parser also reads the auxiliary as a copula when commas stand between it and the
//! participle: "Gisteren is ook de minister, Jan Jansen, samen met zijn adviseurs, in Kabul
//! aangekomen" with `is` the copula of `minister` and `aangekomen` somewhere below it (a
//! `parataxis`, even its `nsubj`). Where the sentence ends in a participle without a clause of
//! its own, and the first verb-free step up from it reaches a noun or pronoun that has such a
//! copula and no subject, the noun is the subject and the copula the auxiliary: the participle
//! takes the noun's place, the noun hangs from it as `nsubj` (`nsubj:pass` under `worden`), and
//! the noun's clause-level dependents (adverbs, obliques, punctuation, conjunctions opening the
//! clause) move to it. No sentence of the Dutch gold trees (LassySmall dev and the 2017 split,
//! Alpino dev) meets the condition, so no right tree is changed.

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
        let Some(a) = auxiliary_above(toks, p) else {
            continue;
        };
        if has_own_clause(toks, p) {
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

/// The auxiliary the participle `p` hangs from: its head, or the head of the object it hangs
/// from as a reduced relative clause ("heeft drie schilderijen gestolen uit het museum" with
/// `gestolen` an `acl` of `schilderijen`) when it follows the object with no punctuation between
/// (no such participle in the Dutch gold trees; "plannen …, gepland voor …" has its comma).
fn auxiliary_above(toks: &[TokenSyntax], p: usize) -> Option<usize> {
    let h = (toks[p].head as usize).checked_sub(1)?;
    if is_auxiliary(toks.get(h)?) {
        return Some(h);
    }
    let reduced = toks[p].deprel == "acl"
        && toks[h].deprel == "obj"
        && h < p
        && !toks[h + 1..p].iter().any(|t| t.upos == "PUNCT");
    let a = (toks[h].head as usize).checked_sub(1)?;
    (reduced && is_auxiliary(toks.get(a)?)).then_some(a)
}

/// A finite or non-finite form of `hebben`, `zijn` or `worden` (not a participle itself).
fn is_auxiliary(t: &TokenSyntax) -> bool {
    matches!(t.upos.as_str(), "AUX" | "VERB")
        && !is_participle(t)
        && AUXILIARIES.contains(&t.lemma.to_lowercase().as_str())
}

/// Relations of a noun's dependents that belong to its clause, not to the noun phrase.
const CLAUSE_LEVEL: [&str; 9] = [
    "advmod",
    "advcl",
    "obl",
    "punct",
    "parataxis",
    "mark",
    "aux",
    "expl",
    "cc",
];

/// Repair a Dutch perfect or passive whose auxiliary the parser read as the copula of the
/// subject (see the module documentation). Other languages are left as they are.
pub fn attach_copular_perfects(lang: &str, toks: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    let Some(p) = toks.iter().rposition(|t| t.upos != "PUNCT") else {
        return;
    };
    if !is_participle(&toks[p]) || has_own_clause(toks, p) {
        return;
    }
    let Some((x, cop)) = subject_with_copula(toks, p) else {
        return;
    };
    let passive = toks[cop].lemma.eq_ignore_ascii_case("worden");
    for (i, t) in toks.iter_mut().enumerate() {
        let base = t.deprel.split(':').next().unwrap_or("");
        if t.head as usize == x + 1 && i != p && CLAUSE_LEVEL.contains(&base) {
            t.head = p as u32 + 1;
        }
    }
    let (head, deprel) = (toks[x].head, toks[x].deprel.clone());
    toks[p].head = head;
    toks[p].deprel = deprel;
    toks[x].head = p as u32 + 1;
    toks[x].deprel = if passive { "nsubj:pass" } else { "nsubj" }.to_string();
    toks[cop].head = p as u32 + 1;
    toks[cop].deprel = if passive { "aux:pass" } else { "aux" }.to_string();
}

/// The noun or pronoun above the participle `p` (at most four steps up, through no verb) that
/// has a copula `hebben`, `zijn` or `worden` and no subject, with that copula. The step below
/// it on the way up may itself be read as the subject (the participle as `nsubj`).
fn subject_with_copula(toks: &[TokenSyntax], p: usize) -> Option<(usize, usize)> {
    let mut cur = p;
    for _ in 0..4 {
        let below = cur;
        cur = (toks[cur].head as usize).checked_sub(1)?;
        let t = toks.get(cur)?;
        if matches!(t.upos.as_str(), "VERB" | "AUX") {
            return None;
        }
        if !matches!(t.upos.as_str(), "NOUN" | "PROPN" | "PRON") {
            continue;
        }
        let mut cop = None;
        for (i, d) in toks.iter().enumerate() {
            if d.head as usize != cur + 1 || i == below {
                continue;
            }
            if d.deprel.starts_with("nsubj") {
                return None;
            }
            if d.deprel == "cop" && AUXILIARIES.contains(&d.lemma.to_lowercase().as_str()) {
                cop = Some(i);
            }
        }
        if let Some(c) = cop {
            return Some((cur, c));
        }
    }
    None
}

/// Whether the participle `p` has an auxiliary, copula, subject or subordinator of its own.
fn has_own_clause(toks: &[TokenSyntax], p: usize) -> bool {
    toks.iter()
        .any(|t| t.head as usize == p + 1 && OWN_CLAUSE.contains(&t.deprel.as_str()))
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
    fn a_participle_read_as_a_relative_of_the_object_is_the_perfect() {
        // "Een bende heeft schilderijen gestolen uit het museum ." with `gestolen` an `acl`.
        let rows = [
            ("Een", "een", "DET", "", 2, "det"),
            ("bende", "bende", "NOUN", "", 3, "nsubj"),
            ("heeft", "hebben", "VERB", "VerbForm=Fin", 0, "root"),
            ("schilderijen", "schilderij", "NOUN", "", 3, "obj"),
            ("gestolen", "stelen", "VERB", "VerbForm=Part", 4, "acl"),
            ("uit", "uit", "ADP", "", 8, "case"),
            ("het", "het", "DET", "", 8, "det"),
            ("museum", "museum", "NOUN", "", 5, "obl"),
            (".", ".", "PUNCT", "", 3, "punct"),
        ];
        let mut t = toks(&rows);
        attach_perfects("nl", &mut t);
        assert_eq!(
            tree(&t),
            [
                (2, "det"),
                (5, "nsubj"),
                (5, "aux"),
                (5, "obj"),
                (0, "root"),
                (8, "case"),
                (8, "det"),
                (5, "obl"),
                (5, "punct"),
            ]
        );
        // With a comma before the participle it describes the object: left alone.
        let mut rows = rows.to_vec();
        rows.insert(4, (",", ",", "PUNCT", "", 5, "punct"));
        for r in &mut rows {
            r.4 += u32::from(r.4 > 4);
        }
        let mut t = toks(&rows);
        attach_perfects("nl", &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
    }

    /// "Gisteren is de minister , samen met adviseurs , aangekomen ." with `is` the copula of
    /// `minister` and `aangekomen` a parataxis of `samen`.
    const ARRIVED: [(&str, &str, &str, &str, u32, &str); 11] = [
        ("Gisteren", "gisteren", "ADV", "", 4, "advmod"),
        ("is", "zijn", "AUX", "VerbForm=Fin", 4, "cop"),
        ("de", "de", "DET", "", 4, "det"),
        ("minister", "minister", "NOUN", "", 0, "root"),
        (",", ",", "PUNCT", "", 6, "punct"),
        ("samen", "samen", "ADV", "", 4, "advcl"),
        ("met", "met", "ADP", "", 8, "case"),
        ("adviseurs", "adviseur", "NOUN", "", 6, "obl"),
        (",", ",", "PUNCT", "", 10, "punct"),
        (
            "aangekomen",
            "aankomen",
            "VERB",
            "VerbForm=Part",
            6,
            "parataxis",
        ),
        (".", ".", "PUNCT", "", 4, "punct"),
    ];

    #[test]
    fn a_copula_above_a_final_participle_is_its_auxiliary() {
        let mut t = toks(&ARRIVED);
        attach_copular_perfects("nl", &mut t);
        assert_eq!(
            tree(&t),
            [
                (10, "advmod"),
                (10, "aux"),
                (4, "det"),
                (10, "nsubj"),
                (6, "punct"),
                (10, "advcl"),
                (8, "case"),
                (6, "obl"),
                (10, "punct"),
                (0, "root"),
                (10, "punct"),
            ]
        );
        let before = t.clone();
        attach_copular_perfects("nl", &mut t);
        assert_eq!(tree(&t), tree(&before), "a repaired tree stays as it is");
    }

    #[test]
    fn a_copular_clause_with_a_subject_or_a_verb_between_is_kept() {
        // "Hij is minister …": `minister` has a subject, so it is a real predicate.
        let mut rows = ARRIVED;
        rows[0] = ("Hij", "hij", "PRON", "", 4, "nsubj");
        let mut t = toks(&rows);
        attach_copular_perfects("nl", &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
        // The participle under a verb of its own clause ("samen" read as a verb).
        let mut rows = ARRIVED;
        rows[5].2 = "VERB";
        let mut t = toks(&rows);
        attach_copular_perfects("nl", &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
    }

    #[test]
    fn a_participle_read_as_the_subject_of_the_noun_is_repaired_too() {
        let mut rows = ARRIVED;
        rows[9] = (
            "aangekomen",
            "aankomen",
            "VERB",
            "VerbForm=Part",
            4,
            "nsubj",
        );
        let mut t = toks(&rows);
        attach_copular_perfects("nl", &mut t);
        assert_eq!((t[9].head, t[9].deprel.as_str()), (0, "root"));
        assert_eq!((t[3].head, t[3].deprel.as_str()), (10, "nsubj"));
        assert_eq!((t[1].head, t[1].deprel.as_str()), (10, "aux"));
        assert_eq!((t[5].head, t[5].deprel.as_str()), (10, "advcl"));
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
