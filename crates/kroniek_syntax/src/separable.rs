//! Unknown Dutch verb forms that begin with a separable particle, tagged again by their verb.
//!
//! In a subordinate clause a separable verb is written as one word ("dat het bedrijf
//! samenwerkt", "die werd doodgeschoten"). Such forms are rare, so the tagger reads them by
//! their shape or by a noisy lexicon entry (CoNLL-2002 tags "samenwerkt" as a noun) and often
//! makes them nouns; the parser then hangs a determiner on them and the clause is lost. Where
//! a word the tagger did not make a verb begins with a separable particle, the lexicon does not
//! know it as a verb, and the rest is a form it knows only as a verb ("werkt", "geschoten"), the
//! sentence is tagged once more with the rest in the word's place; if the rest is then a verb
//! in that context, the word takes that tag (and its verb form). The context keeps nouns
//! nouns: "het voorstel" tagged again as "het stel" stays a noun.

use crate::tagger::Tagger;

/// Dutch separable verb particles (adverbs, prepositions and adjectives that split off).
const PARTICLES: &[&str] = &[
    "aan", "achter", "af", "bij", "binnen", "buiten", "dicht", "dood", "door", "heen", "in", "los",
    "mee", "na", "neer", "om", "onder", "op", "over", "rond", "samen", "tegen", "terug", "thuis",
    "toe", "uit", "vast", "voor", "voorbij", "vrij", "weg",
];

/// The lexicon class of verbs (CoNLL-2002's coarse tag).
const VERB_CLASS: &str = "V";

/// The shortest verb form after the particle.
const MIN_REST: usize = 4;

/// The rest of `form` after a separable particle, when the lexicon does not know the form as a
/// verb and knows the rest only as one.
fn verb_rest<'a>(tagger: &Tagger, form: &'a str) -> Option<&'a str> {
    let lex = tagger.lexicon();
    let mut rests = PARTICLES
        .iter()
        .filter(|p| {
            form.get(..p.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(p))
        })
        .filter_map(|p| form.get(p.len()..))
        .filter(|rest| rest.chars().count() >= MIN_REST)
        .peekable();
    // Most words begin with no particle: the lexicon is asked only about those that do.
    rests.peek()?;
    if lex.is_empty()
        || lex
            .class_of(form)
            .is_some_and(|c| c.split('|').any(|t| t == VERB_CLASS))
    {
        return None;
    }
    rests.find(|rest| lex.class_of(rest) == Some(VERB_CLASS))
}

/// Retag the words of `forms` that are unknown particle–verb compounds tagged as something other
/// than a verb (`tags` as the tagger gave them); Dutch only.
pub fn retag(lang: &str, tagger: &Tagger, forms: &[&str], tags: &mut [usize]) {
    if lang != "nl" {
        return;
    }
    let is_verb = |t: usize| {
        tagger
            .tags()
            .get(t)
            .is_some_and(|s| matches!(crate::finetag::split(s).0, "VERB" | "AUX"))
    };
    for i in 0..forms.len() {
        let (Some(&form), Some(&tag)) = (forms.get(i), tags.get(i)) else {
            continue;
        };
        if is_verb(tag) {
            continue;
        }
        let Some(rest) = verb_rest(tagger, form) else {
            continue;
        };
        let mut swapped: Vec<&str> = forms.to_vec();
        if let Some(f) = swapped.get_mut(i) {
            *f = rest;
        }
        let again = tagger.tag(&tagger.toks(&swapped));
        if let (Some(&t), Some(slot)) = (again.get(i), tags.get_mut(i))
            && is_verb(t)
        {
            *slot = t;
        }
    }
}
