//! `kroniek ingest` into the store: idempotent, resumable after SIGKILL, and queryable.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::process::{Command, Output, Stdio};
use std::time::Duration;

fn kroniek(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn count(db: &str) -> usize {
    let out = kroniek(&["query", "documents", "--db", db, "--format", "json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).lines().count()
}

#[test]
fn ingest_is_idempotent_and_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("feed.jsonl");
    let mut lines = String::new();
    for i in 0..3000 {
        lines.push_str(&format!(
            "{{\"id\": \"n{i}\", \"date\": \"2021-08-{:02}\", \"text\": \"Bericht {i}: de taliban rukten op naar de vallei van Panjshir, meldden bronnen ter plaatse.\"}}\n",
            i % 28 + 1
        ));
    }
    std::fs::write(&input, lines).unwrap();
    let db = dir.path().join("k.db");
    let (input, db) = (input.to_str().unwrap(), db.to_str().unwrap());

    // Kill a first run part-way; whatever it committed stays, and a rerun completes the rest.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(["ingest", "--lang", "nl", "--db", db, input])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let partial = if std::path::Path::new(db).exists() {
        count(db)
    } else {
        0
    };
    assert!(partial <= 3000);

    let out = kroniek(&["ingest", "--lang", "nl", "--db", db, input]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(count(db), 3000);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(err.contains(&format!("{} new", 3000 - partial)), "{err}");

    let out = kroniek(&["ingest", "--lang", "nl", "--db", db, input]);
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        err.contains("0 new, 0 updated, 3000 already stored"),
        "{err}"
    );
    assert_eq!(count(db), 3000);

    let out = kroniek(&[
        "search", "--db", db, "--format", "json", "--limit", "5", "Panjshir",
    ]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 5);
    let out = kroniek(&[
        "query",
        "documents",
        "--db",
        db,
        "--from",
        "2021-08-28",
        "--format",
        "csv",
    ]);
    // header + the documents dated the 28th
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        1 + 3000 / 28
    );
}

#[test]
fn bad_records_do_not_stop_or_corrupt_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("mixed.jsonl");
    std::fs::write(
        &input,
        "{\"id\": \"ok1\", \"text\": \"Eerste bericht.\"}\n{broken\n\u{0}\u{1}\n{\"id\": \"ok2\", \"text\": \"Tweede bericht.\"}\n",
    )
    .unwrap();
    let db = dir.path().join("k.db");
    let out = kroniek(&[
        "ingest",
        "--db",
        db.to_str().unwrap(),
        input.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(count(db.to_str().unwrap()), 2);
}
