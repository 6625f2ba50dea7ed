//! `GET /api/events`, `/api/control`, `/api/actors` and the full record of
//! `/api/documents/{id}`, over a store filled by hand, through a server started in-process.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::io::{Read, Write};
use std::net::TcpStream;

use kroniek_core::{
    Actor, ActorKind, ActorLayer, ControlClaim, ControlLayer, ControlStatus, DocDate, Document,
    Event, EventDate, EventLayer, EventPlace, Layer, Metadata, Modality, NormalizedText, OffsetMap,
    Participant, PloverType, Span,
};
use kroniek_server::{Config, start};
use kroniek_store::{Existing, PreparedDocument, Store};
use serde_json::Value;

const TEXT: &str = "De Taliban veroverden Kaboel op 15 augustus. Het verzet houdt Panjshir.";

fn at(needle: &str) -> Span {
    let s = TEXT.find(needle).unwrap();
    Span::new(TEXT, s, s + needle.len()).unwrap()
}

fn document() -> PreparedDocument {
    let mut d = Document::new(
        Metadata {
            id: Some("kabul".into()),
            source: "test".into(),
            url: Some("https://example.org/kabul".into()),
            date: DocDate::from_ymd(2021, 8, 20).unwrap(),
            ..Metadata::default()
        },
        NormalizedText {
            text: TEXT.into(),
            offsets: OffsetMap::identity(0, TEXT.len()),
        },
    );
    let taliban = Actor {
        id: "taliban".into(),
        name: "Taliban".into(),
        kind: ActorKind::Group,
        country: Some("AFG".into()),
        sector: Some("REB".into()),
        affiliation: None,
        role: None,
        former: false,
        mentions: vec![at("Taliban")],
    };
    let event = |kind, trigger: &str, sentence: &str, day: &str, lat: f64, lon: f64| Event {
        kind,
        mode: None,
        context: None,
        cameo: "190".into(),
        sources: vec![Participant {
            actor: Some("taliban".into()),
            text: "De Taliban".into(),
            span: at("De Taliban"),
            country: Some("AFG".into()),
            sector: Some("REB".into()),
        }],
        targets: vec![],
        date: EventDate {
            value: Some(day.into()),
            earliest: Some(day.into()),
            latest: Some(day.into()),
            timex: None,
        },
        place: Some(EventPlace {
            name: "Kabul".into(),
            country: "AF".into(),
            admin1: None,
            iso3166_2: Some("AF-KAB".into()),
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
    };
    let events = vec![
        event(
            PloverType::Assault,
            "veroverden",
            "De Taliban veroverden Kaboel op 15 augustus.",
            "2021-08-15",
            34.55,
            69.2,
        ),
        event(
            PloverType::Mobilize,
            "houdt",
            "Het verzet houdt Panjshir.",
            "2021-08-20",
            35.3,
            69.6,
        ),
    ];
    let claims = vec![ControlClaim {
        region: "AF-KAB".into(),
        region_name: "Kabul".into(),
        actor: Some("taliban".into()),
        status: ControlStatus::Captured,
        from: Some("2021-08-15".into()),
        to: None,
        earliest: Some("2021-08-15".into()),
        latest: Some("2021-08-15".into()),
        exceptions: vec![],
        historical: false,
        evidence: vec![at("De Taliban veroverden Kaboel op 15 augustus.")],
        events: vec![0],
        confidence: 0.9,
    }];
    d.insert_layer(
        "test",
        Layer::Actors(ActorLayer {
            actors: vec![taliban],
        }),
    );
    d.insert_layer("test", Layer::Events(EventLayer { events }));
    d.insert_layer("test", Layer::Control(ControlLayer { claims }));
    PreparedDocument::new(&d, TEXT.len()).unwrap()
}

fn get(addr: std::net::SocketAddr, path: &str) -> (u16, Value) {
    let mut s = TcpStream::connect(addr).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut resp = String::new();
    s.read_to_string(&mut resp).unwrap();
    let status = resp.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = resp.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    let json = serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    (status, json)
}

#[test]
fn events_control_actors_and_records() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    Store::open(&db)
        .unwrap()
        .write_batch(&[document()], Existing::Skip)
        .unwrap();
    let server = start(
        Config {
            db,
            addr: "127.0.0.1:0".into(),
            workers: 2,
            ..Config::default()
        },
        None,
    )
    .unwrap();
    let addr = server.addr();

    let (status, page) = get(addr, "/api/events");
    assert_eq!(status, 200);
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(page["next"], Value::Null);
    let first = &items[0];
    for key in [
        "id",
        "event_id",
        "doc_id",
        "url",
        "event_date",
        "date_earliest",
        "date_latest",
        "year",
        "type",
        "mode",
        "cameo",
        "quad",
        "source_actor",
        "source_text",
        "source_country",
        "source_sector",
        "target_actor",
        "target_text",
        "target_country",
        "target_sector",
        "place_name",
        "country",
        "admin1",
        "iso3166_2",
        "latitude",
        "longitude",
        "evidence",
        "trigger",
        "negated",
        "historical",
        "modality",
        "confidence",
    ] {
        assert!(first.get(key).is_some(), "missing {key}");
    }
    assert_eq!(first["id"], "kabul#1");
    assert_eq!(first["evidence"], "Het verzet houdt Panjshir.");

    // Filters as query parameters, a cursor for the next page.
    let (_, p) = get(
        addr,
        "/api/events?type=fight&actor=Tali&country=AF&from=2021-08-01&to=2021-08-16",
    );
    assert_eq!(p["items"].as_array().unwrap().len(), 1);
    assert_eq!(p["items"][0]["trigger"], "veroverden");
    let (_, p) = get(addr, "/api/events?near=35.3%2C69.6%2C50km");
    assert_eq!(p["items"][0]["id"], "kabul#1");
    assert_eq!(p["items"].as_array().unwrap().len(), 1);
    let (_, p1) = get(addr, "/api/events?limit=1");
    let next = p1["next"].as_str().unwrap();
    let (_, p2) = get(addr, &format!("/api/events?limit=1&page={next}"));
    assert_eq!(p2["items"][0]["id"], "kabul#0");
    assert_eq!(p2["next"], Value::Null);

    // Errors are JSON with a status.
    for bad in [
        "/api/events?type=PICNIC",
        "/api/events?from=20-08-2021",
        "/api/events?near=1,2",
        "/api/events?limit=100000",
        "/api/events?page=garbage",
        "/api/control?at=yesterday",
    ] {
        let (status, body) = get(addr, bad);
        assert_eq!(status, 400, "{bad}");
        assert_eq!(body["status"], 400);
        assert!(body["error"].as_str().unwrap().len() > 5);
    }

    let (status, c) = get(addr, "/api/control?region=AF&at=2021-08-20");
    assert_eq!(status, 200);
    let claim = &c["items"][0];
    for key in [
        "region",
        "region_name",
        "actor",
        "actor_name",
        "status",
        "from",
        "to",
        "earliest",
        "latest",
        "historical",
        "doc_id",
        "evidence",
        "evidence_start",
        "evidence_end",
    ] {
        assert!(claim.get(key).is_some(), "missing {key}");
    }
    assert_eq!(claim["region"], "AF-KAB");
    assert_eq!(claim["actor_name"], "Taliban");
    assert_eq!(
        claim["evidence"],
        "De Taliban veroverden Kaboel op 15 augustus."
    );
    let (_, c) = get(addr, "/api/control?region=AF&at=2021-08-01");
    assert!(c["items"].as_array().unwrap().is_empty());

    let (_, a) = get(addr, "/api/actors");
    assert_eq!(a["items"][0]["id"], "taliban");
    assert_eq!(a["items"][0]["events"], 2);

    // The full record keeps events with their sentence and trigger spans.
    let (status, r) = get(addr, "/api/documents/kabul");
    assert_eq!(status, 200);
    let e = &r["events"][0];
    assert_eq!(e["trigger"]["text"], "veroverden");
    let (s, t) = (
        e["sentence"]["start"].as_u64().unwrap(),
        e["sentence"]["end"].as_u64().unwrap(),
    );
    assert_eq!(
        &TEXT[s as usize..t as usize],
        "De Taliban veroverden Kaboel op 15 augustus."
    );

    let (status, spec) = get(addr, "/api/openapi.json");
    assert_eq!(status, 200);
    for path in ["/api/events", "/api/control", "/api/actors"] {
        assert!(spec["paths"][path]["get"].is_object(), "{path}");
    }
    server.shutdown();
}
