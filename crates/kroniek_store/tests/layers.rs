//! Actors, events, places, control claims and attributes in the store: migration from v1,
//! round trips, every filter, pages, and exports in every format read back.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek_core::{
    Actor, ActorKind, ActorLayer, Attribute, AttributeLayer, AttributeSubject, ControlClaim,
    ControlLayer, ControlStatus, DocDate, Document, Event, EventDate, EventLayer, EventPlace,
    Layer, Metadata, Modality, NormalizedText, OffsetMap, Participant, Place, PlaceKind,
    PlaceLayer, PloverType, Span,
};
use kroniek_store::{
    ActorQuery, ControlQuery, DocumentFilter, EventFilter, Existing, ExportFormat, Near,
    PreparedDocument, Store, schema,
};

fn span(text: &str, needle: &str) -> Span {
    let start = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in {text}"));
    Span::new(text, start, start + needle.len()).unwrap()
}

fn sentence(text: &str, needle: &str) -> Span {
    let at = text.find(needle).unwrap();
    let start = text[..at].rfind(". ").map_or(0, |i| i + 2);
    let end = text[at..].find('.').map_or(text.len(), |i| at + i + 1);
    Span::new(text, start, end).unwrap()
}

fn actor(
    text: &str,
    id: &str,
    name: &str,
    kind: ActorKind,
    country: &str,
    sector: &str,
    mention: &str,
) -> Actor {
    Actor {
        id: id.into(),
        name: name.into(),
        kind,
        country: Some(country.into()),
        sector: Some(sector.into()),
        affiliation: None,
        role: None,
        former: false,
        mentions: vec![span(text, mention)],
    }
}

fn part(text: &str, actor: Option<&Actor>, words: &str) -> Participant {
    Participant {
        actor: actor.map(|a| a.id.clone()),
        text: words.into(),
        span: span(text, words),
        country: actor.and_then(|a| a.country.clone()),
        sector: actor.and_then(|a| a.sector.clone()),
    }
}

struct Ev<'a> {
    kind: PloverType,
    trigger: &'a str,
    sources: Vec<Participant>,
    targets: Vec<Participant>,
    date: (&'a str, &'a str, &'a str),
    place: Option<(&'a str, &'a str, &'a str, f64, f64)>,
}

fn event(text: &str, e: Ev<'_>) -> Event {
    Event {
        kind: e.kind,
        mode: None,
        context: None,
        cameo: "190".into(),
        sources: e.sources,
        targets: e.targets,
        date: EventDate {
            value: Some(e.date.0.into()),
            earliest: Some(e.date.1.into()),
            latest: Some(e.date.2.into()),
            timex: None,
        },
        place: e.place.map(|(name, country, iso, lat, lon)| EventPlace {
            name: name.into(),
            country: country.into(),
            admin1: Some(name.into()),
            iso3166_2: Some(iso.into()),
            lat,
            lon,
            place: None,
        }),
        sentence: sentence(text, e.trigger),
        trigger: span(text, e.trigger),
        negated: false,
        historical: false,
        modality: Modality::Asserted,
        control: None,
        confidence: 0.8,
        pattern: "test".into(),
    }
}

fn document(id: &str, date: DocDate, text: &str) -> Document {
    Document::new(
        Metadata {
            id: Some(id.into()),
            source: format!("test:{id}"),
            title: Some(format!("Titel {id}")),
            url: Some(format!("https://example.org/{id}")),
            date,
            ..Metadata::default()
        },
        NormalizedText {
            text: text.into(),
            offsets: OffsetMap::identity(0, text.len()),
        },
    )
}

const KABUL: &str = "De Taliban veroverden Kaboel op 15 augustus. Het Noordelijk Verbond van Massoud verdedigt de Panjshirvallei. De vallei telt 150.000 inwoners. Rusland en China steunen de Taliban.";

/// A document about Kabul and Panjshir with every layer.
fn kabul() -> Document {
    let t = KABUL;
    let mut d = document("kabul", DocDate::from_ymd(2021, 8, 20).unwrap(), t);
    let taliban = actor(
        t,
        "taliban",
        "Taliban",
        ActorKind::Group,
        "AFG",
        "REB",
        "Taliban",
    );
    let na = actor(
        t,
        "northern-alliance",
        "Noordelijk Verbond",
        ActorKind::Group,
        "AFG",
        "REB",
        "Noordelijk Verbond",
    );
    let rus = actor(
        t,
        "russia",
        "Rusland",
        ActorKind::State,
        "RUS",
        "GOV",
        "Rusland",
    );
    let chn = actor(t, "china", "China", ActorKind::State, "CHN", "GOV", "China");
    let events = vec![
        event(
            t,
            Ev {
                kind: PloverType::Assault,
                trigger: "veroverden",
                sources: vec![part(t, Some(&taliban), "De Taliban")],
                targets: vec![part(t, None, "Kaboel")],
                date: ("2021-08-15", "2021-08-15", "2021-08-15"),
                place: Some(("Kabul", "AF", "AF-KAB", 34.5553, 69.2075)),
            },
        ),
        event(
            t,
            Ev {
                kind: PloverType::Mobilize,
                trigger: "verdedigt",
                sources: vec![part(t, Some(&na), "Het Noordelijk Verbond")],
                targets: vec![],
                date: ("2021-08", "2021-08-01", "2021-08-31"),
                place: Some(("Panjshir", "AF", "AF-PAN", 35.3, 69.6)),
            },
        ),
        event(
            t,
            Ev {
                kind: PloverType::Support,
                trigger: "steunen",
                sources: vec![part(t, Some(&rus), "Rusland"), part(t, Some(&chn), "China")],
                targets: vec![part(t, Some(&taliban), "de Taliban.")],
                date: ("2021-08-20", "2021-08-20", "2021-08-20"),
                place: None,
            },
        ),
    ];
    let control = vec![
        ControlClaim {
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
            evidence: vec![sentence(t, "veroverden")],
            events: vec![0],
            confidence: 0.9,
        },
        ControlClaim {
            region: "AF-PAN".into(),
            region_name: "Panjshir".into(),
            actor: Some("northern-alliance".into()),
            status: ControlStatus::Held,
            from: Some("2021-08".into()),
            to: None,
            earliest: Some("2021-08-01".into()),
            latest: Some("2021-08-31".into()),
            exceptions: vec![],
            historical: false,
            evidence: vec![sentence(t, "verdedigt")],
            events: vec![1],
            confidence: 0.7,
        },
        ControlClaim {
            region: "AF".into(),
            region_name: "Afghanistan".into(),
            actor: Some("taliban".into()),
            status: ControlStatus::Captured,
            from: Some("2021-08-15".into()),
            to: None,
            earliest: Some("2021-08-15".into()),
            latest: Some("2021-08-15".into()),
            exceptions: vec!["AF-PAN".into()],
            historical: false,
            evidence: vec![sentence(t, "veroverden")],
            events: vec![0],
            confidence: 0.6,
        },
    ];
    let places = vec![
        Place {
            span: span(t, "Kaboel"),
            text: "Kaboel".into(),
            name: "Kabul".into(),
            kind: PlaceKind::City,
            country: "AF".into(),
            admin1: Some("Kabul".into()),
            iso3166_2: Some("AF-KAB".into()),
            lat: 34.5553,
            lon: 69.2075,
            geonameid: Some(1_138_958),
            adjectival: false,
        },
        Place {
            span: span(t, "Panjshirvallei"),
            text: "Panjshirvallei".into(),
            name: "Panjshir".into(),
            kind: PlaceKind::Admin1,
            country: "AF".into(),
            admin1: Some("Panjshir".into()),
            iso3166_2: Some("AF-PAN".into()),
            lat: 35.3,
            lon: 69.6,
            geonameid: None,
            adjectival: false,
        },
    ];
    let attributes = vec![Attribute {
        subject: AttributeSubject {
            text: "De vallei".into(),
            span: span(t, "De vallei"),
            place: Some("AF-PAN".into()),
            actor: None,
        },
        name: "population".into(),
        value: 150_000.0,
        approximate: false,
        span: sentence(t, "telt"),
    }];
    d.insert_layer("test", Layer::Places(PlaceLayer { places }));
    d.insert_layer(
        "test",
        Layer::Actors(ActorLayer {
            actors: vec![taliban, na, rus, chn],
        }),
    );
    d.insert_layer("test", Layer::Events(EventLayer { events }));
    d.insert_layer("test", Layer::Control(ControlLayer { claims: control }));
    d.insert_layer("test", Layer::Attributes(AttributeLayer { attributes }));
    d
}

const KHARKIV: &str = "Oekraïne heroverde Izjoem op 10 september. Rusland trok zich terug.";

/// A later document, elsewhere, with its own claims.
fn kharkiv() -> Document {
    let t = KHARKIV;
    let mut d = document("kharkiv", DocDate::from_ymd(2022, 9, 12).unwrap(), t);
    let ukr = actor(
        t,
        "ukraine",
        "Oekraïne",
        ActorKind::State,
        "UKR",
        "MIL",
        "Oekraïne",
    );
    let rus = actor(
        t,
        "russia",
        "Rusland",
        ActorKind::State,
        "RUS",
        "MIL",
        "Rusland",
    );
    let events = vec![
        event(
            t,
            Ev {
                kind: PloverType::Assault,
                trigger: "heroverde",
                sources: vec![part(t, Some(&ukr), "Oekraïne")],
                targets: vec![part(t, None, "Izjoem")],
                date: ("2022-09-10", "2022-09-10", "2022-09-10"),
                place: Some(("Izium", "UA", "UA-63", 49.21, 37.25)),
            },
        ),
        event(
            t,
            Ev {
                kind: PloverType::Retreat,
                trigger: "trok zich terug",
                sources: vec![part(t, Some(&rus), "Rusland")],
                targets: vec![],
                date: ("2022-09", "2022-09-01", "2022-09-30"),
                place: Some(("Izium", "UA", "UA-63", 49.21, 37.25)),
            },
        ),
    ];
    let claims = vec![ControlClaim {
        region: "UA-63".into(),
        region_name: "Kharkiv".into(),
        actor: Some("ukraine".into()),
        status: ControlStatus::Captured,
        from: Some("2022-09-10".into()),
        to: None,
        earliest: Some("2022-09-10".into()),
        latest: Some("2022-09-10".into()),
        exceptions: vec![],
        historical: false,
        evidence: vec![sentence(t, "heroverde")],
        events: vec![0],
        confidence: 0.8,
    }];
    d.insert_layer(
        "test",
        Layer::Actors(ActorLayer {
            actors: vec![ukr, rus],
        }),
    );
    d.insert_layer("test", Layer::Events(EventLayer { events }));
    d.insert_layer("test", Layer::Control(ControlLayer { claims }));
    d
}

/// An older claim about Panjshir (by another actor, ended) to test `at` and "latest wins".
fn older() -> Document {
    let t = "In 1996 hielden de Taliban Panjshir niet. Massoud hield de vallei tot 2001.";
    let mut d = document("older", DocDate::from_ymd(2021, 8, 25).unwrap(), t);
    let na = actor(
        t,
        "northern-alliance",
        "Noordelijk Verbond",
        ActorKind::Group,
        "AFG",
        "REB",
        "Massoud",
    );
    let claims = vec![ControlClaim {
        region: "AF-PAN".into(),
        region_name: "Panjshir".into(),
        actor: Some("northern-alliance".into()),
        status: ControlStatus::Held,
        from: Some("1996".into()),
        to: Some("2001".into()),
        earliest: Some("1996-01-01".into()),
        latest: Some("2001-12-31".into()),
        exceptions: vec![],
        historical: true,
        evidence: vec![sentence(t, "hield de vallei")],
        events: vec![],
        confidence: 0.5,
    }];
    d.insert_layer("test", Layer::Actors(ActorLayer { actors: vec![na] }));
    d.insert_layer("test", Layer::Events(EventLayer::default()));
    d.insert_layer("test", Layer::Control(ControlLayer { claims }));
    d
}

fn prepared(d: &Document) -> PreparedDocument {
    PreparedDocument::new(d, d.text().len()).unwrap()
}

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("k.db")).unwrap();
    s.write_batch(
        &[prepared(&kabul()), prepared(&kharkiv()), prepared(&older())],
        Existing::Skip,
    )
    .unwrap();
    (dir, s)
}

fn ids(s: &Store, f: &EventFilter) -> Vec<String> {
    s.events(f)
        .unwrap()
        .items
        .into_iter()
        .map(|e| e.id)
        .collect()
}

#[test]
fn migrates_a_v1_store_and_fills_places_from_records() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v1.db");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute_batch(schema::MIGRATIONS[0]).unwrap();
        tx.pragma_update(None, "user_version", 1).unwrap();
        let d = prepared(&kabul());
        tx.execute(
            "INSERT INTO documents (id, source, date_precision, text, record) VALUES (?1, ?2, 'day', ?3, ?4)",
            rusqlite::params![d.id, d.source, d.text, d.record],
        )
        .unwrap();
        tx.commit().unwrap();
    }
    // A reader upgrades it too (queries need the new tables).
    let s = Store::open_read_only(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), 2);
    assert_eq!(s.document_count().unwrap(), 1);
    // Places come back from the stored records; the region point is theirs.
    let (lat, lon) = s.region_point("AF-PAN").unwrap().unwrap();
    assert!((lat - 35.3).abs() < 1e-9 && (lon - 69.6).abs() < 1e-9);
    assert!(s.events(&EventFilter::default()).unwrap().items.is_empty());
}

#[test]
fn events_round_trip_with_spans_and_participants() {
    let (_dir, s) = store();
    let page = s.events(&EventFilter::default()).unwrap();
    assert_eq!(page.items.len(), 5);
    assert_eq!(page.next, None);
    // Newest first.
    assert_eq!(page.items[0].id, "kharkiv#0");
    let e = page.items.iter().find(|e| e.id == "kabul#0").unwrap();
    assert_eq!(e.kind, "ASSAULT");
    assert_eq!(e.quad, "material-conflict");
    assert_eq!(e.trigger, "veroverden");
    assert_eq!(e.evidence, "De Taliban veroverden Kaboel op 15 augustus.");
    assert_eq!(
        &KABUL[e.sentence_start as usize..e.sentence_end as usize],
        e.evidence
    );
    assert_eq!(
        &KABUL[e.trigger_start as usize..e.trigger_end as usize],
        e.trigger
    );
    assert_eq!(e.source_actor.as_deref(), Some("taliban"));
    assert_eq!(e.source_country.as_deref(), Some("AFG"));
    assert_eq!(e.target_actor, None);
    assert_eq!(e.target_text.as_deref(), Some("Kaboel"));
    assert_eq!(e.url.as_deref(), Some("https://example.org/kabul"));
    assert_eq!((e.latitude, e.longitude), (Some(34.5553), Some(69.2075)));
    assert_eq!(e.year, Some(2021));
    assert_eq!(e.date_earliest.as_deref(), Some("2021-08-15"));
    // A non-ASCII sentence slices on bytes, not characters.
    let u = page.items.iter().find(|e| e.id == "kharkiv#0").unwrap();
    assert_eq!(u.evidence, "Oekraïne heroverde Izjoem op 10 september.");
    assert_eq!(u.trigger, "heroverde");
}

#[test]
fn every_event_filter() {
    let (_dir, s) = store();
    let f = |g: fn(&mut EventFilter)| {
        let mut f = EventFilter::default();
        g(&mut f);
        f
    };
    assert_eq!(
        ids(&s, &f(|f| f.kind = Some(PloverType::Assault))),
        ["kharkiv#0", "kabul#0"]
    );
    assert_eq!(
        ids(&s, &f(|f| f.country = Some("ua".into()))),
        ["kharkiv#0", "kharkiv#1"]
    );
    // Actor: id, name substring, CAMEO country code, either side, compound sources.
    assert_eq!(
        ids(&s, &f(|f| f.actor = Some("taliban".into()))),
        ["kabul#2", "kabul#0"]
    );
    assert_eq!(
        ids(&s, &f(|f| f.actor = Some("verbond".into()))),
        ["kabul#1"]
    );
    assert_eq!(ids(&s, &f(|f| f.actor = Some("CHN".into()))), ["kabul#2"]);
    assert_eq!(
        ids(&s, &f(|f| f.actor = Some("rus".into()))),
        ["kharkiv#1", "kabul#2"]
    );
    assert!(ids(&s, &f(|f| f.actor = Some("nobody".into()))).is_empty());
    // Dates: the interval overlaps [from, to].
    let aug = f(|f| {
        f.from = Some("2021-08-16".into());
        f.to = Some("2021-08-31".into());
    });
    assert_eq!(ids(&s, &aug), ["kabul#2", "kabul#1"]);
    assert_eq!(
        ids(&s, &f(|f| f.to = Some("2021-08-15".into()))),
        ["kabul#0", "kabul#1"]
    );
    assert_eq!(
        ids(&s, &f(|f| f.from = Some("2022-09-15".into()))),
        ["kharkiv#1"]
    );
    // Near: within 50 km of the Panjshir point, not Kabul (about 97 km away).
    let near = f(|f| f.near = Some(Near::parse("35.3,69.6,50km").unwrap()));
    assert_eq!(ids(&s, &near), ["kabul#1"]);
    let wide = f(|f| f.near = Some(Near::parse("35.3,69.6,150km").unwrap()));
    assert_eq!(ids(&s, &wide), ["kabul#0", "kabul#1"]);
    // Everything together.
    let all = EventFilter {
        actor: Some("taliban".into()),
        kind: Some(PloverType::Assault),
        country: Some("AF".into()),
        from: Some("2021-08-01".into()),
        to: Some("2021-08-31".into()),
        near: Some(Near::parse("34.5,69.2,20km").unwrap()),
        ..EventFilter::default()
    };
    assert_eq!(ids(&s, &all), ["kabul#0"]);
    // Bad input is a query error, not a panic.
    assert!(s.events(&f(|f| f.from = Some("august".into()))).is_err());
    assert!(s.events(&f(|f| f.after = Some("nonsense".into()))).is_err());
}

#[test]
fn pages_follow_the_cursor_without_gaps_or_repeats() {
    let (_dir, s) = store();
    let all = ids(&s, &EventFilter::default());
    let mut seen = Vec::new();
    let mut f = EventFilter {
        limit: 2,
        ..EventFilter::default()
    };
    loop {
        let page = s.events(&f).unwrap();
        assert!(page.items.len() <= 2);
        seen.extend(page.items.into_iter().map(|e| e.id));
        match page.next {
            Some(c) => f.after = Some(c),
            None => break,
        }
    }
    assert_eq!(seen, all);
}

#[test]
fn updates_replace_every_row_and_keep_counts() {
    let (_dir, mut s) = store();
    let before = s.actors(&ActorQuery::default()).unwrap();
    let taliban = before.iter().find(|a| a.id == "taliban").unwrap();
    assert_eq!((taliban.documents, taliban.events), (1, 2));
    let russia = before.iter().find(|a| a.id == "russia").unwrap();
    assert_eq!((russia.documents, russia.events), (2, 2));
    // Writing the same documents again with --update changes nothing.
    let stats = s
        .write_batch(
            &[prepared(&kabul()), prepared(&kharkiv())],
            Existing::Update,
        )
        .unwrap();
    assert_eq!(stats.updated, 2);
    assert_eq!(s.actors(&ActorQuery::default()).unwrap(), before);
    assert_eq!(s.events(&EventFilter::default()).unwrap().items.len(), 5);
    // A new version of kabul without events removes its events, claims and geo entries.
    let mut d = document("kabul", DocDate::from_ymd(2021, 8, 20).unwrap(), KABUL);
    d.insert_layer("test", Layer::Events(EventLayer::default()));
    s.write_batch(&[prepared(&d)], Existing::Update).unwrap();
    assert_eq!(ids(&s, &EventFilter::default()), ["kharkiv#0", "kharkiv#1"]);
    let near = EventFilter {
        near: Some(Near::parse("35.3,69.6,50km").unwrap()),
        ..EventFilter::default()
    };
    assert!(ids(&s, &near).is_empty());
    assert!(
        s.control(&ControlQuery {
            region: Some("AF-KAB".into()),
            ..ControlQuery::default()
        })
        .unwrap()
        .is_empty()
    );
    let after = s.actors(&ActorQuery::default()).unwrap();
    assert!(after.iter().all(|a| a.id != "taliban"));
    let russia = after.iter().find(|a| a.id == "russia").unwrap();
    assert_eq!((russia.documents, russia.events), (1, 1));
}

#[test]
fn control_at_a_date_latest_claim_per_region() {
    let (_dir, s) = store();
    let q = |region: &str, at: Option<&str>| {
        s.control(&ControlQuery {
            region: Some(region.into()),
            at: at.map(Into::into),
            ..ControlQuery::default()
        })
        .unwrap()
    };
    let af = q("AF", Some("2021-08-20"));
    let regions: Vec<&str> = af.iter().map(|c| c.region.as_str()).collect();
    assert_eq!(regions, ["AF", "AF-KAB", "AF-PAN"]);
    let pan = &af[2];
    assert_eq!(pan.actor.as_deref(), Some("northern-alliance"));
    assert_eq!(pan.actor_name.as_deref(), Some("Noordelijk Verbond"));
    assert_eq!(pan.status, "held");
    assert_eq!(pan.from.as_deref(), Some("2021-08"));
    assert_eq!(
        pan.evidence.as_deref(),
        Some("Het Noordelijk Verbond van Massoud verdedigt de Panjshirvallei.")
    );
    assert_eq!(af[0].exceptions, ["AF-PAN"]);
    // Before the fall of Kabul only Panjshir's month-long claim may hold (it starts 08-01).
    let early = q("AF", Some("2021-08-10"));
    assert_eq!(
        early.iter().map(|c| c.region.as_str()).collect::<Vec<_>>(),
        ["AF-PAN"]
    );
    // In 1999 the historical claim holds; in 2005 it has ended.
    assert_eq!(
        q("AF-PAN", Some("1999-06-01"))[0].from.as_deref(),
        Some("1996")
    );
    assert!(q("AF-PAN", Some("2005-01-01")).is_empty());
    // Without a date: the latest claim per region.
    assert_eq!(q("AF-PAN", None)[0].from.as_deref(), Some("2021-08"));
    // Prefix does not leak into other countries; "all" lists every claim.
    assert!(q("A", None).is_empty());
    assert_eq!(q("UA", None)[0].actor.as_deref(), Some("ukraine"));
    let all = s
        .control(&ControlQuery {
            region: Some("AF-PAN".into()),
            all: true,
            ..ControlQuery::default()
        })
        .unwrap();
    assert_eq!(all.len(), 2);
    assert!(
        s.control(&ControlQuery {
            at: Some("2021".into()),
            ..ControlQuery::default()
        })
        .is_err()
    );
}

#[test]
fn actors_are_listed_and_filtered() {
    let (_dir, s) = store();
    let all = s.actors(&ActorQuery::default()).unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[0].id, "russia");
    let afg = s
        .actors(&ActorQuery {
            country: Some("afg".into()),
            ..ActorQuery::default()
        })
        .unwrap();
    let mut names: Vec<&str> = afg.iter().map(|a| a.id.as_str()).collect();
    names.sort_unstable();
    assert_eq!(names, ["northern-alliance", "taliban"]);
    let oek = s
        .actors(&ActorQuery {
            name: Some("oekra".into()),
            ..ActorQuery::default()
        })
        .unwrap();
    assert_eq!(oek[0].kind.as_deref(), Some("state"));
    assert!(
        s.actors(&ActorQuery {
            name: Some("zzz".into()),
            ..ActorQuery::default()
        })
        .unwrap()
        .is_empty()
    );
}

#[test]
fn places_and_attributes_round_trip() {
    let (dir, s) = store();
    drop(s);
    let conn = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
    let (name, value, place): (String, f64, String) = conn
        .query_row(
            "SELECT name, value, subject_place FROM attributes WHERE doc_id = 'kabul'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!(
        (name.as_str(), value, place.as_str()),
        ("population", 150_000.0, "AF-PAN")
    );
    let places: Vec<(String, String, f64)> = conn
        .prepare("SELECT name, iso3166_2, lat FROM places WHERE doc_id = 'kabul' ORDER BY idx")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        places,
        [
            ("Kabul".into(), "AF-KAB".into(), 34.5553),
            ("Panjshir".into(), "AF-PAN".into(), 35.3)
        ]
    );
    let parts: i64 = conn
        .query_row(
            "SELECT count(*) FROM event_actors WHERE role = 'source'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(parts, 6);
}

fn export(s: &Store, what: &str, format: ExportFormat) -> (Vec<u8>, kroniek_store::ExportSummary) {
    let mut out = Vec::new();
    let summary = match what {
        "events" => s.export_events(&EventFilter::default(), format, &mut out),
        "control" => s.export_control(
            &ControlQuery {
                all: true,
                ..ControlQuery::default()
            },
            format,
            &mut out,
        ),
        _ => s.export_documents(&DocumentFilter::default(), format, &mut out),
    }
    .unwrap();
    (out, summary)
}

#[test]
fn exports_in_every_format_read_back() {
    let (_dir, s) = store();
    // JSON Lines.
    let (out, sum) = export(&s, "events", ExportFormat::Jsonl);
    let rows: Vec<serde_json::Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!((rows.len(), sum.rows), (5, 5));
    assert_eq!(rows[0]["event_id"], "kharkiv#0");
    // CSV with the flat columns.
    let (out, _) = export(&s, "events", ExportFormat::Csv);
    let mut r = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, kroniek_store::EVENT_COLUMNS);
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(recs.len(), 5);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let kabul0 = recs
        .iter()
        .find(|r| &r[col("event_id")] == "kabul#0")
        .unwrap();
    assert_eq!(&kabul0[col("latitude")], "34.5553");
    assert_eq!(&kabul0[col("negated")], "false");
    assert_eq!(&kabul0[col("trigger")], "veroverden");
    let support = recs
        .iter()
        .find(|r| &r[col("event_id")] == "kabul#2")
        .unwrap();
    assert_eq!(&support[col("latitude")], "");
    // GeoJSON: one point per event with coordinates; the unplaced one is counted.
    let (out, sum) = export(&s, "events", ExportFormat::GeoJson);
    let g: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(g["type"], "FeatureCollection");
    let features = g["features"].as_array().unwrap();
    assert_eq!(
        (features.len(), sum.rows, sum.without_coordinates),
        (4, 4, 1)
    );
    let k = features
        .iter()
        .find(|f| f["properties"]["event_id"] == "kabul#0")
        .unwrap();
    assert_eq!(
        k["geometry"]["coordinates"],
        serde_json::json!([69.2075, 34.5553])
    );
    // Control as GeoJSON: points at the stored places of the region; UA-63 has none.
    let (out, sum) = export(&s, "control", ExportFormat::GeoJson);
    let g: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let regions: Vec<&str> = g["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["properties"]["region"].as_str().unwrap())
        .collect();
    assert_eq!(regions, ["AF", "AF-KAB", "AF-PAN", "AF-PAN"]);
    assert_eq!(sum.without_coordinates, 1);
    let (out, _) = export(&s, "control", ExportFormat::Csv);
    assert_eq!(
        csv::Reader::from_reader(out.as_slice()).records().count(),
        5
    );
    // Documents: records, rows, places.
    let (out, sum) = export(&s, "documents", ExportFormat::Jsonl);
    assert_eq!(sum.rows, 3);
    let rec: serde_json::Value = serde_json::from_str(
        String::from_utf8(out)
            .unwrap()
            .lines()
            .find(|l| l.contains("\"kabul\""))
            .unwrap(),
    )
    .unwrap();
    assert_eq!(rec["events"][0]["trigger"]["text"], "veroverden");
    let (out, _) = export(&s, "documents", ExportFormat::Csv);
    let mut r = csv::Reader::from_reader(out.as_slice());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        kroniek_store::DOCUMENT_COLUMNS
    );
    let events: Vec<String> = r.records().map(|r| r.unwrap()[9].to_string()).collect();
    assert_eq!(events, ["3", "0", "2"]);
    let (out, sum) = export(&s, "documents", ExportFormat::GeoJson);
    let g: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!((g["features"].as_array().unwrap().len(), sum.rows), (2, 2));
}

fn file(bytes: &[u8]) -> std::fs::File {
    use std::io::{Seek, Write};
    let mut f = tempfile::tempfile().unwrap();
    f.write_all(bytes).unwrap();
    f.rewind().unwrap();
    f
}

#[test]
fn parquet_exports_are_typed_and_read_back() {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::Field;
    let (_dir, s) = store();
    let (out, sum) = export(&s, "events", ExportFormat::Parquet);
    assert_eq!(sum.rows, 5);
    let reader = SerializedFileReader::new(file(&out)).unwrap();
    let meta = reader.metadata().file_metadata();
    assert_eq!(meta.num_rows(), 5);
    let names: Vec<&str> = meta
        .schema_descr()
        .columns()
        .iter()
        .map(|c| c.name())
        .collect();
    assert_eq!(names, kroniek_store::EVENT_COLUMNS);
    let rows: Vec<parquet::record::Row> = reader
        .get_row_iter(None)
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let get = |row: &parquet::record::Row, name: &str| {
        row.get_column_iter()
            .find(|(n, _)| n.as_str() == name)
            .map(|(_, f)| f.clone())
            .unwrap()
    };
    let kabul0 = rows
        .iter()
        .find(|r| get(r, "event_id") == Field::Str("kabul#0".into()))
        .unwrap();
    assert_eq!(get(kabul0, "latitude"), Field::Double(34.5553));
    assert_eq!(get(kabul0, "negated"), Field::Bool(false));
    assert_eq!(get(kabul0, "year"), Field::Int(2021));
    assert_eq!(
        get(kabul0, "date_earliest"),
        Field::Date(kroniek_store::epoch_days("2021-08-15").unwrap())
    );
    assert_eq!(
        get(kabul0, "evidence"),
        Field::Str("De Taliban veroverden Kaboel op 15 augustus.".into())
    );
    let unplaced = rows
        .iter()
        .find(|r| get(r, "event_id") == Field::Str("kabul#2".into()))
        .unwrap();
    assert_eq!(get(unplaced, "latitude"), Field::Null);
    for what in ["control", "documents"] {
        let (out, sum) = export(&s, what, ExportFormat::Parquet);
        let reader = SerializedFileReader::new(file(&out)).unwrap();
        assert_eq!(
            reader.metadata().file_metadata().num_rows() as usize,
            sum.rows
        );
        assert!(sum.rows >= 3, "{what}");
    }
}
