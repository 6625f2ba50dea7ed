//! Train a syntax model and evaluate it.
//!
//! ```sh
//! cargo run --release -p kroniek_syntax --example train_syntax -- \
//!   --lang nl --train ../shared/data/ud-nl/nl_lassysmall-ud-dev.conllu \
//!   --train ../shared/data/ud-nl/nl_lassysmall-ud-train-2017-02.conllu \
//!   --exclude ../shared/data/ud-nl/nl_alpino-ud-dev.conllu \
//!   --exclude ../shared/data/ud-nl/nl_lassysmall-ud-test.conllu \
//!   --eval ../shared/data/ud-nl/nl_alpino-ud-dev.conllu --out models/syntax/nl.bin
//! ```
//!
//! The 2017 LassySmall split repeats 979 sentences of today's LassySmall test: always exclude
//! that file when training on it. In-domain data: `--domain FILE` (repeatable) trains on FILE as well, each sentence
//! `--domain-weight N` times. `--folds K` first cross-validates on the first `--domain` file:
//! K folds of whole documents, each scored by a model that never saw it (mean over folds
//! printed); `--out` then writes the model trained on everything. `--cv-margin M` (repeatable)
//! also scores each fold's model decoded with beam pruning at margin M
//! (`Parser::set_prune_margin`). `--cv-prune SPEC` (repeatable) also scores each fold's model
//! with rows pruned by SPEC (`kroniek_syntax::prune`, e.g. `trans=4,labels=2,tagger=1`), at
//! each margin. `--prune-rows SPEC` prunes the final model's rows so before it is written and
//! evaluated. `--clusters FILE` (a word-cluster TSV such as
//! `models/ner/clusters-nl.tsv`) adds word-cluster features and stores the clusters in the
//! model. `--unlabelled FILE` (repeatable; a column file with the word first, such as
//! CoNLL-2002's `ned.train`) self-trains the parser: a first model parses its sentences of 3 to
//! `--unlabelled-max-words N` (default 40) words, and the parser is trained again with those
//! parses, each `--unlabelled-weight W` times (default 1); in cross-validation, per fold.
//! `--unlabelled-agree` keeps only the sentences that a second, greedy parser parses alike.
//! `--relabel-epochs N` trains the relabeler (`kroniek_syntax::relabel`: every relation chosen
//! again from the complete tree) for N epochs; `--cv-without-relabeler` also scores each fold's
//! model with the parser's own relations; `--relabel-keep K` gives the parser's relation a bonus
//! of K in the relabeler's choice, and `--cv-relabel-keep K` (repeatable) also scores each fold's
//! model with bonus K; `--cv-subject-rule RULE` (repeatable; `free`, or `surest+BONUS,GIVE_BACK`
//! as in `kroniek_syntax::relabel::SubjectRule`) scores each of those once more with that
//! one-subject rule; `--cv-without-foreign-fixed` once more without joining Dutch foreign units
//! by `fixed` (`kroniek_syntax::foreign`). `--ensemble K` trains K parsers (seeds `--seed`,
//! `--seed` + 1, …) whose trees vote (`kroniek_syntax::ensemble`); `--cv-voters K`
//! (repeatable) also scores each fold's model with only its first K parsers voting (1: the
//! first parser alone), so that the ensemble and one parser are compared on the same models.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut opts = kroniek_syntax::TrainOptions::new("nl", Vec::new());
    let mut out: Option<PathBuf> = None;
    let mut evals: Vec<PathBuf> = Vec::new();
    let mut folds = 0usize;
    let mut margins = vec![0.0f32];
    let mut cv_prunes: Vec<Option<kroniek_syntax::ModelPrune>> = vec![None];
    let mut prune_rows: Option<kroniek_syntax::ModelPrune> = None;
    let mut cv_without_relabeler = false;
    let mut cv_without_foreign = false;
    let mut cv_rules: Vec<Option<kroniek_syntax::relabel::SubjectRule>> = vec![None];
    let mut cv_keeps: Vec<Option<f32>> = vec![None];
    let mut cv_voters: Vec<Option<usize>> = vec![None];
    while let Some(a) = args.next() {
        let mut val = || args.next().ok_or_else(|| format!("{a} needs a value"));
        match a.as_str() {
            "--lang" => opts.lang = val()?,
            "--train" => opts.train.push(val()?.into()),
            "--exclude" => opts.exclude.push(val()?.into()),
            "--domain" => opts.domain.push(val()?.into()),
            "--domain-weight" => opts.domain_weight = val()?.parse()?,
            "--folds" => folds = val()?.parse()?,
            "--cv-margin" => margins.push(val()?.parse()?),
            "--cv-prune" => cv_prunes.push(Some(val()?.parse()?)),
            "--prune-rows" => prune_rows = Some(val()?.parse()?),
            "--lexicon" => opts.lexicon.push(val()?.into()),
            "--lexicon-skip-capitals" => opts.lexicon_skip_capitals = true,
            "--clusters" => opts.clusters = Some(val()?.into()),
            "--unlabelled" => opts.unlabelled.push(val()?.into()),
            "--unlabelled-max-words" => opts.unlabelled_max_words = val()?.parse()?,
            "--unlabelled-weight" => opts.unlabelled_weight = val()?.parse()?,
            "--unlabelled-agree" => opts.unlabelled_agree = true,
            "--relabel-epochs" => opts.relabel_epochs = val()?.parse()?,
            "--cv-without-relabeler" => cv_without_relabeler = true,
            "--cv-without-foreign-fixed" => cv_without_foreign = true,
            "--cv-subject-rule" => cv_rules.push(Some(val()?.parse()?)),
            "--ensemble" => opts.ensemble = val()?.parse()?,
            "--cv-voters" => cv_voters.push(Some(val()?.parse()?)),
            "--relabel-keep" => opts.relabel_keep = val()?.parse()?,
            "--cv-relabel-keep" => cv_keeps.push(Some(val()?.parse()?)),
            "--eval" => evals.push(val()?.into()),
            "--out" => out = Some(val()?.into()),
            "--tagger-epochs" => opts.tagger_epochs = val()?.parse()?,
            "--parser-epochs" => opts.parser_epochs = val()?.parse()?,
            "--jackknife" => opts.jackknife = val()?.parse()?,
            "--explore" => opts.explore = val()?.parse()?,
            "--seed" => opts.seed = val()?.parse()?,
            "--no-convert" => opts.convert_2017 = false,
            "--projectivize" => opts.pseudo_projective = true,
            "--parser-features" => opts.parser_features = val()?.parse()?,
            "--fine-tags" => opts.fine_tags = val()?.parse()?,
            "--beam" => opts.beam = val()?.parse()?,
            "--early-update" => opts.max_violation = false,
            "--prune" => opts.prune = val()?.parse()?,
            "--min-updates" => opts.min_updates = val()?.parse()?,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    if folds > 1 {
        let file = opts
            .domain
            .first()
            .cloned()
            .ok_or("--folds needs a --domain file")?;
        let mut variants: Vec<kroniek_syntax::CvVariant> = Vec::new();
        for &prune in &cv_prunes {
            for &margin in &margins {
                for &relabel_keep in &cv_keeps {
                    for &subject_rule in &cv_rules {
                        for without_foreign_fixed in [false, true]
                            .into_iter()
                            .take(1 + usize::from(cv_without_foreign))
                        {
                            for &voters in &cv_voters {
                                variants.push(kroniek_syntax::CvVariant {
                                    margin,
                                    prune,
                                    without_relabeler: false,
                                    relabel_keep,
                                    subject_rule,
                                    without_foreign_fixed,
                                    voters,
                                });
                            }
                        }
                    }
                }
                if cv_without_relabeler {
                    variants.push(kroniek_syntax::CvVariant {
                        margin,
                        prune,
                        without_relabeler: true,
                        relabel_keep: None,
                        subject_rule: None,
                        without_foreign_fixed: false,
                        voters: None,
                    });
                }
            }
        }
        let cvs = kroniek_syntax::cross_validate_variants(&opts, &file, folds, &variants)?;
        for (cv, v) in cvs.iter().zip(&variants) {
            if variants.len() > 1 {
                let rows = v
                    .prune
                    .map_or("all rows".to_string(), |p| format!("rows {p}"));
                let mut relations = match (v.without_relabeler, v.relabel_keep) {
                    (true, _) => ", the parser's relations".to_string(),
                    (false, Some(k)) => format!(", relabeler keeping the parser's by {k}"),
                    (false, None) => String::new(),
                };
                if let Some(rule) = v.subject_rule {
                    relations.push_str(&format!(", subject rule {rule:?}"));
                }
                if v.without_foreign_fixed {
                    relations.push_str(", foreign units as parsed");
                }
                if let Some(k) = v.voters {
                    relations.push_str(&format!(", {k} parser(s) voting"));
                }
                println!(
                    "== beam pruning margin {} (0 = exact beam), {rows}{relations}",
                    v.margin
                );
            }
            print!("{cv}");
        }
        if out.is_none() && evals.is_empty() {
            return Ok(());
        }
    }
    let (mut model, summary) = kroniek_syntax::train(&opts)?;
    print!("{summary}");
    if let Some(p) = prune_rows {
        println!("pruning rows: {p}");
        print!("{}", kroniek_syntax::prune_model(&mut model, &p));
    }
    if let Some(out) = out {
        let bytes = model.to_bytes();
        std::fs::write(&out, &bytes)?;
        println!("wrote {} ({} bytes)", out.display(), bytes.len());
    }
    for e in evals {
        println!("{}", kroniek_syntax::eval_syntax(&model, &e)?);
    }
    Ok(())
}
