#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The embedded dictionary loads, and its rows are well-formed.

use std::collections::BTreeSet;

use kroniek_actors::{Dictionary, Sense};

fn dict() -> &'static Dictionary {
    Dictionary::embedded().unwrap()
}

#[test]
fn every_country_has_codes_and_names() {
    let d = dict();
    assert!(d.countries().len() >= 249, "every ISO 3166-1 country");
    let mut iso3 = BTreeSet::new();
    for c in d.countries() {
        assert!(
            c.iso3.len() == 3 && c.iso3.chars().all(|x| x.is_ascii_uppercase()),
            "{c:?}"
        );
        assert!(
            c.iso2.len() == 2 && c.iso2.chars().all(|x| x.is_ascii_uppercase()),
            "{c:?}"
        );
        assert!(!c.names_en.is_empty() && !c.names_nl.is_empty(), "{c:?}");
        assert!(iso3.insert(c.iso3.clone()), "duplicate {}", c.iso3);
    }
    let with_adjectives = d
        .countries()
        .iter()
        .filter(|c| !c.adjectives_nl.is_empty() && !c.adjectives_en.is_empty())
        .count();
    assert!(
        with_adjectives >= 120,
        "{with_adjectives} countries with adjectives"
    );
}

#[test]
fn ids_are_unique_and_codes_well_formed() {
    let d = dict();
    let mut ids = BTreeSet::new();
    for o in d.organisations() {
        assert!(ids.insert(o.id.clone()), "duplicate id {}", o.id);
        assert!(!o.names_nl.is_empty() && !o.names_en.is_empty(), "{o:?}");
        let pseudo = ["IGO", "NGO", "IMG"].contains(&o.country.as_str());
        assert!(
            pseudo || d.countries().iter().any(|c| c.iso3 == o.country),
            "{}: unknown country {}",
            o.id,
            o.country
        );
    }
    for a in d.agencies() {
        assert!(a.sector.len() == 3, "{a:?}");
    }
    assert!(d.roles().iter().any(|r| r.role == "former"));
}

#[test]
fn lookup_by_phrase() {
    let d = dict();
    let org = |phrase: &str| {
        d.lookup(phrase).iter().find_map(|s| match s {
            Sense::Organisation(o) => d.organisation(*o).map(|o| o.id.clone()),
            _ => None,
        })
    };
    assert_eq!(org("NAVO").as_deref(), Some("nato"));
    assert_eq!(org("taliban").as_deref(), Some("taliban"));
    assert_eq!(org("Taliban").as_deref(), Some("taliban"));
    assert_eq!(org("IS").as_deref(), Some("isis"));
    assert_eq!(org("is"), None, "the Dutch verb");
    assert_eq!(org("Rode Leger").as_deref(), Some("rus-mil"));
    // The European Union under its earlier names (news before 1993).
    for phrase in [
        "European Community",
        "European Economic Community",
        "European Common Market",
        "EEC",
        "Europese Gemeenschap",
        "EEG",
    ] {
        assert_eq!(org(phrase).as_deref(), Some("eu"), "{phrase}");
    }
    let country = |phrase: &str| {
        d.lookup(phrase).iter().find_map(|s| match s {
            Sense::CountryName(c) | Sense::CountryAdjective(c) => {
                d.country(*c).map(|c| c.iso3.clone())
            }
            _ => None,
        })
    };
    for (phrase, iso3) in [
        ("Rusland", "RUS"),
        ("Verenigde Staten", "USA"),
        ("VS", "USA"),
        ("Afghaanse", "AFG"),
        ("Afghanen", "AFG"),
        ("Russische", "RUS"),
        ("Amerikanen", "USA"),
        ("Afghan", "AFG"),
        ("Chinese", "CHN"),
        ("Portugese", "PRT"),
        ("Northern Ireland", "GBR"),
        ("Noord-Ierland", "GBR"),
        ("Scottish", "GBR"),
        ("Ireland", "IRL"),
    ] {
        assert_eq!(country(phrase).as_deref(), Some(iso3), "{phrase}");
    }
    assert_eq!(country("pool"), None, "a pool is not a Pole");
    assert!(d.lookup("Kaboel").contains(&Sense::Capital(
        d.countries().iter().position(|c| c.iso3 == "AFG").unwrap() as u16
    )));
    assert!(d.lookup("voormalige").contains(&Sense::Former));
}

#[test]
fn malformed_rows_are_errors() {
    let ok_countries = "AFG\tAF\tAfghanistan\tAfghanistan\t-\t-\t-\n";
    assert!(Dictionary::parse(ok_countries, "", "", "").is_ok());
    assert!(
        Dictionary::parse("AFG\tAF\tAfghanistan\n", "", "", "").is_err(),
        "too few columns"
    );
    assert!(
        Dictionary::parse("afg\tAF\tAfghanistan\tAfghanistan\t-\t-\t-\n", "", "", "").is_err(),
        "lower-case code"
    );
    assert!(
        Dictionary::parse("AFG\tAF\tAfghanistan\t-\t-\t-\t-\n", "", "", "").is_err(),
        "no Dutch name"
    );
    assert!(
        Dictionary::parse(ok_countries, "x\tplanet\tAFG\tREB\tx\tx\n", "", "").is_err(),
        "unknown kind"
    );
}
