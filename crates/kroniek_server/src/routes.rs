//! Routing and the API handlers.

use std::collections::HashMap;
use std::time::Duration;

use kroniek_store::{
    ActorQuery, ControlQuery, DocumentFilter, Error as StoreError, EventFilter, Near,
    PreparedDocument, Store,
};
use serde::Serialize;

use crate::openapi::OPENAPI;
use crate::response::Reply;
use crate::server::{Config, Ingest};

/// The request as the handlers see it.
pub struct Request<'a> {
    /// Method, upper case.
    pub method: &'a str,
    /// Decoded path segments.
    pub path: Vec<String>,
    /// Query parameters.
    pub params: HashMap<String, String>,
    /// `Authorization` header value.
    pub authorization: Option<String>,
    /// Body (POST).
    pub body: Vec<u8>,
}

#[derive(Serialize)]
struct Page<T: Serialize> {
    items: Vec<T>,
    limit: usize,
    offset: usize,
    next_offset: Option<usize>,
}

fn store_error(e: StoreError) -> Reply {
    match e {
        StoreError::Timeout(_) => Reply::error(503, &e.to_string()),
        StoreError::Query(_) => Reply::error(400, &e.to_string()),
        other => Reply::error(500, &other.to_string()),
    }
}

fn number(params: &HashMap<String, String>, key: &str, default: usize) -> Result<usize, Reply> {
    match params.get(key) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| Reply::error(400, &format!("`{key}` must be a whole number, not `{v}`"))),
    }
}

fn day(params: &HashMap<String, String>, key: &str) -> Result<Option<String>, Reply> {
    match params.get(key) {
        None => Ok(None),
        Some(v) => {
            let ok = v.len() == 10
                && v.bytes().enumerate().all(|(i, b)| {
                    if i == 4 || i == 7 {
                        b == b'-'
                    } else {
                        b.is_ascii_digit()
                    }
                });
            if ok {
                Ok(Some(v.clone()))
            } else {
                Err(Reply::error(
                    400,
                    &format!("`{key}` must be a date YYYY-MM-DD, not `{v}`"),
                ))
            }
        }
    }
}

/// Page size asked for, refused above the hard limit.
fn page_size(params: &HashMap<String, String>, config: &Config) -> Result<usize, Reply> {
    let limit = number(params, "limit", 50)?;
    if limit == 0 || limit > config.max_page {
        return Err(Reply::error(
            400,
            &format!("`limit` must be between 1 and {}", config.max_page),
        ));
    }
    Ok(limit)
}

/// A non-empty text parameter.
fn text(params: &HashMap<String, String>, key: &str) -> Option<String> {
    params
        .get(key)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// The filter of `GET /api/events`; `page` (or `after`) is the cursor of the previous page.
fn event_filter(params: &HashMap<String, String>, config: &Config) -> Result<EventFilter, Reply> {
    let kind = match text(params, "type") {
        None => None,
        Some(t) => Some(kroniek_store::parse_plover(&t).ok_or_else(|| {
            Reply::error(
                400,
                &format!("`type` must be a PLOVER event type, not `{t}`"),
            )
        })?),
    };
    let near = match text(params, "near") {
        None => None,
        Some(n) => Some(Near::parse(&n).map_err(|e| Reply::error(400, &e.to_string()))?),
    };
    let filter = EventFilter {
        actor: text(params, "actor"),
        kind,
        country: text(params, "country"),
        from: day(params, "from")?,
        to: day(params, "to")?,
        near,
        limit: page_size(params, config)?,
        after: text(params, "page").or_else(|| text(params, "after")),
    };
    filter
        .validate()
        .map_err(|e| Reply::error(400, &e.to_string()))?;
    Ok(filter)
}

/// Answer one request with a read-only store connection (and, for POST, the ingest function).
pub fn handle(
    req: &Request<'_>,
    store: &mut Store,
    config: &Config,
    ingest: Option<&Ingest>,
) -> Reply {
    let path: Vec<&str> = req.path.iter().map(String::as_str).collect();
    let limit = Duration::from_millis(config.query_timeout_ms);
    match (req.method, path.as_slice()) {
        ("GET", []) | ("GET", ["index.html"]) => crate::assets::index(),
        ("GET", ["assets", name]) => crate::assets::asset(name),
        ("GET", ["api", "openapi.json"]) => Reply::raw_json(200, OPENAPI.to_string()),
        ("GET", ["api", "health"]) => match store.document_count() {
            Ok(n) => Reply::json(200, &serde_json::json!({ "status": "ok", "documents": n })),
            Err(e) => store_error(e),
        },
        ("GET", ["api", "documents"]) => {
            let parsed = (|| {
                Ok::<_, Reply>(DocumentFilter {
                    from: day(&req.params, "from")?,
                    to: day(&req.params, "to")?,
                    lang: req.params.get("lang").cloned(),
                    limit: page_size(&req.params, config)?,
                    offset: number(&req.params, "offset", 0)?,
                })
            })();
            let filter = match parsed {
                Ok(f) => f,
                Err(reply) => return reply,
            };
            match store.with_time_limit(limit, |s| s.documents(&filter)) {
                Ok(items) => {
                    let next_offset =
                        (items.len() == filter.limit).then_some(filter.offset + filter.limit);
                    Reply::json(
                        200,
                        &Page {
                            items,
                            limit: filter.limit,
                            offset: filter.offset,
                            next_offset,
                        },
                    )
                }
                Err(e) => store_error(e),
            }
        }
        ("GET", ["api", "documents", id]) => match store.record(id) {
            Ok(Some(record)) => Reply::raw_json(200, record),
            Ok(None) => Reply::error(404, &format!("no document `{id}`")),
            Err(e) => store_error(e),
        },
        ("GET", ["api", "search"]) => {
            let Some(q) = req.params.get("q").filter(|q| !q.trim().is_empty()) else {
                return Reply::error(400, "`q` is required");
            };
            let size = match page_size(&req.params, config) {
                Ok(n) => n,
                Err(reply) => return reply,
            };
            match store.with_time_limit(limit, |s| s.search(q, size)) {
                Ok(items) => Reply::json(200, &serde_json::json!({ "items": items })),
                Err(e) => store_error(e),
            }
        }
        ("GET", ["api", "events"]) => match event_filter(&req.params, config) {
            Ok(filter) => match store.with_time_limit(limit, |s| s.events(&filter)) {
                Ok(page) => Reply::json(200, &page),
                Err(e) => store_error(e),
            },
            Err(reply) => reply,
        },
        ("GET", ["api", "control"]) => {
            let q = ControlQuery {
                region: text(&req.params, "region"),
                at: text(&req.params, "at"),
                all: matches!(
                    req.params.get("all").map(String::as_str),
                    Some("true" | "1")
                ),
                limit: match page_size(&req.params, config) {
                    Ok(n) => n,
                    Err(reply) => return reply,
                },
            };
            match store.with_time_limit(limit, |s| s.control(&q)) {
                Ok(items) => Reply::json(200, &serde_json::json!({ "items": items })),
                Err(e) => store_error(e),
            }
        }
        ("GET", ["api", "actors"]) => {
            let q = ActorQuery {
                name: text(&req.params, "q"),
                country: text(&req.params, "country"),
                limit: match page_size(&req.params, config) {
                    Ok(n) => n,
                    Err(reply) => return reply,
                },
            };
            match store.with_time_limit(limit, |s| s.actors(&q)) {
                Ok(items) => Reply::json(200, &serde_json::json!({ "items": items })),
                Err(e) => store_error(e),
            }
        }
        ("POST", ["api", "documents"]) => post_documents(req, config, ingest),
        (_, ["api", "events" | "control" | "actors"]) => {
            Reply::error(405, &format!("{} is not allowed here", req.method))
        }
        (_, ["api", "documents"]) | (_, ["api", "search"]) | (_, ["api", "documents", _]) => {
            Reply::error(405, &format!("{} is not allowed here", req.method))
        }
        _ => Reply::error(404, &format!("no such resource: /{}", req.path.join("/"))),
    }
}

fn post_documents(req: &Request<'_>, config: &Config, ingest: Option<&Ingest>) -> Reply {
    let (Some(token), Some(ingest)) = (&config.token, ingest) else {
        return Reply::error(
            401,
            "this server is read-only: start it with --token to accept documents",
        );
    };
    let expected = format!("Bearer {token}");
    if req.authorization.as_deref() != Some(expected.as_str()) {
        return Reply::error(401, "missing or wrong bearer token");
    }
    if req.body.len() > config.max_body {
        return Reply::error(413, &format!("body larger than {} bytes", config.max_body));
    }
    match ingest(req.body.clone()) {
        Ok(outcome) => Reply::json(201, &outcome),
        Err(message) => Reply::error(400, &message),
    }
}

/// What an ingest through the API did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct IngestOutcome {
    /// Ids of stored documents, in input order.
    pub stored: Vec<String>,
    /// Ids already present (unchanged).
    pub already_stored: Vec<String>,
    /// Records skipped, as `location: reason`.
    pub skipped: Vec<String>,
}

/// Helper for ingest implementations: prepared documents written, outcome reported.
pub fn store_prepared(
    store: &mut Store,
    prepared: &[PreparedDocument],
    skipped: Vec<String>,
) -> Result<IngestOutcome, String> {
    let mut outcome = IngestOutcome {
        skipped,
        ..IngestOutcome::default()
    };
    for d in prepared {
        if store.contains(&d.id).map_err(|e| e.to_string())? {
            outcome.already_stored.push(d.id.clone());
        } else {
            outcome.stored.push(d.id.clone());
        }
    }
    store
        .write_batch(prepared, kroniek_store::Existing::Skip)
        .map_err(|e| e.to_string())?;
    Ok(outcome)
}
