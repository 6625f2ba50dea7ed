//! Precision on ordinary Dutch news sentences (issue 7): readings of trigger words that report
//! no event must code nothing, while the event readings beside them still code. The sentences
//! are written for these tests; the classes come from a hand-judged sample of real newspaper
//! text (see the audit_nl example).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_core::{Event, PloverType};

fn events(text: &str) -> Vec<Event> {
    common::dated_events("nl", text, "2000-06-15")
}

fn assert_none(text: &str) {
    let ev = events(text);
    let found: Vec<String> = ev
        .iter()
        .map(|e| format!("{} {}", e.pattern, e.kind))
        .collect();
    assert!(found.is_empty(), "{text:?} coded {found:?}");
}

fn assert_kind(text: &str, kind: PloverType) {
    let ev = events(text);
    assert!(
        ev.iter().any(|e| e.kind == kind),
        "{text:?} lacks {kind}: {:?}",
        ev.iter().map(|e| &e.pattern).collect::<Vec<_>>()
    );
}

#[test]
fn stellen_is_not_stelen() {
    assert_none("De minister stelde dat de regels te streng zijn.");
    assert_none("Volgens de vakbond stelt de regering de hervorming uit.");
    assert_none("De partij had nog geen kandidaat gesteld voor de verkiezingen.");
    // Stealing itself still codes.
    assert_kind(
        "Een bende heeft vorige week twee auto's gestolen.",
        PloverType::Crime,
    );
}

#[test]
fn attributive_participles_and_nouns_are_no_verbs() {
    assert_none("De winkel neemt afgekeurde toestellen terug.");
    assert_kind(
        "De politie heeft gisteren drie verdachten gearresteerd.",
        PloverType::Coerce,
    );
}

#[test]
fn dreigen_as_a_risk_is_no_threat() {
    assert_none("Het oude stadion dreigt failliet te gaan.");
    assert_none("Er dreigt een ernstig tekort aan leraren.");
    assert_none("De zangers dreigen in het orkest verloren te lopen.");
    assert_kind(
        "De rebellen dreigen met nieuwe aanvallen op de hoofdstad.",
        PloverType::Threaten,
    );
}

#[test]
fn admitting_a_fact_is_no_concession() {
    assert_none("Mijn buurman geeft toe dat hij een fout maakte.");
    assert_none("De directeur erkent het probleem.");
    // An institution's admission stays a concession.
    assert_kind(
        "Het ministerie van Defensie heeft toegegeven dat bij de beschieting burgers zijn omgekomen.",
        PloverType::Concede,
    );
}

#[test]
fn a_suspect_shooting_someone_dead_is_a_crime() {
    assert_kind(
        "De verdachten hebben gisteren een bankbediende doodgeschoten.",
        PloverType::Crime,
    );
}

#[test]
fn research_is_no_inquiry() {
    assert_none("Uit Brits onderzoek blijkt dat kinderen slecht slapen.");
    assert_none("De vondsten zijn nuttig voor wetenschappelijk onderzoek.");
    assert_kind(
        "Het parket opende een onderzoek naar de burgemeester.",
        PloverType::Investigate,
    );
}

#[test]
fn fixed_expressions_are_no_events() {
    assert_none("De schrijver huldigt een radicaal standpunt.");
    assert_none("Het nieuwe boek roept veel vragen op.");
    assert_none("Voorbijgangers schoten de fietser ter hulp.");
    assert_none("De renovatie zal jaren in beslag nemen.");
    assert_none("Het ontwerp steunt op een oud idee.");
}

#[test]
fn event_readings_beside_them_still_code() {
    assert_kind(
        "De milieubeweging dreigt er mee naar de rechter te stappen.",
        PloverType::Threaten,
    );
    assert_kind(
        "Het bedrijf meldt dat het samenwerkt met een Franse firma.",
        PloverType::Cooperate,
    );
    assert_kind(
        "Daarna grijpt ze de telefoon en belt de minister.",
        PloverType::Consult,
    );
}
