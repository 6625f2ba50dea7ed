//! `kroniek query documents|events|control|actors`: read the store.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result, anyhow};
use kroniek_store::{
    ActorQuery, ControlQuery, DocumentFilter, EventFilter, EventRow, MAX_EVENT_ROWS, Near, Store,
};

use crate::commands::store::{TableFormat, short};

/// Time limit of one query.
const QUERY_TIME: Duration = Duration::from_secs(30);

/// Which documents a query or export covers.
#[derive(Debug, clap::Args)]
pub struct DocumentFilterArgs {
    /// Documents whose date may fall on or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Documents whose date may fall on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Only this language.
    #[arg(long)]
    pub lang: Option<String>,
    /// At most this many (0: all).
    #[arg(long, default_value_t = 0)]
    pub limit: usize,
    /// Skip this many.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
}

impl DocumentFilterArgs {
    /// The store's filter.
    pub fn filter(&self) -> DocumentFilter {
        DocumentFilter {
            from: self.from.clone(),
            to: self.to.clone(),
            lang: self.lang.clone(),
            limit: self.limit,
            offset: self.offset,
        }
    }
}

/// Which events a query or export covers.
#[derive(Debug, Default, clap::Args)]
pub struct EventFilterArgs {
    /// Actor id, part of its name, or a CAMEO country code (AFG), as source or target.
    #[arg(long)]
    pub actor: Option<String>,
    /// PLOVER type (ASSAULT, CONSULT, …).
    #[arg(long = "type")]
    pub kind: Option<String>,
    /// ISO 3166-1 alpha-2 country of the event's place.
    #[arg(long)]
    pub country: Option<String>,
    /// Events whose date interval reaches this day or later (YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Events whose date interval starts on or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// lat,lon,radius: events within the radius (35.3,69.6,50km).
    #[arg(long)]
    pub near: Option<String>,
}

impl EventFilterArgs {
    /// The store's filter.
    pub fn filter(&self, limit: usize, page: Option<String>) -> Result<EventFilter> {
        let kind = match &self.kind {
            None => None,
            Some(t) => Some(
                kroniek_store::parse_plover(t)
                    .ok_or_else(|| anyhow!("--type: `{t}` is not a PLOVER event type"))?,
            ),
        };
        let near = self.near.as_deref().map(Near::parse).transpose()?;
        let filter = EventFilter {
            actor: self.actor.clone(),
            kind,
            country: self.country.clone(),
            from: self.from.clone(),
            to: self.to.clone(),
            near,
            limit,
            after: page,
        };
        filter.validate()?;
        Ok(filter)
    }
}

/// `kroniek query …`.
#[derive(Debug, clap::Subcommand)]
pub enum QueryCommand {
    /// Stored documents, by date.
    Documents {
        /// The store.
        #[arg(long, default_value = "kroniek.db")]
        db: PathBuf,
        /// Which documents.
        #[command(flatten)]
        filter: DocumentFilterArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Coded events, newest first.
    #[command(after_help = "Examples:
  kroniek query events --actor taliban --type ASSAULT --from 2021-08-01 --to 2021-08-31
  kroniek query events --country AF --near 35.3,69.6,50km --format csv")]
    Events {
        /// The store.
        #[arg(long, default_value = "kroniek.db")]
        db: PathBuf,
        /// Which events.
        #[command(flatten)]
        filter: EventFilterArgs,
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Continue after this cursor (printed after a full page).
        #[arg(long)]
        page: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Who controls which region: per region, the latest claim in force at a day.
    #[command(after_help = "Example:
  kroniek query control --region AF --at 2021-08-20")]
    Control {
        /// The store.
        #[arg(long, default_value = "kroniek.db")]
        db: PathBuf,
        /// ISO 3166 code or prefix (AF is the country and every AF-… region).
        #[arg(long)]
        region: Option<String>,
        /// Claims in force on this day (YYYY-MM-DD).
        #[arg(long)]
        at: Option<String>,
        /// Every matching claim, not only the latest per region.
        #[arg(long)]
        all: bool,
        /// At most this many.
        #[arg(long, default_value_t = 0)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
    /// Actors of the store, most active first.
    Actors {
        /// The store.
        #[arg(long, default_value = "kroniek.db")]
        db: PathBuf,
        /// Actor id or part of its name.
        #[arg(long)]
        name: Option<String>,
        /// CAMEO country code (AFG).
        #[arg(long)]
        country: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 100)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TableFormat::Table)]
        format: TableFormat,
    },
}

/// Run `query`.
pub fn query(cmd: &QueryCommand) -> Result<i32> {
    match cmd {
        QueryCommand::Documents { db, filter, format } => documents(db, filter, *format),
        QueryCommand::Events {
            db,
            filter,
            limit,
            page,
            format,
        } => {
            if *limit > MAX_EVENT_ROWS {
                return Err(anyhow!(
                    "--limit is at most {MAX_EVENT_ROWS}; use --page or `kroniek export events`"
                ));
            }
            let filter = filter.filter(*limit, page.clone())?;
            let mut store = Store::open_read_only(db)?;
            let page = store.with_time_limit(QUERY_TIME, |s| s.events(&filter))?;
            write_rows(
                &page.items,
                *format,
                kroniek_store::EVENT_COLUMNS,
                event_table,
            )?;
            if let Some(next) = &page.next {
                eprintln!("more: --page {next}");
            }
            Ok(0)
        }
        QueryCommand::Control {
            db,
            region,
            at,
            all,
            limit,
            format,
        } => {
            let q = ControlQuery {
                region: region.clone(),
                at: at.clone(),
                all: *all,
                limit: *limit,
            };
            let mut store = Store::open_read_only(db)?;
            let rows = store.with_time_limit(QUERY_TIME, |s| s.control(&q))?;
            write_rows(
                &rows,
                *format,
                kroniek_store::CONTROL_COLUMNS,
                |out, rows| {
                    writeln!(
                        out,
                        "{:<8} {:<16} {:<22} {:<9} {:<10} {:<10} evidence",
                        "region", "name", "actor", "status", "from", "to"
                    )?;
                    for c in rows {
                        writeln!(
                            out,
                            "{:<8} {:<16} {:<22} {:<9} {:<10} {:<10} {}",
                            c.region,
                            clip(&c.region_name, 16),
                            clip(
                                c.actor_name
                                    .as_deref()
                                    .or(c.actor.as_deref())
                                    .unwrap_or("-"),
                                22
                            ),
                            c.status,
                            c.from.as_deref().unwrap_or("-"),
                            c.to.as_deref().unwrap_or("-"),
                            c.evidence.as_deref().unwrap_or("").replace('\n', " ")
                        )?;
                    }
                    writeln!(out, "{} regions", rows.len())?;
                    Ok(())
                },
            )?;
            Ok(0)
        }
        QueryCommand::Actors {
            db,
            name,
            country,
            limit,
            format,
        } => {
            let q = ActorQuery {
                name: name.clone(),
                country: country.clone(),
                limit: *limit,
            };
            let mut store = Store::open_read_only(db)?;
            let rows = store.with_time_limit(QUERY_TIME, |s| s.actors(&q))?;
            const COLUMNS: &[&str] = &[
                "id",
                "name",
                "kind",
                "country",
                "sector",
                "documents",
                "events",
            ];
            write_rows(&rows, *format, COLUMNS, |out, rows| {
                writeln!(
                    out,
                    "{:<24} {:<28} {:<10} {:<7} {:<6} {:>9} {:>7}",
                    "id", "name", "kind", "country", "sector", "documents", "events"
                )?;
                for a in rows {
                    writeln!(
                        out,
                        "{:<24} {:<28} {:<10} {:<7} {:<6} {:>9} {:>7}",
                        clip(&a.id, 24),
                        clip(&a.name, 28),
                        a.kind.as_deref().unwrap_or("-"),
                        a.country.as_deref().unwrap_or("-"),
                        a.sector.as_deref().unwrap_or("-"),
                        a.documents,
                        a.events
                    )?;
                }
                writeln!(out, "{} actors", rows.len())?;
                Ok(())
            })?;
            Ok(0)
        }
    }
}

/// At most `n` characters.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut out: String = s.chars().take(n.saturating_sub(1)).collect();
        out.push('…');
        out
    }
}

fn event_table(out: &mut dyn Write, rows: &[EventRow]) -> Result<()> {
    writeln!(
        out,
        "{:<10} {:<10} {:<20} {:<20} {:<16} {:<3} evidence",
        "date", "type", "source", "target", "place", "cc"
    )?;
    for e in rows {
        let side = |actor: &Option<String>, text: &Option<String>| {
            clip(text.as_deref().or(actor.as_deref()).unwrap_or("-"), 20)
        };
        let mut flags = String::new();
        if e.negated {
            flags.push_str("[negated] ");
        }
        if e.historical {
            flags.push_str("[historical] ");
        }
        if e.modality != "asserted" {
            flags.push_str(&format!("[{}] ", e.modality));
        }
        writeln!(
            out,
            "{:<10} {:<10} {:<20} {:<20} {:<16} {:<3} {flags}{}",
            e.event_date.as_deref().unwrap_or("-"),
            e.kind,
            side(&e.source_actor, &e.source_text),
            side(&e.target_actor, &e.target_text),
            clip(e.place_name.as_deref().unwrap_or("-"), 16),
            e.country.as_deref().unwrap_or("-"),
            clip(&e.evidence.replace('\n', " "), 100)
        )?;
    }
    writeln!(out, "{} events", rows.len())?;
    Ok(())
}

/// Rows as a table (by `table`), JSON Lines, or CSV with `columns`.
fn write_rows<T: serde::Serialize>(
    rows: &[T],
    format: TableFormat,
    columns: &[&str],
    table: impl FnOnce(&mut dyn Write, &[T]) -> Result<()>,
) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        TableFormat::Table => table(&mut out, rows)?,
        TableFormat::Json => {
            for r in rows {
                writeln!(out, "{}", serde_json::to_string(r)?)?;
            }
        }
        TableFormat::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record(columns)?;
            for r in rows {
                let v = serde_json::to_value(r)?;
                let cells: Vec<String> = columns
                    .iter()
                    .map(|c| match &v[*c] {
                        serde_json::Value::Null => String::new(),
                        serde_json::Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect();
                w.write_record(&cells)?;
            }
            w.flush().context("writing CSV")?;
        }
    }
    Ok(())
}

fn documents(
    db: &std::path::Path,
    filter: &DocumentFilterArgs,
    format: TableFormat,
) -> Result<i32> {
    let store = Store::open_read_only(db)?;
    let rows = store.documents(&filter.filter())?;
    let columns = &[
        "id",
        "date",
        "date_precision",
        "lang",
        "title",
        "source",
        "url",
        "bytes",
    ];
    write_rows(&rows, format, columns, |out, rows| {
        writeln!(
            out,
            "{:<12} {:<10} {:<5} {:<4} title / source",
            "id", "date", "prec", "lang"
        )?;
        for r in rows {
            writeln!(
                out,
                "{:<12} {:<10} {:<5} {:<4} {}",
                short(&r.id),
                r.date.as_deref().unwrap_or("-"),
                r.date_precision,
                r.lang.as_deref().unwrap_or("-"),
                r.title.as_deref().unwrap_or(&r.source)
            )?;
        }
        writeln!(out, "{} documents", rows.len())?;
        Ok(())
    })?;
    Ok(0)
}
