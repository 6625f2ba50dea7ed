//! Territorial control: who held which region at a date, and the actors of the store.
//!
//! `region` matches by prefix on ISO codes: `AF` is the country and every `AF-…` region in it.
//! A claim is in force at a day when `from ≤ day` and it has not ended before it (`to` is null
//! or `to ≥ day`), compared on the claim's `earliest`/`latest` days. For each region the claim
//! with the latest `earliest` wins (ties: higher confidence, then the later stored). Regions
//! are enumerated with a skip-scan of the `(region, earliest)` index and each answered with
//! one indexed lookup, so the cost grows with the number of regions, not of claims.

use rusqlite::types::Value;
use rusqlite::{Row, params_from_iter};
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::events::check_day;
use crate::store::Store;

/// Most regions or claims one control query returns.
pub const MAX_CONTROL_ROWS: usize = 5_000;

/// Which control claims to return.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ControlQuery {
    /// ISO 3166 code or prefix (`AF` includes `AF-PAN`); `None`: every region.
    pub region: Option<String>,
    /// Claims in force on this day (YYYY-MM-DD); `None`: any time.
    pub at: Option<String>,
    /// Every matching claim, not only the latest per region.
    pub all: bool,
    /// At most this many rows (0: [`MAX_CONTROL_ROWS`]).
    pub limit: usize,
}

/// One control claim as the API and exports give it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ControlRow {
    /// ISO 3166-2 (or alpha-2) code.
    pub region: String,
    /// Region name.
    pub region_name: String,
    /// Actor id.
    pub actor: Option<String>,
    /// Actor display name.
    pub actor_name: Option<String>,
    /// held, contested, captured, lost or claimed.
    pub status: String,
    /// Start (TIMEX3 value).
    pub from: Option<String>,
    /// End (TIMEX3 value), when the text says it ended.
    pub to: Option<String>,
    /// First possible day of `from`.
    pub earliest: Option<String>,
    /// Last possible day.
    pub latest: Option<String>,
    /// Regions inside `region` the claim does not cover.
    pub exceptions: Vec<String>,
    /// Historical background.
    pub historical: bool,
    /// Confidence.
    pub confidence: f64,
    /// Document it comes from.
    pub doc_id: String,
    /// Document URL.
    pub url: Option<String>,
    /// The first evidence sentence.
    pub evidence: Option<String>,
    /// Its first byte in the document text.
    pub evidence_start: Option<i64>,
    /// One past its last byte.
    pub evidence_end: Option<i64>,
}

/// The columns of [`ControlRow`] in export order.
pub const CONTROL_COLUMNS: &[&str] = &[
    "region",
    "region_name",
    "actor",
    "actor_name",
    "status",
    "from",
    "to",
    "earliest",
    "latest",
    "exceptions",
    "historical",
    "confidence",
    "doc_id",
    "url",
    "evidence",
    "evidence_start",
    "evidence_end",
];

const SELECT: &str = "SELECT c.region, c.region_name, c.actor, c.actor_name, c.status,
    c.from_value, c.to_value, c.earliest, c.latest, c.exceptions, c.historical, c.confidence,
    c.doc_id, d.url,
    CAST(substr(CAST(d.text AS BLOB), c.evidence_start + 1, c.evidence_end - c.evidence_start) AS TEXT),
    c.evidence_start, c.evidence_end
    FROM control c JOIN documents d ON d.id = c.doc_id";

fn control_row(r: &Row<'_>) -> rusqlite::Result<ControlRow> {
    let exceptions: String = r.get(9)?;
    Ok(ControlRow {
        region: r.get(0)?,
        region_name: r.get(1)?,
        actor: r.get(2)?,
        actor_name: r.get(3)?,
        status: r.get(4)?,
        from: r.get(5)?,
        to: r.get(6)?,
        earliest: r.get(7)?,
        latest: r.get(8)?,
        exceptions: serde_json::from_str(&exceptions).unwrap_or_default(),
        historical: r.get(10)?,
        confidence: r.get(11)?,
        doc_id: r.get(12)?,
        url: r.get(13)?,
        evidence: r.get(14)?,
        evidence_start: r.get(15)?,
        evidence_end: r.get(16)?,
    })
}

/// `(lower, upper)` bounds of the regions under a prefix: `AF` → `AF` itself and `AF-…`.
fn region_range(prefix: &str) -> (String, String) {
    let p = prefix.trim().to_ascii_uppercase();
    (format!("{p}-"), format!("{p}."))
}

/// An actor of the store with how often it occurs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRow {
    /// Actor id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// state, agency, igo, group, person or collective (null for actors only seen in events).
    pub kind: Option<String>,
    /// CAMEO-style country code.
    pub country: Option<String>,
    /// CAMEO sector code.
    pub sector: Option<String>,
    /// Documents that mention it.
    pub documents: i64,
    /// Event participations (as source or target).
    pub events: i64,
}

/// Which actors to list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActorQuery {
    /// Id, or a substring of the name.
    pub name: Option<String>,
    /// CAMEO country code.
    pub country: Option<String>,
    /// At most this many (0: [`MAX_CONTROL_ROWS`]).
    pub limit: usize,
}

impl Store {
    /// Control claims: by default the latest claim per region in force at `at`; at most
    /// [`MAX_CONTROL_ROWS`].
    pub fn control(&self, q: &ControlQuery) -> Result<Vec<ControlRow>> {
        self.control_capped(q, MAX_CONTROL_ROWS)
    }

    /// Control claims with a cap of `max` rows (exports lift it).
    pub(crate) fn control_capped(&self, q: &ControlQuery, max: usize) -> Result<Vec<ControlRow>> {
        if let Some(at) = &q.at {
            check_day("at", at)?;
        }
        let limit = match q.limit {
            0 => max,
            n => n.min(max),
        };
        let limit = limit.min(i64::MAX as usize);
        let mut time = String::new();
        let mut time_args = Vec::new();
        if let Some(at) = &q.at {
            time.push_str(" AND c.earliest <= ? AND (c.to_value IS NULL OR c.latest >= ?)");
            time_args = vec![Value::Text(at.clone()), Value::Text(at.clone())];
        }
        if q.all {
            let (mut where_, mut args) = (String::from("WHERE 1"), Vec::new());
            if let Some(p) = &q.region {
                let (lo, hi) = region_range(p);
                where_.push_str(" AND (c.region = ? OR (c.region >= ? AND c.region < ?))");
                args.extend([
                    Value::Text(p.trim().to_ascii_uppercase()),
                    Value::Text(lo),
                    Value::Text(hi),
                ]);
            }
            args.extend(time_args);
            args.push(Value::Integer(limit as i64));
            let sql = format!(
                "{SELECT} {where_}{time} ORDER BY c.region, c.earliest DESC, c.confidence DESC, c.id DESC LIMIT ?"
            );
            let mut stmt = self.conn.prepare_cached(&sql)?;
            let rows = stmt
                .query_map(params_from_iter(args.iter()), control_row)?
                .collect::<Result<Vec<_>, _>>()?;
            return Ok(rows);
        }
        let regions = self.control_regions(q.region.as_deref(), limit)?;
        let sql = format!(
            "{SELECT} WHERE c.region = ?{time}
             ORDER BY c.earliest DESC, c.confidence DESC, c.id DESC LIMIT 1"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut out = Vec::new();
        for region in regions {
            let mut args = vec![Value::Text(region)];
            args.extend(time_args.iter().cloned());
            let mut rows = stmt.query(params_from_iter(args.iter()))?;
            if let Some(row) = rows.next()? {
                out.push(control_row(row)?);
            }
        }
        Ok(out)
    }

    /// The distinct regions with claims under a prefix, by skip-scan of the region index.
    fn control_regions(&self, prefix: Option<&str>, limit: usize) -> Result<Vec<String>> {
        let (exact, lo, hi) = match prefix {
            Some(p) => {
                let (lo, hi) = region_range(p);
                (p.trim().to_ascii_uppercase(), lo, hi)
            }
            None => (String::new(), String::new(), "\u{10FFFF}".to_string()),
        };
        let mut out = Vec::new();
        if !exact.is_empty() {
            let found: Option<String> = self
                .conn
                .prepare_cached("SELECT region FROM control WHERE region = ?1 LIMIT 1")?
                .query_row([&exact], |r| r.get(0))
                .ok();
            out.extend(found);
        }
        let mut next = self
            .conn
            .prepare_cached("SELECT min(region) FROM control WHERE region > ?1 AND region < ?2")?;
        let mut cur = if exact.is_empty() {
            lo
        } else {
            format!("{exact}-")
        };
        // `region > cur` with cur = "AF-" would skip a region named exactly "AF-": none is.
        while out.len() < limit {
            let r: Option<String> = next.query_row([&cur, &hi], |r| r.get(0))?;
            match r {
                Some(r) => {
                    cur.clone_from(&r);
                    out.push(r);
                }
                None => break,
            }
        }
        Ok(out)
    }

    /// The actors of the store, most active first.
    pub fn actors(&self, q: &ActorQuery) -> Result<Vec<ActorRow>> {
        let limit = match q.limit {
            0 => MAX_CONTROL_ROWS,
            n => n.min(MAX_CONTROL_ROWS),
        };
        let mut where_ = String::from("WHERE (documents > 0 OR events > 0)");
        let mut args: Vec<Value> = Vec::new();
        if let Some(name) = q.name.as_deref().filter(|n| !n.trim().is_empty()) {
            let ids = self.actor_ids(name.trim())?;
            where_.push_str(&format!(
                " AND actor IN ({})",
                vec!["?"; ids.len().max(1)].join(", ")
            ));
            if ids.is_empty() {
                args.push(Value::Null);
            }
            args.extend(ids.into_iter().map(Value::Text));
        }
        if let Some(c) = &q.country {
            where_.push_str(" AND country = ?");
            args.push(Value::Text(c.trim().to_ascii_uppercase()));
        }
        args.push(Value::Integer(limit as i64));
        let sql = format!(
            "SELECT actor, name, kind, country, sector, documents, events FROM actor_stats
             {where_} ORDER BY events DESC, documents DESC, actor LIMIT ?"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| {
                Ok(ActorRow {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    country: r.get(3)?,
                    sector: r.get(4)?,
                    documents: r.get(5)?,
                    events: r.get(6)?,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }

    /// Coordinates for a region code: the mean of the stored places that are that region
    /// (admin-1 or country), else of the places inside it (a rough centroid of what the
    /// corpus mentions there). `None` when no place has it.
    pub fn region_point(&self, region: &str) -> Result<Option<(f64, f64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT avg(lat), avg(lon) FROM places
             WHERE iso3166_2 = ?1 AND kind IN ('admin1', 'country')",
        )?;
        let p: (Option<f64>, Option<f64>) =
            stmt.query_row([region], |r| Ok((r.get(0)?, r.get(1)?)))?;
        if let (Some(lat), Some(lon)) = p {
            return Ok(Some((lat, lon)));
        }
        // Else the places inside it: the region's own code, or for a country every place in it.
        let mut stmt = self.conn.prepare_cached(
            "SELECT avg(lat), avg(lon) FROM places
             WHERE iso3166_2 = ?1 OR (length(?1) = 2 AND country = ?1)",
        )?;
        let p: (Option<f64>, Option<f64>) =
            stmt.query_row([region], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(match p {
            (Some(lat), Some(lon)) => Some((lat, lon)),
            _ => None,
        })
    }
}
