//! Converting the 2017 LassySmall conventions (UD 2.0) to today's Dutch UD conventions.
//!
//! The 2017 training split is recognised by its missing XPOS column. Its systematic differences
//! from today's treebanks, and what is done about them:
//!
//! - `als` was `ADP`; today it is `SCONJ`.
//! - Ordinals (`eerste`, `tweede`, `twintigste`) were `NUM`/`nummod`; today `ADJ`/`amod`.
//! - The modals `moeten`, `kunnen`, `zullen`, `mogen` were main verbs heading an `xcomp`
//!   infinitive; today they are `AUX`/`aux` of that infinitive, which heads the clause.
//! - `laten`, `willen`, `gaan`, `blijven`, … were `aux` of an infinitive; today they are verbs
//!   heading it as `xcomp`.
//! - Copulas other than `zijn` (`worden`, `blijven`, `heten`, …) were `AUX`/`cop` of the
//!   predicate; today they are verbs heading the predicate as `xcomp`.
//!
//! - Coordination followed UD v1: a coordinating conjunction (`cc`) and the punctuation between
//!   conjuncts hung from the first conjunct; today (UD v2) they hang from the conjunct that
//!   follows them (`A , B en C`: `,` → B, `en` → C). This alone touched 2,292 `cc` and several
//!   thousand `punct` arcs of the 2017 split.
//!
//! - Punctuation hung from the root word; today it attaches to the unit it belongs to
//!   ([`crate::punct`], applied last, to the converted tree).
//!
//! A promotion moves the clause-level dependents (subject, punctuation, auxiliaries,
//! conjunctions, …) from the old head to the new one; the rest stay.

use crate::conllu::{Sentence, Word};

/// Verbs that are auxiliaries of an infinitive today (besides `hebben`, `zijn`, `worden`).
const MODALS: &[&str] = &["moeten", "kunnen", "zullen", "mogen"];

/// Auxiliaries (`aux`) today; any other 2017 `aux` heads its infinitive now.
const TODAY_AUX: &[&str] = &[
    "hebben", "zijn", "worden", "kunnen", "zullen", "moeten", "mogen", "krijgen",
];

/// Dependents that belong to the clause and move with it to a promoted head.
const CLAUSAL: &[&str] = &[
    "nsubj",
    "nsubj:pass",
    "csubj",
    "punct",
    "aux",
    "aux:pass",
    "cc",
    "conj",
    "parataxis",
    "mark",
    "expl",
    "expl:pv",
];

/// True when a sentence follows the 2017 conventions (no XPOS at all).
pub fn is_2017(s: &Sentence) -> bool {
    !s.words.is_empty() && s.words.iter().all(|w| w.xpos.is_empty() || w.xpos == "_")
}

/// Convert a 2017 sentence to today's conventions (see the module docs).
pub fn convert_2017(s: &mut Sentence) {
    for w in &mut s.words {
        if w.upos == "ADP" && w.lemma.eq_ignore_ascii_case("als") {
            w.upos = "SCONJ".to_string();
        }
        if w.upos == "NUM" && is_ordinal(&w.form) {
            w.upos = "ADJ".to_string();
            if w.deprel == "nummod" {
                w.deprel = "amod".to_string();
            }
        }
    }
    for i in 0..s.words.len() {
        let id = i as u32 + 1;
        let w = &s.words[i];
        if w.upos == "VERB" && MODALS.contains(&w.lemma.as_str()) {
            // Modal heading an infinitive: demote it to `aux` of the infinitive.
            if let Some(x) = child(&s.words, id, |c| c.deprel == "xcomp" && c.upos == "VERB") {
                swap_heads(&mut s.words, id, x, "aux");
                s.words[i].upos = "AUX".to_string();
            }
        } else if w.upos == "AUX"
            && w.deprel == "aux"
            && !TODAY_AUX.contains(&w.lemma.as_str())
            && w.head != 0
        {
            // `laten`, `willen`, `gaan`: promote over the infinitive.
            let h = w.head;
            swap_heads(&mut s.words, h, id, "xcomp");
            s.words[i].upos = "VERB".to_string();
        } else if w.upos == "AUX" && w.deprel == "cop" && w.lemma != "zijn" && w.head != 0 {
            let h = w.head;
            swap_heads(&mut s.words, h, id, "xcomp");
            s.words[i].upos = "VERB".to_string();
        }
    }
    reattach_coordination(&mut s.words);
    reattach_punctuation(&mut s.words);
}

/// Today's punctuation attachment ([`crate::punct`]): the 2017 split hangs most marks from the
/// root word.
pub fn reattach_punctuation(words: &mut [Word]) {
    let mut heads: Vec<u32> = words.iter().map(|w| w.head).collect();
    let forms: Vec<&str> = words.iter().map(|w| w.form.as_str()).collect();
    let punct: Vec<bool> = words.iter().map(|w| w.upos == "PUNCT").collect();
    crate::punct::attach_punctuation(&mut heads, &forms, &punct);
    for (w, h) in words.iter_mut().zip(heads) {
        w.head = h;
    }
}

/// UD v1 → v2 coordination: a `cc` or `punct` whose head is a conjunct to its left moves to
/// the nearest `conj` dependent of that head to its right.
pub fn reattach_coordination(words: &mut [Word]) {
    for i in 0..words.len() {
        let id = i as u32 + 1;
        let (head, rel) = (words[i].head, words[i].deprel.as_str());
        if head == 0 || head >= id || !(rel == "cc" || rel == "punct") {
            continue;
        }
        let next = words
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, w)| w.head == head && w.deprel == "conj")
            .map(|(k, _)| k as u32 + 1);
        if let Some(y) = next {
            words[i].head = y;
        }
    }
}

fn child(words: &[Word], head: u32, pred: impl Fn(&Word) -> bool) -> Option<u32> {
    words
        .iter()
        .position(|w| w.head == head && pred(w))
        .map(|i| i as u32 + 1)
}

/// Make `new` (a dependent of `old`) the head: it takes `old`'s head and relation, `old`
/// becomes its dependent with `rel`, and `old`'s clausal dependents move to `new`.
fn swap_heads(words: &mut [Word], old: u32, new: u32, rel: &str) {
    let (Some(o), Some(n)) = (old.checked_sub(1), new.checked_sub(1)) else {
        return;
    };
    let (Some(ow), Some(_)) = (words.get(o as usize).cloned(), words.get(n as usize)) else {
        return;
    };
    for (k, w) in words.iter_mut().enumerate() {
        let k = k as u32 + 1;
        if k != new && w.head == old && CLAUSAL.contains(&w.deprel.as_str()) {
            w.head = new;
        }
    }
    if let Some(nw) = words.get_mut(n as usize) {
        nw.head = ow.head;
        nw.deprel = ow.deprel.clone();
    }
    if let Some(ow) = words.get_mut(o as usize) {
        ow.head = new;
        ow.deprel = rel.to_string();
    }
}

/// A written-out ordinal number (`eerste`, `derde`, `twintigste`).
fn is_ordinal(form: &str) -> bool {
    let f = form.to_lowercase();
    f.chars().all(char::is_alphabetic)
        && (f.ends_with("ste") || f.ends_with("de"))
        && f.chars().count() >= 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse_str;

    fn conv(src: &str) -> Vec<(u32, String, String)> {
        let mut s = parse_str(src, std::path::Path::new("t")).unwrap_or_default();
        let s = &mut s[0];
        assert!(is_2017(s));
        convert_2017(s);
        s.words
            .iter()
            .map(|w| (w.head, w.upos.clone(), w.deprel.clone()))
            .collect()
    }

    #[test]
    fn demotes_modals_and_promotes_copula_verbs() {
        let modal = "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tmoet\tmoeten\tVERB\t_\t_\t0\troot\t_\t_
3\twerken\twerken\tVERB\t_\t_\t2\txcomp\t_\t_
4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

";
        let got = conv(modal);
        assert_eq!(got[0], (3, "PRON".into(), "nsubj".into()));
        assert_eq!(got[1], (3, "AUX".into(), "aux".into()));
        assert_eq!(got[2], (0, "VERB".into(), "root".into()));
        assert_eq!(got[3], (3, "PUNCT".into(), "punct".into()));
        let cop = "1\tZij\tzij\tPRON\t_\t_\t3\tnsubj\t_\t_
2\twerd\tworden\tAUX\t_\t_\t3\tcop\t_\t_
3\tburgemeester\tburgemeester\tNOUN\t_\t_\t0\troot\t_\t_
4\tals\tals\tADP\t_\t_\t5\tmark\t_\t_
5\teerste\teerste\tNUM\t_\t_\t3\tnummod\t_\t_

";
        let got = conv(cop);
        assert_eq!(got[0], (2, "PRON".into(), "nsubj".into()));
        assert_eq!(got[1], (0, "VERB".into(), "root".into()));
        assert_eq!(got[2], (2, "NOUN".into(), "xcomp".into()));
        assert_eq!(got[3], (5, "SCONJ".into(), "mark".into()));
        assert_eq!(got[4], (3, "ADJ".into(), "amod".into()));
    }

    #[test]
    fn moves_cc_and_punct_to_the_next_conjunct() {
        let coord = "1\tappels\tappel\tNOUN\t_\t_\t0\troot\t_\t_
2\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_
3\tperen\tpeer\tNOUN\t_\t_\t1\tconj\t_\t_
4\ten\ten\tCCONJ\t_\t_\t1\tcc\t_\t_
5\tpruimen\tpruim\tNOUN\t_\t_\t1\tconj\t_\t_
6\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_

";
        let got = conv(coord);
        let heads: Vec<u32> = got.iter().map(|g| g.0).collect();
        assert_eq!(heads, vec![0, 3, 1, 5, 1, 1]);
    }
}
