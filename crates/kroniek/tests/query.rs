//! `kroniek query events|control|actors` and `kroniek export events|control|documents` over a
//! store written through the library with hand-made layers (the extraction stages are tested
//! elsewhere; here the command line is).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::Path;
use std::process::Command;

use kroniek_core::{
    Actor, ActorKind, ActorLayer, ControlClaim, ControlLayer, ControlStatus, DocDate, Document,
    Event, EventDate, EventLayer, EventPlace, Layer, Metadata, Modality, NormalizedText, OffsetMap,
    Participant, PloverType, Span,
};
use kroniek_store::{Existing, PreparedDocument, Store};

const TEXT: &str = "De Taliban veroverden Kaboel op 15 augustus. Het verzet houdt Panjshir vast. Pakistan steunt de Taliban.";

fn at(needle: &str) -> Span {
    let s = TEXT.find(needle).unwrap();
    Span::new(TEXT, s, s + needle.len()).unwrap()
}

fn participant(actor: &str, words: &str, country: &str) -> Participant {
    Participant {
        actor: Some(actor.into()),
        text: words.into(),
        span: at(words),
        country: Some(country.into()),
        sector: None,
    }
}

fn event(
    kind: PloverType,
    trigger: &str,
    sentence: &str,
    source: Participant,
    day: &str,
    place: Option<(&str, f64, f64)>,
) -> Event {
    Event {
        kind,
        mode: None,
        context: None,
        cameo: "190".into(),
        sources: vec![source],
        targets: vec![],
        date: EventDate {
            value: Some(day.into()),
            earliest: Some(day.into()),
            latest: Some(day.into()),
            timex: None,
        },
        place: place.map(|(name, lat, lon)| EventPlace {
            name: name.into(),
            country: "AF".into(),
            admin1: None,
            iso3166_2: None,
            lat,
            lon,
            place: None,
        }),
        sentence: at(sentence),
        trigger: at(trigger),
        negated: false,
        historical: false,
        modality: Modality::Asserted,
        control: None,
        confidence: 0.8,
        pattern: "test".into(),
    }
}

fn store(dir: &Path) -> String {
    let mut d = Document::new(
        Metadata {
            id: Some("kabul".into()),
            source: "test".into(),
            date: DocDate::from_ymd(2021, 8, 20).unwrap(),
            ..Metadata::default()
        },
        NormalizedText {
            text: TEXT.into(),
            offsets: OffsetMap::identity(0, TEXT.len()),
        },
    );
    let actor = |id: &str, name: &str, country: &str| Actor {
        id: id.into(),
        name: name.into(),
        kind: ActorKind::Group,
        country: Some(country.into()),
        sector: None,
        affiliation: None,
        role: None,
        former: false,
        mentions: vec![at(name)],
    };
    let events = vec![
        event(
            PloverType::Assault,
            "veroverden",
            "De Taliban veroverden Kaboel op 15 augustus.",
            participant("taliban", "De Taliban", "AFG"),
            "2021-08-15",
            Some(("Kabul", 34.55, 69.2)),
        ),
        event(
            PloverType::Mobilize,
            "houdt",
            "Het verzet houdt Panjshir vast.",
            participant("resistance", "Het verzet", "AFG"),
            "2021-08-20",
            Some(("Panjshir", 35.3, 69.6)),
        ),
        event(
            PloverType::Support,
            "steunt",
            "Pakistan steunt de Taliban.",
            participant("pakistan", "Pakistan", "PAK"),
            "2021-08-20",
            None,
        ),
    ];
    let claim = ControlClaim {
        region: "AF-PAN".into(),
        region_name: "Panjshir".into(),
        actor: Some("resistance".into()),
        status: ControlStatus::Held,
        from: Some("2021-08".into()),
        to: None,
        earliest: Some("2021-08-01".into()),
        latest: Some("2021-08-31".into()),
        exceptions: vec![],
        historical: false,
        evidence: vec![at("Het verzet houdt Panjshir vast.")],
        events: vec![1],
        confidence: 0.7,
    };
    d.insert_layer(
        "test",
        Layer::Actors(ActorLayer {
            actors: vec![
                actor("taliban", "Taliban", "AFG"),
                actor("resistance", "verzet", "AFG"),
                actor("pakistan", "Pakistan", "PAK"),
            ],
        }),
    );
    d.insert_layer("test", Layer::Events(EventLayer { events }));
    d.insert_layer(
        "test",
        Layer::Control(ControlLayer {
            claims: vec![claim],
        }),
    );
    let db = dir.join("k.db");
    Store::open(&db)
        .unwrap()
        .write_batch(
            &[PreparedDocument::new(&d, TEXT.len()).unwrap()],
            Existing::Skip,
        )
        .unwrap();
    db.to_string_lossy().into_owned()
}

fn kroniek(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn query_events_control_actors() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let (code, out, err) = kroniek(&["query", "events", "--db", &db]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("ASSAULT") && out.contains("veroverden Kaboel"),
        "{out}"
    );
    assert!(out.contains("3 events"), "{out}");

    let (code, out, err) = kroniek(&[
        "query",
        "events",
        "--db",
        &db,
        "--actor",
        "taliban",
        "--type",
        "assault",
        "--country",
        "AF",
        "--from",
        "2021-08-01",
        "--to",
        "2021-08-31",
        "--near",
        "34.5,69.2,50km",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["trigger"], "veroverden");

    // CAMEO country code of an actor; CSV output; pages.
    let (_, out, _) = kroniek(&[
        "query", "events", "--db", &db, "--actor", "PAK", "--format", "csv",
    ]);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    assert_eq!(&r.headers().unwrap()[0], "event_id");
    assert_eq!(r.records().count(), 1);
    let (_, out, err) = kroniek(&[
        "query", "events", "--db", &db, "--limit", "2", "--format", "json",
    ]);
    assert_eq!(out.lines().count(), 2);
    let cursor = err.split("--page ").nth(1).unwrap().trim().to_string();
    let (_, out, _) = kroniek(&[
        "query", "events", "--db", &db, "--page", &cursor, "--format", "json",
    ]);
    assert_eq!(out.lines().count(), 1);
    assert!(out.contains("kabul#0"), "{out}");

    // Bad input is refused with a message.
    let (code, _, err) = kroniek(&["query", "events", "--db", &db, "--type", "PICNIC"]);
    assert_ne!(code, 0);
    assert!(err.contains("PLOVER"), "{err}");

    let (code, out, err) = kroniek(&[
        "query",
        "control",
        "--db",
        &db,
        "--region",
        "AF",
        "--at",
        "2021-08-20",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("AF-PAN") && out.contains("verzet") && out.contains("held"),
        "{out}"
    );
    let (_, out, _) = kroniek(&[
        "query",
        "control",
        "--db",
        &db,
        "--region",
        "AF",
        "--at",
        "2021-07-20",
    ]);
    assert!(out.contains("0 regions"), "{out}");

    let (code, out, err) = kroniek(&["query", "actors", "--db", &db, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 3);
}

#[test]
fn export_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    let file = |name: &str| dir.path().join(name).to_string_lossy().into_owned();

    let (code, _, err) = kroniek(&[
        "export",
        "events",
        "--db",
        &db,
        "--format",
        "csv",
        "-o",
        &file("e.csv"),
    ]);
    assert_eq!(code, 0, "{err}");
    let mut r = csv::Reader::from_path(file("e.csv")).unwrap();
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    for col in [
        "event_id",
        "doc_id",
        "url",
        "event_date",
        "date_earliest",
        "date_latest",
        "year",
        "type",
        "quad",
        "source_actor",
        "target_text",
        "place_name",
        "latitude",
        "longitude",
        "evidence",
        "trigger",
        "negated",
        "modality",
        "confidence",
    ] {
        assert!(header.iter().any(|h| h == col), "missing {col}");
    }
    assert_eq!(r.records().count(), 3);

    let (code, _, err) = kroniek(&[
        "export",
        "events",
        "--db",
        &db,
        "--format",
        "jsonl",
        "--type",
        "SUPPORT",
        "-o",
        &file("e.jsonl"),
    ]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(file("e.jsonl")).unwrap();
    let v: serde_json::Value = serde_json::from_str(text.trim()).unwrap();
    assert_eq!(v["source_actor"], "pakistan");

    let (code, _, err) = kroniek(&[
        "export",
        "events",
        "--db",
        &db,
        "--format",
        "geojson",
        "-o",
        &file("e.geojson"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("1 left out"), "{err}");
    let g: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(file("e.geojson")).unwrap()).unwrap();
    assert_eq!(g["features"].as_array().unwrap().len(), 2);

    let (code, _, err) = kroniek(&[
        "export",
        "events",
        "--db",
        &db,
        "--format",
        "parquet",
        "-o",
        &file("e.parquet"),
    ]);
    assert_eq!(code, 0, "{err}");
    let bytes = std::fs::read(file("e.parquet")).unwrap();
    assert!(bytes.starts_with(b"PAR1") && bytes.ends_with(b"PAR1"));

    let (code, out, err) = kroniek(&["export", "control", "--db", &db, "--format", "csv"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("region,region_name,actor,actor_name,status"),
        "{out}"
    );
    assert!(out.contains("Het verzet houdt Panjshir vast."), "{out}");

    let (code, out, err) = kroniek(&["export", "documents", "--db", &db, "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    let rec: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(rec["events"].as_array().unwrap().len(), 3);
}

/// A reader that stops early (`kroniek query events | head -1`) ends the command quietly: exit
/// status 0 and no panic or error message, as Unix tools do.
#[test]
fn closed_stdout_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = store(dir.path());
    for args in [
        &["query", "events", "--db", &db][..],
        &["query", "actors", "--db", &db],
        &["export", "events", "--db", &db, "--format", "jsonl"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(
            !err.contains("panicked") && !err.contains("error"),
            "{args:?}: {err}"
        );
    }
}

/// A read-only command on a store that does not exist says so and how to make one.
#[test]
fn missing_store_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let (code, _, err) = kroniek(&["query", "events", "--db", db.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no store at") && err.contains("none.db") && err.contains("kroniek ingest"),
        "{err}"
    );
    assert!(
        !db.exists(),
        "a read-only command must not create the store"
    );
}
