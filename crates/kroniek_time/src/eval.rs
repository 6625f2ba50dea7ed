//! TempEval-3 evaluation of the time stage on TimeML files.
//!
//! Each document's text is normalised, segmented as English and annotated with the DCT as
//! document date; predicted spans are mapped back to the raw text and compared with the gold
//! TIMEX3s: strict (exact) and relaxed (overlapping) span precision/recall/F1, and over the
//! relaxed matches, type and value accuracy and the value F1 of TempEval-3.

use std::fmt;
use std::path::{Path, PathBuf};

use kroniek_core::{DocDate, Document, Lang, Metadata, Pipeline};
use kroniek_text::{LanguageStage, SegmentStage, normalize};

use crate::error::{Error, Result};
use crate::stage::TimeStage;
use crate::timeml::{TimeMlDoc, read_timeml};

/// Precision, recall and F1 from counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Correct predictions.
    pub correct: usize,
    /// Predictions.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Prf {
    /// Precision.
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// One wrong or missed expression, for error analysis.
#[derive(Clone, Debug, PartialEq)]
pub struct Mistake {
    /// File name.
    pub file: String,
    /// Gold text, value and type (empty when spurious).
    pub gold: String,
    /// Predicted text, value and type (empty when missed).
    pub predicted: String,
}

/// The TempEval-3 report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeReport {
    /// Documents read.
    pub documents: usize,
    /// Exact span matches.
    pub strict: Prf,
    /// Overlapping span matches.
    pub relaxed: Prf,
    /// Relaxed matches with the right type.
    pub type_correct: usize,
    /// Relaxed matches with the right value.
    pub value_correct: usize,
    /// Per gold type: (type, gold count, relaxed matches, value correct).
    pub per_type: Vec<(String, usize, usize, usize)>,
    /// Mistakes (missed, spurious, wrong value).
    pub mistakes: Vec<Mistake>,
    /// Bytes of text annotated.
    pub bytes: usize,
}

impl TimeReport {
    /// Type accuracy over relaxed matches.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.relaxed.correct)
    }
    /// Value accuracy over relaxed matches.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.relaxed.correct)
    }
    /// Value F1: correct values over predictions and over gold.
    pub fn value(&self) -> Prf {
        Prf {
            correct: self.value_correct,
            predicted: self.relaxed.predicted,
            gold: self.relaxed.gold,
        }
    }
}

impl TimeReport {
    /// The mistakes grouped for error analysis, most frequent first: each category is
    /// `missed GOLD`, `spurious PRED` or `value GOLD -> PRED`, where GOLD and PRED are the type
    /// and the value's shape (digits written `9`: `DATE 9999-W99`), with its count.
    pub fn error_categories(&self) -> Vec<(String, usize)> {
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for m in &self.mistakes {
            let key = match (shape(&m.gold), shape(&m.predicted)) {
                (Some(g), None) => format!("missed {g}"),
                (None, Some(p)) => format!("spurious {p}"),
                (Some(g), Some(p)) => format!("value {g} -> {p}"),
                (None, None) => continue,
            };
            *counts.entry(key).or_default() += 1;
        }
        let mut out: Vec<(String, usize)> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        out
    }
}

/// `TYPE 9999-99` from a mistake's `text [TYPE value]`; `None` when empty.
fn shape(s: &str) -> Option<String> {
    let inner = s.get(s.rfind(" [")? + 2..)?.strip_suffix(']')?;
    let (kind, value) = inner.split_once(' ').unwrap_or((inner, ""));
    let value: String = value
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect();
    Some(format!("{} {value}", kind.to_uppercase()))
}

impl fmt::Display for TimeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "TempEval-3 evaluation of kroniek time ({} documents, {} bytes)",
            self.documents, self.bytes
        )?;
        writeln!(
            f,
            "{:<16} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7}",
            "", "correct", "predicted", "gold", "P", "R", "F1"
        )?;
        for (name, p) in [
            ("strict span", self.strict),
            ("relaxed span", self.relaxed),
            ("value", self.value()),
        ] {
            writeln!(
                f,
                "{:<16} {:>9} {:>9} {:>9} {:>7.4} {:>7.4} {:>7.4}",
                name,
                p.correct,
                p.predicted,
                p.gold,
                p.precision(),
                p.recall(),
                p.f1()
            )?;
        }
        writeln!(
            f,
            "type accuracy   {:.4} ({} of {} relaxed matches)",
            self.type_accuracy(),
            self.type_correct,
            self.relaxed.correct
        )?;
        writeln!(
            f,
            "value accuracy  {:.4} ({} of {} relaxed matches)",
            self.value_accuracy(),
            self.value_correct,
            self.relaxed.correct
        )?;
        writeln!(
            f,
            "per gold type:   gold  found(relaxed)  value-correct  recall  value-recall"
        )?;
        for (t, g, m, v) in &self.per_type {
            writeln!(
                f,
                "  {:<12} {:>6} {:>14} {:>14} {:>7.4} {:>13.4}",
                t,
                g,
                m,
                v,
                ratio(*m, *g),
                ratio(*v, *g)
            )?;
        }
        Ok(())
    }
}

const TYPES: [&str; 4] = ["DATE", "TIME", "DURATION", "SET"];

fn dct_date(dct: &str) -> DocDate {
    let y = dct.get(0..4).and_then(|s| s.parse().ok());
    let m = dct.get(5..7).and_then(|s| s.parse().ok());
    let d = dct.get(8..10).and_then(|s| s.parse().ok());
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => DocDate::from_ymd(y, m, d).unwrap_or_default(),
        (Some(y), Some(m), None) => DocDate::from_year_month(y, m).unwrap_or_default(),
        (Some(y), None, _) => DocDate::from_year(y).unwrap_or_default(),
        _ => DocDate::unknown(),
    }
}

/// Collect `.tml` files under the paths (directories recursively), sorted.
pub fn tml_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        collect(p, &mut out)?;
    }
    out.sort();
    Ok(out)
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if p.is_dir() {
        let rd = std::fs::read_dir(p).map_err(|source| Error::Io {
            path: p.to_path_buf(),
            source,
        })?;
        for e in rd {
            let e = e.map_err(|source| Error::Io {
                path: p.to_path_buf(),
                source,
            })?;
            collect(&e.path(), out)?;
        }
    } else if p.extension().is_some_and(|e| e == "tml") {
        out.push(p.to_path_buf());
    }
    Ok(())
}

/// Evaluate the time stage on the TimeML files under `paths`.
pub fn eval_time(paths: &[PathBuf]) -> Result<TimeReport> {
    let pipeline = Pipeline::builder()
        .stage(LanguageStage::new(Some(Lang("en".into()))))
        .stage(SegmentStage)
        .stage(TimeStage::new())
        .build()?;
    let mut report = TimeReport::default();
    let mut per_type: Vec<(String, usize, usize, usize)> =
        TYPES.iter().map(|t| ((*t).to_string(), 0, 0, 0)).collect();
    for path in tml_files(paths)? {
        let doc = read_timeml(&path)?;
        let file = path
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_default();
        score_doc(&pipeline, &doc, &file, &mut report, &mut per_type)?;
    }
    report.per_type = per_type;
    Ok(report)
}

fn score_doc(
    pipeline: &Pipeline,
    gold: &TimeMlDoc,
    file: &str,
    report: &mut TimeReport,
    per_type: &mut [(String, usize, usize, usize)],
) -> Result<()> {
    let meta = Metadata {
        date: dct_date(&gold.dct),
        ..Metadata::default()
    };
    let mut doc = Document::new(meta, normalize(&gold.text, 0));
    pipeline.run(&mut doc)?;
    report.documents += 1;
    report.bytes += gold.text.len();
    let empty = kroniek_core::TimexLayer::default();
    let layer = doc.layers().timexes().unwrap_or(&empty);
    let pred: Vec<(usize, usize, &kroniek_core::Timex)> = layer
        .timexes
        .iter()
        .map(|t| {
            let s = doc.offsets().to_original(t.span.start()) as usize;
            let e = doc.offsets().to_original(t.span.end()) as usize;
            (s, e, t)
        })
        .collect();
    report.strict.predicted += pred.len();
    report.relaxed.predicted += pred.len();
    report.strict.gold += gold.timexes.len();
    report.relaxed.gold += gold.timexes.len();
    let mut used = vec![false; pred.len()];
    let slice = |s: usize, e: usize| gold.text.get(s..e).unwrap_or("").replace('\n', " ");
    for g in &gold.timexes {
        let ti = TYPES.iter().position(|t| *t == g.kind);
        if let Some(row) = ti.and_then(|i| per_type.get_mut(i)) {
            row.1 += 1;
        }
        let hit = pred
            .iter()
            .enumerate()
            .find(|(i, (s, e, _))| !used[*i] && *s < g.end && g.start < *e);
        let Some((i, (s, e, t))) = hit else {
            report.mistakes.push(Mistake {
                file: file.to_string(),
                gold: format!("{} [{} {}]", slice(g.start, g.end), g.kind, g.value),
                predicted: String::new(),
            });
            continue;
        };
        used[i] = true;
        report.relaxed.correct += 1;
        if *s == g.start && *e == g.end {
            report.strict.correct += 1;
        }
        let kind = match t.kind {
            kroniek_core::TimexType::Date => "DATE",
            kroniek_core::TimexType::Time => "TIME",
            kroniek_core::TimexType::Duration => "DURATION",
            kroniek_core::TimexType::Set => "SET",
        };
        if kind == g.kind {
            report.type_correct += 1;
        }
        if let Some(row) = ti.and_then(|i| per_type.get_mut(i)) {
            row.2 += 1;
        }
        if t.value == g.value {
            report.value_correct += 1;
            if let Some(row) = ti.and_then(|i| per_type.get_mut(i)) {
                row.3 += 1;
            }
        } else {
            report.mistakes.push(Mistake {
                file: file.to_string(),
                gold: format!("{} [{} {}]", slice(g.start, g.end), g.kind, g.value),
                predicted: format!("{} [{} {}]", slice(*s, *e), kind, t.value),
            });
        }
    }
    for (i, (s, e, t)) in pred.iter().enumerate() {
        if !used[i] {
            report.mistakes.push(Mistake {
                file: file.to_string(),
                gold: String::new(),
                predicted: format!("{} [{:?} {}]", slice(*s, *e), t.kind, t.value),
            });
        }
    }
    Ok(())
}
