//! `kroniek eval <stage>`: standard metrics on standard corpora.

use std::path::PathBuf;

use anyhow::Result;

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
    }
}
