#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The committed gazetteer file: format, size and the entries the project relies on.

use kroniek_geo::{PlaceKind, embedded::gazetteer};

#[test]
fn embedded_gazetteer_loads_with_expected_content() {
    let g = gazetteer().unwrap();
    assert!(g.entries().len() > 200_000, "{} entries", g.entries().len());
    let pan = g
        .lookup("Panjshir")
        .iter()
        .map(|i| g.entry(*i).unwrap())
        .find(|e| e.kind == PlaceKind::Admin1)
        .unwrap();
    assert_eq!(&*pan.iso3166_2, "AF-PAN");
    assert!(
        g.entries()
            .iter()
            .all(|e| &*e.iso3166_2 != "AF-PAR" || e.geonameid != 6957555)
    );
    let kabul = g.entry(g.lookup("kaboel")[0]).unwrap();
    assert_eq!(
        (&*kabul.name, kabul.country_str(), kabul.capital),
        ("Kabul", "AF", true)
    );
    let ru = g
        .adjective_folded("russische")
        .and_then(|i| g.entry(i))
        .unwrap();
    assert_eq!(ru.country_str(), "RU");
    assert_eq!(
        g.entry(g.lookup("Verenigde Staten")[0])
            .unwrap()
            .country_str(),
        "US"
    );
}

#[test]
fn rejects_other_formats() {
    assert!(kroniek_geo::Gazetteer::from_tsv("#kroniek-gazetteer\tv0\n").is_err());
    let bad = format!("{}\nC\t1\tAF\n", kroniek_geo::HEADER);
    assert!(kroniek_geo::Gazetteer::from_tsv(&bad).is_err());
}
