#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! Names the dictionary knows keep their type in the entity layer, whatever the tagger made of
//! them; short forms of longer names keep theirs. Texts written for these tests.

mod common;

use kroniek_actors::Dictionary;
use kroniek_core::EntityType;

fn entities(lang: &str, text: &str) -> Vec<(String, EntityType)> {
    let (doc, _) = common::run(text, lang);
    let layer = doc.layers().entities().unwrap();
    layer
        .entities
        .iter()
        .map(|e| (e.span.slice(doc.text()).to_string(), e.kind))
        .collect()
}

fn kind_of(ents: &[(String, EntityType)], name: &str) -> EntityType {
    ents.iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} not found in {ents:?}"))
        .1
}

#[test]
fn the_dictionary_types_countries_and_organisations_only() {
    let d = Dictionary::embedded().unwrap();
    assert_eq!(d.entity_type("Hongarije"), Some(EntityType::Loc));
    assert_eq!(d.entity_type("Venezuela"), Some(EntityType::Loc));
    assert_eq!(d.entity_type("Hamas"), Some(EntityType::Org));
    assert_eq!(d.entity_type("NAVO"), Some(EntityType::Org));
    assert_eq!(d.entity_type("Pentagon"), Some(EntityType::Org));
    // A capital is also the government (a metonym), a demonym no name, a role word no name.
    assert_eq!(d.entity_type("Kaboel"), None);
    assert_eq!(d.entity_type("Afghaanse"), None);
    assert_eq!(d.entity_type("regering"), None);
    assert_eq!(d.entity_type("Jan Jansen"), None);
}

#[test]
fn countries_and_groups_keep_their_type_in_news() {
    let ents = entities(
        "nl",
        "Hongarije en Venezuela stemden tegen de resolutie. Volgens Hamas zijn er tien doden \
         gevallen in Gaza. De regering van Hongarije wil niet reageren.",
    );
    assert_eq!(kind_of(&ents, "Hongarije"), EntityType::Loc, "{ents:?}");
    assert_eq!(kind_of(&ents, "Venezuela"), EntityType::Loc, "{ents:?}");
    assert_eq!(kind_of(&ents, "Hamas"), EntityType::Org, "{ents:?}");
    assert!(
        ents.iter()
            .filter(|(n, _)| n == "Hongarije")
            .all(|(_, k)| *k == EntityType::Loc),
        "every mention: {ents:?}"
    );
}

#[test]
fn a_surname_like_a_country_stays_a_person() {
    let ents = entities(
        "en",
        "Basketball legend Michael Jordan visited the school on Monday. Jordan told pupils \
         to keep practising.",
    );
    assert_eq!(
        kind_of(&ents, "Michael Jordan"),
        EntityType::Per,
        "{ents:?}"
    );
    assert_eq!(kind_of(&ents, "Jordan"), EntityType::Per, "{ents:?}");
}
