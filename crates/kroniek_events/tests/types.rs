//! Which PLOVER type a sentence's main event gets (issue 7): offers and readiness, acts on an
//! event noun, objects the parser misplaced, figures of speech. Sentences of my own; each
//! case was coded otherwise before the rule it tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_core::{Event, Modality, PloverType};

fn events(text: &str, lang: &str) -> Vec<Event> {
    let doc = common::annotate(text, lang, common::date("2021-08-20"));
    doc.layers().events().unwrap().events.clone()
}

/// The sentence's event: the most confident one.
fn main_event(text: &str, lang: &str) -> Event {
    events(text, lang)
        .into_iter()
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .unwrap_or_else(|| panic!("no event in {text:?}"))
}

fn kind(text: &str, lang: &str) -> PloverType {
    main_event(text, lang).kind
}

#[test]
fn readiness_makes_an_offer() {
    // CAMEO 035/036: an expressed willingness to yield or to meet is AGREE.
    let e = main_event(
        "The prime minister said he is prepared to lift the ban on the opposition party.",
        "en",
    );
    assert_eq!(e.kind, PloverType::Agree, "{e:?}");
    assert_eq!(e.modality, Modality::Intended);
    assert_eq!(
        kind(
            "The king said he would be ready to host talks between the two rebel groups.",
            "en"
        ),
        PloverType::Agree
    );
}

#[test]
fn preparing_an_attack_named_by_a_noun_is_a_show_of_force() {
    assert_eq!(
        kind(
            "The Serbian army prepared to resume its shelling of the rebel villages.",
            "en"
        ),
        PloverType::Mobilize
    );
}

#[test]
fn ending_a_strike_is_a_concession() {
    // CAMEO 082, ease political dissent.
    let e = main_event("The miners ended their strike on Monday.", "en");
    assert_eq!(e.kind, PloverType::Concede, "{e:?}");
    assert_eq!(e.cameo, "082");
    let e = main_event("De vakbond heeft de staking opgeschort.", "nl");
    assert_eq!(e.kind, PloverType::Concede, "{e:?}");
}

#[test]
fn a_day_name_read_as_the_object_does_not_hide_the_object() {
    let e = main_event(
        "The Turkish army lifted Monday a week-old blockade on Greek trucks.",
        "en",
    );
    assert_eq!(e.kind, PloverType::Retreat, "{e:?}");
    assert_eq!(e.pattern, "en:lift-sanctions");
}

#[test]
fn a_bare_noun_phrase_after_the_verb_is_its_object() {
    let e = main_event("Kenya called up 5,000 reservists.", "en");
    assert_eq!(e.kind, PloverType::Mobilize, "{e:?}");
    assert_eq!(e.sources[0].text, "Kenya");
}

#[test]
fn granting_troops_the_use_of_bases_is_military_cooperation() {
    let e = main_event(
        "Greece granted French warplanes access to two air bases.",
        "en",
    );
    assert_eq!(e.kind, PloverType::Cooperate, "{e:?}");
    assert_eq!(e.cameo, "062");
}

#[test]
fn a_battle_against_a_disease_is_no_assault() {
    let ev = events(
        "The donors must provide more money to help with the battle against the cholera epidemic.",
        "en",
    );
    assert!(
        ev.iter().all(|e| e.kind != PloverType::Assault),
        "{:?}",
        ev.iter().map(|e| (&e.pattern, e.kind)).collect::<Vec<_>>()
    );
    let ev = events("De regering voert een strijd tegen de armoede.", "nl");
    assert!(ev.iter().all(|e| e.kind != PloverType::Assault), "{ev:?}");
    // A battle against people stays one.
    assert_eq!(
        kind("The rebels fought a fierce battle against the army.", "en"),
        PloverType::Assault
    );
}

#[test]
fn a_conclusion_that_others_must_act_is_a_demand() {
    let e = main_event(
        "The summit concluded that rich countries must allocate more resources to the poorest nations.",
        "en",
    );
    assert_eq!(e.kind, PloverType::Request, "{e:?}");
    assert_eq!(e.sources[0].text, "The summit");
}

#[test]
fn dutch_present_tense_of_a_separable_verb() {
    // "schort … op": the lemmatiser's "schren" is no verb; the form's stem gives "opschorten".
    let e = main_event(
        "Frankrijk schort de financiering van de organisatie op.",
        "nl",
    );
    assert_eq!(e.kind, PloverType::Sanction, "{e:?}");
}

#[test]
fn dutch_object_read_as_the_participles_subject() {
    let e = main_event(
        "Turkije heeft duizenden militairen aan de grens met Syrië samengetrokken.",
        "nl",
    );
    assert_eq!(e.kind, PloverType::Mobilize, "{e:?}");
    assert_eq!(e.sources[0].text, "Turkije");
}

#[test]
fn expelling_an_international_presence_is_a_sanction() {
    // CAMEO 166, expel or withdraw international involvement; other expulsions are 174.
    assert_eq!(
        kind("The regime expelled two aid agencies.", "en"),
        PloverType::Sanction
    );
    assert_eq!(
        kind("De junta zette twee hulporganisaties het land uit.", "nl"),
        PloverType::Sanction
    );
    assert_eq!(
        kind("Authorities expelled 200 migrants.", "en"),
        PloverType::Coerce
    );
}

#[test]
fn calling_up_reservists_and_deploying_police_is_mobilisation() {
    // CAMEO 154 and 153; "oproepen" alone stays a request (an appeal).
    assert_eq!(
        kind("Het leger roept tienduizend reservisten op.", "nl"),
        PloverType::Mobilize
    );
    assert_eq!(
        kind("De regering zet duizend agenten in.", "nl"),
        PloverType::Mobilize
    );
    assert_eq!(
        kind("De VN riepen beide partijen op tot kalmte.", "nl"),
        PloverType::Request
    );
}

#[test]
fn committing_a_robbery_is_a_crime() {
    let e = main_event("Two men committed a robbery at a jewellery store.", "en");
    assert_eq!(e.kind, PloverType::Crime, "{e:?}");
    assert!(e.targets.is_empty(), "the place robbed is no target: {e:?}");
    assert_eq!(
        kind("De bende perste winkeliers af.", "nl"),
        PloverType::Crime
    );
}
