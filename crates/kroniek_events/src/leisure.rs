//! Culture, sport and entertainment: sentences whose verbal or cooperative trigger words
//! report no political interaction ("een bezoek brengt aan de tentoonstelling", "het festival
//! ontvangt B.B. King", "actrice X en auteur Y hadden toegezegd", "sprak over kappen met het
//! tennis"). Found by the precision audits of real news (`eval-reports/events.md`, session 10).
//!
//! An event is leisure when a participant is a show, a match, a festival or the like (also
//! as the tail of a Dutch compound: "filmfestival"), or when every participant is a person
//! named by a leisure role ("Actrice Jeanine Bisschops", "the striker"). Material acts
//! (assault, coercion, crime) are not judged here: a singer shot dead is an assault.

use kroniek_core::Participant;

use crate::public_actor::compound_ends_in;
use crate::tree::Tree;

/// Whether the participants, or the trigger's own subject or object ("visited the film
/// festival in Venice", where Venice is the target), mark the event as culture, sport or
/// entertainment ("relden na de wedstrijd" is a riot).
pub fn is_leisure(tree: &Tree<'_>, trigger: usize, participants: &[&Participant]) -> bool {
    if participants.is_empty() {
        return false;
    }
    let leisure_word = |h: usize| {
        let lower = tree.form(h).to_lowercase();
        is_leisure_noun(&tree.lemma(h).to_lowercase())
            || is_leisure_noun(&lower)
            || compound_ends_in(&lower, is_leisure_noun)
    };
    if tree
        .children(trigger)
        .iter()
        .any(|&c| matches!(tree.base_rel(c), "nsubj" | "obj") && leisure_word(c))
    {
        return true;
    }
    let words = |p: &Participant| -> Vec<usize> {
        (0..tree.len())
            .filter(|&i| p.span.contains(tree.span(i)))
            .collect()
    };
    let leisure_thing = participants
        .iter()
        .any(|p| words(p).last().is_some_and(|&h| leisure_word(h)));
    leisure_thing
        || participants.iter().all(|p| {
            words(p).iter().any(|&i| {
                let lower = tree.form(i).to_lowercase();
                is_leisure_role(&lower)
                    || is_leisure_role(&tree.lemma(i).to_lowercase())
                    || compound_ends_in(&lower, is_leisure_role)
            })
        })
}

/// Shows, works, games and competitions.
fn is_leisure_noun(w: &str) -> bool {
    matches!(
        w,
        "festival"
            | "festivals"
            | "exhibition"
            | "film"
            | "films"
            | "movie"
            | "album"
            | "concert"
            | "concerts"
            | "tour"
            | "match"
            | "tournament"
            | "tennis"
            | "football"
            | "soccer"
            | "championship"
            | "marathon"
            | "novel"
            | "opera"
            | "musical"
            | "gig"
            | "exhibit"
            | "tentoonstelling"
            | "expositie"
            | "filmfestival"
            | "voorstelling"
            | "toneelstuk"
            | "roman"
            | "tournee"
            | "wedstrijd"
            | "wedstrijden"
            | "toernooi"
            | "voetbal"
            | "kampioenschap"
            | "competitie"
            | "koers"
            | "cd"
            | "plaat"
            | "speelfilm"
    )
}

/// Roles of culture, sport and entertainment.
fn is_leisure_role(w: &str) -> bool {
    matches!(
        w,
        "actress"
            | "actor"
            | "author"
            | "writer"
            | "novelist"
            | "singer"
            | "artist"
            | "musician"
            | "composer"
            | "poet"
            | "dancer"
            | "comedian"
            | "presenter"
            | "player"
            | "players"
            | "striker"
            | "goalkeeper"
            | "coach"
            | "cyclist"
            | "athlete"
            | "footballer"
            | "rapper"
            | "filmmaker"
            | "actrice"
            | "acteur"
            | "auteur"
            | "schrijver"
            | "schrijfster"
            | "zanger"
            | "zangeres"
            | "artiest"
            | "kunstenaar"
            | "kunstenares"
            | "muzikant"
            | "componist"
            | "dichter"
            | "danser"
            | "danseres"
            | "komiek"
            | "presentator"
            | "presentatrice"
            | "speler"
            | "spelers"
            | "spits"
            | "doelman"
            | "trainer"
            | "wielrenner"
            | "tennisser"
            | "tennisster"
            | "atleet"
            | "voetballer"
            | "cineast"
            | "regisseur"
    )
}
