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
    // 2: actors, events (flat, with their participants and an R*Tree over coordinates), places,
    // control claims and attributes. Places of documents stored at version 1 are filled in from
    // their records; v1 records have no actors, events or control.
    r#"
    CREATE TABLE actors (
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx         INTEGER NOT NULL,
        actor       TEXT NOT NULL,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        country     TEXT,
        sector      TEXT,
        affiliation TEXT,
        role        TEXT,
        former      INTEGER NOT NULL,
        mentions    INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX actors_by_actor ON actors (actor);

    -- One row per actor id across the store, kept by triggers: listings and the name lookup
    -- of event queries read this small table instead of grouping the big ones.
    CREATE TABLE actor_stats (
        actor     TEXT PRIMARY KEY,
        name      TEXT NOT NULL,
        kind      TEXT,
        country   TEXT,
        sector    TEXT,
        documents INTEGER NOT NULL DEFAULT 0,
        events    INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    CREATE TRIGGER actors_stats_insert AFTER INSERT ON actors BEGIN
        INSERT OR IGNORE INTO actor_stats (actor, name, kind, country, sector)
        VALUES (new.actor, new.name, new.kind, new.country, new.sector);
        UPDATE actor_stats SET documents = documents + 1, name = new.name, kind = new.kind,
            country = coalesce(new.country, country), sector = coalesce(new.sector, sector)
        WHERE actor = new.actor;
    END;
    CREATE TRIGGER actors_stats_delete AFTER DELETE ON actors BEGIN
        UPDATE actor_stats SET documents = documents - 1 WHERE actor = old.actor;
    END;

    CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx            INTEGER NOT NULL,
        type           TEXT NOT NULL,
        mode           TEXT,
        context        TEXT,
        cameo          TEXT NOT NULL,
        quad           TEXT NOT NULL,
        source_actor   TEXT,
        source_text    TEXT,
        source_country TEXT,
        source_sector  TEXT,
        target_actor   TEXT,
        target_text    TEXT,
        target_country TEXT,
        target_sector  TEXT,
        date_value     TEXT,
        earliest       TEXT NOT NULL, -- '' when unknown, so that keyset pages compare plainly
        latest         TEXT NOT NULL,
        place_name     TEXT,
        country        TEXT,
        admin1         TEXT,
        iso3166_2      TEXT,
        lat            REAL,
        lon            REAL,
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        trigger_start  INTEGER NOT NULL,
        trigger_end    INTEGER NOT NULL,
        negated        INTEGER NOT NULL,
        historical     INTEGER NOT NULL,
        modality       TEXT NOT NULL,
        control        TEXT,
        confidence     REAL NOT NULL,
        pattern        TEXT NOT NULL,
        UNIQUE (doc_id, idx)
    );
    -- (x, earliest, latest): queries walk dates newest first and test `latest` in the index.
    CREATE INDEX events_by_date ON events (earliest, latest);
    CREATE INDEX events_by_type ON events (type, earliest, latest);
    CREATE INDEX events_by_country ON events (country, earliest, latest);

    -- The longest [earliest, latest] interval of any event, in days (never lowered): a period
    -- query can then bound `earliest` from below too (earliest >= from - days).
    CREATE TABLE event_span (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        days INTEGER NOT NULL
    );
    INSERT INTO event_span (id, days) VALUES (1, 0);
    CREATE TRIGGER event_span_insert AFTER INSERT ON events
    WHEN new.earliest <> '' AND new.latest <> '' BEGIN
        UPDATE event_span
        SET days = max(days, CAST(julianday(new.latest) - julianday(new.earliest) AS INTEGER) + 1)
        WHERE id = 1;
    END;

    CREATE VIRTUAL TABLE events_geo USING rtree (id, min_lat, max_lat, min_lon, max_lon);
    CREATE TRIGGER events_geo_insert AFTER INSERT ON events
    WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
        INSERT INTO events_geo (id, min_lat, max_lat, min_lon, max_lon)
        VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
    END;
    CREATE TRIGGER events_geo_delete AFTER DELETE ON events BEGIN
        DELETE FROM events_geo WHERE id = old.id;
    END;

    -- Every participant of an event (compound actors have several per side).
    CREATE TABLE event_actors (
        event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
        pos      INTEGER NOT NULL,
        actor    TEXT,
        text     TEXT NOT NULL,
        country  TEXT,
        sector   TEXT,
        earliest TEXT NOT NULL, -- the event's dates, so that an actor's events in a period
        latest   TEXT NOT NULL, -- are found in this table's indexes alone
        PRIMARY KEY (event_id, role, pos)
    ) WITHOUT ROWID;
    CREATE INDEX event_actors_by_actor ON event_actors (actor, earliest, latest)
        WHERE actor IS NOT NULL;
    CREATE INDEX event_actors_by_country ON event_actors (country, earliest, latest)
        WHERE country IS NOT NULL;
    CREATE TRIGGER event_actors_stats_insert AFTER INSERT ON event_actors
    WHEN new.actor IS NOT NULL BEGIN
        INSERT OR IGNORE INTO actor_stats (actor, name, country, sector)
        VALUES (new.actor, new.text, new.country, new.sector);
        UPDATE actor_stats SET events = events + 1 WHERE actor = new.actor;
    END;
    CREATE TRIGGER event_actors_stats_delete AFTER DELETE ON event_actors
    WHEN old.actor IS NOT NULL BEGIN
        UPDATE actor_stats SET events = events - 1 WHERE actor = old.actor;
    END;

    CREATE TABLE places (
        doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL,
        country    TEXT NOT NULL,
        admin1     TEXT,
        iso3166_2  TEXT,
        lat        REAL NOT NULL,
        lon        REAL NOT NULL,
        geonameid  INTEGER,
        adjectival INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX places_by_region ON places (iso3166_2, kind);

    CREATE TABLE control (
        id             INTEGER PRIMARY KEY,
        doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx            INTEGER NOT NULL,
        region         TEXT NOT NULL,
        region_name    TEXT NOT NULL,
        actor          TEXT,
        actor_name     TEXT,
        status         TEXT NOT NULL,
        from_value     TEXT,
        to_value       TEXT,
        earliest       TEXT,
        latest         TEXT,
        exceptions     TEXT NOT NULL,
        historical     INTEGER NOT NULL,
        evidence_start INTEGER,
        evidence_end   INTEGER,
        evidence_spans TEXT NOT NULL,
        events         TEXT NOT NULL,
        confidence     REAL NOT NULL,
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX control_by_region ON control (region, earliest);
    CREATE INDEX control_by_actor ON control (actor);

    CREATE TABLE attributes (
        doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        idx           INTEGER NOT NULL,
        name          TEXT NOT NULL,
        value         REAL NOT NULL,
        approximate   INTEGER NOT NULL,
        subject_text  TEXT NOT NULL,
        subject_start INTEGER NOT NULL,
        subject_end   INTEGER NOT NULL,
        subject_place TEXT,
        subject_actor TEXT,
        start         INTEGER NOT NULL,
        end           INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX attributes_by_name ON attributes (name, subject_place);

    INSERT INTO places (doc_id, idx, start, end, text, name, kind, country, admin1, iso3166_2,
                        lat, lon, geonameid, adjectival)
    SELECT d.id, p.key, json_extract(p.value, '$.start'), json_extract(p.value, '$.end'),
           json_extract(p.value, '$.text'), json_extract(p.value, '$.name'),
           json_extract(p.value, '$.kind'), json_extract(p.value, '$.country'),
           json_extract(p.value, '$.admin1'), json_extract(p.value, '$.iso3166_2'),
           json_extract(p.value, '$.lat'), json_extract(p.value, '$.lon'),
           json_extract(p.value, '$.geonameid'), coalesce(json_extract(p.value, '$.adjectival'), 0)
    FROM documents d, json_each(d.record, '$.places') p
    WHERE json_valid(d.record);
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
