#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Country and region points (the equal-area centroid of the main landmass), lakes, mountain
//! ranges, islands and bases from `data/geo/features.tsv`, and names read by their neighbours
//! ("Washington state", "Washington, D.C.", "Atlanta, Georgia", lists of states). Texts written
//! for these tests.

mod common;

use common::{find, places};
use kroniek_geo::{PlaceKind, embedded::gazetteer, haversine_km};

/// The gazetteer's point of the most prominent entry named `name`.
fn point(name: &str) -> (f64, f64) {
    let g = gazetteer().unwrap();
    let e = g.entry(g.lookup(name)[0]).unwrap();
    (f64::from(e.lat), f64::from(e.lon))
}

#[test]
fn country_points_lie_in_the_middle_of_the_main_landmass() {
    // Geographic centre of the contiguous United States (near Lebanon, Kansas): within 161 km,
    // which the CIA-style point (38, -97) was not (245 km).
    let us = point("United States");
    assert!(haversine_km(us, (39.83, -98.58)) < 161.0, "{us:?}");
    // Alaska and Hawaii do not pull the point out of Kansas and Nebraska.
    assert!(us.1 < -95.0 && us.1 > -102.0, "{us:?}");
    // The Netherlands: Caribbean islands are separate polygons; the point stays in Utrecht or
    // Gelderland.
    let nl = point("Nederland");
    assert!(haversine_km(nl, (52.1, 5.5)) < 50.0, "{nl:?}");
    // An archipelago keeps the registry's point (the largest island is under half the area).
    let id = point("Indonesia");
    assert!(haversine_km(id, (-5.0, 120.0)) < 50.0, "{id:?}");
}

#[test]
fn dutch_kabul_and_panjshir_keep_their_points() {
    let ps = places(
        "De taliban rukten op naar Kaboel en de provincie Panjshir.",
        "nl",
    );
    let kabul = find(&ps, "Kaboel");
    assert!(haversine_km((kabul.lat, kabul.lon), (34.53, 69.17)) < 10.0);
    let pan = find(&ps, "Panjshir");
    assert_eq!(pan.iso3166_2.as_deref(), Some("AF-PAN"));
    assert!(
        haversine_km((pan.lat, pan.lon), (35.3, 69.7)) < 60.0,
        "{pan:?}"
    );
}

#[test]
fn lakes_mountains_islands_and_bases() {
    let ps = places(
        "Floods hit the shores of Lake Titicaca and Lake Erie, snow fell in the Ural Mountains \
         and on Jutland, and soldiers at Fort Hood were sent to Lake Baikal.",
        "en",
    );
    for (text, cc) in [
        ("Lake Titicaca", "--"),
        ("Lake Erie", "--"),
        ("Ural Mountains", "RU"),
        ("Jutland", "DK"),
        ("Fort Hood", "US"),
        ("Lake Baikal", "RU"),
    ] {
        let p = find(&ps, text);
        assert_eq!(p.kind, PlaceKind::Other, "{p:?}");
        if cc != "--" {
            assert_eq!(p.country, cc, "{p:?}");
        }
    }
    assert_eq!(find(&ps, "Fort Hood").iso3166_2.as_deref(), Some("US-TX"));
    let baikal = find(&ps, "Lake Baikal");
    assert!(haversine_km((baikal.lat, baikal.lon), (53.5, 108.0)) < 161.0);
}

#[test]
fn dutch_feature_names() {
    let ps = places(
        "Er viel sneeuw in de Oeral en de Alpen; in het Baikalmeer en de Waddenzee werd gevist.",
        "nl",
    );
    assert_eq!(find(&ps, "Oeral").country, "RU");
    assert_eq!(find(&ps, "Alpen").kind, PlaceKind::Other);
    assert_eq!(find(&ps, "Baikalmeer").name, "Lake Baikal");
    assert_eq!(find(&ps, "Waddenzee").name, "Wadden Sea");
}

#[test]
fn washington_state_or_city_by_its_neighbours() {
    let ps = places(
        "The cow came from a Washington state farm near the Columbia.",
        "en",
    );
    assert_eq!(find(&ps, "Washington").iso3166_2.as_deref(), Some("US-WA"));
    let ps = places(
        "A patient was admitted in Washington, D.C. on Monday.",
        "en",
    );
    assert_eq!(find(&ps, "Washington").kind, PlaceKind::City);
    let ps = places("Cases were found in Utah, Washington and Wisconsin.", "en");
    assert_eq!(find(&ps, "Washington").iso3166_2.as_deref(), Some("US-WA"));
}

#[test]
fn a_place_before_its_region_is_not_a_list_item() {
    // "Kent" is also an English county; before ", Ohio" it is the Ohio city, not a region
    // listed with Ohio.
    let ps = places(
        "Students in Kent, Ohio and Santa Cruz, California protested.",
        "en",
    );
    let kent = find(&ps, "Kent");
    assert_eq!(
        (kent.kind, kent.iso3166_2.as_deref()),
        (PlaceKind::City, Some("US-OH"))
    );
    assert_eq!(find(&ps, "Santa Cruz").iso3166_2.as_deref(), Some("US-CA"));
}

#[test]
fn region_after_a_place_it_holds() {
    let ps = places(
        "The sample was sent to a lab in Atlanta, Georgia, and a man in London, Ontario fell ill.",
        "en",
    );
    let georgia = find(&ps, "Georgia");
    assert_eq!(
        (georgia.kind, georgia.iso3166_2.as_deref()),
        (PlaceKind::Admin1, Some("US-GA"))
    );
    assert_eq!(find(&ps, "Ontario").iso3166_2.as_deref(), Some("CA-ON"));
    assert_eq!(find(&ps, "London").country, "CA");
    // Without a place before it, Georgia is the country.
    let ps = places("Armenia, Azerbaijan and Georgia signed the accord.", "en");
    assert_eq!(find(&ps, "Georgia").kind, PlaceKind::Country);
}

#[test]
fn a_city_named_like_its_province_stays_the_city() {
    // Kunduz, Kandahar: the city, unless a cue says province (kroniek_control reads "the city"
    // after such a name as that city).
    let ps = places("Fighters entered Kunduz and Kandahar on Sunday.", "en");
    assert_eq!(find(&ps, "Kunduz").kind, PlaceKind::City);
    assert_eq!(find(&ps, "Kandahar").kind, PlaceKind::City);
    let ps = places("Fighting spread across Kandahar province.", "en");
    assert_eq!(find(&ps, "Kandahar").kind, PlaceKind::Admin1);
}
