#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Short English news texts written for these tests: abbreviations and former names, elided
//! names, datelines, head nouns, demonyms that are also town names, and places chosen by their
//! neighbours.

mod common;

use common::find;
use kroniek_geo::Place;

fn places(text: &str) -> Vec<Place> {
    common::places(text, "en")
}

#[test]
fn abbreviations_of_countries_and_regions() {
    let ps = places("Flights from the U.K. to NSW were cut, and schools in Ky. and B.C. closed.");
    assert_eq!(find(&ps, "U.K.").country, "GB");
    let nsw = find(&ps, "NSW");
    assert_eq!(
        (nsw.name.as_str(), nsw.iso3166_2.as_deref()),
        ("New South Wales", Some("AU-NSW"))
    );
    assert_eq!(find(&ps, "Ky.").iso3166_2.as_deref(), Some("US-KY"));
    assert_eq!(find(&ps, "B.C.").iso3166_2.as_deref(), Some("CA-BC"));
}

#[test]
fn acronyms_stay_out_but_datelines_count() {
    let ps = places("GENEVA (AP) — NATO and the WHO met on Monday.");
    assert_eq!(find(&ps, "GENEVA").country, "CH");
    assert!(
        ps.iter().all(|p| p.text != "NATO" && p.text != "WHO"),
        "{ps:?}"
    );
}

#[test]
fn elided_names_dashes_and_head_nouns() {
    let ps = places(
        "Cocoa from Côte d'Ivoire was held in the port of Esperance - on the south coast - \
         while the army moved into the Swat Valley.",
    );
    assert_eq!(find(&ps, "Côte d'Ivoire").country, "CI");
    assert_eq!(find(&ps, "Esperance").country, "AU");
    assert_eq!(find(&ps, "Swat Valley").country, "PK");
}

#[test]
fn demonym_that_is_also_a_small_town_is_not_a_place() {
    let ps = places("The Canadian team arrived in Ottawa on Sunday.");
    assert!(ps.iter().all(|p| p.text != "Canadian"), "{ps:?}");
    assert_eq!(find(&ps, "Ottawa").country, "CA");
}

#[test]
fn demonym_that_is_only_an_alternate_name_of_a_city_is_not_a_place() {
    // "Thai" is an alternate name of Alor Setar (Malaysia) in GeoNames.
    let ps = places("Thai police arrested dozens of protesters in Bangkok on Monday.");
    assert!(ps.iter().all(|p| p.text != "Thai"), "{ps:?}");
    assert_eq!(find(&ps, "Bangkok").country, "TH");
}

#[test]
fn neighbouring_places_choose_the_homonym() {
    let ps = places("A man was stabbed at a house in Edmonton, south of Cairns, on Sunday.");
    assert_eq!(find(&ps, "Edmonton").country, "AU");
    let ps = places(
        "Edmonton, Ky. -- A Metcalfe County man was arrested in Columbia after a shooting in \
         Adair County.",
    );
    assert_eq!(find(&ps, "Edmonton").iso3166_2.as_deref(), Some("US-KY"));
    assert_eq!(find(&ps, "Columbia").iso3166_2.as_deref(), Some("US-KY"));
    // A state keeps its sense next to small towns that share its name.
    let ps = places("Fires near Redding and Chico forced evacuations across California.");
    assert_eq!(find(&ps, "California").kind.as_str(), "admin1");
}

#[test]
fn former_country_names() {
    let ps = places("Envoys from Macedonia, East Timor and West Germany met in Rhodesia.");
    assert_eq!(find(&ps, "Macedonia").country, "MK");
    assert_eq!(find(&ps, "East Timor").country, "TL");
    assert_eq!(find(&ps, "West Germany").country, "DE");
    assert_eq!(find(&ps, "Rhodesia").country, "ZW");
    let ps = common::places("Vluchtelingen uit Oost-Duitsland en Perzië.", "nl");
    assert_eq!(find(&ps, "Oost-Duitsland").country, "DE");
    assert_eq!(find(&ps, "Perzië").country, "IR");
}
