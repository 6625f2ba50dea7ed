#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Issue 6, sixth pass: villages of 500–999 people, a province named like its city ("Quebec"),
//! lists of regions, acronyms and offices beside a name, compound adjectives ("Montreal-area"),
//! and surnames that are also towns. Texts written for these tests.

mod common;

use common::{find, places};
use kroniek_geo::PlaceKind;

#[test]
fn villages_of_five_hundred_people_are_in_the_gazetteer() {
    // Churchill, Manitoba has about 900 people; before, the name went to a US town.
    let ps = places(
        "The polar bear season opened in Churchill, Man. on Friday, and tour operators in \
         Churchill expect a busy autumn.",
        "en",
    );
    let p = find(&ps, "Churchill");
    assert_eq!(
        (p.country.as_str(), p.iso3166_2.as_deref()),
        ("CA", Some("CA-MB")),
        "{p:?}"
    );
    // Bantam, Connecticut (about 750 people), beside Litchfield.
    let ps = places(
        "Firefighters from Litchfield, Connecticut, helped put out a barn fire in Bantam, \
         Connecticut, on Sunday.",
        "en",
    );
    let p = find(&ps, "Bantam");
    assert_eq!(p.iso3166_2.as_deref(), Some("US-CT"), "{p:?}");
}

#[test]
fn a_province_named_like_its_city_is_the_province() {
    // News writes "Quebec City" for the city; "Quebec" alone is the province.
    let ps = places(
        "Montreal mayors asked the Quebec government for new rules. The law changed in Quebec \
         in 2003.",
        "en",
    );
    for p in ps.iter().filter(|p| p.text == "Quebec") {
        assert_eq!(p.kind, PlaceKind::Admin1, "{p:?}");
        assert_eq!(p.iso3166_2.as_deref(), Some("CA-QC"), "{p:?}");
    }
    assert_eq!(find(&ps, "Montreal").kind, PlaceKind::City);
    // A province named after its city with no "X City" form keeps the city reading.
    let ps = places("The convoy drove from Kabul to Kandahar on Monday.", "en");
    assert_eq!(find(&ps, "Kandahar").kind, PlaceKind::City);
}

#[test]
fn a_list_of_regions_passes_the_region_reading_along() {
    // Ontario is read as a province from Manitoba, then New Brunswick from Ontario (before, in
    // an article about the United States that names New Jersey, it was the city there).
    let ps = places(
        "U.S. health officials said the U.S. outbreak reached New Jersey, where U.S. inspectors \
         traced it to a U.S. farm. Illnesses in Canada occurred in British Columbia, Alberta, \
         Manitoba, Ontario and New Brunswick in February.",
        "en",
    );
    let p = find(&ps, "New Brunswick");
    assert_eq!(
        (p.kind, p.country.as_str()),
        (PlaceKind::Admin1, "CA"),
        "{p:?}"
    );
    // Two cities stay cities: no region in the list starts the spread.
    let ps = places("Fighting went on in Kunduz and Kandahar.", "en");
    assert_eq!(find(&ps, "Kandahar").kind, PlaceKind::City);
}

#[test]
fn a_list_of_regions_is_not_a_place_and_its_region() {
    // With villages in the gazetteer, "Oklahoma, Pennsylvania" read as a pair made Oklahoma a
    // village in Pennsylvania.
    let ps = places(
        "The disorder was found in Georgia, Oklahoma, Pennsylvania, Wisconsin and California.",
        "en",
    );
    for name in ["Oklahoma", "Pennsylvania", "Wisconsin"] {
        let p = find(&ps, name);
        assert_eq!(p.kind, PlaceKind::Admin1, "{p:?}");
    }
    // A real pair stays a pair.
    let ps = places("A flood hit Paris, Texas, on Monday.", "en");
    assert_eq!(find(&ps, "Paris").iso3166_2.as_deref(), Some("US-TX"));
}

#[test]
fn an_acronym_or_an_office_beside_a_name_does_not_hide_it() {
    let ps = places(
        "The rescue's director told CTV Winnipeg that the dog recovered. Calgary MLA Sandra \
         Jansen crossed the floor, and Beaconsfield Mayor Georges Bourelle spoke in Montreal.",
        "en",
    );
    for (name, country) in [
        ("Winnipeg", "CA"),
        ("Calgary", "CA"),
        ("Beaconsfield", "CA"),
    ] {
        assert_eq!(find(&ps, name).country, country, "{name}");
    }
}

#[test]
fn a_name_before_a_lower_case_compound_is_a_place() {
    // "Montreal-area", "Seattle-based": the hyphen makes an adjective, the name stands alone
    // (unlike "Al-Fashir", whose first part is not taken alone).
    let ps = places(
        "A group of Montreal-area mayors met Seattle-based investors on Tuesday.",
        "en",
    );
    assert_eq!(find(&ps, "Montreal").country, "CA");
    assert_eq!(find(&ps, "Seattle").country, "US");
}

#[test]
fn a_surname_is_not_a_town() {
    // "Bingham" is a town in England: as the mayor's surname it made the article British, and
    // Torrington became Great Torrington in Devon.
    let ps = places(
        "TORRINGTON — Mayor Ryan Bingham will hold a press conference at noon. The program \
         was announced by Bingham on Monday, and Torrington businesses may join, said Bingham.",
        "en",
    );
    assert!(ps.iter().all(|p| p.text != "Bingham"), "{ps:#?}");
    let p = find(&ps, "Torrington");
    assert_eq!(
        (p.country.as_str(), p.iso3166_2.as_deref()),
        ("US", Some("US-CT")),
        "{p:?}"
    );
    // A name after a common noun the text also writes in lower case is not a surname.
    let ps = places(
        "Aid reached the village of Malakal. The SOS Children's Village Malakal is stable. \
         Malakal had cholera cases.",
        "en",
    );
    assert!(
        ps.iter().filter(|p| p.text == "Malakal").count() >= 2,
        "{ps:#?}"
    );
}
