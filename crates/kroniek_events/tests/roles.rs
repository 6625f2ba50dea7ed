//! Sources and targets in Dutch and English where the parse hides them: requests made of a
//! that-clause's subject, acts named by a document or an activity noun, and groups the actor
//! dictionary codes. Every sentence is written for these tests (one-sentence documents, with
//! the actor stage, as the event evaluation runs it).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use common::{codes, event_at, sentence_events};
use kroniek_core::{Event, PloverType};

/// The event of the one-sentence document `text` whose trigger is `word`.
fn event(lang: &str, text: &str, word: &str) -> Event {
    event_at(&sentence_events(lang, text), text, word)
}

#[test]
fn a_request_is_made_of_the_that_clause_subject() {
    // Not the country the requested act falls on, deeper in the clause; and the subject keeps
    // the organisation it names rather than its possessor's country.
    let s = "Spain demanded that its NATO allies refuse to recognize the Republic of Kosovo.";
    let e = event("en", s, "demanded");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.targets), ["IGO"]);
    // Dutch: the parser reads the verb-final clause's object as a second, passive subject.
    let s = "Duitsland eist dat Rusland de gesprekken hervat.";
    let e = event("nl", s, "eist");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.targets), ["RUS"]);
    // … or its verb as a noun.
    let s = "Duitsland eist dat Rusland de Duitse journalist onmiddellijk vrijlaat.";
    let e = event("nl", s, "eist");
    assert_eq!(codes(&e.targets), ["RUS"]);
    // … or the name right after "dat" as the head of the clause.
    let s = "Duitsland eist dat Turkije de gevangengenomen Duitse journalist onmiddellijk \
             vrijlaat.";
    let e = event("nl", s, "eist");
    assert_eq!(codes(&e.targets), ["TUR"]);
}

#[test]
fn a_request_addressed_directly_keeps_its_object() {
    let s = "France urged Iran to release the detained French aid worker.";
    let e = event("en", s, "urged");
    assert_eq!(codes(&e.targets), ["IRN"]);
}

#[test]
fn a_purpose_clause_takes_the_governing_verb_subject() {
    // Not the object right before "to protest" (the hunger strike).
    let s = "A member of the Egyptian parliament, Ahmed Nour, began a hunger strike on Monday \
             to protest the arrest of journalists.";
    let e = event("en", s, "protest");
    assert_eq!(e.kind, PloverType::Protest);
    assert_eq!(codes(&e.sources), ["EGY"]);
    assert!(
        e.sources.iter().all(|p| !p.text.contains("strike")),
        "{:?}",
        e.sources
    );
}

#[test]
fn a_document_demands_what_its_issuer_demands() {
    let s = "The Basque separatist group ETA issued a statement demanding that the Spanish \
             government release its prisoners.";
    let e = event("en", s, "demanding");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.sources), ["ESP"]);
    assert!(
        e.sources.iter().all(|p| !p.text.contains("statement")),
        "{:?}",
        e.sources
    );
}

#[test]
fn a_city_in_a_compound_is_no_party() {
    // "het Minsk-akkoord" names an agreement, not Belarus: the promise falls on Ukraine.
    let s = "In 2015 beloofde Rusland in het Minsk-akkoord de grenzen van Oekraïne te respecteren.";
    let e = event("nl", s, "beloofde");
    assert_eq!(codes(&e.sources), ["RUS"]);
    assert_eq!(codes(&e.targets), ["UKR"]);
}

#[test]
fn the_subject_before_adverbials_and_a_day_word() {
    // "outright" tagged as an adjective no longer stops the search for the subject.
    let s = "Nepal has once again outright rejected an Indian proposal for opening the border.";
    let e = event("en", s, "rejected");
    assert_eq!(codes(&e.sources), ["NPL"]);
    // "it" is the one who announced, though the parser made "today" that verb's subject.
    let s = "Kenya today announced that it will withdraw its peacekeeping force from Somalia \
             unless the rebels sign a ceasefire.";
    let e = event("en", s, "withdraw");
    assert_eq!(codes(&e.sources), ["KEN"]);
}

#[test]
fn an_indefinite_apposition_is_no_second_party() {
    // "a key U.S. ally" describes Egypt; the United States does not refuse anything.
    let s = "Egypt, a key U.S. ally in the region, has refused to send troops to Libya.";
    let e = event("en", s, "refused");
    assert_eq!(codes(&e.sources), ["EGY"]);
    // A real coordination stays.
    let s = "Egypt and Jordan refused to send troops to Libya.";
    let e = event("en", s, "refused");
    assert_eq!(codes(&e.sources), ["EGY", "JOR"]);
}

#[test]
fn where_coordinated_objects_fall_and_older_country_names() {
    // The "against" phrase hangs on the last of the coordinated objects; Kampuchea is
    // Cambodia's name in the 1980s.
    let s = "Thai forces launched artillery, mortar and rocket fire against Kampuchean rebel \
             camps near the border.";
    let e = event("en", s, "launched");
    assert_eq!(e.kind, PloverType::Assault);
    assert_eq!(codes(&e.targets), ["KHM"]);
    let s = "Zairean troops shelled rebel positions near the Rwandan border.";
    let e = event("en", s, "shelled");
    assert_eq!(codes(&e.sources), ["COD"]);
}

#[test]
fn a_language_is_no_country() {
    let s = "The Estonian parliament lifted restrictions on the use of the Russian language in \
             schools.";
    let e = event("en", s, "lifted");
    assert_eq!(codes(&e.sources), ["EST"]);
    assert!(
        !codes(&e.targets).contains(&"RUS".to_string()),
        "{:?}",
        e.targets
    );
    // The people still are.
    let s = "The Estonian parliament lifted restrictions on Russian journalists.";
    let e = event("en", s, "lifted");
    assert_eq!(codes(&e.targets), ["RUS"]);
}

#[test]
fn the_subject_of_an_adjective_with_a_to_clause() {
    // "he" of "he is prepared to lift" is the president who said it.
    let s = "In an interview this weekend, President Abdoulaye Wade said he is prepared to lift \
             the ban on the Socialist Party.";
    let e = event("en", s, "lift");
    assert_eq!(codes(&e.sources), ["SEN"]);
}

#[test]
fn a_possessed_phrase_keeps_the_country_it_names() {
    // "his Syrian counterpart" is Syrian, not the possessor's Jordanian.
    let s = "The Jordanian foreign minister met his Syrian counterpart in Amman on Sunday.";
    let e = event("en", s, "met");
    assert_eq!(codes(&e.targets), ["SYR"]);
    let s = "De Russische minister van Buitenlandse Zaken sprak dinsdag in Genève met zijn \
             Amerikaanse collega.";
    let e = event("nl", s, "sprak");
    assert_eq!(codes(&e.targets), ["USA"]);
}

#[test]
fn a_dutch_perfect_read_as_a_copula_keeps_its_subject() {
    // Commas between the auxiliary and the clause-final participle: the parser makes "is" the
    // copula of "minister" and "aangekomen" a parataxis of it; the minister still arrived.
    let s = "Gisteren is ook de voormalige minister van Defensie, Jan Jansen, samen met zijn \
             adviseurs, in Kabul aangekomen.";
    let e = event("nl", s, "aangekomen");
    assert_eq!(e.kind, PloverType::Consult);
    let src: Vec<&str> = e.sources.iter().map(|p| p.text.as_str()).collect();
    assert!(
        src.iter().any(|t| t.contains("minister")),
        "sources {src:?}"
    );
}

#[test]
fn a_dutch_subordinate_clause_begins_with_its_subject() {
    // The parser makes the fighters the object of the verb-final clause; after "dat" the
    // first noun phrase is the subject.
    let s = "Het verzetsfront van de rebellenleider ontkent dat en zegt dat zijn strijders nog \
             ,,strategische posities'' in de bergen bezetten.";
    let e = event("nl", s, "bezetten");
    let src: Vec<&str> = e.sources.iter().map(|p| p.text.as_str()).collect();
    assert!(
        src.iter().any(|t| t.contains("strijders")),
        "sources {src:?}"
    );
}
