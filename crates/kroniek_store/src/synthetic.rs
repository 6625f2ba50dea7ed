//! A synthetic corpus and a query benchmark for the store.
//!
//! [`corpus`] makes documents with actors, events, places and control claims spread over ten
//! years, forty countries, a few hundred actors and the PLOVER types (skewed as in news: many
//! CONSULT and ASSAULT, few CRIME), each event tied to its own sentence. [`build`] writes them
//! with [`Store::write_batch`] (no NLP pipeline: the store is what is measured), and
//! [`measure`] times a mix of realistic queries with random parameters and reports
//! percentiles. Deterministic for a seed (a SplitMix64 generator, no dependency).

use std::path::Path;
use std::time::{Duration, Instant};

use kroniek_core::{
    Actor, ActorKind, ActorLayer, ControlClaim, ControlLayer, ControlStatus, DocDate, Document,
    Event, EventDate, EventLayer, EventPlace, Layer, Metadata, Modality, NormalizedText, OffsetMap,
    Participant, Place, PlaceKind, PlaceLayer, PloverType, Span,
};

use crate::control::{ActorQuery, ControlQuery};
use crate::error::{Error, Result};
use crate::events::EventFilter;
use crate::geo::Near;
use crate::prepared::PreparedDocument;
use crate::store::{Existing, Store};

pub use kroniek_core::Rng;

/// Countries of the synthetic world: alpha-2, alpha-3, a centre.
const COUNTRIES: usize = 40;
/// Actors of the synthetic world.
const ACTORS: usize = 300;
/// First day of the corpus: 2015-01-01 as days since 1970-01-01.
const DAY0: i64 = 16_436;
/// Days the corpus covers.
const DAYS: i64 = 3_650;

/// Civil date of a day number (days since 1970-01-01).
fn civil(days: i64) -> (i32, u8, u8) {
    kroniek_core::civil_date(i32::try_from(days).unwrap_or_default())
}

/// ISO day of a day number (days since 1970-01-01).
pub fn iso_day(days: i64) -> String {
    let (y, m, d) = civil(days);
    format!("{y:04}-{m:02}-{d:02}")
}

struct World {
    countries: Vec<(String, String, f64, f64)>,
    actors: Vec<(String, String, usize, &'static str, ActorKind)>,
}

fn world() -> World {
    let mut rng = Rng::new(7);
    let countries = (0..COUNTRIES)
        .map(|i| {
            let a = (b'A' + (i / 26) as u8) as char;
            let b = (b'A' + (i % 26) as u8) as char;
            let lat = -50.0 + rng.unit() * 110.0;
            let lon = -170.0 + rng.unit() * 340.0;
            (format!("{a}{b}"), format!("{a}{b}X"), lat, lon)
        })
        .collect();
    let sectors = ["GOV", "MIL", "REB", "OPP", "CVL", "COP", "MED", "IGO"];
    let kinds = [
        ActorKind::Agency,
        ActorKind::Agency,
        ActorKind::Group,
        ActorKind::Group,
        ActorKind::Collective,
        ActorKind::Agency,
        ActorKind::Group,
        ActorKind::Igo,
    ];
    let syllables = [
        "ka", "ro", "mi", "tal", "ban", "vor", "nes", "dul", "zar", "po",
    ];
    let actors = (0..ACTORS)
        .map(|i| {
            let s = i % sectors.len();
            let name = format!(
                "{}{}{} {}",
                syllables[i % 10].to_uppercase(),
                syllables[(i / 10) % 10],
                syllables[(i / 100) % 10],
                sectors[s].to_lowercase()
            );
            let id = format!("actor-{i:03}");
            (id, name, rng.below(COUNTRIES), sectors[s], kinds[s])
        })
        .collect();
    World { countries, actors }
}

fn span(start: usize, end: usize) -> Span {
    Span::from_range(start, end).unwrap_or_default()
}

/// One synthetic document with `events` events (and as many sentences).
fn document(w: &World, rng: &mut Rng, n: usize, events: usize) -> Result<PreparedDocument> {
    let day = DAY0 + rng.below(DAYS as usize) as i64;
    let (y, m, d) = civil(day);
    let date =
        DocDate::from_ymd(y, m, d).map_err(|e| Error::Query(format!("synthetic date: {e}")))?;
    let mut text = String::new();
    let mut actors: Vec<Actor> = Vec::new();
    let mut evs = Vec::new();
    let mut places = Vec::new();
    let mut claims = Vec::new();
    let home = rng.skewed(COUNTRIES);
    for k in 0..events {
        let kind = PloverType::ALL[rng.skewed(PloverType::ALL.len())];
        let a = rng.skewed(ACTORS);
        let b = rng.below(ACTORS);
        let country = if rng.unit() < 0.7 {
            home
        } else {
            rng.below(COUNTRIES)
        };
        let (cc, _, clat, clon) = &w.countries[country];
        let region = format!("{cc}-{:02}", rng.below(12));
        let lat = clat + (rng.unit() - 0.5) * 4.0;
        let lon = clon + (rng.unit() - 0.5) * 4.0;
        let start = text.len();
        let (src_name, tgt_name) = (&w.actors[a].1, &w.actors[b].1);
        text.push_str(src_name);
        let verb = kind.as_str().to_lowercase();
        text.push(' ');
        let trig_start = text.len();
        text.push_str(&verb);
        let trig_end = text.len();
        text.push(' ');
        let tgt_start = text.len();
        text.push_str(tgt_name);
        let tgt_end = text.len();
        text.push_str(" in ");
        let place_start = text.len();
        text.push_str(&region);
        let place_end = text.len();
        text.push_str(". ");
        let sentence = span(start, place_end + 1);
        // Most events are dated to the day, some to the month, a few to the year.
        let back = rng.below(10) as i64;
        let r = rng.unit();
        let (value, earliest, latest) = if r < 0.75 {
            let v = iso_day(day - back);
            (v.clone(), v.clone(), v)
        } else if r < 0.97 {
            let (y, m, _) = civil(day - back);
            let first = format!("{y:04}-{m:02}-01");
            let last = format!("{y:04}-{m:02}-{:02}", kroniek_core::days_in_month(y, m));
            (format!("{y:04}-{m:02}"), first, last)
        } else {
            let (y, _, _) = civil(day - back);
            (
                format!("{y:04}"),
                format!("{y:04}-01-01"),
                format!("{y:04}-12-31"),
            )
        };
        let participant = |idx: usize, s: usize, e: usize| Participant {
            actor: Some(w.actors[idx].0.clone()),
            text: w.actors[idx].1.clone(),
            span: span(s, e),
            country: Some(w.countries[w.actors[idx].2].1.clone()),
            sector: Some(w.actors[idx].3.to_string()),
        };
        for (idx, s, e) in [(a, start, start + src_name.len()), (b, tgt_start, tgt_end)] {
            match actors.iter_mut().find(|x| x.id == w.actors[idx].0) {
                Some(x) => x.mentions.push(span(s, e)),
                None => actors.push(Actor {
                    id: w.actors[idx].0.clone(),
                    name: w.actors[idx].1.clone(),
                    kind: w.actors[idx].4,
                    country: Some(w.countries[w.actors[idx].2].1.clone()),
                    sector: Some(w.actors[idx].3.to_string()),
                    affiliation: None,
                    role: None,
                    former: false,
                    mentions: vec![span(s, e)],
                }),
            }
        }
        let placed = rng.unit() < 0.9;
        if placed {
            places.push(Place {
                span: span(place_start, place_end),
                text: region.clone(),
                name: region.clone(),
                kind: PlaceKind::Admin1,
                country: cc.clone(),
                admin1: Some(region.clone()),
                iso3166_2: Some(region.clone()),
                lat,
                lon,
                geonameid: None,
                adjectival: false,
            });
        }
        evs.push(Event {
            kind,
            mode: None,
            context: None,
            cameo: format!(
                "{:02}",
                1 + PloverType::ALL.iter().position(|t| *t == kind).unwrap_or(0)
            ),
            sources: vec![participant(a, start, start + src_name.len())],
            targets: vec![participant(b, tgt_start, tgt_end)],
            date: EventDate {
                value: Some(value),
                earliest: Some(earliest.clone()),
                latest: Some(latest),
                timex: None,
            },
            place: placed.then(|| EventPlace {
                name: region.clone(),
                country: cc.clone(),
                admin1: Some(region.clone()),
                iso3166_2: Some(region.clone()),
                lat,
                lon,
                place: None,
            }),
            sentence,
            trigger: span(trig_start, trig_end),
            negated: rng.unit() < 0.05,
            historical: rng.unit() < 0.05,
            modality: Modality::Asserted,
            control: None,
            confidence: 0.5 + 0.5 * rng.unit() as f32,
            pattern: "synthetic".into(),
        });
        if kind == PloverType::Assault && rng.unit() < 0.5 {
            claims.push(ControlClaim {
                region: region.clone(),
                region_name: region.clone(),
                actor: Some(w.actors[a].0.clone()),
                status: ControlStatus::Captured,
                from: Some(earliest.clone()),
                to: None,
                earliest: Some(earliest.clone()),
                latest: Some(earliest),
                exceptions: Vec::new(),
                historical: false,
                evidence: vec![sentence],
                events: vec![k as u32],
                confidence: 0.7,
            });
        }
    }
    let meta = Metadata {
        id: Some(format!("doc-{n:08}")),
        source: "synthetic".into(),
        title: Some(format!("Synthetic report {n}")),
        url: Some(format!("https://example.org/{n}")),
        date,
        declared_lang: None,
    };
    let len = text.len();
    let mut doc = Document::new(
        meta,
        NormalizedText {
            text,
            offsets: OffsetMap::identity(0, len),
        },
    );
    doc.insert_layer("synthetic", Layer::Places(PlaceLayer { places }));
    doc.insert_layer("synthetic", Layer::Actors(ActorLayer { actors }));
    doc.insert_layer("synthetic", Layer::Events(EventLayer { events: evs }));
    doc.insert_layer("synthetic", Layer::Control(ControlLayer { claims }));
    PreparedDocument::new(&doc, len)
}

/// `docs` synthetic documents of `events_per_doc` events each, from a seed.
pub fn corpus(
    docs: usize,
    events_per_doc: usize,
    seed: u64,
) -> impl Iterator<Item = Result<PreparedDocument>> {
    let w = world();
    let mut rng = Rng::new(seed);
    (0..docs).map(move |n| document(&w, &mut rng, n, events_per_doc))
}

/// How a synthetic store was built.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildReport {
    /// Documents written.
    pub documents: usize,
    /// Events written.
    pub events: usize,
    /// Time to make the documents (layers and JSON records).
    pub generate: Duration,
    /// Time spent in `write_batch`.
    pub write: Duration,
    /// Size of the database file afterwards, in bytes.
    pub file_bytes: u64,
}

/// Write a synthetic corpus of about `events` events (4 per document) into the store at
/// `path`, in batches of 1,000 documents, then update SQLite's statistics.
pub fn build(path: &Path, events: usize, seed: u64) -> Result<BuildReport> {
    let per_doc = 4;
    let docs = events.div_ceil(per_doc);
    let mut store = Store::open(path)?;
    let (mut generate, mut write) = (Duration::ZERO, Duration::ZERO);
    let mut batch = Vec::with_capacity(1000);
    let mut it = corpus(docs, per_doc, seed);
    loop {
        let t = Instant::now();
        batch.clear();
        for d in it.by_ref().take(1000) {
            batch.push(d?);
        }
        generate += t.elapsed();
        if batch.is_empty() {
            break;
        }
        let t = Instant::now();
        store.write_batch(&batch, Existing::Skip)?;
        write += t.elapsed();
    }
    let t = Instant::now();
    store.optimize()?;
    write += t.elapsed();
    drop(store);
    let file_bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    Ok(BuildReport {
        documents: docs,
        events: docs * per_doc,
        generate,
        write,
        file_bytes,
    })
}

/// Timings of one kind of query.
#[derive(Clone, Debug, PartialEq)]
pub struct QueryTiming {
    /// What was asked.
    pub name: &'static str,
    /// How many times.
    pub runs: usize,
    /// Median.
    pub p50: Duration,
    /// 95th percentile.
    pub p95: Duration,
    /// Slowest.
    pub max: Duration,
    /// Mean rows returned.
    pub mean_rows: f64,
}

enum Query {
    Events(EventFilter),
    NextPage(EventFilter),
    Control(ControlQuery),
    Actors(ActorQuery),
}

fn month_window(rng: &mut Rng) -> (String, String) {
    let start = DAY0 + rng.below(DAYS as usize - 31) as i64;
    (iso_day(start), iso_day(start + 30))
}

/// Makes a query with random parameters.
type MakeQuery = fn(&World, &mut Rng) -> Query;

/// The query mix: each entry makes a query with random parameters.
fn mix() -> Vec<(&'static str, MakeQuery)> {
    vec![
        ("latest page, no filter", |_, _| {
            Query::Events(EventFilter {
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("type + month", |_, r| {
            let (from, to) = month_window(r);
            Query::Events(EventFilter {
                kind: Some(PloverType::ALL[r.below(PloverType::ALL.len())]),
                from: Some(from),
                to: Some(to),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("country + month", |w, r| {
            let (from, to) = month_window(r);
            Query::Events(EventFilter {
                country: Some(w.countries[r.below(COUNTRIES)].0.clone()),
                from: Some(from),
                to: Some(to),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("actor id + month", |w, r| {
            let (from, to) = month_window(r);
            Query::Events(EventFilter {
                actor: Some(w.actors[r.skewed(ACTORS)].0.clone()),
                from: Some(from),
                to: Some(to),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("actor name substring", |w, r| {
            let name = &w.actors[r.below(ACTORS)].1;
            Query::Events(EventFilter {
                actor: Some(name.chars().take(7).collect()),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("actor country code + type", |w, r| {
            Query::Events(EventFilter {
                actor: Some(w.countries[r.below(COUNTRIES)].1.clone()),
                kind: Some(PloverType::ALL[r.below(PloverType::ALL.len())]),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("near 50 km + year", |w, r| {
            let c = &w.countries[r.below(COUNTRIES)];
            let y = 2015 + r.below(10);
            Query::Events(EventFilter {
                near: Some(Near {
                    lat: c.2 + (r.unit() - 0.5) * 3.0,
                    lon: c.3 + (r.unit() - 0.5) * 3.0,
                    km: 50.0,
                }),
                from: Some(format!("{y}-01-01")),
                to: Some(format!("{y}-12-31")),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("all filters", |w, r| {
            let c = r.below(COUNTRIES);
            let (from, to) = month_window(r);
            Query::Events(EventFilter {
                actor: Some(w.actors[r.skewed(ACTORS)].0.clone()),
                kind: Some(PloverType::ALL[r.skewed(PloverType::ALL.len())]),
                country: Some(w.countries[c].0.clone()),
                from: Some(from),
                to: Some(to),
                near: Some(Near {
                    lat: w.countries[c].2,
                    lon: w.countries[c].3,
                    km: 100.0,
                }),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("type, page 2", |_, r| {
            Query::NextPage(EventFilter {
                kind: Some(PloverType::ALL[r.below(PloverType::ALL.len())]),
                limit: 50,
                ..EventFilter::default()
            })
        }),
        ("control region at day", |w, r| {
            Query::Control(ControlQuery {
                region: Some(w.countries[r.below(COUNTRIES)].0.clone()),
                at: Some(iso_day(DAY0 + r.below(DAYS as usize) as i64)),
                ..ControlQuery::default()
            })
        }),
        ("actors list", |_, _| {
            Query::Actors(ActorQuery {
                limit: 100,
                ..ActorQuery::default()
            })
        }),
    ]
}

/// Run every query of the mix `runs` times with random parameters and report percentiles.
pub fn measure(store: &Store, runs: usize, seed: u64) -> Result<Vec<QueryTiming>> {
    let w = world();
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    for (name, make) in mix() {
        let mut times = Vec::with_capacity(runs);
        let mut rows = 0usize;
        for _ in 0..runs {
            let q = make(&w, &mut rng);
            let t = Instant::now();
            rows += match q {
                Query::Events(f) => store.events(&f)?.items.len(),
                Query::NextPage(f) => {
                    let first = store.events(&f)?;
                    let t2 = Instant::now();
                    let n = match first.next {
                        Some(c) => store
                            .events(&EventFilter {
                                after: Some(c),
                                ..f
                            })?
                            .items
                            .len(),
                        None => 0,
                    };
                    times.push(t2.elapsed());
                    rows += n;
                    continue;
                }
                Query::Control(q) => store.control(&q)?.len(),
                Query::Actors(q) => store.actors(&q)?.len(),
            };
            times.push(t.elapsed());
        }
        times.sort_unstable();
        let at =
            |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
        out.push(QueryTiming {
            name,
            runs,
            p50: at(0.5),
            p95: at(0.95),
            max: times.last().copied().unwrap_or_default(),
            mean_rows: rows as f64 / runs.max(1) as f64,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        assert_eq!(iso_day(DAY0), "2015-01-01");
        assert_eq!(iso_day(0), "1970-01-01");
        assert_eq!(crate::epoch_days(&iso_day(19_000)), Some(19_000));
    }

    #[test]
    fn dense_actor_filters_probe_and_agree_with_a_scan() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        build(&path, 8_000, 3).unwrap();
        let store = Store::open_read_only(&path).unwrap();
        // "actor-0" matches 100 ids, thousands of participants: the probing plan.
        let f = EventFilter {
            actor: Some("actor-0".into()),
            from: Some("2016-01-01".into()),
            to: Some("2022-12-31".into()),
            limit: 40,
            ..EventFilter::default()
        };
        let plan = store.explain_events(&f).unwrap().join(" ");
        assert!(plan.contains("event_actors EXISTS"), "{plan}");
        let got: Vec<String> = store
            .events(&f)
            .unwrap()
            .items
            .into_iter()
            .map(|e| e.id)
            .collect();
        let mut want = Vec::new();
        let all = EventFilter {
            actor: None,
            limit: 0,
            ..f.clone()
        };
        store
            .for_each_event(&all, |e| {
                let hit =
                    |a: &Option<String>| a.as_deref().is_some_and(|a| a.starts_with("actor-0"));
                if want.len() < 40 && (hit(&e.source_actor) || hit(&e.target_actor)) {
                    want.push(e.id.clone());
                }
                Ok(())
            })
            .unwrap();
        assert_eq!(got.len(), 40);
        assert_eq!(got, want);
    }

    #[test]
    fn small_store_answers_the_mix() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let report = build(&path, 2_000, 1).unwrap();
        assert_eq!(report.events, 2_000);
        let store = Store::open_read_only(&path).unwrap();
        let timings = measure(&store, 3, 2).unwrap();
        assert_eq!(timings.len(), mix().len());
        // The unfiltered first page is full; the listing finds actors.
        assert_eq!(timings[0].mean_rows, 50.0);
        assert!(
            timings
                .iter()
                .find(|t| t.name == "actors list")
                .unwrap()
                .mean_rows
                > 50.0
        );
    }
}
