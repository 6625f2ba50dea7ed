//! `kroniek eval <stage>`: standard metrics on standard corpora.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use kroniek_core::Lang;
use kroniek_eval::events_eval::{EventEvalOptions, Split, read_gold};

use kroniek::pipeline::{PipelineOptions, standard};

/// Which stage to evaluate.
#[derive(Debug, clap::Subcommand)]
pub enum EvalCommand {
    /// Tokens and sentence boundaries against CoNLL-U gold (the `# text` lines are joined into
    /// running text, segmented, and compared with the gold tokens and sentences).
    Segment {
        /// CoNLL-U files (language from the file name: nl_…, en_…).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// POS, lemma and dependency accuracy (UPOS, lemma, UAS, LAS) on CoNLL-U gold.
    Syntax(super::syntax::EvalSyntaxArgs),
    /// Geoparsing against XML gold (GeoVirus, TR-News): accuracy@161 km, median error, AUC,
    /// span precision/recall.
    Geo(super::geo::GeoEvalArgs),
    /// Named entities, conlleval-style precision/recall/F1 overall and per type.
    Ner(super::ner::EvalNerArgs),
    /// TIMEX3 recognition and normalisation against TimeML (.tml) gold: TempEval-3 metrics.
    Time(super::time::EvalTimeArgs),
    /// Language identification of each sentence (and of ten-sentence texts) of CoNLL-U files,
    /// with the gold language taken from the file name (nl_…, en_…).
    Lang {
        /// CoNLL-U files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// PLOVER events against gold-standard records (PLOVER GSR JSON): event type accuracy,
    /// per-type P/R/F1, CAMEO root accuracy, source/target actor P/R/F1, mode accuracy.
    Events(EvalEventsArgs),
    /// Territorial control claims and quantities against gold records (data/gold/control.json):
    /// claim P/R/F1 (region + actor + status, region + status, region), per status and
    /// language, `from`/historical/exception accuracy, attribute P/R/F1.
    Control(EvalControlArgs),
}

/// Arguments of `kroniek eval control`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek eval control data/gold/control.json
  kroniek eval control --split even --mistakes data/gold/control.json")]
pub struct EvalControlArgs {
    /// The gold file: a JSON array of control records (data/gold/README.md).
    pub file: PathBuf,
    /// Records by the trailing number of their id: odd (the tuning half), even, all.
    #[arg(long, default_value = "all")]
    pub split: String,
    /// Also list every record's missed and spurious claims.
    #[arg(long)]
    pub mistakes: bool,
}

/// Run `kroniek eval control`: each record in its own language.
fn eval_control(args: &EvalControlArgs) -> Result<i32> {
    let Some(split) = Split::parse(&args.split) else {
        bail!("--split must be odd, even or all, not `{}`", args.split);
    };
    let pipeline = standard(&PipelineOptions::default()).context("building the pipeline")?;
    let report = kroniek_eval::eval_control(&args.file, &pipeline, split)?;
    println!("{report}");
    if args.mistakes {
        print!("{}", report.mistakes());
    }
    Ok(0)
}

/// Arguments of `kroniek eval events`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek eval events data/gold/events-nl.json
  kroniek eval events --split even ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt")]
pub struct EvalEventsArgs {
    /// The gold file: a JSON array of PLOVER gold-standard records.
    pub file: PathBuf,
    /// Records by the trailing number of their id: odd (the coder's tuning half), even, all.
    #[arg(long, default_value = "all")]
    pub split: String,
    /// Score only records in this language and run the pipeline in it; by default the
    /// records' own language when they all share one, else identification.
    #[arg(long)]
    pub lang: Option<String>,
    /// CAMEO2PLOVER-2021.txt for the CAMEO roots; by default the file of that name next to
    /// FILE, else a built-in copy of its roots.
    #[arg(long)]
    pub cameo_table: Option<PathBuf>,
    /// Also list up to N records whose type or actor codes are wrong, with the trigger and
    /// pattern that coded them.
    #[arg(long, value_name = "N")]
    pub errors: Option<usize>,
    /// Plausibility threshold of the event stage (0 scores every event the rules code);
    /// default: the stage's own (0.26).
    #[arg(long, value_name = "P", value_parser = super::input::probability)]
    pub min_plausibility: Option<f32>,
}

/// Run `kroniek eval events`.
fn eval_events(args: &EvalEventsArgs) -> Result<i32> {
    let Some(split) = Split::parse(&args.split) else {
        bail!("--split must be odd, even or all, not `{}`", args.split);
    };
    let lang = match &args.lang {
        Some(l) => Some(l.trim().to_ascii_lowercase()),
        None => {
            let gold = read_gold(&args.file)?;
            let mut langs = gold.records.iter().filter_map(|r| r.language.as_deref());
            let first = langs.next().map(str::to_string);
            first.filter(|f| langs.all(|l| l == f))
        }
    };
    let pipeline = standard(&PipelineOptions {
        lang: lang.clone().map(Lang),
        min_plausibility: args.min_plausibility,
        ..PipelineOptions::default()
    })
    .context("building the pipeline")?;
    let opts = EventEvalOptions {
        split,
        lang: args.lang.clone().map(|l| l.trim().to_ascii_lowercase()),
        cameo_table: args.cameo_table.clone(),
    };
    let report = kroniek_eval::eval_events(&args.file, &pipeline, &opts)?;
    println!("{report}");
    if let Some(limit) = args.errors {
        println!("{}", report.errors(limit));
    }
    Ok(0)
}

/// Run an evaluation and print its report.
pub fn eval(cmd: &EvalCommand) -> Result<i32> {
    match cmd {
        EvalCommand::Segment { files } => {
            let report = kroniek_eval::eval_segment(files)?;
            println!("{report}");
            Ok(0)
        }
        EvalCommand::Time(args) => super::time::run(args),
        EvalCommand::Ner(args) => super::ner::eval(args),
        EvalCommand::Geo(args) => super::geo::run(args),
        EvalCommand::Syntax(args) => super::syntax::eval(args),
        EvalCommand::Lang { files } => {
            let report = kroniek_eval::eval_lang(files)?;
            println!("{report}");
            Ok(0)
        }
        EvalCommand::Events(args) => eval_events(args),
        EvalCommand::Control(args) => eval_control(args),
    }
}
