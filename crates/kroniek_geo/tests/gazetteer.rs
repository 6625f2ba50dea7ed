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
    assert!(g.len() > 200_000, "{} entries", g.len());
    let pan = g
        .lookup("Panjshir")
        .iter()
        .map(|i| g.entry(*i).unwrap())
        .find(|e| e.kind == PlaceKind::Admin1)
        .unwrap();
    assert_eq!(pan.iso3166_2, "AF-PAN");
    assert!(
        g.entries()
            .all(|e| e.iso3166_2 != "AF-PAR" || e.geonameid != 6957555)
    );
    let kabul = g.entry(g.lookup("kaboel")[0]).unwrap();
    assert_eq!(
        (kabul.name, kabul.country_str(), kabul.capital),
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

const ROWS: &str = "C\t1\tAA\t\tAA\t10.0\t20.0\t5000000\tAaland\taaland|aa land\taalandse
A\t2\tAA\t01\tAA-01\t11.0\t21.0\t0\tNorth Aa\tnorth aa|springfield\t
A\t3\tAA\t01\tAA-01\t11.5\t21.5\t0\tAa Island\taa island\t
P\t4\tAA\t01\t\t11.2\t21.2\t20000\tSpringfield\tspringfield\t
K\t5\tAA\t01\t\t11.3\t21.3\t900000\tAacity\taacity|springfield\t";

#[test]
fn index_orders_by_prominence_and_finds_regions() {
    let g =
        kroniek_geo::Gazetteer::from_tsv(&format!("{}\n{ROWS}\n", kroniek_geo::HEADER)).unwrap();
    assert_eq!(g.len(), 5);
    let names: Vec<&str> = g
        .lookup("Springfield")
        .iter()
        .map(|i| g.entry(*i).unwrap().name)
        .collect();
    assert_eq!(names, ["Aacity", "North Aa", "Springfield"]);
    assert_eq!(g.lookup("AA Land"), &[0]);
    assert!(g.lookup("nowhere").is_empty());
    assert_eq!(g.adjective_folded("aalandse"), Some(0));
    let town = g.entry(3).unwrap();
    assert_eq!(
        g.admin1_of(&town),
        Some(1),
        "the first region row of a code"
    );
    assert_eq!(g.country(*b"AA"), Some(0));
    assert_eq!(g.max_words(), 2);
}

#[test]
fn aliases_resolve_by_code_and_name() {
    let tsv = format!("{}\n{ROWS}\n", kroniek_geo::HEADER);
    let gz = {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(tsv.as_bytes()).unwrap();
        e.finish().unwrap()
    };
    let aliases =
        kroniek_geo::aliases::parse("# comment\nAA\tAA\nN.A.\tAA-01\tAa Island\n").unwrap();
    let g = kroniek_geo::Gazetteer::from_gz_with_aliases(&gz, &aliases).unwrap();
    assert_eq!(g.lookup("AA"), &[0]);
    assert_eq!(g.lookup("N.A."), &[2]);
    assert!(g.is_alias("n.a.") && !g.is_alias("aaland"));
    let unknown = kroniek_geo::aliases::parse("ZZ\tZZ-99\n").unwrap();
    assert!(kroniek_geo::Gazetteer::from_gz_with_aliases(&gz, &unknown).is_err());
    assert!(kroniek_geo::aliases::parse("no tab here\n").is_err());
}

#[test]
fn committed_aliases_all_resolve() {
    let aliases = kroniek_geo::aliases::parse(kroniek_geo::aliases::ALIASES_TSV).unwrap();
    assert!(aliases.len() > 50);
    let g = gazetteer().unwrap();
    for a in &aliases {
        assert!(!g.lookup_folded(&a.key).is_empty(), "{a:?}");
    }
}
