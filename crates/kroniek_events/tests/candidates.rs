//! `Triggers` is conservative: every event the coder codes from a pattern's example sentence
//! (fully parsed) lies in a sentence that `Triggers::sentence_could_trigger` accepts, and words
//! no pattern names are turned down.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_events::{PATTERNS_EN, PATTERNS_NL, Triggers, parse};

fn check(lang: &str, file: &'static str, text: &str) {
    let patterns = parse(file, text).unwrap();
    let triggers = Triggers::new(&patterns, lang == "en");
    let mut events = 0usize;
    let mut missed = Vec::new();
    for p in &patterns {
        let doc = common::annotate(&p.example, lang, common::date("2021-08-20"));
        let seg = doc.layers().segments().unwrap();
        let syn = doc.layers().syntax().unwrap();
        for e in &doc.layers().events().unwrap().events {
            events += 1;
            let s = seg
                .sentences
                .iter()
                .find(|s| s.span.contains(e.trigger))
                .unwrap();
            let r = s.token_range();
            let forms: Vec<&str> = seg
                .sentence_tokens(s)
                .iter()
                .map(|t| t.span.slice(doc.text()))
                .collect();
            let lemmas: Vec<&str> = syn.tokens[r.clone()]
                .iter()
                .map(|t| t.lemma.as_str())
                .collect();
            let upos: Vec<&str> = syn.tokens[r].iter().map(|t| t.upos.as_str()).collect();
            if !triggers.sentence_could_trigger(&forms, &lemmas, &upos) {
                missed.push(format!("{}: {:?}", p.id, p.example));
            }
        }
    }
    assert!(
        events >= patterns.len(),
        "{file}: only {events} events coded"
    );
    assert!(
        missed.is_empty(),
        "{} sentences with events turned down:\n{}",
        missed.len(),
        missed.join("\n")
    );
}

#[test]
fn dutch_examples_pass() {
    check("nl", "patterns-nl.tsv", PATTERNS_NL);
}

#[test]
fn english_examples_pass() {
    check("en", "patterns-en.tsv", PATTERNS_EN);
}

#[test]
fn separable_bases_phrasal_verbs_and_guesses() {
    let nl = Triggers::new(&parse("patterns-nl.tsv", PATTERNS_NL).unwrap(), false);
    let en = Triggers::new(&parse("patterns-en.tsv", PATTERNS_EN).unwrap(), true);
    // "oproepen" is a Dutch trigger: its base, which the particle joins, passes.
    assert!(nl.could_trigger("riepen", "roepen", "VERB"));
    // A strong past form the lemmatiser missed passes through the coder's guesses.
    assert!(nl.could_trigger("riep", "riep", "VERB"));
    assert!(!nl.could_trigger("riep", "riep", "PROPN"));
    // "call off" is an English trigger: its verb passes.
    assert!(en.could_trigger("called", "call", "VERB"));
    assert!(en.could_trigger("attacked", "attack", "VERB"));
    for (t, w) in [(&nl, "de"), (&nl, "huis"), (&en, "the"), (&en, "table")] {
        assert!(!t.could_trigger(w, w, "NOUN"), "{w}");
    }
    // No word of this sentence is (part of) a trigger; "be" would be ("be on strike").
    assert!(!en.sentence_could_trigger(
        &["A", "green", "table", "."],
        &["a", "green", "table", "."],
        &["DET", "ADJ", "NOUN", "PUNCT"]
    ));
    assert!(en.sentence_could_trigger(
        &["They", "were", "on", "strike", "."],
        &["they", "be", "on", "strike", "."],
        &["PRON", "AUX", "ADP", "NOUN", "PUNCT"]
    ));
}
