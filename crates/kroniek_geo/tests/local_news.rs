#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Local news (issue 6, fifth pass): a name is not its own evidence, counties take the region
//! named in the document, country lists are not "Place, Country" pairs, street names are not
//! places, datelines of small towns, "Co." for County. Texts written for these tests.

mod common;

use common::{find, places};
use kroniek_geo::PlaceKind;

#[test]
fn a_repeated_name_does_not_make_its_own_country_context() {
    // London said four times: the country around it is the one the text names (Canada), not
    // the one London's own best reading lies in.
    let ps = places(
        "A London rally thanked Canada for its help. The London mayor said Canada must act. \
         Speakers at the London event praised Canada. A London doctor spoke too.",
        "en",
    );
    for p in ps.iter().filter(|p| p.text == "London") {
        assert_eq!(p.country, "CA", "{p:?}");
    }
    // Alone, London is still the capital of the United Kingdom.
    let ps = places(
        "A London rally drew thousands. The London mayor spoke.",
        "en",
    );
    assert_eq!(find(&ps, "London").country, "GB");
}

#[test]
fn counties_take_the_region_the_document_names() {
    let ps = places(
        "Deputies recovered stolen tools from six Iowa locations, including Dallas County \
         and Plymouth County.",
        "en",
    );
    for name in ["Dallas County", "Plymouth County"] {
        let p = find(&ps, name);
        assert_eq!(p.kind, PlaceKind::Admin2, "{p:?}");
        assert_eq!(p.iso3166_2.as_deref(), Some("US-IA"), "{p:?}");
    }
}

#[test]
fn a_list_of_countries_is_not_a_place_and_its_country() {
    // "China, Japan": without the list rule the Japanese town China took Japan as its country.
    let ps = places(
        "Cases were confirmed in China, Japan, Brazil and Norway on Monday.",
        "en",
    );
    let china = find(&ps, "China");
    assert_eq!(
        (china.kind, china.country.as_str()),
        (PlaceKind::Country, "CN")
    );
}

#[test]
fn a_street_is_not_the_place_it_is_named_after() {
    let ps = places(
        "Officers were called to a hall on Falcon Street in Ottawa after midnight.",
        "en",
    );
    assert!(ps.iter().all(|p| !p.text.contains("Falcon")), "{ps:#?}");
    assert_eq!(find(&ps, "Ottawa").country, "CA");
}

#[test]
fn a_small_town_in_the_dateline_is_a_place() {
    let ps = places(
        "INNISFAIL - A hockey team from this central Alberta town won the provincial final \
         on Sunday.",
        "en",
    );
    let p = find(&ps, "INNISFAIL");
    assert_eq!(p.iso3166_2.as_deref(), Some("CA-AB"), "{p:?}");
    // An acronym is still not a place, also first on its line before a comma ("Nato" is a
    // town in the Philippines).
    let ps = places("NATO, the alliance, met on Monday.\nNATO said so.", "en");
    assert!(ps.is_empty(), "{ps:#?}");
}

#[test]
fn co_abbreviates_county() {
    let ps = places(
        "PLYMOUTH CO. - A suspect in a farm theft in northwest Iowa was arrested.",
        "en",
    );
    let p = find(&ps, "PLYMOUTH CO.");
    assert_eq!(
        (p.kind, p.iso3166_2.as_deref()),
        (PlaceKind::Admin2, Some("US-IA"))
    );
}

#[test]
fn a_lower_case_particle_joins_a_name() {
    let ps = places("Flights from Dar es Salaam resumed on Friday.", "en");
    assert_eq!(find(&ps, "Dar es Salaam").country, "TZ");
}
