//! Quantities on texts written for these tests, Dutch and English.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use common::{analyse, attribute, attributes};

fn one(text: &str, lang: &str, name: &str) -> (f64, bool, Option<String>, String) {
    let doc = analyse(text, lang, "2021-08-20");
    let a = attribute(&doc, name);
    (
        a.value,
        a.approximate,
        a.subject.place.clone(),
        a.subject.text.clone(),
    )
}

#[test]
fn dutch_population() {
    let (v, approx, place, _) = one(
        "In de provincie Panjshir ligt een smalle vallei. De vallei telt amper 150.000 inwoners.",
        "nl",
        "population",
    );
    assert_eq!(
        (v, approx, place.as_deref()),
        (150_000.0, true, Some("AF-PAN"))
    );
    let (v, approx, place, _) = one("Herat heeft 2 miljoen inwoners.", "nl", "population");
    assert_eq!(
        (v, approx, place.as_deref()),
        (2_000_000.0, false, Some("AF-HER"))
    );
    let (v, _, place, _) = one(
        "Kandahar, een stad van ruim 1,2 miljoen inwoners, viel.",
        "nl",
        "population",
    );
    assert_eq!((v, place.as_deref()), (1_200_000.0, Some("AF-KAN")));
}

#[test]
fn english_population() {
    let (v, approx, place, _) = one(
        "Kandahar, a city of 300,000 people, fell without a fight.",
        "en",
        "population",
    );
    assert_eq!(
        (v, approx, place.as_deref()),
        (300_000.0, false, Some("AF-KAN"))
    );
    let (v, approx, _, subject) = one(
        "The Panjshir valley is home to nearly 1.2 million people.",
        "en",
        "population",
    );
    assert_eq!(
        (v, approx, subject.as_str()),
        (1_200_000.0, true, "The Panjshir valley")
    );
}

#[test]
fn casualties() {
    let (v, approx, place, _) = one(
        "Bij de aanslag in Kaboel kwamen twaalf mensen om het leven.",
        "nl",
        "dead",
    );
    assert_eq!((v, approx, place.as_deref()), (12.0, false, Some("AF-KAB")));
    let (v, _, _, _) = one(
        "Bij gevechten in Herat vielen 25 doden en 30 gewonden.",
        "nl",
        "dead",
    );
    assert_eq!(v, 25.0);
    let (v, _, _, _) = one(
        "Bij gevechten in Herat vielen 25 doden en 30 gewonden.",
        "nl",
        "injured",
    );
    assert_eq!(v, 30.0);
    let (v, approx, place, _) = one(
        "The bombing in Kabul killed at least 12 people.",
        "en",
        "dead",
    );
    assert_eq!((v, approx, place.as_deref()), (12.0, true, Some("AF-KAB")));
    let (v, approx, _, _) = one("At least 12 dead after an attack in Herat.", "en", "dead");
    assert_eq!((v, approx), (12.0, true));
    let (v, _, _, _) = one(
        "The fighting in Kunduz displaced 35,000 people.",
        "en",
        "displaced",
    );
    assert_eq!(v, 35_000.0);
}

#[test]
fn forces() {
    let (v, approx, _, subject) = one(
        "De Noordelijke Alliantie beschikt over ongeveer 5.000 strijders.",
        "nl",
        "fighters",
    );
    assert_eq!(
        (v, approx, subject.as_str()),
        (5_000.0, true, "De Noordelijke Alliantie")
    );
    let doc = analyse(
        "De Noordelijke Alliantie beschikt over 5.000 strijders.",
        "nl",
        "2021-08-20",
    );
    assert_eq!(
        attribute(&doc, "fighters").subject.actor.as_deref(),
        Some("noordelijke-alliantie")
    );
    let (v, _, place, _) = one(
        "The United States sent 3,000 troops to Kabul.",
        "en",
        "troops",
    );
    assert_eq!((v, place.as_deref()), (3_000.0, Some("US")));
}

#[test]
fn vague_quantities_are_not_values() {
    for (text, lang) in [
        ("Bij de aanslag in Kaboel vielen tientallen doden.", "nl"),
        ("Honderden mensen kwamen om het leven in Herat.", "nl"),
        ("Dozens of people were killed in Kabul.", "en"),
        ("The attack killed hundreds of civilians.", "en"),
    ] {
        let doc = analyse(text, lang, "2021-08-20");
        assert!(
            attributes(&doc).is_empty(),
            "{text}: {:?}",
            attributes(&doc)
        );
    }
}
