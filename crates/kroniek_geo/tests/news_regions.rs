#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Short Dutch and English news texts written for these tests: exonyms, regions, physical
//! features, compounds ("Panjshirvallei") and entity labels that the tagger gets wrong.

mod common;

use common::{doc, find, places};
use kroniek_core::{Entity, EntityLayer, EntityType, Layer};
use kroniek_geo::{Place, PlaceKind, embedded::gazetteer, resolve};

/// Places when an entity tagger labelled `labels` (phrase, type) in the text.
fn places_with_entities(text: &str, lang: &str, labels: &[(&str, EntityType)]) -> Vec<Place> {
    let mut d = doc(text, lang);
    let seg = d.layers().segments().unwrap().clone();
    let mut entities = Vec::new();
    for (phrase, kind) in labels {
        let start = text.find(phrase).unwrap();
        let end = start + phrase.len();
        let first = seg.tokens.iter().find(|t| t.span.start() == start).unwrap();
        let last = seg.tokens.iter().find(|t| t.span.end() == end).unwrap();
        entities.push(Entity {
            span: first.span.cover(last.span),
            kind: *kind,
            chain: entities.len() as u32,
            confidence: 0.9,
        });
    }
    entities.sort_by_key(|e| e.span.start());
    d.insert_layer(
        "ner",
        Layer::Entities(EntityLayer {
            entities,
            chains: Vec::new(),
        }),
    );
    resolve(&d).unwrap().places
}

#[test]
fn dutch_news_names_without_entities() {
    let ps = places(
        "Rusland annexeerde in 2014 de Krim. Sindsdien wordt gevochten in de Donbas en bij \
         Charkiv. In Ituri en in Nagorno-Karabach vielen doden.",
        "nl",
    );
    let krim = find(&ps, "Krim");
    assert_eq!(
        (krim.kind, krim.country.as_str(), krim.iso3166_2.as_deref()),
        (PlaceKind::Admin1, "UA", Some("UA-43"))
    );
    let donbas = find(&ps, "Donbas");
    assert_eq!(
        (donbas.kind, donbas.country.as_str()),
        (PlaceKind::Region, "UA")
    );
    assert_eq!(find(&ps, "Charkiv").name, "Kharkiv");
    assert_eq!(find(&ps, "Ituri").country, "CD");
    let nk = find(&ps, "Nagorno-Karabach");
    assert_eq!(
        (nk.name.as_str(), nk.country.as_str()),
        ("Nagorno-Karabakh", "AZ")
    );
}

#[test]
fn panjshir_valley_compounds_resolve_inside_af_pan() {
    for text in [
        "Het verzet trok zich terug in de Panjshir-vallei.",
        "Het verzet trok zich terug in de Panjshirvallei.",
        "The resistance withdrew to the Panjshir Valley.",
    ] {
        let ps = places(text, if text.starts_with("The") { "en" } else { "nl" });
        let p = ps
            .iter()
            .find(|p| p.text.starts_with("Panjshir"))
            .unwrap_or_else(|| panic!("no Panjshir in {text:?}: {ps:#?}"));
        assert_eq!(p.country, "AF", "{text}");
        assert_eq!(p.iso3166_2.as_deref(), Some("AF-PAN"), "{text}: {p:?}");
        assert!(
            matches!(p.kind, PlaceKind::Admin1 | PlaceKind::Other),
            "{p:?}"
        );
    }
}

#[test]
fn physical_features_and_regions() {
    let ps = places(
        "Tankers crossed the Strait of Hormuz and the Black Sea. Fighting was reported in the \
         Gaza Strip, the West Bank and on the Golan Heights, in the Hindu Kush and along the \
         Euphrates.",
        "en",
    );
    let hormuz = find(&ps, "Strait of Hormuz");
    assert_eq!(hormuz.kind, PlaceKind::Other);
    assert!((hormuz.lat - 26.6).abs() < 1.0 && (hormuz.lon - 56.3).abs() < 1.0);
    assert_eq!(find(&ps, "Black Sea").kind, PlaceKind::Other);
    assert_eq!(find(&ps, "Gaza Strip").iso3166_2.as_deref(), Some("PS-GZZ"));
    assert_eq!(find(&ps, "West Bank").country, "PS");
    assert_eq!(find(&ps, "Golan Heights").kind, PlaceKind::Other);
    assert_eq!(find(&ps, "Hindu Kush").kind, PlaceKind::Other);
    assert_eq!(find(&ps, "Euphrates").kind, PlaceKind::Other);
}

#[test]
fn mislabelled_entities_still_give_places() {
    let text = "De taliban namen Kaboel in. Russische troepen verlieten de Krim en Charkiv.";
    let ps = places_with_entities(
        text,
        "nl",
        &[
            ("Kaboel", EntityType::Per),
            ("Krim", EntityType::Misc),
            ("Charkiv", EntityType::Per),
        ],
    );
    assert_eq!(find(&ps, "Kaboel").name, "Kabul");
    assert_eq!(find(&ps, "Krim").iso3166_2.as_deref(), Some("UA-43"));
    assert_eq!(find(&ps, "Charkiv").country, "UA");
}

#[test]
fn surnames_and_clubs_are_not_places() {
    let text = "Michael Jordan won again. Jordan said Ajax played well.";
    let ps = places_with_entities(
        text,
        "en",
        &[
            ("Michael Jordan", EntityType::Per),
            ("Jordan said", EntityType::Per),
            ("Ajax", EntityType::Org),
        ],
    );
    assert!(ps.is_empty(), "{ps:#?}");
}

#[test]
fn display_names_are_plain_english() {
    let ps = places("Fighting in Herat and Kandahar spread to Luhansk.", "en");
    assert_eq!(find(&ps, "Herat").name, "Herat");
    assert_eq!(find(&ps, "Kandahar").name, "Kandahar");
    let g = gazetteer().unwrap();
    for name in ["Herāt", "Kandahār"] {
        let e = g.entry(g.lookup(name)[0]).unwrap();
        assert!(e.name.is_ascii(), "{name} shown as {}", e.name);
    }
}

#[test]
fn hyphenated_names_are_not_cut() {
    let ps = places("Aid reached Port-au-Prince and Al-Fashir on Monday.", "en");
    assert_eq!(find(&ps, "Port-au-Prince").country, "HT");
    assert!(ps.iter().all(|p| p.text != "Al"), "{ps:#?}");
}
