//! Event coding scored against PLOVER gold-standard records (`kroniek eval events`).
//!
//! **Gold.** The PLOVER GSR format: a JSON array of records, each with `id`, `event` (a PLOVER
//! name; the draft names `DEMAND`, `DISAPPROVE`, `FIGHT` are read as `REQUEST`, `ACCUSE`,
//! `ASSAULT`), `text`, `date`, `language`, `source`/`target` (arrays of `{actorText, code,
//! sector}` or `""`), optional `mode` and `cameo`, optional booleans `negated` and
//! `historical`, and `textInfo.markup`, the text with `(EVT: …)`, `(SRC: …)`, `(TAR: …)`,
//! `(SRC/TAR: …)` and `(LOC: …)` marks (nested marks allowed, a stray `}` closing a mark is
//! tolerated). `DOCUMENT` records and records without text are skipped.
//!
//! **Run.** Each record's `text` becomes one document (normalised as ingestion does, dated from
//! `date`, with `language` as its declared language) and goes through the pipeline given.
//!
//! **Match.** A gold record is compared with one predicted event: among the predicted events
//! whose trigger overlaps an `EVT` span of the markup, the most confident; when none overlaps,
//! the most confident event of the record (a GSR record is one sentence, so this is "the
//! sentence's" event). Ties go to the earlier trigger. No predicted event counts as wrong for
//! every measure whose denominator is the gold records.
//!
//! **Measures.** Event type accuracy over gold records; per-type precision/recall/F1 (a
//! prediction of type T on a record of another type is a false positive for T) with the most
//! frequent confusions; CAMEO root accuracy (the predicted code's two-digit root is one the gold
//! type maps to in `CAMEO2PLOVER-2021.txt`, or in the built-in table of the same content when
//! that file is not found; records whose type has no CAMEO root, CRIME, are left out);
//! source and target actor P/R/F1 over the set of codes per record (gold `code` against
//! predicted `country`), and a stricter code+sector figure (a gold actor with a sector needs a
//! predicted participant with the same country and sector); mode accuracy over records with a
//! gold mode; and P/R/F1 of the `negated` and `historical` flags over matched records.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use kroniek_core::{
    DocDate, Document, Event, Lang, Metadata, Participant, Pipeline, PloverType, Span,
};
use serde_json::Value;

use crate::metrics::Prf;

/// What can go wrong reading gold records or running the pipeline on them.
#[derive(Debug, thiserror::Error)]
pub enum EventsEvalError {
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file does not hold the records expected (PLOVER records, control records).
    #[error("{path}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// The pipeline failed on a record (not the record's fault).
    #[error("pipeline failed on {id}: {source}")]
    Pipeline {
        /// The record id.
        id: String,
        /// The underlying error.
        #[source]
        source: kroniek_core::Error,
    },
}

/// Result of this module.
pub type EventsResult<T> = std::result::Result<T, EventsEvalError>;

// ---------------------------------------------------------------------------------------------
// Markup

/// The kinds of inline mark in `textInfo.markup`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MarkTag {
    /// `(EVT: …)`: the words that express the event.
    Event,
    /// `(SRC: …)`: the source actor.
    Source,
    /// `(TAR: …)`: the target actor.
    Target,
    /// `(SRC/TAR: …)`: a reciprocal actor, both source and target.
    SourceTarget,
    /// `(LOC: …)`: the location.
    Location,
}

impl MarkTag {
    fn parse(name: &str) -> Option<MarkTag> {
        match name {
            "EVT" => Some(MarkTag::Event),
            "SRC" => Some(MarkTag::Source),
            "TAR" => Some(MarkTag::Target),
            "SRC/TAR" | "TAR/SRC" => Some(MarkTag::SourceTarget),
            "LOC" => Some(MarkTag::Location),
            _ => None,
        }
    }
}

/// One marked stretch, as byte offsets into [`Markup::plain`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Which mark.
    pub tag: MarkTag,
    /// Start in the plain text.
    pub start: usize,
    /// End in the plain text.
    pub end: usize,
    /// The marked words, trimmed.
    pub text: String,
}

/// A markup string split into plain text and marks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    /// The text with the marks removed (ordinary parentheses kept).
    pub plain: String,
    /// The marks, in the order they close.
    pub marks: Vec<Mark>,
}

impl Markup {
    /// The marks of one kind.
    pub fn of(&self, tag: MarkTag) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(move |m| m.tag == tag)
    }
}

/// Split PLOVER GSR markup into plain text and marks.
///
/// A mark opens with `(` directly followed by `EVT:`, `SRC:`, `TAR:`, `SRC/TAR:` or `LOC:`
/// (spaces allowed after the colon, and before it) and closes at its matching `)` (or `}`,
/// a typo in the GSR); other parentheses are text. Unclosed marks are dropped.
pub fn parse_markup(markup: &str) -> Markup {
    enum Frame {
        Paren,
        Mark(MarkTag, usize),
    }
    let mut out = Markup::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut rest = markup;
    while let Some(c) = rest.chars().next() {
        let len = c.len_utf8();
        match c {
            '(' => {
                if let Some((tag, after)) = mark_open(&rest[1..]) {
                    stack.push(Frame::Mark(tag, out.plain.len()));
                    rest = after;
                    continue;
                }
                stack.push(Frame::Paren);
                out.plain.push('(');
            }
            ')' | '}' => match stack.last() {
                Some(Frame::Mark(tag, start)) => {
                    let (tag, start) = (*tag, *start);
                    stack.pop();
                    let raw = &out.plain[start..];
                    let lead = raw.len() - raw.trim_start().len();
                    let text = raw.trim().to_string();
                    if !text.is_empty() {
                        out.marks.push(Mark {
                            tag,
                            start: start + lead,
                            end: start + lead + text.len(),
                            text,
                        });
                    }
                }
                Some(Frame::Paren) if c == ')' => {
                    stack.pop();
                    out.plain.push(c);
                }
                _ => out.plain.push(c),
            },
            _ => out.plain.push(c),
        }
        rest = &rest[len..];
    }
    out
}

/// After a `(`: the mark tag and the text after `TAG:` and its spaces, if this opens a mark.
fn mark_open(s: &str) -> Option<(MarkTag, &str)> {
    let colon = s.find(':')?;
    if colon > 8 {
        return None;
    }
    let tag = MarkTag::parse(s[..colon].trim())?;
    let after = &s[colon + 1..];
    Some((tag, after.trim_start_matches(' ')))
}

// ---------------------------------------------------------------------------------------------
// Gold records

/// A gold actor: `{actorText, code, sector}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldActor {
    /// The words that name it.
    pub text: String,
    /// CAMEO-style country code (`AFG`) or `IGO`, `NGO`, … upper-cased.
    pub code: String,
    /// Sector (`GOV`, `REB`, …): the first three letters, upper-cased; `None` when absent or
    /// `***`.
    pub sector: Option<String>,
}

/// One PLOVER gold-standard record.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldRecord {
    /// The record id (`PLOVER-GSR01-AGREE-0001`).
    pub id: String,
    /// The gold type.
    pub kind: PloverType,
    /// The event name as written (`DEMAND`).
    pub event_name: String,
    /// The sentence.
    pub text: String,
    /// The date (`2000-01-01`), as written.
    pub date: Option<String>,
    /// The language (`en`, `nl`).
    pub language: Option<String>,
    /// Source actors.
    pub sources: Vec<GoldActor>,
    /// Target actors.
    pub targets: Vec<GoldActor>,
    /// PLOVER mode, when given and not empty.
    pub mode: Option<String>,
    /// CAMEO code, when given.
    pub cameo: Option<String>,
    /// The event is denied.
    pub negated: bool,
    /// The event is historical background.
    pub historical: bool,
    /// The parsed `textInfo.markup`, when present.
    pub markup: Option<Markup>,
}

impl GoldRecord {
    /// The trailing number of the id (`…-0007` → 7).
    pub fn number(&self) -> Option<u64> {
        trailing_number(&self.id)
    }

    /// The `EVT` marks located in `text` (byte ranges), each at the occurrence nearest its
    /// position in the markup; marks whose words do not occur in `text` are left out.
    pub fn event_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let Some(markup) = &self.markup else {
            return Vec::new();
        };
        markup
            .of(MarkTag::Event)
            .filter_map(|m| locate(text, &m.text, m.start))
            .collect()
    }
}

/// The occurrence of `needle` in `text` whose start is nearest `hint`.
fn locate(text: &str, needle: &str, hint: usize) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    text.match_indices(needle)
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(hint))
        .map(|i| (i, i + needle.len()))
}

/// What reading a gold file found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldFile {
    /// The usable records.
    pub records: Vec<GoldRecord>,
    /// Records skipped (not `DOCUMENT`), with the reason.
    pub skipped: Vec<String>,
}

/// Read a PLOVER GSR file.
pub fn read_gold(path: &Path) -> EventsResult<GoldFile> {
    let text = std::fs::read_to_string(path).map_err(|source| EventsEvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read_gold_str(&text).map_err(|message| EventsEvalError::Format {
        path: path.to_path_buf(),
        message: format!("not a JSON array of PLOVER records: {message}"),
    })
}

/// Read PLOVER GSR records from a JSON string; `Err` only when it is not a JSON array.
pub fn read_gold_str(json: &str) -> std::result::Result<GoldFile, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let Value::Array(items) = value else {
        return Err("the top level is not an array".into());
    };
    let mut file = GoldFile::default();
    for (i, item) in items.iter().enumerate() {
        match record(item) {
            Ok(Some(r)) => file.records.push(r),
            Ok(None) => {}
            Err(why) => {
                let id = str_field(item, "id").unwrap_or_else(|| format!("record {}", i + 1));
                file.skipped.push(format!("{id}: {why}"));
            }
        }
    }
    Ok(file)
}

fn str_field(v: &Value, key: &str) -> Option<String> {
    v.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

fn bool_field(v: &Value, key: &str) -> bool {
    match v.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => s.eq_ignore_ascii_case("true"),
        _ => false,
    }
}

/// One record; `Ok(None)` for `DOCUMENT`.
fn record(v: &Value) -> std::result::Result<Option<GoldRecord>, String> {
    let event_name = str_field(v, "event").ok_or("no `event`")?;
    if event_name.eq_ignore_ascii_case("DOCUMENT") {
        return Ok(None);
    }
    let kind =
        PloverType::parse(&event_name).ok_or_else(|| format!("unknown event `{event_name}`"))?;
    let id = str_field(v, "id").ok_or("no `id`")?;
    let text = str_field(v, "text").ok_or("no `text`")?;
    let markup = match v.get("textInfo") {
        Some(Value::Object(o)) => o.get("markup").and_then(Value::as_str).map(parse_markup),
        Some(Value::String(s)) => Some(parse_markup(s)),
        _ => None,
    };
    Ok(Some(GoldRecord {
        id,
        kind,
        event_name,
        text,
        date: str_field(v, "date"),
        language: str_field(v, "language").map(|l| l.to_ascii_lowercase()),
        sources: actors(v.get("source")),
        targets: actors(v.get("target")),
        mode: str_field(v, "mode"),
        cameo: str_field(v, "cameo"),
        negated: bool_field(v, "negated"),
        historical: bool_field(v, "historical"),
        markup,
    }))
}

/// `source`/`target`: an array of actor objects; `""`, strings and missing fields give none.
fn actors(v: Option<&Value>) -> Vec<GoldActor> {
    let Some(Value::Array(items)) = v else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|a| {
            let code = str_field(a, "code")?.to_ascii_uppercase();
            Some(GoldActor {
                text: str_field(a, "actorText").unwrap_or_default(),
                code,
                sector: str_field(a, "sector").and_then(|s| normalise_sector(&s)),
            })
        })
        .collect()
}

/// The first three letters upper-cased (`CVLalb` → `CVL`); `None` for `***` and the like.
fn normalise_sector(s: &str) -> Option<String> {
    let head: String = s.chars().take(3).collect::<String>().to_ascii_uppercase();
    (head.len() == 3 && head.chars().all(|c| c.is_ascii_alphabetic())).then_some(head)
}

// ---------------------------------------------------------------------------------------------
// CAMEO roots

/// Which two-digit CAMEO roots each PLOVER type covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CameoRoots {
    roots: BTreeMap<PloverType, BTreeSet<String>>,
    /// Where the table came from (a path or `built-in`).
    pub origin: String,
}

/// The roots of `CAMEO2PLOVER-2021.txt`, for when the file is not at hand. A test checks that
/// it agrees with the file.
const BUILT_IN_ROOTS: [(PloverType, &[&str]); 18] = [
    (PloverType::Agree, &["03"]),
    (PloverType::Consult, &["04"]),
    (PloverType::Support, &["05"]),
    (PloverType::Concede, &["08"]),
    (PloverType::Cooperate, &["06"]),
    (PloverType::Aid, &["07"]),
    (PloverType::Retreat, &["08"]),
    (PloverType::Investigate, &["09"]),
    (PloverType::Request, &["10"]),
    (PloverType::Accuse, &["09", "11"]),
    (PloverType::Reject, &["12"]),
    (PloverType::Threaten, &["13"]),
    (PloverType::Protest, &["14"]),
    (PloverType::Sanction, &["16"]),
    (PloverType::Mobilize, &["15"]),
    (PloverType::Coerce, &["16", "17", "19"]),
    (PloverType::Assault, &["17", "18", "19", "20"]),
    (PloverType::Crime, &[]),
];

impl CameoRoots {
    /// The built-in table.
    pub fn built_in() -> CameoRoots {
        CameoRoots {
            roots: BUILT_IN_ROOTS
                .iter()
                .map(|(t, rs)| (*t, rs.iter().map(|r| (*r).to_string()).collect()))
                .collect(),
            origin: "built-in".into(),
        }
    }

    /// Read `CAMEO2PLOVER-2021.txt` (lines `CODE: TYPE, mode, context # comment`). Codes
    /// mapped to ACCUSE with mode `investigate` (CAMEO 09) also count for INVESTIGATE, which
    /// the 2021 table folds into ACCUSE but the GSR and kroniek keep.
    pub fn from_file(path: &Path) -> EventsResult<CameoRoots> {
        let text = std::fs::read_to_string(path).map_err(|source| EventsEvalError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let mut table = Self::parse(&text);
        table.origin = path.display().to_string();
        Ok(table)
    }

    /// Parse the table's text.
    pub fn parse(text: &str) -> CameoRoots {
        let mut roots: BTreeMap<PloverType, BTreeSet<String>> = BTreeMap::new();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or_default();
            let Some((code, rest)) = line.split_once(':') else {
                continue;
            };
            let code = code.trim();
            if code.len() < 3 || !code.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let mut fields = rest.split(',').map(str::trim);
            let Some(kind) = fields.next().and_then(PloverType::parse) else {
                continue;
            };
            let mode = fields.next().unwrap_or_default();
            let root = code[..2].to_string();
            if kind == PloverType::Accuse && mode.eq_ignore_ascii_case("investigate") {
                roots
                    .entry(PloverType::Investigate)
                    .or_default()
                    .insert(root.clone());
            }
            roots.entry(kind).or_default().insert(root);
        }
        CameoRoots {
            roots,
            origin: "text".into(),
        }
    }

    /// The roots of one type (empty for CRIME).
    pub fn of(&self, kind: PloverType) -> impl Iterator<Item = &str> {
        self.roots
            .get(&kind)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// True when `cameo`'s two-digit root is one `kind` covers.
    pub fn accepts(&self, kind: PloverType, cameo: &str) -> bool {
        let root = cameo_root(cameo);
        root.is_some_and(|r| self.roots.get(&kind).is_some_and(|s| s.contains(r)))
    }
}

/// The two-digit root of a CAMEO code (`0233` → `02`), if it starts with two digits.
fn cameo_root(cameo: &str) -> Option<&str> {
    let c = cameo.trim();
    (c.len() >= 2 && c.as_bytes()[..2].iter().all(u8::is_ascii_digit)).then(|| &c[..2])
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/// Which records to score, by the trailing number of their id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Split {
    /// Odd numbers (the coder's tuning half).
    Odd,
    /// Even numbers (held out from tuning).
    Even,
    /// Every record.
    #[default]
    All,
}

impl Split {
    /// Parse `odd`, `even` or `all`.
    pub fn parse(s: &str) -> Option<Split> {
        match s.trim().to_ascii_lowercase().as_str() {
            "odd" => Some(Split::Odd),
            "even" => Some(Split::Even),
            "all" => Some(Split::All),
            _ => None,
        }
    }

    /// True when the record is in this split (records without a number are in `all` only).
    pub fn keeps(self, record: &GoldRecord) -> bool {
        self.keeps_number(record.number())
    }

    /// True when a record numbered `number` (the trailing digits of its id) is in this split.
    pub fn keeps_number(self, number: Option<u64>) -> bool {
        match self {
            Split::All => true,
            Split::Odd => number.is_some_and(|n| n % 2 == 1),
            Split::Even => number.is_some_and(|n| n % 2 == 0),
        }
    }

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Split::Odd => "odd",
            Split::Even => "even",
            Split::All => "all",
        }
    }
}

/// Settings of [`eval_events`].
#[derive(Clone, Debug, Default)]
pub struct EventEvalOptions {
    /// Which records.
    pub split: Split,
    /// Only records in this language (records without one are kept).
    pub lang: Option<String>,
    /// `CAMEO2PLOVER-2021.txt`; when `None`, a file of that name next to the gold file, else
    /// the built-in table.
    pub cameo_table: Option<PathBuf>,
}

/// Correct out of total.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Ratio {
    /// Correct.
    pub correct: u64,
    /// Total.
    pub total: u64,
}

impl Ratio {
    pub(crate) fn add(&mut self, ok: bool) {
        self.total += 1;
        self.correct += u64::from(ok);
    }

    /// correct / total; 0 when empty.
    #[expect(clippy::cast_precision_loss, reason = "small counts")]
    pub fn value(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

impl fmt::Display for Ratio {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.4} ({}/{})", self.value(), self.correct, self.total)
    }
}

/// The outcome of [`eval_events`].
#[derive(Clone, Debug, Default)]
pub struct EventReport {
    /// The gold file.
    pub path: PathBuf,
    /// The split scored.
    pub split: Split,
    /// Where the CAMEO root table came from.
    pub cameo_table: String,
    /// Gold records scored.
    pub records: u64,
    /// Records skipped while reading (bad event name, no text).
    pub skipped: Vec<String>,
    /// Records with at least one predicted event.
    pub with_prediction: u64,
    /// Records whose compared event was found through an `EVT` span.
    pub matched_by_trigger: u64,
    /// Predicted events in all scored records.
    pub predicted_events: u64,
    /// Event type accuracy over gold records.
    pub type_accuracy: Ratio,
    /// Per PLOVER type.
    pub per_type: BTreeMap<PloverType, Prf>,
    /// (gold type, predicted type or `none`) → count, for errors.
    pub confusions: BTreeMap<(String, String), u64>,
    /// CAMEO root accuracy over records whose type has CAMEO roots.
    pub cameo_root: Ratio,
    /// Predicted root equals the root of the record's own `cameo` code, where it has one.
    pub cameo_root_exact: Ratio,
    /// Mode accuracy over records with a gold mode.
    pub mode: Ratio,
    /// Source actors, codes only.
    pub source: Prf,
    /// Source actors, codes and sectors.
    pub source_sector: Prf,
    /// Target actors, codes only.
    pub target: Prf,
    /// Target actors, codes and sectors.
    pub target_sector: Prf,
    /// The `negated` flag over records with a compared event.
    pub negated: Prf,
    /// The `historical` flag over records with a compared event.
    pub historical: Prf,
    /// One line per scored record, for error listings ([`EventReport::errors`]).
    pub outcomes: Vec<RecordOutcome>,
}

/// How one gold record fared.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordOutcome {
    /// The record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Gold type.
    pub gold: PloverType,
    /// The compared event's type.
    pub predicted: Option<PloverType>,
    /// The compared event's trigger words and pattern id.
    pub trigger: Option<(String, String)>,
    /// Gold sources and targets as `CODE/SECTOR`.
    pub gold_actors: (Vec<String>, Vec<String>),
    /// Predicted sources and targets as `CODE/SECTOR` (`?` for an unresolved participant).
    pub predicted_actors: (Vec<String>, Vec<String>),
}

impl RecordOutcome {
    /// True when the type or either actor code set differs.
    pub fn is_error(&self) -> bool {
        let codes = |v: &[String]| -> BTreeSet<String> {
            v.iter()
                .filter_map(|a| a.split('/').next())
                .filter(|c| *c != "?")
                .map(str::to_string)
                .collect()
        };
        self.predicted != Some(self.gold)
            || codes(&self.gold_actors.0) != codes(&self.predicted_actors.0)
            || codes(&self.gold_actors.1) != codes(&self.predicted_actors.1)
    }
}

impl fmt::Display for RecordOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pred = self.predicted.map_or("none", PloverType::as_str);
        write!(f, "{} {} → {pred}", self.id, self.gold)?;
        if let Some((words, pattern)) = &self.trigger {
            write!(f, " [{words} · {pattern}]")?;
        }
        writeln!(f)?;
        writeln!(f, "    {}", self.text)?;
        writeln!(
            f,
            "    source gold {:?} predicted {:?}; target gold {:?} predicted {:?}",
            self.gold_actors.0,
            self.predicted_actors.0,
            self.gold_actors.1,
            self.predicted_actors.1
        )
    }
}

/// The first `limit` erroneous records of a report, for printing.
pub struct Errors<'a> {
    report: &'a EventReport,
    limit: usize,
}

impl fmt::Display for Errors<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let wrong: Vec<&RecordOutcome> = self
            .report
            .outcomes
            .iter()
            .filter(|o| o.is_error())
            .collect();
        writeln!(
            f,
            "{} of {} records with a wrong type or actor codes{}:",
            wrong.len(),
            self.report.outcomes.len(),
            if wrong.len() > self.limit {
                format!(" (first {})", self.limit)
            } else {
                String::new()
            }
        )?;
        for o in wrong.into_iter().take(self.limit) {
            write!(f, "{o}")?;
        }
        Ok(())
    }
}

impl EventReport {
    /// The records whose type or actor codes are wrong, at most `limit` of them.
    pub fn errors(&self, limit: usize) -> Errors<'_> {
        Errors {
            report: self,
            limit,
        }
    }
}

/// Run every gold record of `path` through `pipeline` and score its events.
pub fn eval_events(
    path: &Path,
    pipeline: &Pipeline,
    opts: &EventEvalOptions,
) -> EventsResult<EventReport> {
    let gold = read_gold(path)?;
    let table_path = opts.cameo_table.clone().or_else(|| {
        let p = path.with_file_name("CAMEO2PLOVER-2021.txt");
        p.is_file().then_some(p)
    });
    let roots = match table_path {
        Some(p) => CameoRoots::from_file(&p)?,
        None => CameoRoots::built_in(),
    };
    let mut report = EventReport {
        path: path.to_path_buf(),
        split: opts.split,
        cameo_table: roots.origin.clone(),
        skipped: gold.skipped,
        ..EventReport::default()
    };
    for record in &gold.records {
        if !opts.split.keeps(record) {
            continue;
        }
        if let (Some(want), Some(lang)) = (&opts.lang, &record.language)
            && want != lang
        {
            continue;
        }
        let mut doc = document(record, path);
        pipeline
            .run(&mut doc)
            .map_err(|source| EventsEvalError::Pipeline {
                id: record.id.clone(),
                source,
            })?;
        let events = doc
            .layers()
            .events()
            .map(|l| l.events.as_slice())
            .unwrap_or_default();
        let evt = record.event_spans(doc.text());
        let choice = choose(events, &evt);
        report.score(record, events.len(), choice, &roots);
        report
            .outcomes
            .push(outcome(record, choice.map(|(e, _)| e), doc.text()));
    }
    Ok(report)
}

/// The document for one record: normalised text, date, declared language, the id.
pub fn document(record: &GoldRecord, path: &Path) -> Document {
    gold_document(
        &record.id,
        record.date.as_deref(),
        record.language.as_deref(),
        &record.text,
        path,
    )
}

/// The number an id ends with (`KRONIEK-NL-AGREE-0003` → 3), which decides its [`Split`].
pub fn trailing_number(id: &str) -> Option<u64> {
    let head = id.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    id.get(head..)?.parse().ok()
}

/// The document of one gold record of `path`: normalised text, dated from `date` (`YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`), with `language` as its declared language and the record id.
pub fn gold_document(
    id: &str,
    date: Option<&str>,
    language: Option<&str>,
    text: &str,
    path: &Path,
) -> Document {
    let meta = Metadata {
        id: Some(id.to_string()),
        source: format!("{}#{id}", path.display()),
        date: date.and_then(parse_iso_date).unwrap_or_default(),
        declared_lang: language.map(|l| Lang(l.to_string())),
        ..Metadata::default()
    };
    Document::new(meta, kroniek_text::normalize(text, 0))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn parse_iso_date(s: &str) -> Option<DocDate> {
    let mut parts = s.trim().get(..10.min(s.trim().len()))?.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
    let day: Option<u8> = parts.next().map(str::parse).transpose().ok()?;
    match (month, day) {
        (Some(m), Some(d)) => DocDate::from_ymd(year, m, d).ok(),
        (Some(m), None) => DocDate::from_year_month(year, m).ok(),
        _ => DocDate::from_year(year).ok(),
    }
}

/// The compared event: the most confident one whose trigger overlaps an `EVT` span, else the
/// most confident one; `true` when found through a span. Ties go to the earlier event.
fn choose<'a>(events: &'a [Event], evt: &[(usize, usize)]) -> Option<(&'a Event, bool)> {
    let best = |it: &mut dyn Iterator<Item = &'a Event>| {
        it.fold(None::<&Event>, |best, e| match best {
            Some(b) if b.confidence >= e.confidence => Some(b),
            _ => Some(e),
        })
    };
    let overlapping = best(&mut events.iter().filter(|e| overlaps(e.trigger, evt)));
    match overlapping {
        Some(e) => Some((e, true)),
        None => best(&mut events.iter()).map(|e| (e, false)),
    }
}

fn overlaps(trigger: Span, spans: &[(usize, usize)]) -> bool {
    spans
        .iter()
        .any(|&(s, e)| trigger.start() < e && s < trigger.end())
}

impl EventReport {
    fn score(
        &mut self,
        gold: &GoldRecord,
        n_events: usize,
        choice: Option<(&Event, bool)>,
        roots: &CameoRoots,
    ) {
        self.records += 1;
        self.predicted_events += n_events as u64;
        self.with_prediction += u64::from(n_events > 0);
        let predicted = choice.map(|(e, _)| e);
        if choice.is_some_and(|(_, by_trigger)| by_trigger) {
            self.matched_by_trigger += 1;
        }
        // Event type.
        let ok = predicted.is_some_and(|e| e.kind == gold.kind);
        self.type_accuracy.add(ok);
        if ok {
            self.per_type.entry(gold.kind).or_default().tp += 1;
        } else {
            self.per_type.entry(gold.kind).or_default().fn_ += 1;
            if let Some(e) = predicted {
                self.per_type.entry(e.kind).or_default().fp += 1;
            }
            let got = predicted.map_or("none", |e| e.kind.as_str());
            *self
                .confusions
                .entry((gold.kind.as_str().to_string(), got.to_string()))
                .or_default() += 1;
        }
        // CAMEO.
        if roots.of(gold.kind).next().is_some() {
            self.cameo_root
                .add(predicted.is_some_and(|e| roots.accepts(gold.kind, &e.cameo)));
        }
        if let Some(root) = gold.cameo.as_deref().and_then(cameo_root) {
            self.cameo_root_exact
                .add(predicted.is_some_and(|e| cameo_root(&e.cameo) == Some(root)));
        }
        // Mode.
        if let Some(mode) = &gold.mode {
            self.mode.add(predicted.is_some_and(|e| {
                e.mode
                    .as_deref()
                    .is_some_and(|m| m.trim().eq_ignore_ascii_case(mode))
            }));
        }
        // Actors.
        let (ps, pt) = predicted.map_or((&[][..], &[][..]), |e| {
            (e.sources.as_slice(), e.targets.as_slice())
        });
        self.source += code_prf(&gold.sources, ps);
        self.source_sector += sector_prf(&gold.sources, ps);
        self.target += code_prf(&gold.targets, pt);
        self.target_sector += sector_prf(&gold.targets, pt);
        // Flags.
        if let Some(e) = predicted {
            self.negated += flag(gold.negated, e.negated);
            self.historical += flag(gold.historical, e.historical);
        }
    }
}

fn outcome(gold: &GoldRecord, predicted: Option<&Event>, text: &str) -> RecordOutcome {
    let g = |v: &[GoldActor]| -> Vec<String> {
        v.iter()
            .map(|a| match &a.sector {
                Some(s) => format!("{}/{s}", a.code),
                None => a.code.clone(),
            })
            .collect()
    };
    let p = |v: &[Participant]| -> Vec<String> {
        v.iter()
            .map(|p| match (&p.country, &p.sector) {
                (Some(c), Some(s)) => format!("{c}/{s}"),
                (Some(c), None) => c.clone(),
                (None, _) => format!("?{}", p.text),
            })
            .collect()
    };
    RecordOutcome {
        id: gold.id.clone(),
        text: gold.text.clone(),
        gold: gold.kind,
        predicted: predicted.map(|e| e.kind),
        trigger: predicted.map(|e| {
            let words = text
                .get(e.trigger.start()..e.trigger.end())
                .unwrap_or_default();
            (words.to_string(), e.pattern.clone())
        }),
        gold_actors: (g(&gold.sources), g(&gold.targets)),
        predicted_actors: predicted
            .map_or_else(Default::default, |e| (p(&e.sources), p(&e.targets))),
    }
}

fn flag(gold: bool, predicted: bool) -> Prf {
    Prf::from_counts(
        u64::from(gold && predicted),
        u64::from(predicted),
        u64::from(gold),
    )
}

/// Sets of codes: gold `code` against predicted `country`.
fn code_prf(gold: &[GoldActor], predicted: &[Participant]) -> Prf {
    let g: BTreeSet<String> = gold.iter().map(|a| a.code.clone()).collect();
    let p: BTreeSet<String> = predicted
        .iter()
        .filter_map(|p| p.country.as_deref())
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| !c.is_empty())
        .collect();
    let both = g.intersection(&p).count() as u64;
    Prf::from_counts(both, p.len() as u64, g.len() as u64)
}

/// Sets of (code, sector): a gold actor with a sector needs the same country and sector; one
/// without a sector needs the country only. Each predicted pair is used once.
fn sector_prf(gold: &[GoldActor], predicted: &[Participant]) -> Prf {
    let g: BTreeSet<(String, Option<String>)> = gold
        .iter()
        .map(|a| (a.code.clone(), a.sector.clone()))
        .collect();
    let mut p: Vec<(String, Option<String>)> = predicted
        .iter()
        .filter_map(|p| {
            let c = p.country.as_deref()?.trim().to_ascii_uppercase();
            (!c.is_empty()).then(|| (c, p.sector.as_deref().and_then(normalise_sector)))
        })
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let n_pred = p.len() as u64;
    let mut both = 0;
    // Gold actors with a sector first, so a bare code does not take their match.
    let mut order: Vec<&(String, Option<String>)> = g.iter().collect();
    order.sort_by_key(|(_, s)| s.is_none());
    for (code, sector) in order {
        let hit = p
            .iter()
            .position(|(c, s)| c == code && (sector.is_none() || s == sector));
        if let Some(i) = hit {
            p.remove(i);
            both += 1;
        }
    }
    Prf::from_counts(both, n_pred, g.len() as u64)
}

impl fmt::Display for EventReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "events: {} (split {}): {} records, {} with a predicted event ({} events), \
             {} matched through an EVT span",
            self.path.display(),
            self.split.as_str(),
            self.records,
            self.with_prediction,
            self.predicted_events,
            self.matched_by_trigger
        )?;
        if !self.skipped.is_empty() {
            writeln!(f, "skipped {} records:", self.skipped.len())?;
            for s in self.skipped.iter().take(10) {
                writeln!(f, "  {s}")?;
            }
        }
        writeln!(f)?;
        writeln!(f, "{:<30} {}", "event type accuracy", self.type_accuracy)?;
        writeln!(
            f,
            "{:<30} {}   [table: {}]",
            "CAMEO root accuracy", self.cameo_root, self.cameo_table
        )?;
        if self.cameo_root_exact.total > 0 {
            writeln!(
                f,
                "{:<30} {}",
                "CAMEO root = gold code's root", self.cameo_root_exact
            )?;
        }
        writeln!(f, "{:<30} {}", "mode accuracy (gold mode)", self.mode)?;
        writeln!(f)?;
        writeln!(f, "{:<30} {:>7} {:>7} {:>7}", "actors", "P", "R", "F1")?;
        for (name, m) in [
            ("source (code)", self.source),
            ("source (code+sector)", self.source_sector),
            ("target (code)", self.target),
            ("target (code+sector)", self.target_sector),
            ("negated flag", self.negated),
            ("historical flag", self.historical),
        ] {
            writeln!(
                f,
                "{name:<30} {:>7.4} {:>7.4} {:>7.4}   (tp {}, fp {}, fn {})",
                m.precision(),
                m.recall(),
                m.f1(),
                m.tp,
                m.fp,
                m.fn_
            )?;
        }
        writeln!(f)?;
        writeln!(
            f,
            "{:<12} {:>5} {:>5} {:>7} {:>7} {:>7}",
            "type", "gold", "pred", "P", "R", "F1"
        )?;
        for kind in PloverType::ALL {
            let m = self.per_type.get(&kind).copied().unwrap_or_default();
            if m.tp + m.fp + m.fn_ == 0 {
                continue;
            }
            writeln!(
                f,
                "{:<12} {:>5} {:>5} {:>7.4} {:>7.4} {:>7.4}",
                kind.as_str(),
                m.tp + m.fn_,
                m.tp + m.fp,
                m.precision(),
                m.recall(),
                m.f1()
            )?;
        }
        let mut confusions: Vec<_> = self.confusions.iter().collect();
        confusions.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        if !confusions.is_empty() {
            writeln!(f)?;
            writeln!(f, "most frequent errors (gold → predicted):")?;
            for ((g, p), n) in confusions.into_iter().take(15) {
                writeln!(f, "  {g:<12} → {p:<12} {n}")?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::panic, reason = "tests fail loudly")]

    use super::*;
    use kroniek_core::{
        Diagnostic, EventDate, EventLayer, Layer, LayerKind, Modality, Result, Stage,
    };

    const SMALL: &str = r#"[
      {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "comment": "skipped"},
      {"id": "X-DEMAND-0001", "date": "2021-08-20", "language": "nl", "event": "DEMAND",
       "mode": "assist", "cameo": "1032",
       "source": [{"actorText": "Massoud", "code": "AFG", "sector": "REB"}],
       "target": [{"actorText": "de wereld", "code": "IGO"}],
       "text": "Massoud vroeg de wereld (opnieuw) om wapens.",
       "textInfo": {"markup": "(SRC: Massoud) (EVT: vroeg) (TAR: de wereld) (opnieuw) (EVT:om wapens)."}},
      {"id": "X-DISAPPROVE-0002", "event": "DISAPPROVE", "target": "",
       "source": [{"actorText": "Kabul", "code": "afg", "sector": "***"}],
       "text": "Kabul hekelde het besluit.", "negated": true,
       "textInfo": "(SRC: Kabul) (EVT: hekelde} het besluit."},
      {"id": "X-FIGHT-0003", "event": "FIGHT", "text": "Gevechten in (de) vallei.",
       "textInfo": {"markup": "(EVT: Gevechten) (LOC: in (TAR: (de) vallei))."}},
      {"id": "X-BOGUS-0004", "event": "BOGUS", "text": "Niets."}
    ]"#;

    #[test]
    fn markup_marks_nesting_and_plain_parentheses() {
        let m =
            parse_markup("The (SRC: United Nations) (APEC) (EVT:  sent) (LOC: to (TAR: Bosnia)).");
        assert_eq!(m.plain, "The United Nations (APEC) sent to Bosnia.");
        let texts: Vec<(MarkTag, &str)> =
            m.marks.iter().map(|k| (k.tag, k.text.as_str())).collect();
        assert_eq!(
            texts,
            [
                (MarkTag::Source, "United Nations"),
                (MarkTag::Event, "sent"),
                (MarkTag::Target, "Bosnia"),
                (MarkTag::Location, "to Bosnia"),
            ]
        );
        for k in &m.marks {
            assert_eq!(&m.plain[k.start..k.end], k.text);
        }
        let sr = parse_markup("(SRC/TAR: Hungarian) and (SRC/TAR: Romanian) (EVT: agreed)");
        assert_eq!(sr.of(MarkTag::SourceTarget).count(), 2);
        // A stray closing parenthesis is text; an unclosed mark is dropped.
        let odd = parse_markup("a) (EVT: b");
        assert_eq!(odd.plain, "a) b");
        assert!(odd.marks.is_empty());
    }

    #[test]
    fn reads_records_and_maps_draft_names() {
        let file = read_gold_str(SMALL).unwrap();
        let kinds: Vec<PloverType> = file.records.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [PloverType::Request, PloverType::Accuse, PloverType::Assault]
        );
        assert_eq!(file.skipped.len(), 1);
        assert!(file.skipped[0].contains("BOGUS"));
        let r = &file.records[0];
        assert_eq!(r.event_name, "DEMAND");
        assert_eq!(r.number(), Some(1));
        assert_eq!(r.language.as_deref(), Some("nl"));
        assert_eq!(r.sources[0].sector.as_deref(), Some("REB"));
        assert_eq!(r.targets[0].code, "IGO");
        assert_eq!(r.event_spans(&r.text), [(8, 13), (34, 43)]);
        let k = &file.records[1];
        assert!(k.negated && !k.historical);
        assert_eq!(k.sources[0].code, "AFG");
        assert_eq!(k.sources[0].sector, None);
        assert!(k.targets.is_empty());
        // The `}` typo closes the mark.
        assert_eq!(k.event_spans(&k.text), [(6, 13)]);
        assert!(read_gold_str("{}").is_err());
    }

    #[test]
    fn splits_by_trailing_number() {
        let file = read_gold_str(SMALL).unwrap();
        let odd: Vec<&str> = file
            .records
            .iter()
            .filter(|r| Split::Odd.keeps(r))
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(odd, ["X-DEMAND-0001", "X-FIGHT-0003"]);
        assert_eq!(Split::parse("Even"), Some(Split::Even));
        assert_eq!(Split::parse("half"), None);
    }

    #[test]
    fn cameo_roots_from_text() {
        let t = CameoRoots::parse(
            "03: AGREE\n036: AGREE,  , diplomatic # x\n091: ACCUSE, investigate, crime\n\
             112: DISAPPROVE, ,\n1712: ASSAULT, seize, x\n",
        );
        assert!(t.accepts(PloverType::Agree, "036"));
        assert!(t.accepts(PloverType::Investigate, "091"));
        assert!(t.accepts(PloverType::Accuse, "0911"));
        assert!(t.accepts(PloverType::Accuse, "112"));
        assert!(t.accepts(PloverType::Assault, "17"));
        assert!(!t.accepts(PloverType::Agree, "112"));
        assert!(!t.accepts(PloverType::Agree, ""));
        assert!(
            CameoRoots::built_in()
                .of(PloverType::Crime)
                .next()
                .is_none()
        );
    }

    #[test]
    fn built_in_roots_agree_with_the_shared_table() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt");
        if !path.is_file() {
            eprintln!("skipping: ../shared not found");
            return;
        }
        let file = CameoRoots::from_file(&path).unwrap();
        let built = CameoRoots::built_in();
        for kind in PloverType::ALL {
            let a: Vec<&str> = file.of(kind).collect();
            let b: Vec<&str> = built.of(kind).collect();
            assert_eq!(a, b, "{kind}");
        }
    }

    /// A coder for the test: every word in `WORDS` is an event of its type, with Kabul (AFG
    /// GOV) as the source wherever it occurs.
    struct WordCoder;
    const WORDS: [(&str, PloverType, &str, f32); 3] = [
        ("vroeg", PloverType::Request, "103", 0.9),
        ("wapens", PloverType::Aid, "072", 0.95),
        ("hekelde", PloverType::Reject, "120", 0.5),
    ];
    impl Stage for WordCoder {
        fn id(&self) -> &'static str {
            "test.words"
        }
        fn requires(&self) -> &'static [LayerKind] {
            &[]
        }
        fn provides(&self) -> LayerKind {
            LayerKind::Events
        }
        fn annotate(&self, doc: &Document, _: &mut Vec<Diagnostic>) -> Result<Layer> {
            let text = doc.text();
            let kabul = text.find("Kabul").map(|i| Participant {
                actor: None,
                text: "Kabul".into(),
                span: Span::from_range(i, i + 5).unwrap(),
                country: Some("AFG".into()),
                sector: Some("GOV".into()),
            });
            let mut events = Vec::new();
            for (w, kind, cameo, confidence) in WORDS {
                if let Some(i) = text.find(w) {
                    events.push(Event {
                        kind,
                        mode: Some("assist".into()),
                        context: None,
                        cameo: cameo.into(),
                        sources: kabul.clone().into_iter().collect(),
                        targets: Vec::new(),
                        date: EventDate::default(),
                        place: None,
                        sentence: doc.full_span(),
                        trigger: Span::from_range(i, i + w.len()).unwrap(),
                        negated: false,
                        historical: false,
                        modality: Modality::Asserted,
                        control: None,
                        confidence,
                        pattern: w.into(),
                    });
                }
            }
            Ok(Layer::Events(EventLayer { events }))
        }
    }

    #[test]
    fn scores_a_pipeline() {
        let dir = std::env::temp_dir().join(format!("kroniek-events-eval-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("gold.json");
        std::fs::write(&path, SMALL).unwrap();
        let pipeline = Pipeline::builder().stage(WordCoder).build().unwrap();
        let report = eval_events(&path, &pipeline, &EventEvalOptions::default()).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(report.records, 3);
        assert_eq!(report.cameo_table, "built-in");
        // Record 1: "wapens" (0.95) overlaps the EVT span "om wapens" and beats the more
        // confident-looking but also overlapping "vroeg" (0.9): AID, wrong type.
        // Record 2: REJECT for ACCUSE, wrong. Record 3: nothing predicted.
        assert_eq!(report.matched_by_trigger, 2);
        assert_eq!(
            report.type_accuracy,
            Ratio {
                correct: 0,
                total: 3
            }
        );
        assert_eq!(report.per_type[&PloverType::Aid].fp, 1);
        assert_eq!(report.per_type[&PloverType::Request].fn_, 1);
        assert_eq!(report.confusions[&("ASSAULT".into(), "none".into())], 1);
        // Mode matches on record 1 (gold "assist").
        assert_eq!(
            report.mode,
            Ratio {
                correct: 1,
                total: 1
            }
        );
        // Sources: record 2 predicts AFG (gold AFG): tp 1; record 1 gold AFG, none predicted.
        assert_eq!(
            report.source,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        // Code+sector: gold Kabul has no sector ("***"), so the code suffices.
        assert_eq!(
            report.source_sector,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(
            report.target,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        // The gold negation of record 2 was missed.
        assert_eq!(
            report.negated,
            Prf {
                tp: 0,
                fp: 0,
                fn_: 1
            }
        );
        assert_eq!(report.outcomes.len(), 3);
        assert!(report.outcomes.iter().all(RecordOutcome::is_error));
        let errors = report.errors(2).to_string();
        assert!(errors.starts_with("3 of 3 records"), "{errors}");
        assert!(
            errors.contains("X-DEMAND-0001 REQUEST → AID [wapens · wapens]"),
            "{errors}"
        );
        assert!(!errors.contains("X-FIGHT-0003"), "{errors}");
        let shown = report.to_string();
        assert!(shown.contains("event type accuracy"), "{shown}");
        assert!(shown.contains("ACCUSE       → REJECT"), "{shown}");
    }

    #[test]
    fn sector_matching() {
        let gold = [
            GoldActor {
                text: "a".into(),
                code: "AFG".into(),
                sector: Some("REB".into()),
            },
            GoldActor {
                text: "b".into(),
                code: "RUS".into(),
                sector: None,
            },
        ];
        let p = |c: &str, s: Option<&str>| Participant {
            actor: None,
            text: String::new(),
            span: Span::default(),
            country: Some(c.into()),
            sector: s.map(Into::into),
        };
        let predicted = [p("AFG", Some("GOV")), p("RUS", Some("MIL"))];
        assert_eq!(
            code_prf(&gold, &predicted),
            Prf {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            sector_prf(&gold, &predicted),
            Prf {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }

    /// CAMEO sector codes used in the Dutch gold set.
    const SECTORS: [&str; 20] = [
        "GOV", "MIL", "REB", "COP", "JUD", "LEG", "OPP", "CVL", "BUS", "LAB", "MED", "EDU", "REF",
        "CRM", "HLH", "AGR", "SPY", "JRN", "HRI", "UAF",
    ];

    #[test]
    fn dutch_gold_set_is_well_formed() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/events-nl.json");
        let json = std::fs::read_to_string(&path).unwrap();
        let file = read_gold_str(&json).unwrap();
        assert!(file.skipped.is_empty(), "{:?}", file.skipped);
        assert!(file.records.len() >= 150, "{} records", file.records.len());
        let mut per_type: BTreeMap<PloverType, usize> = BTreeMap::new();
        let mut ids = BTreeSet::new();
        let roots = CameoRoots::built_in();
        let code_ok = |c: &str| c.len() == 3 && c.chars().all(|c| c.is_ascii_uppercase());
        for r in &file.records {
            assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
            assert!(r.number().is_some(), "{}", r.id);
            assert_eq!(r.language.as_deref(), Some("nl"), "{}", r.id);
            assert!(
                r.date.as_deref().and_then(parse_iso_date).is_some(),
                "{}",
                r.id
            );
            *per_type.entry(r.kind).or_default() += 1;
            for a in r.sources.iter().chain(&r.targets) {
                assert!(code_ok(&a.code), "{}: code {}", r.id, a.code);
                if let Some(s) = &a.sector {
                    assert!(SECTORS.contains(&s.as_str()), "{}: sector {s}", r.id);
                }
                assert!(r.text.contains(&a.text), "{}: actor {}", r.id, a.text);
            }
            // Every record but CRIME carries a CAMEO code whose root its type covers.
            if r.kind == PloverType::Crime {
                assert!(r.cameo.is_none(), "{}", r.id);
            } else {
                let cameo = r.cameo.as_deref().unwrap_or_default();
                assert!(roots.accepts(r.kind, cameo), "{}: cameo {cameo}", r.id);
            }
            let markup = r.markup.as_ref().unwrap();
            assert_eq!(markup.plain, r.text, "{}", r.id);
            let evt: Vec<&Mark> = markup.of(MarkTag::Event).collect();
            assert!(!evt.is_empty(), "{}: no EVT", r.id);
            for m in evt {
                assert_eq!(&r.text[m.start..m.end], m.text, "{}", r.id);
            }
            assert_eq!(
                r.event_spans(&r.text).len(),
                markup.of(MarkTag::Event).count()
            );
        }
        for kind in PloverType::ALL {
            let n = per_type.get(&kind).copied().unwrap_or_default();
            assert!(n >= 6, "{kind}: {n} records");
        }
        // Negated and historical events occur in (nearly) every type.
        assert!(file.records.iter().filter(|r| r.negated).count() >= 15);
        assert!(file.records.iter().filter(|r| r.historical).count() >= 15);
    }
}
