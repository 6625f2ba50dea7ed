#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Dutch and English texts written for these tests: exonyms, provinces, context.

mod common;

use common::{find, places};
use kroniek_geo::{Place, PlaceKind};

#[test]
fn panjshir_kaboel_and_afghanistan() {
    let ps = places(
        "De taliban trokken zondag Kaboel binnen. Het verzet houdt stand in de provincie \
         Panjshir, in het noorden van Afghanistan. De Afghaanse regering vluchtte.",
        "nl",
    );
    let kabul = find(&ps, "Kaboel");
    assert_eq!(
        (kabul.name.as_str(), kabul.country.as_str()),
        ("Kabul", "AF")
    );
    assert_eq!(kabul.kind, PlaceKind::City);
    assert_eq!(kabul.iso3166_2.as_deref(), Some("AF-KAB"));
    let p = find(&ps, "Panjshir");
    assert_eq!(p.kind, PlaceKind::Admin1);
    assert_eq!(p.iso3166_2.as_deref(), Some("AF-PAN"));
    assert!(
        (p.lat - 35.3).abs() < 0.5 && (p.lon - 69.7).abs() < 0.5,
        "{p:?}"
    );
    let af = find(&ps, "Afghanistan");
    assert_eq!((af.kind, af.country.as_str()), (PlaceKind::Country, "AF"));
    assert!(
        ps.iter().all(|p| p.text != "Afghaanse"),
        "adjectives are context only by default"
    );
}

#[test]
fn dutch_exonyms_and_country_names() {
    let ps = places(
        "Rusland beschoot Charkiv en Kiev. Later reisde de minister via Moskou naar Peking \
         en Zuid-Korea. In de Verenigde Staten bleef het stil.",
        "nl",
    );
    assert_eq!(find(&ps, "Rusland").country, "RU");
    assert_eq!(find(&ps, "Moskou").name, "Moscow");
    assert_eq!(find(&ps, "Peking").country, "CN");
    assert_eq!(find(&ps, "Kiev").country, "UA");
    assert_eq!(find(&ps, "Zuid-Korea").country, "KR");
    let us = find(&ps, "Verenigde Staten");
    assert_eq!((us.kind, us.country.as_str()), (PlaceKind::Country, "US"));
}

#[test]
fn dutch_provinces() {
    let ps = places(
        "Het water stond hoog in de provincie Limburg en in Gelderland. In Friesland en \
         Noord-Brabant bleef het droog, meldde de gemeente Utrecht.",
        "nl",
    );
    for (t, iso) in [
        ("Limburg", "NL-LI"),
        ("Gelderland", "NL-GE"),
        ("Friesland", "NL-FR"),
        ("Noord-Brabant", "NL-NB"),
    ] {
        let p = find(&ps, t);
        assert_eq!(
            (p.kind, p.iso3166_2.as_deref()),
            (PlaceKind::Admin1, Some(iso)),
            "{t}"
        );
    }
    let u = find(&ps, "Utrecht");
    assert_eq!((u.kind, u.country.as_str()), (PlaceKind::City, "NL"));
}

#[test]
fn context_picks_the_right_namesake() {
    let en = places(
        "Flooding hit Paris, Texas, on Monday. Residents of Lamar County fled.",
        "en",
    );
    let paris = find(&en, "Paris");
    assert_eq!(paris.country, "US", "{paris:?}");
    let fr = places("De Franse politie zette Parijs af na de aanslag.", "nl");
    assert_eq!(find(&fr, "Parijs").country, "FR");
}

#[test]
fn one_sense_per_document_and_spans_slice() {
    let text = "Tripoli, de hoofdstad van Libië, werd beschoten. Later viel ook Tripoli stil.";
    let ps = places(text, "nl");
    let ts: Vec<&Place> = ps.iter().filter(|p| p.text == "Tripoli").collect();
    assert_eq!(ts.len(), 2);
    assert_eq!(ts[0].country, "LY");
    assert_eq!(ts[0].geonameid, ts[1].geonameid);
    for p in &ps {
        assert_eq!(p.span.slice(text), p.text);
    }
}

#[test]
fn common_words_are_not_places() {
    let ps = places(
        "The President said in May that the Police would act. Officials agreed.",
        "en",
    );
    assert!(ps.is_empty(), "{ps:#?}");
}
