#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]
//! The seed article, read from ../shared (never copied): the actors issue 7 names.

mod common;

use std::path::Path;

use common::{actor, run, show};

#[test]
fn seed_article_actors() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: ../shared not found");
        return;
    };
    // The file starts with kroniek's `date` header; the body follows it.
    let body = raw
        .trim_start()
        .strip_prefix("date 2021-08")
        .unwrap_or(&raw);
    let (doc, layer) = run(body, "nl");
    println!("{}", show(&doc, &layer));

    let taliban = actor(&doc, &layer, "taliban");
    assert_eq!(
        (taliban.country.as_deref(), taliban.sector.as_deref()),
        (Some("AFG"), Some("REB"))
    );
    assert!(
        taliban.mentions.len() >= 8,
        "every 'taliban'/'Taliban' is a mention:\n{}",
        show(&doc, &layer)
    );

    let na = actor(&doc, &layer, "northern-alliance");
    assert!(
        na.mentions.len() >= 3,
        "'Noordelijke Alliantie' and both 'Alliantie':\n{}",
        show(&doc, &layer)
    );

    let saleh = actor(&doc, &layer, "amrullah-saleh");
    assert_eq!(saleh.role.as_deref(), Some("vicepresident"));
    assert_eq!(
        (saleh.country.as_deref(), saleh.sector.as_deref()),
        (Some("AFG"), Some("GOV"))
    );
    assert!(saleh.former);

    let son = actor(&doc, &layer, "ahmad-massoud");
    assert_eq!(son.affiliation.as_deref(), Some("northern-alliance"));
    assert_eq!(son.role.as_deref(), Some("leader"));
    let father = actor(&doc, &layer, "ahmad-shah-massoud");
    assert_ne!(son.id, father.id);
    let text = doc.text();
    assert!(
        son.mentions
            .iter()
            .any(|m| m.slice(text) == "Massoud junior"),
        "'Massoud junior' is the son:\n{}",
        show(&doc, &layer)
    );
    assert!(
        !father
            .mentions
            .iter()
            .any(|m| m.slice(text).contains("junior"))
    );

    let red_army = layer
        .actors
        .iter()
        .find(|a| a.mentions.iter().any(|m| m.slice(text) == "Rode Leger"))
        .unwrap();
    assert_eq!(red_army.id, "rus-mil");
    assert_eq!(
        (red_army.country.as_deref(), red_army.sector.as_deref()),
        (Some("RUS"), Some("MIL"))
    );

    // "het leger" without a country: the focus country's army.
    let army = actor(&doc, &layer, "afg-mil");
    assert!(army.mentions.iter().any(|m| m.slice(text) == "leger"));
    assert!(layer.get("rus").is_some(), "'de Russen'");
    // "Amerikaanse wapens" is a modifier, not an actor.
    assert!(layer.get("usa").is_none());
}
