//! Issue 7's acceptance on the seed article (read from ../shared, skipped when absent): the
//! events, control claims and attributes an analyst must get from it, through the whole pipeline
//! as `kroniek extract` runs it, checked on the JSON record (the output contract).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;

use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_core::Record;
use kroniek_ingest::{IngestOptions, Ingestor, InputPath, Item};
use serde_json::Value;

fn seed_record() -> Option<Value> {
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seed/article-2021-08.txt");
    if !seed.exists() {
        eprintln!("skipping: ../shared/seed/article-2021-08.txt not found");
        return None;
    }
    let item = Ingestor::new(&[InputPath::Path(seed)], IngestOptions::default()).next();
    let Some(Item::Document(raw)) = item else {
        panic!("the seed article was skipped");
    };
    let mut doc = raw.into_document();
    standard(&PipelineOptions::default())
        .unwrap()
        .run(&mut doc)
        .unwrap();
    Some(serde_json::to_value(Record::of(&doc)).unwrap())
}

fn s<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    let mut v = v;
    for p in path {
        v = &v[*p];
    }
    v.as_str().unwrap_or("")
}

fn events(r: &Value) -> &Vec<Value> {
    r["events"].as_array().expect("events")
}

fn find<'a>(r: &'a Value, what: &str, pred: impl Fn(&Value) -> bool) -> &'a Value {
    events(r)
        .iter()
        .find(|e| pred(e))
        .unwrap_or_else(|| panic!("no event: {what}\n{}", summary(r)))
}

fn summary(r: &Value) -> String {
    events(r)
        .iter()
        .map(|e| {
            format!(
                "{} {} src={}/{} tgt={}/{} trig={} date={} neg={} hist={}\n",
                s(e, &["type"]),
                s(e, &["mode"]),
                s(e, &["source", "actor"]),
                s(e, &["source", "text"]),
                s(e, &["target", "actor"]),
                s(e, &["target", "text"]),
                s(e, &["trigger", "text"]),
                s(e, &["date", "value"]),
                e["negated"],
                e["historical"]
            )
        })
        .collect()
}

fn involves(e: &Value, role: &str, actor: &str) -> bool {
    let many = if role == "source" {
        "sources"
    } else {
        "targets"
    };
    s(e, &[role, "actor"]) == actor
        || e[many]
            .as_array()
            .is_some_and(|a| a.iter().any(|p| s(p, &["actor"]) == actor))
}

#[test]
fn seed_events_control_and_attributes() {
    let Some(r) = seed_record() else { return };
    let text = r["text"].as_str().unwrap();

    // No event without its evidence: a sentence that contains the trigger.
    for e in events(&r) {
        let (ss, se) = (
            e["sentence"]["start"].as_u64().unwrap(),
            e["sentence"]["end"].as_u64().unwrap(),
        );
        let (ts, te) = (
            e["trigger"]["start"].as_u64().unwrap(),
            e["trigger"]["end"].as_u64().unwrap(),
        );
        assert!(
            ss <= ts && te <= se && ss < se,
            "trigger outside its sentence: {e}"
        );
        assert_eq!(s(e, &["sentence", "text"]), &text[ss as usize..se as usize]);
        assert!(!s(e, &["cameo"]).is_empty(), "no CAMEO code: {e}");
    }

    // The Taliban took the country in August 2021.
    let capture = find(&r, "taliban capture", |e| {
        involves(e, "source", "taliban") && s(e, &["trigger", "text"]) == "veroverden"
    });
    assert_eq!(s(capture, &["date", "value"]), "2021-08");
    assert_eq!(capture["negated"], false);

    // Saleh arrived "twee dagen geleden": between 2021-07-30 and 2021-08-29.
    let arrival = find(&r, "Saleh's arrival", |e| {
        involves(e, "source", "amrullah-saleh") && s(e, &["trigger", "text"]) == "aangekomen"
    });
    assert_eq!(s(arrival, &["date", "earliest"]), "2021-07-30");
    assert_eq!(s(arrival, &["date", "latest"]), "2021-08-29");

    // Saleh's call for the armed struggle against the Taliban.
    let call = find(&r, "Saleh's call to arms", |e| {
        involves(e, "source", "amrullah-saleh") && s(e, &["trigger", "text"]) == "riep"
    });
    assert!(
        s(call, &["sentence", "text"]).contains("strijd tegen de taliban"),
        "{call}"
    );

    // Massoud junior asked the world for weapons.
    let request = find(&r, "Massoud's request for weapons", |e| {
        s(e, &["type"]) == "REQUEST" && involves(e, "source", "ahmad-massoud")
    });
    assert_eq!(s(request, &["mode"]), "military-aid");
    assert_eq!(s(request, &["target", "text"]), "de wereld");
    assert!(s(request, &["cameo"]).starts_with("023"), "{request}");

    // Ahmad Shah Massoud was killed a few days before 9/11: historical.
    let killing = find(&r, "Ahmad Shah Massoud's killing", |e| {
        s(e, &["type"]) == "ASSAULT" && s(e, &["trigger", "text"]) == "vermoord"
    });
    assert!(
        involves(killing, "target", "ahmad-shah-massoud"),
        "{killing}"
    );
    assert_eq!(killing["historical"], true);
    assert!(s(killing, &["date", "latest"]) <= "2001-09-11", "{killing}");
    assert!(
        s(killing, &["date", "earliest"]).starts_with("2001-0"),
        "{killing}"
    );

    // The Red Army never took the valley: negated and historical.
    let red_army = find(&r, "the Red Army's failure", |e| {
        involves(e, "source", "rus-mil") && s(e, &["trigger", "text"]) == "veroveren"
    });
    assert_eq!(red_army["negated"], true);
    assert_eq!(red_army["historical"], true);

    // Control: the country captured by the Taliban except Panjshir, which the Northern Alliance
    // holds, from 2021-08.
    let control = r["control"].as_array().expect("control");
    let country = control
        .iter()
        .find(|c| s(c, &["region"]) == "AF" && s(c, &["actor"]) == "taliban")
        .unwrap_or_else(|| panic!("no AF claim for the Taliban: {control:?}"));
    assert_eq!(s(country, &["status"]), "captured");
    assert_eq!(s(country, &["from"]), "2021-08");
    assert!(
        country["exceptions"]
            .as_array()
            .is_some_and(|x| x.iter().any(|c| c == "AF-PAN")),
        "{country}"
    );
    let panjshir = control
        .iter()
        .find(|c| s(c, &["region"]) == "AF-PAN" && s(c, &["actor"]) == "northern-alliance")
        .unwrap_or_else(|| panic!("no AF-PAN claim for the Northern Alliance: {control:?}"));
    assert_eq!(s(panjshir, &["status"]), "held");
    assert_eq!(s(panjshir, &["from"]), "2021-08");
    assert!(!panjshir["evidence"].as_array().unwrap().is_empty());
    assert!(
        !control.iter().any(|c| s(c, &["region"]) == "AF-PAN"
            && s(c, &["actor"]) == "taliban"
            && s(c, &["status"]) == "captured"),
        "Panjshir must not be captured by the Taliban: {control:?}"
    );

    // The valley's population.
    let attributes = r["attributes"].as_array().expect("attributes");
    let population = attributes
        .iter()
        .find(|a| s(a, &["name"]) == "population")
        .unwrap_or_else(|| panic!("no population: {attributes:?}"));
    assert_eq!(population["value"].as_f64(), Some(150_000.0));
    assert_eq!(s(population, &["subject", "place"]), "AF-PAN");
}
