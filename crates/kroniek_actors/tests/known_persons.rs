#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The known-person table (`data/actors/persons.tsv`): parsing, lookup rules and its use by the
//! actor stage, on sentences written for these tests.

mod common;

use common::{run, show};
use kroniek_actors::KnownPersons;

#[test]
fn table_parses_and_is_broad() {
    let t = KnownPersons::embedded().unwrap();
    assert!(t.people().len() >= 400, "{} persons", t.people().len());
    let roles = [
        "president",
        "vicepresident",
        "premier",
        "minister",
        "chancellor",
        "monarch",
        "ambassador",
        "governor",
        "official",
        "spokesperson",
        "commander",
        "leader",
        "rebel-leader",
        "opposition-leader",
        "cleric",
        "judge",
    ];
    let mut countries = std::collections::BTreeSet::new();
    for p in t.people() {
        assert!(
            roles.contains(&p.role.as_str()),
            "{}: role {}",
            p.id,
            p.role
        );
        countries.insert(p.country.as_str());
    }
    assert!(countries.len() >= 100, "{} countries", countries.len());
}

#[test]
fn malformed_rows_fail_with_line() {
    let err = KnownPersons::parse("id\tcountry\nx\tusa\tGOV\tpresident\t-\tX Y\t-\n")
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("persons.tsv:1"), "{err}");
    let err = KnownPersons::parse("x\tusa\tGOV\tpresident\t-\tX Y\t-\n")
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("bad codes"), "{err}");
}

#[test]
fn lookup_full_short_titled_and_ambiguous() {
    let t = KnownPersons::parse(
        "a\tAAA\tGOV\tpresident\t-\tJohn Alpha\tAlpha|Same\n\
         b\tBBB\tGOV\tpremier\t-\tMary Beta\tBeta|Same\n\
         c\tAAA\tGOV\tminister\t-\tPeter Alpha\tAlpha\n",
    )
    .unwrap();
    assert_eq!(t.lookup("John Alpha").unwrap().id, "a");
    assert_eq!(t.lookup("Beta").unwrap().id, "b");
    assert_eq!(t.lookup("President Beta").unwrap().id, "b");
    assert_eq!(t.lookup("Prime Minister Beta").unwrap().id, "b");
    // Shared by two entries of one country: the first; of two countries: nobody.
    assert_eq!(t.lookup("Alpha").unwrap().country, "AAA");
    assert!(t.lookup("Same").is_none());
    // Lower case is not a name.
    assert!(t.lookup("beta").is_none());
    // A first name alone is not the person.
    assert!(t.lookup("Mary").is_none());
}

#[test]
fn surnames_alone_get_their_country() {
    let (doc, l) = run(
        "Arafat rejected the proposal on Monday. Later, Milosevic met Kofi Annan in Belgrade.",
        "en",
    );
    let country = |name: &str| {
        l.actors
            .iter()
            .find(|a| {
                a.mentions
                    .iter()
                    .any(|m| m.slice(doc.text()).contains(name))
            })
            .and_then(|a| a.country.clone())
    };
    assert_eq!(
        country("Arafat").as_deref(),
        Some("PSE"),
        "{}",
        show(&doc, &l)
    );
    assert_eq!(
        country("Milosevic").as_deref(),
        Some("SRB"),
        "{}",
        show(&doc, &l)
    );
    assert_eq!(
        country("Annan").as_deref(),
        Some("IGO"),
        "{}",
        show(&doc, &l)
    );
}

#[test]
fn a_country_in_the_text_wins_over_the_table() {
    // A made-up namesake: the text says where this Sharon comes from.
    let (doc, l) = run("The Canadian diplomat Sharon spoke to reporters.", "en");
    let a = l.actors.iter().find(|a| {
        a.mentions
            .iter()
            .any(|m| m.slice(doc.text()).contains("Sharon"))
    });
    if let Some(a) = a {
        assert_ne!(a.country.as_deref(), Some("ISR"), "{}", show(&doc, &l));
    }
}

#[test]
fn unknown_office_holder_takes_the_one_country_named() {
    let (doc, l) = run(
        "President Tandoro Mbeleko said on Friday that Gabon would hold elections.",
        "en",
    );
    let a = l
        .actors
        .iter()
        .find(|a| {
            a.mentions
                .iter()
                .any(|m| m.slice(doc.text()).contains("Mbeleko"))
        })
        .unwrap_or_else(|| panic!("{}", show(&doc, &l)));
    assert_eq!(a.country.as_deref(), Some("GAB"), "{}", show(&doc, &l));
    // Where an office holder travels is not his country.
    let (doc, l) = run(
        "Prime Minister Tomasz Velkor visited Kabul on Monday.",
        "en",
    );
    if let Some(a) = l.actors.iter().find(|a| {
        a.mentions
            .iter()
            .any(|m| m.slice(doc.text()).contains("Velkor"))
    }) {
        assert_eq!(a.country, None, "{}", show(&doc, &l));
    }
    // Two countries named: no guess.
    let (doc, l) = run(
        "President Tandoro Mbeleko said Gabon and Cameroon would hold talks.",
        "en",
    );
    if let Some(a) = l.actors.iter().find(|a| {
        a.mentions
            .iter()
            .any(|m| m.slice(doc.text()).contains("Mbeleko"))
    }) {
        assert_eq!(a.country, None, "{}", show(&doc, &l));
    }
}

#[test]
fn peoples_members_and_ethnic_groups() {
    let (doc, l) = run(
        "Bosnian Serbs demanded a truce. Hezbollah guerrillas attacked an outpost. \
         The Albanians of southern Serbia demanded autonomy.",
        "en",
    );
    let by_text = |t: &str| {
        l.actors
            .iter()
            .find(|a| a.mentions.iter().any(|m| m.slice(doc.text()) == t))
            .map(|a| (a.id.clone(), a.country.clone()))
    };
    assert_eq!(
        by_text("Bosnian Serbs"),
        Some(("bih".into(), Some("BIH".into()))),
        "{}",
        show(&doc, &l)
    );
    assert_eq!(
        by_text("Albanians of southern Serbia").and_then(|x| x.1),
        Some("SRB".into()),
        "{}",
        show(&doc, &l)
    );
    assert_eq!(
        by_text("Hezbollah guerrillas").map(|x| x.0),
        Some("hezbollah".into()),
        "{}",
        show(&doc, &l)
    );
}
