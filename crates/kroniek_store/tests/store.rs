//! The store: migrations, idempotent batched writes, updates, search and filters.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use kroniek_core::{DocDate, Document, Metadata, NormalizedText, OffsetMap};
use kroniek_store::{DocumentFilter, Existing, PreparedDocument, Store, schema};

fn doc(id: &str, date: DocDate, text: &str) -> PreparedDocument {
    let meta = Metadata {
        id: Some(id.to_string()),
        source: format!("test:{id}"),
        title: Some(format!("Titel {id}")),
        date,
        ..Metadata::default()
    };
    let d = Document::new(
        meta,
        NormalizedText {
            text: text.to_string(),
            offsets: OffsetMap::identity(0, text.len()),
        },
    );
    PreparedDocument::new(&d, text.len()).unwrap()
}

#[test]
fn migrations_are_applied_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::current_version());
    drop(s);
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), schema::current_version());
    assert_eq!(s.document_count().unwrap(), 0);
}

#[test]
fn writes_are_idempotent_and_updates_replace() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("k.db")).unwrap();
    let a = doc(
        "a",
        DocDate::from_ymd(2021, 8, 20).unwrap(),
        "De vallei telt 150.000 inwoners.",
    );
    let b = doc(
        "b",
        DocDate::from_year_month(2021, 8).unwrap(),
        "Kaboel viel op 15 augustus.",
    );
    let stats = s
        .write_batch(&[a.clone(), b.clone()], Existing::Skip)
        .unwrap();
    assert_eq!((stats.inserted, stats.skipped), (2, 0));
    let stats = s.write_batch(&[a.clone(), b], Existing::Skip).unwrap();
    assert_eq!((stats.inserted, stats.skipped), (0, 2));
    assert_eq!(s.document_count().unwrap(), 2);

    let a2 = doc(
        "a",
        DocDate::from_ymd(2021, 8, 21).unwrap(),
        "De vallei telt amper 150.000 inwoners.",
    );
    let stats = s.write_batch(&[a2], Existing::Update).unwrap();
    assert_eq!(stats.updated, 1);
    assert_eq!(s.document_count().unwrap(), 2);
    let hits = s.search("amper", 10).unwrap();
    assert_eq!(hits.len(), 1, "the search index follows updates");
    assert_eq!(hits[0].date.as_deref(), Some("2021-08-21"));
    assert!(s.search("telt", 10).unwrap().iter().all(|h| h.id == "a"));
}

#[test]
fn search_and_date_filters() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Store::open(&dir.path().join("k.db")).unwrap();
    s.write_batch(
        &[
            doc(
                "x",
                DocDate::from_ymd(2021, 8, 20).unwrap(),
                "Verzet in de Panjshir-vallei tegen de taliban.",
            ),
            doc(
                "y",
                DocDate::from_year_month(2021, 9).unwrap(),
                "De taliban veroveren de vallei.",
            ),
            doc("z", DocDate::unknown(), "Élan vital in Zürich."),
        ],
        Existing::Skip,
    )
    .unwrap();
    let ids = |f: &DocumentFilter| {
        s.documents(f)
            .unwrap()
            .into_iter()
            .map(|r| r.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        ids(&DocumentFilter {
            from: Some("2021-09-15".into()),
            ..Default::default()
        }),
        ["y"],
        "a month-precision date overlaps a day inside it"
    );
    assert_eq!(
        ids(&DocumentFilter {
            to: Some("2021-08-31".into()),
            ..Default::default()
        }),
        ["x"]
    );
    assert_eq!(
        ids(&DocumentFilter {
            limit: 1,
            offset: 1,
            ..Default::default()
        })
        .len(),
        1
    );
    let hits = s.search("Panjshir taliban", 10).unwrap();
    assert_eq!(hits.len(), 1);
    assert!(hits[0].snippet.contains("[taliban]"), "{}", hits[0].snippet);
    assert_eq!(
        s.search("zurich", 10).unwrap().len(),
        1,
        "diacritics folded"
    );
    assert!(s.search("\"unbalanced", 10).is_err());
    let mut records = Vec::new();
    s.for_each_record(&DocumentFilter::default(), |r| {
        records.push(serde_json::from_str::<serde_json::Value>(r).unwrap());
        Ok(())
    })
    .unwrap();
    assert_eq!(records.len(), 3);
    assert!(
        records
            .iter()
            .any(|r| r["id"] == "x" && r["date"]["precision"] == "day")
    );
}

#[test]
fn read_only_store_refuses_writes_and_missing_files() {
    let dir = tempfile::tempdir().unwrap();
    assert!(Store::open_read_only(&dir.path().join("absent.db")).is_err());
}
