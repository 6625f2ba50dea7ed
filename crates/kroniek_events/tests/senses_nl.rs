//! Dutch verbs and nouns in another sense than their pattern's, found by the fifth round of the
//! hand audits (De Morgen, 2000; `eval-reports/audit/conll2002-nl-C-r2.tsv`). The sentences
//! are written for the test; each test holds the political sense that must stay coded.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use common::{event_of, no_event_of};

use kroniek_core::PloverType;

#[test]
fn receiving_things_is_no_visit() {
    no_event_of(
        "nl",
        "Elke leerling ontvangt alleen de informatie die hem aanbelangt.",
        PloverType::Consult,
    );
    event_of(
        "nl",
        "De koning heeft de Franse president ontvangen op het paleis.",
        PloverType::Consult,
    );
}

#[test]
fn showing_holding_on_and_locking_oneself_in_are_no_sanctions() {
    no_event_of(
        "nl",
        "Het onderzoek wijst uit dat de bewoners vooral vis aten.",
        PloverType::Sanction,
    );
    event_of(
        "nl",
        "Nederland wees twee Russische diplomaten uit.",
        PloverType::Sanction,
    );
    no_event_of(
        "nl",
        "De druk op de spelers blijft het hele seizoen aanhouden.",
        PloverType::Coerce,
    );
    no_event_of(
        "nl",
        "Na de ruzie sloot de man zich op in zijn kamer.",
        PloverType::Coerce,
    );
    event_of(
        "nl",
        "De politie heeft gisteren in Antwerpen twee verdachten aangehouden.",
        PloverType::Coerce,
    );
}

#[test]
fn arguing_asking_whether_and_nodding_are_no_acts() {
    no_event_of(
        "nl",
        "Een rechtvaardige politiek moet tussen die waarden bewegen, zo betoogde de minister.",
        PloverType::Protest,
    );
    event_of(
        "nl",
        "Duizenden boeren betoogden zaterdag in Brussel tegen de nieuwe regels.",
        PloverType::Protest,
    );
    no_event_of(
        "nl",
        "De leraar vraagt de leerling of hij zich op de gang beter zou voelen.",
        PloverType::Request,
    );
    no_event_of(
        "nl",
        "De burgemeester knikt goedkeurend terwijl hij de site overschouwt.",
        PloverType::Agree,
    );
    // An object of another person than the subject is someone asked.
    event_of(
        "nl",
        "De burgemeesters vragen ons om hulp bij de wederopbouw van de dorpen.",
        PloverType::Request,
    );
}

#[test]
fn a_study_is_no_investigation() {
    no_event_of(
        "nl",
        "Volgens een onderzoek van Unicef slapen kinderen in Mexico te weinig.",
        PloverType::Investigate,
    );
    event_of(
        "nl",
        "Het Openbaar Ministerie opende een onderzoek naar de burgemeester.",
        PloverType::Investigate,
    );
}

#[test]
fn seats_and_places_in_a_ranking_are_not_occupied() {
    for text in [
        "De Belgen bezetten na de eerste ronde de eerste vier plaatsen.",
        "In de stuurgroep bezetten vrouwen een derde van de zitjes.",
    ] {
        no_event_of("nl", text, PloverType::Assault);
    }
    event_of(
        "nl",
        "Rebellen hebben gisteren de luchthaven van de hoofdstad bezet.",
        PloverType::Assault,
    );
    event_of(
        "nl",
        "De taliban hebben zondag de stad Kunduz ingenomen.",
        PloverType::Assault,
    );
}

#[test]
fn laughing_helping_and_contesting_are_no_fighting() {
    for text in [
        "De dj schoot plots in de lach.",
        "Enkele omstanders schoten de vrouw te hulp.",
        "Vriens vecht het patent aan omdat hij de uitvinder is.",
        "De kampbaas voelde zich aangevallen door de vraag.",
    ] {
        no_event_of("nl", text, PloverType::Assault);
    }
    event_of(
        "nl",
        "Soldaten schoten gisteren op de betogers.",
        PloverType::Assault,
    );
    event_of(
        "nl",
        "Het verzet vecht in de vallei tegen de taliban.",
        PloverType::Assault,
    );
}

#[test]
fn idioms_of_shooting_ratings_and_wondering_are_no_acts() {
    for text in [
        "De adviseur van de minister schoot onmiddellijk in actie.",
        "Het IMF schoot de getroffen landen massaal geld voor.",
    ] {
        no_event_of("nl", text, PloverType::Assault);
    }
    no_event_of(
        "nl",
        "De zakenbank waardeert het aandeel op.",
        PloverType::Support,
    );
    for text in [
        "We vragen ons luidop af wat de familie in Meise zoekt.",
        "De rechter wil hem vragen waarom hij het gedaan heeft.",
    ] {
        no_event_of("nl", text, PloverType::Request);
    }
    event_of(
        "nl",
        "De minister prees de hulpverleners voor hun inzet.",
        PloverType::Support,
    );
    event_of(
        "nl",
        "De regering vroeg de Verenigde Naties om hulp.",
        PloverType::Request,
    );
}
