//! Territorial control claims and quantities scored against gold records (`kroniek eval
//! control`).
//!
//! **Gold.** A JSON array of records (`data/gold/control.json`): `id` (its trailing number
//! decides the odd/even split), `language`, `date` (the article's date), `text`, `control` (the
//! claims a careful reader draws from the text: `region` as an ISO 3166-2 code, or an ISO
//! 3166-1 alpha-2 code for a country; `actor`; `status`; optional `from` (TIMEX3 value),
//! `historical` and `exceptions`) and `attributes` (`place`, `name`, `value`). An empty
//! `control` says that the text supports no claim (a failed or intended capture, a denial).
//!
//! **Actors.** A gold actor is either an actor id of kroniek's dictionary (`taliban`, `m23`,
//! `rsf`: armed groups, which share country and sector codes) or a CAMEO-style code, `RUS` or
//! `MLI REB`, which a predicted actor matches when its country (and, where given, sector) is
//! the same. `null` stands for "the text does not say who".
//!
//! **Match.** Per record, each gold claim is paired with at most one predicted claim of the
//! same region, status and actor (strict). Two looser pairings are counted alongside: region
//! and status, and region alone. Per status P/R/F1 use the strict pairing. Over the strictly
//! matched claims: `from` accuracy (where the gold has one: the predicted TIMEX3 value is the
//! same), `historical` accuracy, and exception accuracy (where either side lists exceptions:
//! the same set). Attributes match on place, name and value (within 0.5%).

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use kroniek_core::{Actor, Attribute, ControlClaim, ControlStatus, Document, Pipeline};
use serde_json::Value;

use crate::events_eval::{EventsEvalError, Ratio, Split, gold_document, trailing_number};
use crate::metrics::Prf;

/// What can go wrong reading gold records or running the pipeline on them (the same as for
/// the event gold).
pub type ControlEvalError = EventsEvalError;

/// Result of this module.
pub type ControlResult<T> = std::result::Result<T, ControlEvalError>;

/// One gold claim.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldClaim {
    /// ISO 3166-2 or alpha-2 code.
    pub region: String,
    /// Actor id or CAMEO-style code (`RUS`, `MLI REB`); `None`: the text does not say who.
    pub actor: Option<String>,
    /// Status.
    pub status: ControlStatus,
    /// TIMEX3 value of the start, when the text gives one.
    pub from: Option<String>,
    /// Historical background.
    pub historical: bool,
    /// Regions excepted from the claim.
    pub exceptions: Vec<String>,
}

/// One gold quantity.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldAttribute {
    /// ISO code of the place the quantity describes.
    pub place: String,
    /// Attribute name (`population`, `dead`, …).
    pub name: String,
    /// The value.
    pub value: f64,
}

/// One gold record: a short text and what it says about control and quantities.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlRecord {
    /// Identifier; its trailing number decides the split.
    pub id: String,
    /// `nl` or `en`.
    pub language: Option<String>,
    /// The article's date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: Option<String>,
    /// The text.
    pub text: String,
    /// Claims.
    pub control: Vec<GoldClaim>,
    /// Quantities.
    pub attributes: Vec<GoldAttribute>,
}

impl ControlRecord {
    /// The trailing number of the id.
    pub fn number(&self) -> Option<u64> {
        trailing_number(&self.id)
    }

    /// The document for this record: normalised text, date, declared language, the id.
    pub fn document(&self, path: &Path) -> Document {
        gold_document(
            &self.id,
            self.date.as_deref(),
            self.language.as_deref(),
            &self.text,
            path,
        )
    }
}

/// Read a gold file.
pub fn read_control_gold(path: &Path) -> ControlResult<Vec<ControlRecord>> {
    let text = std::fs::read_to_string(path).map_err(|source| ControlEvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_control_gold(&text).map_err(|message| ControlEvalError::Format {
        path: path.to_path_buf(),
        message,
    })
}

/// Parse gold records from JSON text.
pub fn parse_control_gold(json: &str) -> std::result::Result<Vec<ControlRecord>, String> {
    let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let Value::Array(items) = value else {
        return Err("not a JSON array of control records".into());
    };
    items
        .iter()
        .enumerate()
        .map(|(i, v)| record(v).map_err(|m| format!("record {}: {m}", i + 1)))
        .collect()
}

fn text_field(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

fn record(v: &Value) -> std::result::Result<ControlRecord, String> {
    let id = text_field(v, "id").ok_or("no `id`")?;
    let text = text_field(v, "text").ok_or_else(|| format!("{id}: no `text`"))?;
    let list = |key: &str| {
        v.get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let control = list("control")
        .iter()
        .map(|c| claim(c).map_err(|m| format!("{id}: {m}")))
        .collect::<std::result::Result<_, _>>()?;
    let attributes = list("attributes")
        .iter()
        .map(|a| {
            attribute(a)
                .ok_or_else(|| format!("{id}: an attribute needs `place`, `name` and `value`"))
        })
        .collect::<std::result::Result<_, _>>()?;
    Ok(ControlRecord {
        language: text_field(v, "language"),
        date: text_field(v, "date"),
        id,
        text,
        control,
        attributes,
    })
}

fn attribute(a: &Value) -> Option<GoldAttribute> {
    Some(GoldAttribute {
        place: text_field(a, "place")?,
        name: text_field(a, "name")?,
        value: a.get("value")?.as_f64()?,
    })
}

fn claim(v: &Value) -> std::result::Result<GoldClaim, String> {
    let region = text_field(v, "region").ok_or("a claim without `region`")?;
    let status = match text_field(v, "status").as_deref() {
        Some("held") => ControlStatus::Held,
        Some("contested") => ControlStatus::Contested,
        Some("captured") => ControlStatus::Captured,
        Some("lost") => ControlStatus::Lost,
        Some("claimed") => ControlStatus::Claimed,
        other => return Err(format!("{region}: unknown status {other:?}")),
    };
    Ok(GoldClaim {
        region,
        actor: text_field(v, "actor"),
        status,
        from: text_field(v, "from"),
        historical: v.get("historical").and_then(Value::as_bool) == Some(true),
        exceptions: v
            .get("exceptions")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default(),
    })
}

/// Whether a predicted actor id matches a gold actor (see the module documentation).
fn actor_matches(gold: Option<&str>, predicted: Option<&str>, actors: &[Actor]) -> bool {
    let (Some(gold), Some(id)) = (gold, predicted) else {
        return gold.is_none() && predicted.is_none();
    };
    if gold == id {
        return true;
    }
    let mut code = gold.split_whitespace();
    let (Some(country), sector) = (code.next(), code.next()) else {
        return false;
    };
    if country.len() != 3 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let Some(actor) = actors.iter().find(|a| a.id == id) else {
        return false;
    };
    actor.country.as_deref() == Some(country)
        && sector.is_none_or(|s| actor.sector.as_deref() == Some(s))
}

/// Scores of a control evaluation.
#[derive(Clone, Debug, Default)]
pub struct ControlReport {
    /// The gold file.
    pub path: PathBuf,
    /// The records scored.
    pub split: Split,
    /// Records scored.
    pub records: usize,
    /// Region, actor and status.
    pub strict: Prf,
    /// Region and status.
    pub region_status: Prf,
    /// Region alone.
    pub region: Prf,
    /// Strict, per status.
    pub by_status: BTreeMap<&'static str, Prf>,
    /// Per language, strict.
    pub by_language: BTreeMap<String, Prf>,
    /// `from` of strictly matched claims with a gold `from`.
    pub from: Ratio,
    /// `historical` of strictly matched claims.
    pub historical: Ratio,
    /// Exceptions of strictly matched claims where either side has some.
    pub exceptions: Ratio,
    /// Records whose gold has no claim and that got none.
    pub quiet: Ratio,
    /// Place, name and value.
    pub attributes: Prf,
    /// Per record: id, missed gold claims and spurious predictions, as readable lines.
    pub mistakes: Vec<(String, Vec<String>)>,
}

/// Pair gold and predicted items with `same`; returns the pairs (gold, predicted).
fn pair<G, P>(gold: &[G], predicted: &[P], same: impl Fn(&G, &P) -> bool) -> Vec<(usize, usize)> {
    let mut used = vec![false; predicted.len()];
    let mut pairs = Vec::new();
    for (g, gi) in gold.iter().enumerate() {
        if let Some(p) = (0..predicted.len()).find(|&p| !used[p] && same(gi, &predicted[p])) {
            used[p] = true;
            pairs.push((g, p));
        }
    }
    pairs
}

fn prf(pairs: usize, predicted: usize, gold: usize) -> Prf {
    let n = |x: usize| u64::try_from(x).unwrap_or(u64::MAX);
    Prf::from_counts(n(pairs), n(predicted), n(gold))
}

impl ControlReport {
    fn score(
        &mut self,
        record: &ControlRecord,
        claims: &[ControlClaim],
        actors: &[Actor],
        attributes: &[Attribute],
    ) {
        self.records += 1;
        let gold = &record.control;
        let strict = pair(gold, claims, |g, p| {
            g.region == p.region
                && g.status == p.status
                && actor_matches(g.actor.as_deref(), p.actor.as_deref(), actors)
        });
        let s = prf(strict.len(), claims.len(), gold.len());
        self.strict += s;
        *self
            .by_language
            .entry(record.language.clone().unwrap_or_default())
            .or_default() += s;
        let loose = pair(gold, claims, |g, p| {
            g.region == p.region && g.status == p.status
        });
        self.region_status += prf(loose.len(), claims.len(), gold.len());
        let region = pair(gold, claims, |g, p| g.region == p.region);
        self.region += prf(region.len(), claims.len(), gold.len());
        for status in [
            ControlStatus::Held,
            ControlStatus::Contested,
            ControlStatus::Captured,
            ControlStatus::Lost,
            ControlStatus::Claimed,
        ] {
            let g = gold.iter().filter(|c| c.status == status).count();
            let p = claims.iter().filter(|c| c.status == status).count();
            let t = strict
                .iter()
                .filter(|&&(gi, _)| gold[gi].status == status)
                .count();
            *self.by_status.entry(status.as_str()).or_default() += prf(t, p, g);
        }
        for &(g, p) in &strict {
            let (g, p) = (&gold[g], &claims[p]);
            if let Some(from) = &g.from {
                self.from.add(p.from.as_deref() == Some(from.as_str()));
            }
            self.historical.add(g.historical == p.historical);
            if !g.exceptions.is_empty() || !p.exceptions.is_empty() {
                let mut a = g.exceptions.clone();
                let mut b = p.exceptions.clone();
                a.sort();
                b.sort();
                self.exceptions.add(a == b);
            }
        }
        if gold.is_empty() {
            self.quiet.add(claims.is_empty());
        }
        let attr = pair(&record.attributes, attributes, |g, p| {
            g.name == p.name
                && p.subject.place.as_deref() == Some(g.place.as_str())
                && (g.value - p.value).abs() <= 0.005 * g.value.abs()
        });
        self.attributes += prf(attr.len(), attributes.len(), record.attributes.len());
        let mut lines = Vec::new();
        for (i, g) in gold.iter().enumerate() {
            if !strict.iter().any(|&(gi, _)| gi == i) {
                let actor = g.actor.as_deref().unwrap_or("-");
                lines.push(format!(
                    "missed   {} {actor} {}",
                    g.region,
                    g.status.as_str()
                ));
            }
        }
        for (i, p) in claims.iter().enumerate() {
            if !strict.iter().any(|&(_, pi)| pi == i) {
                let actor = p.actor.as_deref().unwrap_or("-");
                lines.push(format!(
                    "spurious {} ({}) {actor} {}",
                    p.region,
                    p.region_name,
                    p.status.as_str()
                ));
            }
        }
        if !lines.is_empty() {
            self.mistakes.push((record.id.clone(), lines));
        }
    }

    /// The records with missed or spurious claims, one block each.
    pub fn mistakes(&self) -> String {
        let mut out = String::new();
        for (id, lines) in &self.mistakes {
            out.push_str(id);
            out.push('\n');
            for l in lines {
                out.push_str("  ");
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }
}

/// Run every gold record of `path` in `split` through `pipeline` and score its claims and
/// quantities.
pub fn eval_control(
    path: &Path,
    pipeline: &Pipeline,
    split: Split,
) -> ControlResult<ControlReport> {
    let gold = read_control_gold(path)?;
    let mut report = ControlReport {
        path: path.to_path_buf(),
        split,
        ..ControlReport::default()
    };
    for record in gold.iter().filter(|r| split.keeps_number(r.number())) {
        let mut doc = record.document(path);
        pipeline
            .run(&mut doc)
            .map_err(|source| ControlEvalError::Pipeline {
                id: record.id.clone(),
                source,
            })?;
        let layers = doc.layers();
        let claims = layers
            .control()
            .map(|l| l.claims.as_slice())
            .unwrap_or_default();
        let actors = layers
            .actors()
            .map(|l| l.actors.as_slice())
            .unwrap_or_default();
        let attributes = layers
            .attributes()
            .map(|l| l.attributes.as_slice())
            .unwrap_or_default();
        report.score(record, claims, actors, attributes);
    }
    Ok(report)
}

impl fmt::Display for ControlReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "control claims: {} ({} records, split {})",
            self.path.display(),
            self.records,
            self.split.as_str()
        )?;
        writeln!(f, "{:<30} {:>7} {:>7} {:>7}", "", "P", "R", "F1")?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, p: &Prf| {
            writeln!(
                f,
                "{name:<30} {:>7.4} {:>7.4} {:>7.4}   (tp {}, fp {}, fn {})",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp,
                p.fp,
                p.fn_
            )
        };
        row(f, "region + actor + status", &self.strict)?;
        row(f, "region + status", &self.region_status)?;
        row(f, "region", &self.region)?;
        for (status, p) in &self.by_status {
            row(f, &format!("  {status}"), p)?;
        }
        for (lang, p) in &self.by_language {
            row(f, &format!("  language {lang}"), p)?;
        }
        row(f, "attributes (place, name, value)", &self.attributes)?;
        writeln!(f, "from (matched claims)           {}", self.from)?;
        writeln!(f, "historical (matched claims)     {}", self.historical)?;
        writeln!(f, "exceptions (matched claims)     {}", self.exceptions)?;
        write!(f, "no claim where the gold has none {}", self.quiet)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

    use super::*;
    use kroniek_core::{ActorKind, Span};

    fn actor(id: &str, country: &str, sector: &str) -> Actor {
        Actor {
            id: id.into(),
            name: id.into(),
            kind: ActorKind::Group,
            country: Some(country.into()),
            sector: Some(sector.into()),
            affiliation: None,
            role: None,
            former: false,
            mentions: vec![],
        }
    }

    fn predicted(region: &str, actor: Option<&str>, status: ControlStatus) -> ControlClaim {
        ControlClaim {
            region: region.into(),
            region_name: region.into(),
            actor: actor.map(str::to_string),
            status,
            from: Some("2022-11".into()),
            to: None,
            earliest: None,
            latest: None,
            exceptions: vec![],
            historical: false,
            evidence: vec![Span::default()],
            events: vec![],
            confidence: 0.8,
        }
    }

    #[test]
    fn actors_match_by_id_or_code() {
        let actors = [actor("ukr-mil", "UKR", "MIL"), actor("m23", "COD", "REB")];
        assert!(actor_matches(Some("UKR"), Some("ukr-mil"), &actors));
        assert!(actor_matches(Some("UKR MIL"), Some("ukr-mil"), &actors));
        assert!(!actor_matches(Some("UKR REB"), Some("ukr-mil"), &actors));
        assert!(actor_matches(Some("m23"), Some("m23"), &actors));
        assert!(!actor_matches(Some("COD GOV"), Some("m23"), &actors));
        assert!(!actor_matches(Some("taliban"), Some("m23"), &actors));
        assert!(actor_matches(None, None, &actors));
        assert!(!actor_matches(None, Some("m23"), &actors));
    }

    #[test]
    fn scores_claims_strictly_and_loosely() {
        let gold = parse_control_gold(
            r#"[{"id": "T-1", "language": "en", "date": "2022-11-11", "text": "x",
                 "control": [{"region": "UA-65", "actor": "UKR", "status": "captured", "from": "2022-11"},
                             {"region": "UA-65", "actor": "RUS", "status": "lost"}]},
                {"id": "T-2", "language": "en", "text": "y", "control": []}]"#,
        )
        .unwrap();
        assert_eq!(gold[0].number(), Some(1));
        let actors = [actor("ukr-mil", "UKR", "MIL")];
        let mut report = ControlReport::default();
        let claims = [
            predicted("UA-65", Some("ukr-mil"), ControlStatus::Captured),
            predicted("UA-65", Some("ukr-mil"), ControlStatus::Lost),
        ];
        report.score(&gold[0], &claims, &actors, &[]);
        report.score(&gold[1], &claims[..1], &actors, &[]);
        assert_eq!(
            (report.strict.tp, report.strict.fp, report.strict.fn_),
            (1, 2, 1)
        );
        assert_eq!(report.region_status.tp, 2);
        assert_eq!(report.from.value(), 1.0);
        assert_eq!(report.quiet.value(), 0.0);
        assert_eq!(report.by_status["lost"].fn_, 1);
        assert!(report.mistakes().contains("missed   UA-65 RUS lost"));
    }

    #[test]
    fn bad_records_are_named() {
        let err = parse_control_gold(
            r#"[{"id": "T-1", "text": "x", "control": [{"region": "AF", "status": "won"}]}]"#,
        )
        .unwrap_err();
        assert!(err.contains("record 1") && err.contains("won"), "{err}");
        assert!(parse_control_gold("{}").is_err());
    }

    #[test]
    fn the_gold_set_is_well_formed() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/gold/control.json");
        let records = read_control_gold(&path).unwrap();
        assert!(records.len() >= 60, "{} records", records.len());
        let mut ids = std::collections::HashSet::new();
        for r in &records {
            assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
            assert!(r.number().is_some(), "{}: no number", r.id);
            assert!(
                matches!(r.language.as_deref(), Some("nl" | "en")),
                "{}",
                r.id
            );
            for c in &r.control {
                let ok = c.region.len() == 2 || c.region.get(2..3) == Some("-");
                assert!(ok, "{}: region {} is no ISO 3166 code", r.id, c.region);
            }
        }
        for status in ["held", "contested", "captured", "lost", "claimed"] {
            let n = records
                .iter()
                .flat_map(|r| &r.control)
                .filter(|c| c.status.as_str() == status)
                .count();
            assert!(n >= 3, "only {n} {status} claims");
        }
    }
}
