//! Opening the store and writing batches.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::prepared::PreparedDocument;
use crate::schema;

/// What to do with a document whose id is already stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Existing {
    /// Keep the stored one (ingestion is idempotent).
    #[default]
    Skip,
    /// Replace it and its annotations.
    Update,
}

/// Counts of one batch or a whole run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WriteStats {
    /// New documents.
    pub inserted: usize,
    /// Replaced documents.
    pub updated: usize,
    /// Documents already stored and left alone.
    pub skipped: usize,
}

impl std::ops::AddAssign for WriteStats {
    fn add_assign(&mut self, o: WriteStats) {
        self.inserted += o.inserted;
        self.updated += o.updated;
        self.skipped += o.skipped;
    }
}

/// The embedded store: one SQLite file in WAL mode, so readers see consistent data while an
/// ingest writes.
pub struct Store {
    pub(crate) conn: Connection,
}

impl Store {
    /// Open (creating and migrating as needed) the store at `path`.
    pub fn open(path: &Path) -> Result<Store> {
        let mut conn = Connection::open(path).map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(Duration::from_secs(30))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // 64 MB of page cache (the default is 2 MB): event indexes are written in date order,
        // not insertion order, and a small cache turns every insert into page reads.
        conn.pragma_update(None, "cache_size", -65_536)?;
        schema::migrate(&mut conn)?;
        crate::geo::register(&conn)?;
        Ok(Store { conn })
    }

    /// Open an existing store for reading only. A store written by an older kroniek is
    /// upgraded first (briefly opened for writing), so queries see the current schema.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let store = Store::open_read_only_as_is(path)?;
        if store.schema_version()? < schema::current_version() {
            drop(store);
            drop(Store::open(path)?);
            return Store::open_read_only_as_is(path);
        }
        Ok(store)
    }

    fn open_read_only_as_is(path: &Path) -> Result<Store> {
        if !path.exists() {
            return Err(Error::Missing(path.to_path_buf()));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| Error::Open {
            path: path.to_path_buf(),
            source,
        })?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.pragma_update(None, "cache_size", -16_384)?;
        crate::geo::register(&conn)?;
        let found = schema::version(&conn)?;
        if found > schema::current_version() {
            return Err(Error::TooNew {
                found,
                supported: schema::current_version(),
            });
        }
        Ok(Store { conn })
    }

    /// Run `f` with a time limit: SQLite stops any statement that runs past it, and the result
    /// is [`Error::Timeout`].
    pub fn with_time_limit<T>(
        &mut self,
        limit: Duration,
        f: impl FnOnce(&Store) -> Result<T>,
    ) -> Result<T> {
        let started = std::time::Instant::now();
        self.conn
            .progress_handler(1000, Some(move || started.elapsed() > limit))?;
        let out = f(self);
        self.conn.progress_handler(1000, None::<fn() -> bool>)?;
        match out {
            Err(Error::Sqlite(rusqlite::Error::SqliteFailure(e, _)))
                if e.code == rusqlite::ErrorCode::OperationInterrupted =>
            {
                Err(Error::Timeout(limit.as_millis() as u64))
            }
            Err(Error::Query(m)) if started.elapsed() > limit && m.contains("interrupt") => {
                Err(Error::Timeout(limit.as_millis() as u64))
            }
            other => other,
        }
    }

    /// Refresh SQLite's statistics (sampled, so it takes seconds on millions of rows) so the
    /// query planner picks the right index; worth running after a large ingest.
    pub fn optimize(&self) -> Result<()> {
        self.conn
            .execute_batch("PRAGMA analysis_limit = 2000; ANALYZE; PRAGMA optimize;")?;
        Ok(())
    }

    /// The schema version of this store.
    pub fn schema_version(&self) -> Result<u32> {
        schema::version(&self.conn)
    }

    /// Number of stored documents.
    pub fn document_count(&self) -> Result<u64> {
        let n: i64 = self
            .conn
            .query_row("SELECT count(*) FROM documents", [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// True when a document with this id is stored.
    pub fn contains(&self, id: &str) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT 1 FROM documents WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// All stored ids (to skip stored documents before analysing them again).
    pub fn ids(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare("SELECT id FROM documents")?;
        let ids = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<Result<HashSet<_>, _>>()?;
        Ok(ids)
    }

    /// Write a batch in one transaction: all of it is stored, or (on error) none of it.
    pub fn write_batch(
        &mut self,
        docs: &[PreparedDocument],
        existing: Existing,
    ) -> Result<WriteStats> {
        let tx = self.conn.transaction()?;
        let mut stats = WriteStats::default();
        {
            let mut exists = tx.prepare_cached("SELECT 1 FROM documents WHERE id = ?1")?;
            let mut delete = tx.prepare_cached("DELETE FROM documents WHERE id = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO documents (id, source, url, title, date_value, date_precision,
                    date_earliest, date_latest, timestamp, lang, text, record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?;
            let mut entity = tx.prepare_cached(
                "INSERT INTO entities (doc_id, idx, start, end, text, type, chain, chain_name)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            let mut timex = tx.prepare_cached(
                "INSERT INTO timexes (doc_id, idx, start, end, text, type, value, mod, earliest, latest)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for d in docs {
                let present = exists.query_row([&d.id], |_| Ok(())).optional()?.is_some();
                match (present, existing) {
                    (true, Existing::Skip) => {
                        stats.skipped += 1;
                        continue;
                    }
                    (true, Existing::Update) => {
                        delete.execute([&d.id])?;
                        stats.updated += 1;
                    }
                    (false, _) => stats.inserted += 1,
                }
                insert.execute(params![
                    d.id,
                    d.source,
                    d.url,
                    d.title,
                    d.date_value,
                    d.date_precision,
                    d.date_earliest,
                    d.date_latest,
                    d.timestamp,
                    d.lang,
                    d.text,
                    d.record
                ])?;
                for (i, e) in d.entities.iter().enumerate() {
                    entity.execute(params![
                        d.id,
                        i as i64,
                        e.start as i64,
                        e.end as i64,
                        e.text,
                        e.kind,
                        e.chain,
                        e.chain_name
                    ])?;
                }
                for (i, t) in d.timexes.iter().enumerate() {
                    timex.execute(params![
                        d.id,
                        i as i64,
                        t.start as i64,
                        t.end as i64,
                        t.text,
                        t.kind,
                        t.value,
                        t.modifier,
                        t.earliest,
                        t.latest
                    ])?;
                }
                crate::write::insert_layers(&tx, d)?;
            }
        }
        tx.commit()?;
        Ok(stats)
    }
}
