//! The schema, as an ordered list of migrations.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Opening a store applies the
//! missing ones in one transaction each, so an older store is upgraded in place and a crash
//! during an upgrade leaves the previous version intact. Never edit a released migration: add a
//! new one.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// The migrations, in order; index + 1 is the schema version they produce.
pub const MIGRATIONS: &[&str] = &[
    // 1: documents with full-text search, entities and time expressions.
    r#"
    CREATE TABLE documents (
        id             TEXT PRIMARY KEY,
        source         TEXT NOT NULL,
        url            TEXT,
        title          TEXT,
        date_value     TEXT,
        date_precision TEXT NOT NULL,
        date_earliest  TEXT,
        date_latest    TEXT,
        timestamp      TEXT,
        lang           TEXT,
        text           TEXT NOT NULL,
        record         TEXT NOT NULL,
        ingested_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_by_date ON documents (date_earliest, date_latest);
    CREATE INDEX documents_by_lang ON documents (lang);

    CREATE VIRTUAL TABLE documents_fts USING fts5 (
        title, text,
        content = 'documents', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts (documents_fts, rowid, title, text)
        VALUES ('delete', old.rowid, old.title, old.text);
    END;

    CREATE TABLE entities (
        doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        type       TEXT NOT NULL,
        chain      INTEGER NOT NULL,
        chain_name TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX entities_by_name ON entities (chain_name COLLATE NOCASE, type);

    CREATE TABLE timexes (
        doc_id   TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        start    INTEGER NOT NULL,
        end      INTEGER NOT NULL,
        text     TEXT NOT NULL,
        type     TEXT NOT NULL,
        value    TEXT NOT NULL,
        mod      TEXT,
        earliest TEXT,
        latest   TEXT,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX timexes_by_interval ON timexes (earliest, latest);
    "#,
];

/// The schema version this build writes.
pub fn current_version() -> u32 {
    MIGRATIONS.len() as u32
}

/// The schema version of an open store.
pub fn version(conn: &Connection) -> Result<u32> {
    Ok(conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))?)
}

/// Apply the migrations the store lacks.
pub fn migrate(conn: &mut Connection) -> Result<u32> {
    let found = version(conn)?;
    let supported = current_version();
    if found > supported {
        return Err(Error::TooNew { found, supported });
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as u32 + 1)?;
        tx.commit()?;
    }
    Ok(supported)
}
