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
//! - Subtypes today's treebanks use and the 2017 split lacks (session 22): the passive agent,
//!   an `obl` with `door` in a clause with an `aux:pass`, is `obl:agent` today (all 80 such
//!   phrases of LassySmall dev and Alpino dev; the 66 `door` phrases without `aux:pass` are all
//!   plain `obl`); the reflexive `zich` was `obj`, today mostly `expl:pv` (69 of 89 in LassySmall
//!   dev and Alpino dev; the verbs that keep an `obj` vary, "terugtrekken" has both).
//! - Prepositional objects (`obl:arg`: "bestaan uit", "leiden tot", "kiezen voor") were plain
//!   `obl`. Which verb takes which preposition as its object is a matter of the lexicon, so
//!   [`ArgPairs`] learns it from the sentences in today's conventions that are trained on along
//!   with the 2017 split (LassySmall dev): an `obl` of a verb with a preposition that those
//!   sentences mark `obl:arg` more often than `obl` becomes `obl:arg`.
//!
//! A promotion moves the clause-level dependents (subject, punctuation, auxiliaries,
//! conjunctions, …) from the old head to the new one; the rest stay.

use std::collections::HashMap;

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
    add_subtypes(&mut s.words);
}

/// Today's `obl:agent` and `expl:pv` (see the module docs), on the converted tree.
pub fn add_subtypes(words: &mut [Word]) {
    for i in 0..words.len() {
        let id = i as u32 + 1;
        let w = &words[i];
        if w.deprel == "obl" {
            let by = child(words, id, |c| {
                c.deprel == "case" && c.lemma.eq_ignore_ascii_case("door")
            });
            let passive = child(words, w.head, |c| c.deprel == "aux:pass");
            if by.is_some() && passive.is_some() {
                words[i].deprel = "obl:agent".to_string();
            }
        } else if w.deprel == "obj" && w.form.eq_ignore_ascii_case("zich") {
            words[i].deprel = "expl:pv".to_string();
        }
    }
}

/// How often each (verb lemma, preposition lemma) pair heads an `obl:arg` and an `obl` phrase
/// in sentences of today's conventions. Separable verbs' lemmas are compared without the
/// underscore today's treebanks write in them (`bij_dragen`; the 2017 split: `bijdragen`).
#[derive(Clone, Debug, Default)]
pub struct ArgPairs {
    counts: HashMap<(String, String), (u32, u32)>,
}

impl ArgPairs {
    /// Count the verb-headed `obl` and `obl:arg` phrases of `sents`.
    pub fn learn<'a>(sents: impl Iterator<Item = &'a Sentence>) -> ArgPairs {
        let mut counts: HashMap<(String, String), (u32, u32)> = HashMap::new();
        for s in sents {
            for (i, w) in s.words.iter().enumerate() {
                let arg = match w.deprel.as_str() {
                    "obl:arg" => true,
                    "obl" => false,
                    _ => continue,
                };
                if let Some(key) = pair(&s.words, i) {
                    let c = counts.entry(key).or_default();
                    if arg {
                        c.0 += 1;
                    } else {
                        c.1 += 1;
                    }
                }
            }
        }
        ArgPairs { counts }
    }

    /// Relabel as `obl:arg` the `obl` phrases whose pair is more often `obl:arg` than `obl`.
    pub fn relabel(&self, words: &mut [Word]) {
        for i in 0..words.len() {
            if words[i].deprel != "obl" {
                continue;
            }
            let arg = pair(words, i)
                .and_then(|k| self.counts.get(&k))
                .is_some_and(|&(arg, obl)| arg > obl);
            if arg {
                words[i].deprel = "obl:arg".to_string();
            }
        }
    }
}

/// The (verb lemma, preposition lemma) of the phrase headed by `words[i]`: its head is a verb
/// and it has a `case` dependent.
fn pair(words: &[Word], i: usize) -> Option<(String, String)> {
    let head = words.get((words.get(i)?.head as usize).checked_sub(1)?)?;
    if head.upos != "VERB" {
        return None;
    }
    let id = i as u32 + 1;
    let case = words.iter().find(|c| c.head == id && c.deprel == "case")?;
    Some((head.lemma.replace('_', ""), case.lemma.to_lowercase()))
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
    fn marks_passive_agents_and_reflexives() {
        let passive = "1\tHij\thij\tPRON\t_\t_\t3\tnsubj:pass\t_\t_
2\twerd\tworden\tAUX\t_\t_\t3\taux:pass\t_\t_
3\tgeslagen\tslaan\tVERB\t_\t_\t0\troot\t_\t_
4\tdoor\tdoor\tADP\t_\t_\t5\tcase\t_\t_
5\tJan\tJan\tPROPN\t_\t_\t3\tobl\t_\t_
6\tdoor\tdoor\tADP\t_\t_\t7\tcase\t_\t_
7\tregen\tregen\tNOUN\t_\t_\t5\tobl\t_\t_

";
        let got = conv(passive);
        assert_eq!(got[4].2, "obl:agent");
        // Not in a clause with `aux:pass` (the head is a noun here).
        assert_eq!(got[6].2, "obl");
        let active = "1\tZij\tzij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tloopt\tlopen\tVERB\t_\t_\t0\troot\t_\t_
3\tdoor\tdoor\tADP\t_\t_\t4\tcase\t_\t_
4\tregen\tregen\tNOUN\t_\t_\t2\tobl\t_\t_
5\ten\ten\tCCONJ\t_\t_\t6\tcc\t_\t_
6\tverzet\tverzetten\tVERB\t_\t_\t2\tconj\t_\t_
7\tzich\tzich\tPRON\t_\t_\t6\tobj\t_\t_

";
        let got = conv(active);
        assert_eq!(got[3].2, "obl");
        assert_eq!(got[6].2, "expl:pv");
    }

    #[test]
    fn prepositional_objects_follow_todays_sentences() {
        let today = "# text = Het bestaat uit twee delen en uit niets.
1\tHet\thet\tPRON\tVNW\t_\t2\tnsubj\t_\t_
2\tbestaat\tbestaan\tVERB\tWW\t_\t0\troot\t_\t_
3\tuit\tuit\tADP\tVZ\t_\t5\tcase\t_\t_
4\ttwee\ttwee\tNUM\tTW\t_\t5\tnummod\t_\t_
5\tdelen\tdeel\tNOUN\tN\t_\t2\tobl:arg\t_\t_
6\tin\tin\tADP\tVZ\t_\t7\tcase\t_\t_
7\tGent\tGent\tPROPN\tN\t_\t2\tobl\t_\t_

";
        let today = parse_str(today, std::path::Path::new("t")).unwrap_or_default();
        assert!(!is_2017(&today[0]));
        let args = ArgPairs::learn(today.iter());
        let old = "1\tDe\tde\tDET\t_\t_\t2\tdet\t_\t_
2\tgroep\tgroep\tNOUN\t_\t_\t3\tnsubj\t_\t_
3\tbestond\tbestaan\tVERB\t_\t_\t0\troot\t_\t_
4\tin\tin\tADP\t_\t_\t5\tcase\t_\t_
5\tGent\tGent\tPROPN\t_\t_\t3\tobl\t_\t_
6\tuit\tuit\tADP\t_\t_\t7\tcase\t_\t_
7\tvrouwen\tvrouw\tNOUN\t_\t_\t3\tobl\t_\t_

";
        let mut old = parse_str(old, std::path::Path::new("t")).unwrap_or_default();
        args.relabel(&mut old[0].words);
        let rels: Vec<&str> = old[0].words.iter().map(|w| w.deprel.as_str()).collect();
        assert_eq!(
            rels,
            ["det", "nsubj", "root", "case", "obl", "case", "obl:arg"]
        );
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
