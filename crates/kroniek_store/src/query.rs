//! Reading the store: full-text search, document listings, record streams.

use rusqlite::{OptionalExtension, ToSql, params_from_iter};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::Store;

/// A search hit.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SearchHit {
    /// Document id.
    pub id: String,
    /// Title.
    pub title: Option<String>,
    /// Date value.
    pub date: Option<String>,
    /// Source.
    pub source: String,
    /// Text around the matches, matches in `[…]`.
    pub snippet: String,
    /// BM25 rank (lower is better).
    pub rank: f64,
}

/// A stored document's metadata.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentRow {
    /// Id.
    pub id: String,
    /// Source.
    pub source: String,
    /// URL.
    pub url: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Date value.
    pub date: Option<String>,
    /// Date precision.
    pub date_precision: String,
    /// Language.
    pub lang: Option<String>,
    /// Text length in bytes.
    pub bytes: i64,
}

/// Which documents to list or export.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFilter {
    /// Dates that may fall on or after this day (ISO).
    pub from: Option<String>,
    /// Dates that may fall on or before this day (ISO).
    pub to: Option<String>,
    /// Language code.
    pub lang: Option<String>,
    /// At most this many (0: no limit).
    pub limit: usize,
    /// Skip this many.
    pub offset: usize,
}

/// Make a user's words a safe FTS5 query: plain words are quoted and ANDed; a query that
/// already uses FTS5 syntax (quotes, AND/OR/NOT, NEAR, a trailing *) is passed on as written.
pub fn fts_query(q: &str) -> String {
    let uses_syntax = q.contains('"')
        || q.split_whitespace().any(|w| {
            matches!(w, "AND" | "OR" | "NOT") || w.starts_with("NEAR") || w.ends_with('*')
        });
    if uses_syntax {
        return q.to_string();
    }
    q.split_whitespace()
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl DocumentFilter {
    pub(crate) fn where_clause(&self) -> (String, Vec<Box<dyn ToSql>>) {
        let mut parts = Vec::new();
        let mut args: Vec<Box<dyn ToSql>> = Vec::new();
        if let Some(from) = &self.from {
            parts.push("date_latest >= ?".to_string());
            args.push(Box::new(from.clone()));
        }
        if let Some(to) = &self.to {
            parts.push("date_earliest <= ?".to_string());
            args.push(Box::new(to.clone()));
        }
        if let Some(lang) = &self.lang {
            parts.push("lang = ?".to_string());
            args.push(Box::new(lang.clone()));
        }
        let clause = if parts.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", parts.join(" AND "))
        };
        (clause, args)
    }

    pub(crate) fn limit_clause(&self) -> String {
        match self.limit {
            0 if self.offset == 0 => String::new(),
            0 => format!("LIMIT -1 OFFSET {}", self.offset),
            n => format!("LIMIT {n} OFFSET {}", self.offset),
        }
    }
}

impl Store {
    /// Full-text search over titles and texts, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let q = fts_query(query);
        if q.trim().is_empty() {
            return Err(Error::Query("empty search".into()));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.id, d.title, d.date_value, d.source,
                    snippet(documents_fts, 1, '[', ']', '…', 16), bm25(documents_fts)
             FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY bm25(documents_fts) LIMIT ?2",
        )?;
        let rows = stmt.query_map(rusqlite::params![q, limit as i64], |r| {
            Ok(SearchHit {
                id: r.get(0)?,
                title: r.get(1)?,
                date: r.get(2)?,
                source: r.get(3)?,
                snippet: r.get(4)?,
                rank: r.get(5)?,
            })
        });
        match rows {
            Ok(rows) => rows
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| Error::Query(format!("`{query}`: {e}"))),
            Err(e) => Err(Error::Query(format!("`{query}`: {e}"))),
        }
    }

    /// Documents matching a filter, by date then id.
    pub fn documents(&self, filter: &DocumentFilter) -> Result<Vec<DocumentRow>> {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT id, source, url, title, date_value, date_precision, lang, length(CAST(text AS BLOB))
             FROM documents {clause} ORDER BY date_earliest, id {}",
            filter.limit_clause()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(DocumentRow {
                    id: r.get(0)?,
                    source: r.get(1)?,
                    url: r.get(2)?,
                    title: r.get(3)?,
                    date: r.get(4)?,
                    date_precision: r.get(5)?,
                    lang: r.get(6)?,
                    bytes: r.get(7)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// The stored JSON record of one document.
    pub fn record(&self, id: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT record FROM documents WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Stream the stored JSON records (SCHEMA.md) of matching documents.
    pub fn for_each_record<F>(&self, filter: &DocumentFilter, mut f: F) -> Result<usize>
    where
        F: FnMut(&str) -> Result<()>,
    {
        let (clause, args) = filter.where_clause();
        let sql = format!(
            "SELECT record FROM documents {clause} ORDER BY date_earliest, id {}",
            filter.limit_clause()
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            let record: String = row.get(0)?;
            f(&record)?;
            n += 1;
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_are_quoted() {
        assert_eq!(fts_query("Panjshir verzet"), "\"Panjshir\" \"verzet\"");
        assert_eq!(fts_query("taliban OR Panjshir"), "taliban OR Panjshir");
        assert_eq!(fts_query("verz*"), "verz*");
    }
}
