//! Whether an English event's participants can act at all.
//!
//! A verb trigger whose subject is a thing, a process or an idea ("inflation rocketed", "warm
//! water is attacking the ice shelves", "the declaration violates the constitution", "an
//! audit prohibiting him") reports no act between actors. WordNet tells which nouns name no
//! actor in any sense: `data/events/inert-nouns-en.tsv.gz`, built from WordNet 3.0 by
//! `examples/build_inert_nouns.rs`. Nouns missing from it count as possible actors, so an
//! unknown word never removes an event.
//!
//! Also here, for both kinds of talk that report no act between actors: the speaker and a
//! generic "you" ("no company should be able to stop you", "they gave me food"), and an
//! interview ("spoke with Wikinews", "said at a press conference").

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use kroniek_core::{Participant, PloverType};

use crate::public_actor;
use crate::tree::Tree;

const INERT_NOUNS: &[u8] = include_bytes!("../../../data/events/inert-nouns-en.tsv.gz");

/// WordNet's noun classes that name no actor (the list's second column).
const CLASSES: [&str; 23] = [
    "act",
    "animal",
    "artifact",
    "attribute",
    "body",
    "cognition",
    "communication",
    "event",
    "feeling",
    "food",
    "location",
    "motive",
    "object",
    "phenomenon",
    "plant",
    "possession",
    "process",
    "quantity",
    "relation",
    "shape",
    "state",
    "substance",
    "time",
];

/// Nouns that name no actor, with the WordNet class of their most frequent sense. The list is
/// built into the binary; should it not inflate, no noun counts as inert (nothing is removed).
fn inert_nouns() -> &'static HashMap<String, &'static str> {
    static NOUNS: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut text = String::new();
        if flate2::read::GzDecoder::new(INERT_NOUNS)
            .read_to_string(&mut text)
            .is_err()
        {
            return HashMap::new();
        }
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter_map(|(w, c)| Some((w.to_string(), *CLASSES.iter().find(|k| **k == c)?)))
            .collect()
    })
}

/// Whether the phrase has a name, or a capitalised word other than the sentence's first word
/// ("the Turkish statement", "Iran's decision"): someone is behind the thing.
fn names_someone(tree: &Tree<'_>, p: &Participant) -> bool {
    let first_word = (0..tree.len()).find(|&i| tree.upos(i) != "PUNCT");
    (0..tree.len()).any(|i| {
        p.span.contains(tree.span(i))
            && (tree.upos(i) == "PROPN" || (Some(i) != first_word && tree.capitalised(i)))
    })
}

/// Institutions named by their building: they act ("the museum returned the statue").
fn is_institution_building(lemma: &str) -> bool {
    matches!(
        lemma,
        "museum" | "hospital" | "embassy" | "consulate" | "library" | "school" | "prison" | "zoo"
    )
}

/// The WordNet class of an English participant that names no actor: its head is a common noun
/// of [`inert_nouns`], with no name in the phrase and not in the actor dictionary; `None` for
/// anyone or anything that may act.
pub fn inert_class(
    tree: &Tree<'_>,
    p: &Participant,
    dict: Option<&kroniek_actors::Dictionary>,
) -> Option<&'static str> {
    let h = public_actor::head_of(tree, p)?;
    if tree.upos(h) != "NOUN"
        || names_someone(tree, p)
        || public_actor::head_is_actor(tree, p, dict, true)
    {
        return None;
    }
    let lemma = tree.lemma(h);
    if is_institution_building(lemma) {
        return None;
    }
    inert_nouns().get(lemma).copied()
}

/// Whether a verb event has no one who acts: every source is a thing, a process or an idea
/// ("no evidence to support the claims", "the same standard to restrict people", "a lawsuit
/// attempting to prevent the state from certifying"), or every source and every target is
/// ("warm water is attacking the ice shelves"). A text still speaks for its authors ("the
/// report accuses the army", "the resolution calls on both sides"). Assaults, threats,
/// protests, coercion and demands need things on both sides to go: their subjects are often
/// misread ("the night's incidents injured fourteen officers"), a ruling, a law or an order
/// coerces and demands for whoever issued it ("the ruling bars him from office", "the measure
/// requires companies to report"), and a weapon or an attack still assaults ("the bomb
/// destroyed the building"). Nor is a support of one's own things ("defended his decision",
/// "her record"): PLOVER's support approves of another actor's actions or policies.
pub fn inert_participants(
    tree: &Tree<'_>,
    kind: PloverType,
    sources: &[Participant],
    targets: &[Participant],
    dict: Option<&kroniek_actors::Dictionary>,
) -> bool {
    let instrument = |c: &str, p: &Participant| {
        matches!(c, "act" | "artifact")
            || public_actor::head_of(tree, p)
                .is_some_and(|h| matches!(tree.lemma(h), "explosion" | "detonation"))
    };
    let inert = |p: &Participant| inert_class(tree, p, dict);
    let no_agent = |p: &Participant| {
        inert(p).is_some_and(|c| kind != PloverType::Assault || !instrument(c, p))
    };
    let all_targets_inert = targets.iter().all(|p| inert(p).is_some());
    let reported_by_its_kind = matches!(
        kind,
        PloverType::Assault
            | PloverType::Threaten
            | PloverType::Protest
            | PloverType::Coerce
            | PloverType::Request
    );
    let no_one_acts = !sources.is_empty()
        && sources.iter().all(no_agent)
        && (all_targets_inert
            || !reported_by_its_kind && sources.iter().all(|p| inert(p) != Some("communication")));
    // "defended his decision", "his proposal", "her record": the source's own.
    let own = |p: &Participant| {
        public_actor::head_of(tree, p).is_some_and(|h| {
            tree.children(h)
                .iter()
                .any(|&c| tree.deprel(c) == "nmod:poss" && tree.upos(c) == "PRON")
        })
    };
    no_one_acts
        || (kind == PloverType::Support
            && !targets.is_empty()
            && all_targets_inert
            && targets.iter().all(own))
}

/// Whether an English event is talk between the speaker and the listener: a participant is
/// the generic "you" ("no company should be able to stop you") or the speaker as the one acted
/// on ("they gave me food", "promised me a job"). Interviews and personal accounts, not news
/// of what actors did; violence done to the speaker ("they beat me") is news and stays.
pub fn conversational(
    tree: &Tree<'_>,
    kind: PloverType,
    sources: &[Participant],
    targets: &[Participant],
) -> bool {
    let form = |p: &Participant| {
        public_actor::head_of(tree, p)
            .filter(|&h| tree.upos(h) == "PRON")
            .map(|h| tree.form(h))
    };
    sources
        .iter()
        .chain(targets)
        .any(|p| matches!(form(p), Some("you" | "yourself" | "yourselves")))
        || (!matches!(kind, PloverType::Assault | PloverType::Coerce)
            && targets
                .iter()
                .any(|p| matches!(form(p), Some("me" | "myself"))))
}

/// Whether a consultation is an interview: the one talked with is a news medium or its
/// reporters ("spoke with Wikinews", "een gesprek met De Morgen", "told reporters"). What the
/// speaker said is the news, not that a journalist listened.
pub fn interview(tree: &Tree<'_>, kind: PloverType, targets: &[Participant]) -> bool {
    kind == PloverType::Consult
        && targets.iter().any(|p| {
            p.sector.as_deref() == Some("MED")
                || p.text == "Wikinews"
                || public_actor::head_of(tree, p).is_some_and(|h| {
                    matches!(
                        tree.lemma(h),
                        "reporter"
                            | "journalist"
                            | "press"
                            | "media"
                            | "interviewer"
                            | "verslaggever"
                            | "journaliste"
                            | "pers"
                    )
                })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_has_things_and_no_actors() {
        let nouns = inert_nouns();
        assert!(
            nouns.len() > 40_000,
            "every class of the list is known: {}",
            nouns.len()
        );
        assert_eq!(nouns.get("inflation"), Some(&"process"));
        assert_eq!(nouns.get("lawsuit"), Some(&"act"));
        for actor in [
            "government",
            "army",
            "police",
            "company",
            "country",
            "rebel",
        ] {
            assert!(!nouns.contains_key(actor), "{actor}");
        }
    }
}
