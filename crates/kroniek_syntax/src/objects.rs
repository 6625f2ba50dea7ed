//! Dutch double objects repaired after parsing.
//!
//! A verb of giving takes the receiver first and the thing given second, both bare noun
//! phrases: "Duitsland verleende de dissident asiel". The parser sometimes reads the second
//! as an adverb of the verb (`advmod`), so that the receiver is the object and the thing given
//! disappears from the clause. A noun is almost never an `advmod` in the Dutch gold trees (16 of
//! 21,918 nouns: "begin april", "eind jaren '60", each with a dependent of its own; one bare
//! one, "zich politiek te bezoedelen", after a pronoun). So where a bare noun is an `advmod` of
//! a verb that has a noun or name as its object before it and no indirect object, the noun is
//! the object and the earlier one the indirect object. No sentence of the gold trees meets the
//! condition.

use kroniek_core::TokenSyntax;

/// Repair the double objects of one Dutch sentence (see the module documentation). Other
/// languages are left as they are.
pub fn attach_second_objects(lang: &str, toks: &mut [TokenSyntax]) {
    if lang != "nl" {
        return;
    }
    for n in 0..toks.len() {
        if toks[n].upos != "NOUN" || toks[n].deprel != "advmod" {
            continue;
        }
        let v = toks[n].head;
        let has_dependents = toks.iter().any(|t| t.head as usize == n + 1);
        let verb = (v as usize)
            .checked_sub(1)
            .and_then(|h| toks.get(h))
            .is_some_and(|t| t.upos == "VERB");
        if has_dependents || !verb {
            continue;
        }
        let of_verb = |rel: &str| toks.iter().position(|t| t.head == v && t.deprel == rel);
        let Some(o) = of_verb("obj") else {
            continue;
        };
        let nominal = matches!(toks[o].upos.as_str(), "NOUN" | "PROPN");
        if o > n || !nominal || of_verb("iobj").is_some() {
            continue;
        }
        toks[o].deprel = "iobj".to_string();
        toks[n].deprel = "obj".to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{toks, tree};

    /// "Duitsland verleende de dissident asiel ." with `asiel` an adverb.
    const ASYLUM: [(&str, &str, &str, &str, u32, &str); 6] = [
        ("Duitsland", "Duitsland", "PROPN", "", 2, "nsubj"),
        ("verleende", "verlenen", "VERB", "VerbForm=Fin", 0, "root"),
        ("de", "de", "DET", "", 4, "det"),
        ("dissident", "dissident", "NOUN", "", 2, "obj"),
        ("asiel", "asiel", "NOUN", "", 2, "advmod"),
        (".", ".", "PUNCT", "", 2, "punct"),
    ];

    #[test]
    fn a_bare_noun_read_as_an_adverb_after_the_object_is_the_object() {
        let mut t = toks(&ASYLUM);
        attach_second_objects("nl", &mut t);
        assert_eq!(
            tree(&t),
            [
                (2, "nsubj"),
                (0, "root"),
                (4, "det"),
                (2, "iobj"),
                (2, "obj"),
                (2, "punct"),
            ]
        );
    }

    #[test]
    fn a_pronoun_object_a_noun_with_dependents_or_english_is_left_alone() {
        let mut rows = ASYLUM;
        rows[3].2 = "PRON";
        let mut t = toks(&rows);
        attach_second_objects("nl", &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
        // "begin april": the noun has a dependent of its own.
        let mut rows = ASYLUM;
        rows[5] = ("april", "april", "NOUN", "", 5, "nmod");
        let mut t = toks(&rows);
        attach_second_objects("nl", &mut t);
        assert_eq!(tree(&t), tree(&toks(&rows)));
        let mut t = toks(&ASYLUM);
        attach_second_objects("en", &mut t);
        assert_eq!(tree(&t), tree(&toks(&ASYLUM)));
    }
}
