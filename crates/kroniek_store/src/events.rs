//! Event queries: filters, keyset pages, and the flat event row of exports and the API.
//!
//! Events are returned newest first, ordered by `(earliest, latest, id)` descending: the order
//! of every event index, so a page is a walk down one index that stops after `limit` rows, and
//! the cursor of the next page is the last row's key. A date filter keeps events whose
//! `[earliest, latest]` overlaps `[from, to]`. The actor filter is resolved first against the
//! small `actor_stats` table (id or name substring) and then matched, with the CAMEO country
//! code, against every participant in `event_actors`.

use kroniek_core::PloverType;
use rusqlite::types::Value;
use rusqlite::{Row, params_from_iter};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::geo::Near;
use crate::store::Store;

/// The most rows one event query returns; exports stream through
/// [`Store::for_each_event`] instead.
pub const MAX_EVENT_ROWS: usize = 10_000;

/// Fewest participant rows above which an actor filter may probe events instead of listing
/// them.
const DENSE_ACTOR: usize = 1_000;

/// Most actor ids an actor filter expands to.
const MAX_ACTOR_IDS: usize = 200;

/// Which events to return.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventFilter {
    /// Actor id, a substring of its name, or a CAMEO country code, on either side.
    pub actor: Option<String>,
    /// PLOVER type (older draft names such as `FIGHT` are accepted).
    pub kind: Option<PloverType>,
    /// ISO 3166-1 alpha-2 country of the event's place.
    pub country: Option<String>,
    /// Events whose interval may fall on or after this day (YYYY-MM-DD).
    pub from: Option<String>,
    /// Events whose interval may fall on or before this day (YYYY-MM-DD).
    pub to: Option<String>,
    /// Events within a distance of a point.
    pub near: Option<Near>,
    /// At most this many rows (capped at [`MAX_EVENT_ROWS`]; 0 means the cap).
    pub limit: usize,
    /// Continue after this cursor (the `next` of the previous page).
    pub after: Option<String>,
}

/// A page of events.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventPage {
    /// Events, newest first.
    pub items: Vec<EventRow>,
    /// Cursor of the next page; `None` on the last.
    pub next: Option<String>,
}

/// One event as a flat row (the columns of ACLED/POLECAT-style exports).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    /// Stable id: `{doc_id}#{index of the event in its document}`.
    pub id: String,
    /// The same as `id`, under the export column name.
    pub event_id: String,
    /// Document id.
    pub doc_id: String,
    /// Document URL.
    pub url: Option<String>,
    /// TIMEX3 value of the event date (`2021-08-18`, `2021-08`).
    pub event_date: Option<String>,
    /// First possible day.
    pub date_earliest: Option<String>,
    /// Last possible day.
    pub date_latest: Option<String>,
    /// Year of the event date.
    pub year: Option<i32>,
    /// PLOVER type.
    #[serde(rename = "type")]
    pub kind: String,
    /// PLOVER mode.
    pub mode: Option<String>,
    /// Nearest CAMEO code.
    pub cameo: String,
    /// PLOVER quad category.
    pub quad: String,
    /// First source: actor id.
    pub source_actor: Option<String>,
    /// First source: the words.
    pub source_text: Option<String>,
    /// First source: CAMEO country code.
    pub source_country: Option<String>,
    /// First source: CAMEO sector code.
    pub source_sector: Option<String>,
    /// First target: actor id.
    pub target_actor: Option<String>,
    /// First target: the words.
    pub target_text: Option<String>,
    /// First target: CAMEO country code.
    pub target_country: Option<String>,
    /// First target: CAMEO sector code.
    pub target_sector: Option<String>,
    /// Place name.
    pub place_name: Option<String>,
    /// ISO 3166-1 alpha-2 country of the place.
    pub country: Option<String>,
    /// Admin-1 region name.
    pub admin1: Option<String>,
    /// ISO 3166-2 code.
    pub iso3166_2: Option<String>,
    /// WGS84 latitude.
    pub latitude: Option<f64>,
    /// WGS84 longitude.
    pub longitude: Option<f64>,
    /// The sentence that says it.
    pub evidence: String,
    /// The trigger words.
    pub trigger: String,
    /// Denied.
    pub negated: bool,
    /// Historical background.
    pub historical: bool,
    /// asserted, reported, possible or intended.
    pub modality: String,
    /// Confidence in `[0, 1]`.
    pub confidence: f64,
    /// Sentence start (byte offset into the document text).
    pub sentence_start: i64,
    /// Sentence end.
    pub sentence_end: i64,
    /// Trigger start.
    pub trigger_start: i64,
    /// Trigger end.
    pub trigger_end: i64,
}

/// The columns of [`EventRow`] in export order (CSV header, Parquet schema, GeoJSON
/// properties).
pub const EVENT_COLUMNS: &[&str] = &[
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
    "sentence_start",
    "sentence_end",
    "trigger_start",
    "trigger_end",
];

/// Rows of one page are chosen on the events table alone (index walks, no document text),
/// then joined with their documents for the URL and the evidence text.
fn paged_sql(clause: &str) -> String {
    format!(
        "{SELECT} JOIN (SELECT e.id AS pid FROM events e {clause}
             ORDER BY e.earliest DESC, e.latest DESC, e.id DESC LIMIT ?) AS page
         ON e.id = page.pid
         ORDER BY e.earliest DESC, e.latest DESC, e.id DESC"
    )
}

const SELECT: &str = "SELECT e.doc_id, e.idx, d.url, e.date_value, e.earliest, e.latest, e.type,
    e.mode, e.cameo, e.quad, e.source_actor, e.source_text, e.source_country, e.source_sector,
    e.target_actor, e.target_text, e.target_country, e.target_sector, e.place_name, e.country,
    e.admin1, e.iso3166_2, e.lat, e.lon,
    CAST(substr(CAST(d.text AS BLOB), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS TEXT),
    CAST(substr(CAST(d.text AS BLOB), e.trigger_start + 1, e.trigger_end - e.trigger_start) AS TEXT),
    e.negated, e.historical, e.modality, e.confidence,
    e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end, e.id
    FROM events e JOIN documents d ON d.id = e.doc_id";

/// A PLOVER type by name (any case; older draft names such as `FIGHT` are accepted).
pub fn parse_plover(name: &str) -> Option<PloverType> {
    PloverType::parse(name)
}

/// Check a `YYYY-MM-DD` day.
pub fn check_day(name: &str, v: &str) -> Result<()> {
    let b = v.as_bytes();
    let ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if ok {
        Ok(())
    } else {
        Err(Error::Query(format!(
            "`{name}` must be a date YYYY-MM-DD, not `{v}`"
        )))
    }
}

fn non_empty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn year_of(value: Option<&str>, earliest: Option<&str>) -> Option<i32> {
    let digits = |s: &str| s.get(..4).and_then(|y| y.parse::<i32>().ok());
    value.and_then(digits).or_else(|| earliest.and_then(digits))
}

fn event_row(r: &Row<'_>) -> rusqlite::Result<(EventRow, String)> {
    let doc_id: String = r.get(0)?;
    let idx: i64 = r.get(1)?;
    let event_date: Option<String> = r.get(3)?;
    let earliest: String = r.get(4)?;
    let latest: String = r.get(5)?;
    let id = format!("{doc_id}#{idx}");
    let cursor = format!("{earliest}_{latest}_{}", r.get::<_, i64>(34)?);
    let year = year_of(event_date.as_deref(), Some(earliest.as_str()));
    Ok((
        EventRow {
            event_id: id.clone(),
            id,
            doc_id,
            url: r.get(2)?,
            event_date,
            date_earliest: non_empty(earliest),
            date_latest: non_empty(latest),
            year,
            kind: r.get(6)?,
            mode: r.get(7)?,
            cameo: r.get(8)?,
            quad: r.get(9)?,
            source_actor: r.get(10)?,
            source_text: r.get(11)?,
            source_country: r.get(12)?,
            source_sector: r.get(13)?,
            target_actor: r.get(14)?,
            target_text: r.get(15)?,
            target_country: r.get(16)?,
            target_sector: r.get(17)?,
            place_name: r.get(18)?,
            country: r.get(19)?,
            admin1: r.get(20)?,
            iso3166_2: r.get(21)?,
            latitude: r.get(22)?,
            longitude: r.get(23)?,
            evidence: r.get::<_, Option<String>>(24)?.unwrap_or_default(),
            trigger: r.get::<_, Option<String>>(25)?.unwrap_or_default(),
            negated: r.get(26)?,
            historical: r.get(27)?,
            modality: r.get(28)?,
            confidence: r.get(29)?,
            sentence_start: r.get(30)?,
            sentence_end: r.get(31)?,
            trigger_start: r.get(32)?,
            trigger_end: r.get(33)?,
        },
        cursor,
    ))
}

fn parse_cursor(c: &str) -> Result<(String, String, i64)> {
    let bad = || Error::Query(format!("invalid page cursor `{c}`"));
    let mut parts = c.splitn(3, '_');
    let (Some(e), Some(l), Some(id)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(bad());
    };
    let id = id.parse::<i64>().map_err(|_| bad())?;
    for d in [e, l] {
        if !d.is_empty() {
            check_day("cursor", d).map_err(|_| bad())?;
        }
    }
    Ok((e.to_string(), l.to_string(), id))
}

impl EventFilter {
    /// Check the dates and the cursor.
    pub fn validate(&self) -> Result<()> {
        if let Some(f) = &self.from {
            check_day("from", f)?;
        }
        if let Some(t) = &self.to {
            check_day("to", t)?;
        }
        if let Some(c) = &self.after {
            parse_cursor(c)?;
        }
        Ok(())
    }

    fn where_clause(&self, store: &Store) -> Result<(String, Vec<Value>)> {
        self.validate()?;
        let mut parts: Vec<String> = Vec::new();
        let mut args: Vec<Value> = Vec::new();
        if let Some(kind) = self.kind {
            parts.push("e.type = ?".into());
            args.push(Value::Text(kind.as_str().into()));
        }
        if let Some(c) = &self.country {
            parts.push("e.country = ?".into());
            args.push(Value::Text(c.trim().to_ascii_uppercase()));
        }
        // Intervals are at most `span` days long: `latest >= from` implies
        // `earliest >= from - span`, a lower bound the (…, earliest, latest) indexes can use.
        let lower = match &self.from {
            Some(from) => store.earliest_bound(from)?,
            None => None,
        };
        if let Some(from) = &self.from {
            parts.push("e.latest >= ?".into());
            args.push(Value::Text(from.clone()));
        }
        if let Some(to) = &self.to {
            parts.push("e.earliest <= ?".into());
            args.push(Value::Text(to.clone()));
            if lower.is_none() {
                parts.push("e.earliest > ''".into());
            }
        }
        if let Some(lower) = &lower {
            parts.push("e.earliest >= ?".into());
            args.push(Value::Text(lower.clone()));
        }
        if let Some(actor) = self
            .actor
            .as_deref()
            .map(str::trim)
            .filter(|a| !a.is_empty())
        {
            let ids = store.actor_ids(actor)?;
            // Each alternative is its own index range: a CAMEO country code (three letters)
            // and the actor ids.
            let mut alts: Vec<(String, Vec<Value>)> = Vec::new();
            if actor.len() == 3 && actor.bytes().all(|b| b.is_ascii_alphabetic()) {
                alts.push((
                    "country = ?".into(),
                    vec![Value::Text(actor.to_ascii_uppercase())],
                ));
            }
            if !ids.is_empty() {
                alts.push((
                    format!("actor IN ({})", vec!["?"; ids.len()].join(", ")),
                    ids.into_iter().map(Value::Text).collect(),
                ));
            }
            if alts.is_empty() {
                parts.push("0".into());
            } else {
                // The participants carry the event's dates: the period narrows each range.
                let mut dates = String::new();
                let mut date_args = Vec::new();
                if let Some(to) = &self.to {
                    dates.push_str(" AND earliest <= ?");
                    date_args.push(Value::Text(to.clone()));
                    if lower.is_none() {
                        dates.push_str(" AND earliest > ''");
                    }
                }
                if let Some(lower) = &lower {
                    dates.push_str(" AND earliest >= ?");
                    date_args.push(Value::Text(lower.clone()));
                }
                if let Some(from) = &self.from {
                    dates.push_str(" AND latest >= ?");
                    date_args.push(Value::Text(from.clone()));
                }
                let mut list = Vec::new();
                let mut list_args = Vec::new();
                for (cond, a) in &alts {
                    list.push(format!(
                        "SELECT event_id FROM event_actors WHERE {cond}{dates}"
                    ));
                    list_args.extend(a.iter().cloned());
                    list_args.extend(date_args.iter().cloned());
                }
                let list = list.join(" UNION ");
                // Few participants match: list their events. Many match: walk the events in
                // order and test each one's participants, which stops after a page. Listing
                // costs a lookup per match, probing about limit / share of events: probing wins
                // above sqrt(limit × events) matches. A capped count decides.
                let events = store.max_event_id()?;
                let dense = ((self.capped_limit() as f64 * events as f64).sqrt() as usize)
                    .clamp(DENSE_ACTOR, 100_000);
                let many = store.count_capped(&list, &list_args, dense)? >= dense;
                if many {
                    let any: Vec<&str> = alts.iter().map(|(c, _)| c.as_str()).collect();
                    parts.push(format!(
                        "EXISTS (SELECT 1 FROM event_actors WHERE event_id = e.id AND ({}))",
                        any.join(" OR ")
                    ));
                    args.extend(alts.into_iter().flat_map(|(_, a)| a));
                } else {
                    parts.push(format!("e.id IN ({list})"));
                    args.extend(list_args);
                }
            }
        }
        if let Some(near) = &self.near {
            let (a, b, c, d) = near.bbox();
            parts.push(
                "e.id IN (SELECT id FROM events_geo WHERE min_lat >= ? AND max_lat <= ?
                    AND min_lon >= ? AND max_lon <= ?)
                 AND kroniek_km(e.lat, e.lon, ?, ?) <= ?"
                    .into(),
            );
            // The R*Tree stores 32-bit floats rounded outwards: widen the box by a hair.
            let eps = 1e-4;
            args.extend(
                [
                    a - eps,
                    b + eps,
                    c - eps,
                    d + eps,
                    near.lat,
                    near.lon,
                    near.km,
                ]
                .map(Value::Real),
            );
        }
        if let Some(c) = &self.after {
            let (e, l, id) = parse_cursor(c)?;
            parts.push("(e.earliest, e.latest, e.id) < (?, ?, ?)".into());
            args.extend([Value::Text(e), Value::Text(l), Value::Integer(id)]);
        }
        let clause = if parts.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", parts.join(" AND "))
        };
        Ok((clause, args))
    }

    fn capped_limit(&self) -> usize {
        match self.limit {
            0 => MAX_EVENT_ROWS,
            n => n.min(MAX_EVENT_ROWS),
        }
    }
}

impl Store {
    /// Actor ids whose id is `term` or whose name contains it (case-insensitive), most active
    /// first.
    pub fn actor_ids(&self, term: &str) -> Result<Vec<String>> {
        let pattern = format!(
            "%{}%",
            term.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let mut stmt = self.conn.prepare_cached(
            "SELECT actor FROM actor_stats
             WHERE actor = ?1 OR name LIKE ?2 ESCAPE '\\' OR actor LIKE ?2 ESCAPE '\\'
             ORDER BY actor = ?1 DESC, events DESC LIMIT ?3",
        )?;
        let ids = stmt
            .query_map(
                rusqlite::params![term.to_lowercase(), pattern, MAX_ACTOR_IDS as i64],
                |r| r.get(0),
            )?
            .collect::<Result<Vec<String>, _>>()?;
        Ok(ids)
    }

    /// The day `from` minus the longest event interval: no event that reaches `from` starts
    /// earlier. `None` when no event has dates.
    fn earliest_bound(&self, from: &str) -> Result<Option<String>> {
        let days: i64 = self
            .conn
            .prepare_cached("SELECT days FROM event_span WHERE id = 1")?
            .query_row([], |r| r.get(0))
            .unwrap_or(0);
        if days <= 0 {
            return Ok(None);
        }
        let bound: Option<String> = self
            .conn
            .prepare_cached("SELECT date(?1, '-' || ?2 || ' days')")?
            .query_row(rusqlite::params![from, days], |r| r.get(0))?;
        Ok(bound)
    }

    /// The largest event row id (about the number of events ever stored).
    fn max_event_id(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached("SELECT coalesce(max(id), 0) FROM events")?
            .query_row([], |r| r.get(0))?)
    }

    /// Rows of `sql` (a SELECT), counting no further than `cap`.
    fn count_capped(&self, sql: &str, args: &[Value], cap: usize) -> Result<usize> {
        let sql = format!("SELECT count(*) FROM ({sql} LIMIT {cap})");
        let n: i64 = self
            .conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
    }

    /// One page of events, newest first.
    pub fn events(&self, filter: &EventFilter) -> Result<EventPage> {
        let (clause, mut args) = filter.where_clause(self)?;
        let limit = filter.capped_limit();
        // One row more than asked tells whether there is a next page.
        args.push(Value::Integer(limit as i64 + 1));
        let sql = paged_sql(&clause);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut items = Vec::new();
        let mut cursors = Vec::new();
        while let Some(row) = rows.next()? {
            let (item, cursor) = event_row(row)?;
            items.push(item);
            cursors.push(cursor);
        }
        let next = if items.len() > limit {
            items.truncate(limit);
            cursors.get(limit - 1).cloned()
        } else {
            None
        };
        Ok(EventPage { items, next })
    }

    /// Stream every matching event (the filter's limit and cursor apply when set) to `f`;
    /// returns how many were passed on.
    pub fn for_each_event<F>(&self, filter: &EventFilter, mut f: F) -> Result<usize>
    where
        F: FnMut(&EventRow) -> Result<()>,
    {
        let (clause, mut args) = filter.where_clause(self)?;
        let limit = if filter.limit == 0 {
            -1
        } else {
            filter.limit as i64
        };
        args.push(Value::Integer(limit));
        let sql =
            format!("{SELECT} {clause} ORDER BY e.earliest DESC, e.latest DESC, e.id DESC LIMIT ?");
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut n = 0;
        while let Some(row) = rows.next()? {
            let (item, _) = event_row(row)?;
            f(&item)?;
            n += 1;
        }
        Ok(n)
    }

    /// The query plan SQLite chooses for an event filter (for tuning and tests).
    pub fn explain_events(&self, filter: &EventFilter) -> Result<Vec<String>> {
        let (clause, mut args) = filter.where_clause(self)?;
        args.push(Value::Integer(filter.capped_limit() as i64 + 1));
        let sql = format!("EXPLAIN QUERY PLAN {}", paged_sql(&clause));
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map(params_from_iter(args.iter()), |r| r.get::<_, String>(3))?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows)
    }
}
