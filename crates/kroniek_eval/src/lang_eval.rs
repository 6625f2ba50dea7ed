//! Language identification on treebank sentences: short texts, where identifiers fail first.
//!
//! Each sentence's `# text` is identified on its own; its gold language comes from the file
//! name (`nl_…`, `en_…`). Reports accuracy by length, the share of `und` answers, per-language
//! precision/recall/F1 over all files given, and the most frequent confusions. A second pass
//! joins every ten sentences into a paragraph-sized text.

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use kroniek_text::LanguageIdentifier;

use crate::conllu::read_conllu;
use crate::error::Result;
use crate::metrics::Prf;
use crate::segment_eval::lang_of;

/// Length buckets in characters.
const BUCKETS: [(usize, usize, &str); 4] = [
    (0, 20, "< 20 chars"),
    (20, 50, "20–49"),
    (50, 100, "50–99"),
    (100, usize::MAX, "≥ 100"),
];

/// Correct and total counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Accuracy {
    /// Correct answers.
    pub correct: u64,
    /// `und` answers.
    pub und: u64,
    /// All items.
    pub total: u64,
}

impl Accuracy {
    fn add(&mut self, gold: &str, predicted: &str) {
        self.total += 1;
        if gold == predicted {
            self.correct += 1;
        } else if predicted == "und" {
            self.und += 1;
        }
    }

    /// Share correct.
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 / self.total as f64
        }
    }
}

/// The outcome of `kroniek eval lang`.
#[derive(Clone, Debug, Default)]
pub struct LangReport {
    /// Sentence accuracy per length bucket.
    pub by_length: Vec<(&'static str, Accuracy)>,
    /// Accuracy on ten-sentence texts.
    pub paragraphs: Accuracy,
    /// Per gold language P/R/F1 over sentences.
    pub per_lang: BTreeMap<String, Prf>,
    /// (gold, predicted) → count, for errors.
    pub confusions: BTreeMap<(String, String), u64>,
}

/// Identify every sentence (and every ten-sentence run) of the CoNLL-U files.
pub fn eval_lang(paths: &[PathBuf]) -> Result<LangReport> {
    let id = LanguageIdentifier::new();
    let mut buckets = [Accuracy::default(); BUCKETS.len()];
    let mut report = LangReport::default();
    let mut predicted_count: BTreeMap<String, u64> = BTreeMap::new();
    let mut gold_count: BTreeMap<String, u64> = BTreeMap::new();
    let mut correct_count: BTreeMap<String, u64> = BTreeMap::new();
    for path in paths {
        let gold = lang_of(path);
        let sentences = read_conllu(path)?;
        let texts: Vec<String> = sentences.iter().map(|s| s.text_or_rebuilt()).collect();
        for text in &texts {
            let predicted = id.identify(text).lang.0;
            let chars = text.chars().count();
            if let Some(i) = BUCKETS
                .iter()
                .position(|(lo, hi, _)| (*lo..*hi).contains(&chars))
            {
                buckets[i].add(gold, &predicted);
            }
            *gold_count.entry(gold.to_string()).or_default() += 1;
            *predicted_count.entry(predicted.clone()).or_default() += 1;
            if predicted == gold {
                *correct_count.entry(gold.to_string()).or_default() += 1;
            } else {
                *report
                    .confusions
                    .entry((gold.to_string(), predicted))
                    .or_default() += 1;
            }
        }
        for chunk in texts.chunks(10) {
            let joined = chunk.join(" ");
            report.paragraphs.add(gold, &id.identify(&joined).lang.0);
        }
    }
    for (lang, &gold) in &gold_count {
        let correct = correct_count.get(lang).copied().unwrap_or(0);
        let predicted = predicted_count.get(lang).copied().unwrap_or(0);
        report
            .per_lang
            .insert(lang.clone(), Prf::from_counts(correct, predicted, gold));
    }
    report.by_length = BUCKETS
        .iter()
        .zip(buckets)
        .map(|((_, _, name), acc)| (*name, acc))
        .collect();
    Ok(report)
}

impl fmt::Display for LangReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "sentences by length   accuracy      und   count")?;
        let mut all = Accuracy::default();
        for (name, acc) in &self.by_length {
            writeln!(
                f,
                "  {name:<19} {:>8.4} {:>8} {:>7}",
                acc.accuracy(),
                acc.und,
                acc.total
            )?;
            all.correct += acc.correct;
            all.und += acc.und;
            all.total += acc.total;
        }
        writeln!(
            f,
            "  {:<19} {:>8.4} {:>8} {:>7}",
            "all",
            all.accuracy(),
            all.und,
            all.total
        )?;
        writeln!(
            f,
            "ten-sentence texts    {:>8.4} {:>8} {:>7}",
            self.paragraphs.accuracy(),
            self.paragraphs.und,
            self.paragraphs.total
        )?;
        writeln!(f, "per language (sentences)")?;
        for (lang, prf) in &self.per_lang {
            writeln!(f, "  {lang:<4} {prf}")?;
        }
        let mut errors: Vec<_> = self.confusions.iter().collect();
        errors.sort_by(|a, b| b.1.cmp(a.1));
        if !errors.is_empty() {
            write!(f, "most frequent errors (gold→predicted):")?;
            for ((g, p), n) in errors.iter().take(8) {
                write!(f, " {g}→{p} {n}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}
