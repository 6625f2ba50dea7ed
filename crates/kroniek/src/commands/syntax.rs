//! `kroniek train syntax`, `kroniek parse` and `kroniek eval syntax`: thin wrappers around
//! `kroniek_syntax`.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use kroniek_syntax::{SyntaxModel, TrainOptions};

/// Arguments of `kroniek train syntax`.
#[derive(Debug, clap::Args)]
pub struct TrainSyntaxArgs {
    /// Language code stored in the model (nl, en).
    #[arg(long)]
    pub lang: String,
    /// Training treebanks (CoNLL-U), in priority order; later duplicates of a sentence text
    /// are skipped.
    #[arg(long, required = true)]
    pub train: Vec<PathBuf>,
    /// Held-out treebanks: never trained on (their sentence texts are excluded), evaluated after
    /// training.
    #[arg(long)]
    pub dev: Vec<PathBuf>,
    /// Where to write the model.
    #[arg(long, short)]
    pub out: PathBuf,
    /// Tagger epochs.
    #[arg(long, default_value_t = 8)]
    pub tagger_epochs: usize,
    /// Parser epochs.
    #[arg(long, default_value_t = 10)]
    pub parser_epochs: usize,
    /// Random seed.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
    /// In-domain treebanks (news), each sentence trained on --domain-weight times.
    #[arg(long)]
    pub domain: Vec<PathBuf>,
    /// Repeats of each in-domain sentence.
    #[arg(long, default_value_t = 1)]
    pub domain_weight: usize,
    /// Column files (word POS …, CoNLL-2002/2003) whose POS tags feed the tagger lexicon.
    #[arg(long)]
    pub lexicon: Vec<PathBuf>,
    /// Leave sentences in capitals (headlines, datelines) out of the lexicon files.
    #[arg(long)]
    pub lexicon_skip_capitals: bool,
    /// Word-cluster TSV (models/ner/clusters-LANG.tsv) whose clusters become tagger and parser
    /// features and are stored in the model.
    #[arg(long)]
    pub clusters: Option<PathBuf>,
    /// Parser beam width (1 = greedy dynamic-oracle parser; the built-in models use 8).
    #[arg(long, default_value_t = 1)]
    pub beam: usize,
    /// Beam training with early update instead of max-violation.
    #[arg(long)]
    pub early_update: bool,
    /// First cross-validate over the documents of the first --domain file with this many folds
    /// and print each fold's figures (0: none).
    #[arg(long, default_value_t = 0)]
    pub folds: usize,
    /// Pseudo-projective training (lift crossing arcs, encode the lift in the label, undo it
    /// after parsing); measured worse on Dutch news, so off by default.
    #[arg(long)]
    pub projectivize: bool,
    /// Parser feature set (0: the round-2 set; default: the current one).
    #[arg(long, default_value_t = kroniek_syntax::parser::FEATURE_SET)]
    pub parser_features: u8,
    /// Morphological features that refine the tagger's UPOS classes for the parser, as
    /// `VERB,AUX=VerbForm` (UPOS tags `=` FEATS names, rules joined by `;`); none by default.
    #[arg(long, default_value = "")]
    pub fine_tags: kroniek_syntax::finetag::FineTags,
}

/// Arguments of `kroniek parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Language of the built-in model (nl, en).
    #[arg(long)]
    pub lang: String,
    /// CoNLL-U file whose tokenisation is kept.
    #[arg(long)]
    pub conllu: PathBuf,
    /// A model file instead of the built-in one.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

/// Arguments of `kroniek eval syntax`.
#[derive(Debug, clap::Args)]
pub struct EvalSyntaxArgs {
    /// CoNLL-U files (language from the file name: nl_…, en_…, unless --lang).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Language of the built-in model to use.
    #[arg(long)]
    pub lang: Option<String>,
    /// A model file instead of the built-in one.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

fn load(lang: &str, model: Option<&Path>) -> Result<SyntaxModel> {
    if let Some(path) = model {
        let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
        return Ok(SyntaxModel::from_bytes(&bytes)?);
    }
    match kroniek_syntax::embedded::for_lang(lang) {
        Some(m) => Ok(m?),
        None => bail!("no built-in syntax model for `{lang}` (nl and en exist)"),
    }
}

/// `kroniek train syntax`.
pub fn train(args: &TrainSyntaxArgs) -> Result<i32> {
    let mut opts = TrainOptions::new(&args.lang, args.train.clone());
    opts.exclude = args.dev.clone();
    opts.tagger_epochs = args.tagger_epochs;
    opts.parser_epochs = args.parser_epochs;
    opts.seed = args.seed;
    opts.domain = args.domain.clone();
    opts.domain_weight = args.domain_weight;
    opts.lexicon = args.lexicon.clone();
    opts.lexicon_skip_capitals = args.lexicon_skip_capitals;
    opts.clusters = args.clusters.clone();
    opts.beam = args.beam;
    opts.max_violation = !args.early_update;
    opts.pseudo_projective = args.projectivize;
    opts.parser_features = args.parser_features;
    opts.fine_tags = args.fine_tags.clone();
    if args.folds > 1
        && let Some(f) = args.domain.first()
    {
        println!("{}", kroniek_syntax::cross_validate(&opts, f, args.folds)?);
    }
    let (model, summary) = kroniek_syntax::train(&opts)?;
    eprint!("{summary}");
    std::fs::write(&args.out, model.to_bytes())
        .with_context(|| format!("writing {}", args.out.display()))?;
    for dev in &args.dev {
        println!("{}", kroniek_syntax::eval_syntax(&model, dev)?);
    }
    Ok(0)
}

/// `kroniek parse`.
pub fn parse(args: &ParseArgs) -> Result<i32> {
    let model = load(&args.lang, args.model.as_deref())?;
    print!("{}", kroniek_syntax::parse_conllu(&model, &args.conllu)?);
    Ok(0)
}

/// `kroniek eval syntax`.
pub fn eval(args: &EvalSyntaxArgs) -> Result<i32> {
    for file in &args.files {
        let lang = match &args.lang {
            Some(l) => l.clone(),
            None => file
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.split('_').next())
                .unwrap_or("und")
                .to_string(),
        };
        let model = load(&lang, args.model.as_deref())?;
        println!("{}", kroniek_syntax::eval_syntax(&model, file)?);
    }
    Ok(0)
}
