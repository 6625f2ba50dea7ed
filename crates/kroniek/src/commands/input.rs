//! Arguments shared by the commands that read articles (`extract`, `ingest`).

use std::path::PathBuf;

use anyhow::{Context, Result};
use kroniek::pipeline::PipelineOptions;
use kroniek_core::Lang;
use kroniek_ingest::{FieldMap, IngestOptions, InputFormat, InputPath, parse_date};

/// How inputs are read and which language they are in.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Date for documents without one of their own (2021-08-20, 2021-08, 2021, 20 augustus 2021).
    #[arg(long)]
    pub date: Option<String>,
    /// Language of every document (ISO 639-1), instead of identifying it.
    #[arg(long)]
    pub lang: Option<String>,
    /// Input format: auto, text, jsonl, csv or html.
    #[arg(long, default_value = "auto")]
    pub input_format: String,
    /// Map a document property to a record field, e.g. --field text=content (repeatable;
    /// properties: id, date, title, text, url, lang).
    #[arg(long = "field", value_name = "NAME=FIELD")]
    pub fields: Vec<String>,
    /// Skip documents with invalid UTF-8 instead of replacing the bytes.
    #[arg(long)]
    pub strict: bool,
    /// Leave out verbal and cooperative events whose plausibility (the probability, learnt
    /// from judged real news, that such an event is right) is below this, and material ones
    /// (assault, coercion, protest, …) below two thirds of it; 0 keeps every event the rules
    /// code. Default: 0.26.
    #[arg(long, value_name = "P", value_parser = probability)]
    pub min_plausibility: Option<f32>,
    /// A syntax model file (written by `train_syntax --out`, e.g. with `--ensemble 3` for
    /// voting parsers) used instead of the built-in model of its language (repeatable).
    #[arg(long = "syntax-model", value_name = "FILE")]
    pub syntax_models: Vec<PathBuf>,
}

/// A probability argument: a number from 0 to 1.
pub fn probability(s: &str) -> Result<f32, String> {
    let p: f32 = s
        .trim()
        .parse()
        .map_err(|_| format!("`{s}` is not a number"))?;
    if (0.0..=1.0).contains(&p) {
        Ok(p)
    } else {
        Err(format!("{p} is not a probability (0 to 1)"))
    }
}

impl InputArgs {
    /// Ingestion options, with `--date` and `--field` checked.
    pub fn ingest_options(&self) -> Result<IngestOptions> {
        let mut fields = FieldMap::default();
        for f in &self.fields {
            fields.map(f)?;
        }
        let default_date = match &self.date {
            Some(d) => Some(
                parse_date(d).with_context(|| format!("--date `{d}` is not a date I can read"))?,
            ),
            None => None,
        };
        Ok(IngestOptions {
            format: self.input_format.parse::<InputFormat>()?,
            fields,
            default_date,
            strict: self.strict,
        })
    }

    /// Pipeline options (`--lang`, `--min-plausibility`, `--syntax-model`).
    pub fn pipeline_options(&self) -> PipelineOptions {
        PipelineOptions {
            lang: self
                .lang
                .as_deref()
                .map(|l| Lang(l.trim().to_ascii_lowercase())),
            min_plausibility: self.min_plausibility,
            syntax_models: self.syntax_models.clone(),
        }
    }
}

/// Command-line inputs: `-` is standard input, anything else a path.
pub fn input_paths(args: &[String]) -> Vec<InputPath> {
    args.iter().map(|a| InputPath::parse(a)).collect()
}
