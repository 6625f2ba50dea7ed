//! Training a [`SyntaxModel`] from CoNLL-U treebanks, deterministically (seeded).
//!
//! Training files are read in order and deduplicated by sentence text: a sentence whose text was
//! already seen (in an earlier file, or in any `exclude` file) is skipped. The 2017 LassySmall
//! train split has no `# text` lines, so its sentences are compared by their forms run together
//! with the other sentences' texts without whitespace ([`Sentence::dedup_key`]): listing today's
//! LassySmall dev before it drops its old copies of dev sentences, and `--exclude` on today's
//! LassySmall test its copies of test sentences (809 and 979 sentences of the 2017 split; until
//! session 22 they were compared by their forms joined by spaces, which matched only copies
//! without attached punctuation). Listing an evaluation file under `exclude` guarantees it never
//! leaks into training.

use std::collections::{BTreeSet, HashSet};
use std::fmt;
use std::path::PathBuf;

use crate::clusters::Clusters;
use crate::conllu::{Sentence, read_file};
use crate::convert::ArgPairs;
use crate::error::{Error, Result};
use crate::finetag::FineTags;
use crate::hashing::Rng;
use crate::lemma::Lemmatizer;
use crate::lexicon::Lexicon;
use crate::model::{Member, SyntaxModel};
use crate::parser::{ParseExample, Parser, ParserOptions};
use crate::particles::Particles;
use crate::projective;
use crate::relabel::Relabeler;
use crate::tagger::{Tagger, TaggerOptions, Tok};

/// What to train on and how.
#[derive(Clone, Debug)]
pub struct TrainOptions {
    /// Language code stored in the model (`nl`, `en`).
    pub lang: String,
    /// Training treebanks, in priority order.
    pub train: Vec<PathBuf>,
    /// Treebanks whose sentence texts must not be trained on (held-out evaluation data).
    pub exclude: Vec<PathBuf>,
    /// In-domain treebanks (news), read after `train` and trained on `domain_weight` times.
    pub domain: Vec<PathBuf>,
    /// How many times each in-domain sentence is trained on (1: like any other sentence).
    pub domain_weight: usize,
    /// Column files (`word POS …`, e.g. CoNLL-2002) for the tagger's external lexicon.
    pub lexicon: Vec<PathBuf>,
    /// Tagger epochs.
    pub tagger_epochs: usize,
    /// Parser epochs.
    pub parser_epochs: usize,
    /// Folds for jackknifed training tags for the parser (0 or 1: gold tags).
    pub jackknife: usize,
    /// Exploration probability of the dynamic oracle.
    pub explore: f64,
    /// Seed for everything random.
    pub seed: u64,
    /// Convert Dutch sentences in the 2017 conventions to today's ([`crate::convert`]).
    pub convert_2017: bool,
    /// Averaged weights below this magnitude are dropped when the model is frozen.
    pub prune: f32,
    /// Features that took part in fewer perceptron updates are dropped when it is frozen.
    pub min_updates: u32,
    /// Lift non-projective arcs in training trees (not in Dutch trees of the 2017 conventions)
    /// and undo the lift after parsing ([`crate::projective`]); off (the default: lifting all
    /// trees lost 1–2 UAS points in the Dutch cross-validation, lifting only modern ones gained
    /// nothing): crossing arcs count as lost by the oracle.
    pub pseudo_projective: bool,
    /// The parser's transition feature set ([`crate::parser::FEATURE_SET`] by default).
    pub parser_features: u8,
    /// Morphological features that refine the tagger's UPOS classes ([`crate::finetag`]);
    /// empty by default (plain UPOS).
    pub fine_tags: FineTags,
    /// Leave sentences written in capitals out of the tagger lexicon's files (headlines and
    /// datelines; [`Lexicon::read_columns`]). On for English (CoNLL-2003's datelines); off for
    /// Dutch, whose cross-validation lost 0.6 UAS with it (within seed noise, but no gain).
    pub lexicon_skip_capitals: bool,
    /// The parser's beam width: 1 = greedy with the dynamic oracle; 2 or more = beam search
    /// trained as a global structured perceptron ([`crate::beam`]).
    pub beam: usize,
    /// Beam training's update: max-violation (`true`) or early update (`false`).
    pub max_violation: bool,
    /// A word-cluster file (`form TAB count TAB coarse TAB middle TAB fine`, e.g.
    /// `models/ner/clusters-nl.tsv`) whose clusters become tagger and parser features and are
    /// stored in the model ([`crate::clusters`]); `None`: no cluster features (the parser then
    /// uses feature set 1 at most).
    pub clusters: Option<PathBuf>,
    /// Unannotated sentences for self-training the parser: column files with the word first
    /// (CoNLL-2002 news text). When given, a first model trained without them parses them,
    /// and the parser is trained again on the treebanks plus those parses ([`self_training`]).
    pub unlabelled: Vec<PathBuf>,
    /// Self-training: only sentences of 3 to this many words are parsed and trained on.
    pub unlabelled_max_words: usize,
    /// Self-training: how many times each parsed sentence is trained on.
    pub unlabelled_weight: usize,
    /// Self-training: keep only the sentences that a second, greedy parser (trained on the
    /// same treebanks) parses exactly alike.
    pub unlabelled_agree: bool,
    /// Epochs of the relabeler ([`crate::relabel`]), trained on the parser's training trees
    /// and tags; 0 = none (relations stay the parser's).
    pub relabel_epochs: usize,
    /// The relabeler's bonus for the parser's own relation ([`Relabeler::set_keep`]).
    pub relabel_keep: f32,
    /// Parsers in the model: 1 = one; K > 1 = K − 1 more trained alike with seeds `seed + 1`,
    /// `seed + 2`, …, whose trees vote with the first's ([`crate::ensemble`]).
    pub ensemble: usize,
}

impl TrainOptions {
    /// Defaults for `lang` with the given training files.
    pub fn new(lang: &str, train: Vec<PathBuf>) -> TrainOptions {
        TrainOptions {
            lang: lang.to_string(),
            train,
            exclude: Vec::new(),
            domain: Vec::new(),
            domain_weight: 1,
            lexicon: Vec::new(),
            tagger_epochs: 8,
            parser_epochs: 10,
            jackknife: 4,
            explore: 0.9,
            seed: 7,
            convert_2017: true,
            prune: crate::perceptron::PRUNE,
            min_updates: crate::perceptron::MIN_UPDATES,
            pseudo_projective: false,
            parser_features: crate::parser::FEATURE_SET,
            fine_tags: FineTags::default(),
            lexicon_skip_capitals: false,
            beam: 1,
            max_violation: true,
            clusters: None,
            unlabelled: Vec::new(),
            unlabelled_max_words: 40,
            unlabelled_weight: 1,
            unlabelled_agree: false,
            relabel_epochs: 0,
            relabel_keep: 0.0,
            ensemble: 1,
        }
    }
}

/// What training saw.
#[derive(Clone, Debug, Default)]
pub struct TrainSummary {
    /// Sentences trained on.
    pub sentences: usize,
    /// Words trained on.
    pub words: usize,
    /// Of these, in-domain sentences (each trained on `domain_weight` times).
    pub domain_sentences: usize,
    /// Sentences skipped as duplicates or excluded texts.
    pub duplicates: usize,
    /// Sentences skipped for broken trees (a HEAD outside the sentence).
    pub broken: usize,
    /// Non-projective training trees (kept; lifted when pseudo-projective).
    pub non_projective: usize,
    /// Non-projective arcs in the training trees, and arcs in all.
    pub non_projective_arcs: (usize, usize),
    /// Arcs lifted to make the training trees projective.
    pub lifted: usize,
    /// UPOS classes, dependency labels.
    pub classes: (usize, usize),
    /// Tagger lexicon words and classes.
    pub lexicon_sizes: (usize, usize),
    /// Lemmatiser lexicon entries and edit rules.
    pub lemma_sizes: (usize, usize),
    /// Automatic parses the parser was also trained on (self-training).
    pub parsed_sentences: usize,
    /// Accuracy of the jackknifed training tags (if used).
    pub jackknife_accuracy: Option<f64>,
    /// Words in the word-cluster map (0: no cluster features).
    pub clusters: usize,
}

impl fmt::Display for TrainSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "trained on {} sentences, {} words ({} duplicate/excluded and {} broken sentences skipped; {} non-projective trees kept)",
            self.sentences, self.words, self.duplicates, self.broken, self.non_projective
        )?;
        writeln!(
            f,
            "{} of {} arcs non-projective; {} arcs lifted",
            self.non_projective_arcs.0, self.non_projective_arcs.1, self.lifted
        )?;
        if self.domain_sentences > 0 {
            writeln!(f, "{} of them in-domain", self.domain_sentences)?;
        }
        writeln!(
            f,
            "{} UPOS classes, {} dependency labels; lemmatiser: {} lexicon entries, {} edit rules",
            self.classes.0, self.classes.1, self.lemma_sizes.0, self.lemma_sizes.1
        )?;
        if self.lexicon_sizes.0 > 0 {
            writeln!(
                f,
                "tagger lexicon: {} words in {} classes",
                self.lexicon_sizes.0, self.lexicon_sizes.1
            )?;
        }
        if self.clusters > 0 {
            writeln!(f, "word clusters: {} words", self.clusters)?;
        }
        if self.parsed_sentences > 0 {
            writeln!(
                f,
                "self-training: the parser also trained on {} automatic parses",
                self.parsed_sentences
            )?;
        }
        if let Some(a) = self.jackknife_accuracy {
            writeln!(f, "jackknifed training-tag accuracy: {:.2}%", 100.0 * a)?;
        }
        Ok(())
    }
}

/// Normalise a treebank sentence to the conventions the model learns (see the crate docs):
/// Dutch lemmas lose Alpino's `_` compound marks (where the form has a hyphen, it stays:
/// [`crate::lemma::unmark_compound`]), and a verb with a `compound:prt` particle
/// keeps only its own lemma (`aan_sporen` on `spoorde` → `sporen`), the particle being
/// recombined at prediction time; the 2017 `flat:name` becomes today's `flat`.
pub fn normalise_sentence(lang: &str, s: &mut Sentence) {
    if lang != "nl" {
        return;
    }
    let has_prt: Vec<bool> = (1..=s.words.len() as u32)
        .map(|i| {
            s.words
                .iter()
                .any(|w| w.head == i && w.deprel == "compound:prt")
        })
        .collect();
    for (w, prt) in s.words.iter_mut().zip(has_prt) {
        if w.lemma.contains('_') && w.lemma != "_" {
            w.lemma = if prt {
                w.lemma.rsplit('_').next().unwrap_or_default().to_string()
            } else {
                crate::lemma::unmark_compound(&w.form, &w.lemma)
            };
        }
        if w.deprel == "flat:name" {
            w.deprel = "flat".to_string();
        }
        // 2017: possessives were DET/det; today they are PRON/nmod:poss.
        if w.upos == "DET"
            && w.deprel == "det"
            && POSSESSIVES.contains(&w.lemma.to_lowercase().as_str())
        {
            w.upos = "PRON".to_string();
            w.deprel = "nmod:poss".to_string();
        }
    }
}

/// Dutch possessive determiners (lemmas).
const POSSESSIVES: &[&str] = &[
    "mijn", "jouw", "zijn", "haar", "ons", "onze", "uw", "hun", "m'n", "z'n",
];

fn is_projective(heads: &[usize]) -> bool {
    let arcs: Vec<(usize, usize)> = heads
        .iter()
        .enumerate()
        .map(|(i, &h)| ((i + 1).min(h), (i + 1).max(h)))
        .collect();
    for &(a, b) in &arcs {
        for &(c, d) in &arcs {
            if a < c && c < b && b < d {
                return false;
            }
        }
    }
    true
}

/// The sentences read so far, for deduplication. Two sentences that both carry `# text` are
/// the same when their texts are (whitespace normalised: the rule the committed models were
/// trained with, which keeps the English training set as it was). A sentence without `# text`
/// (LassySmall's 2017 split) is the same as any earlier one with its [`Sentence::dedup_key`],
/// its text without whitespace, and so is a later sentence with `# text` as an earlier one
/// without: the spacing of tokens joined by spaces says nothing about the original text.
#[derive(Default)]
struct Seen {
    texts: HashSet<String>,
    squeezed: HashSet<String>,
    squeezed_textless: HashSet<String>,
}

impl Seen {
    /// Remember `s`; false when it was seen before.
    fn insert(&mut self, s: &Sentence) -> bool {
        let squeezed = s.dedup_key();
        let new = if s.text.is_some() {
            let new_text = self.texts.insert(s.text_key());
            new_text && !self.squeezed_textless.contains(&squeezed)
        } else {
            self.texts.insert(s.text_key());
            self.squeezed_textless.insert(squeezed.clone());
            !self.squeezed.contains(&squeezed)
        };
        self.squeezed.insert(squeezed);
        new
    }
}

/// Read, deduplicate and normalise the training sentences (`train`, then `domain` files).
pub fn load_training(opts: &TrainOptions, summary: &mut TrainSummary) -> Result<Vec<Sentence>> {
    Ok(load_weighted(opts, summary)?.0)
}

/// Like [`load_training`], with the number of times each sentence is to be trained on.
pub fn load_weighted(
    opts: &TrainOptions,
    summary: &mut TrainSummary,
) -> Result<(Vec<Sentence>, Vec<usize>)> {
    let mut seen = Seen::default();
    for path in &opts.exclude {
        for s in read_file(path)? {
            seen.insert(&s);
        }
    }
    let files = opts.train.iter().map(|p| (p, 1, false)).chain(
        opts.domain
            .iter()
            .map(|p| (p, opts.domain_weight.max(1), true)),
    );
    let mut read = Vec::new();
    for (path, weight, domain) in files {
        for s in read_file(path)? {
            if !seen.insert(&s) {
                summary.duplicates += 1;
                continue;
            }
            read.push((s, weight, domain));
        }
    }
    // Prepositional objects as today's treebanks among the `train` files mark them (not the
    // in-domain files, which cross-validation scores), for converting the 2017 split.
    let args = ArgPairs::learn(
        read.iter()
            .filter(|(s, _, domain)| !domain && !crate::convert::is_2017(s))
            .map(|r| &r.0),
    );
    let mut out = Vec::new();
    let mut copies = Vec::new();
    for (s, weight, _) in read {
        match prepare(opts, s, &args) {
            Some(s) => {
                out.push(s);
                copies.push(weight);
            }
            None => summary.broken += 1,
        }
    }
    Ok((out, copies))
}

/// Check, convert and normalise one treebank sentence for training; `None` for a broken tree.
/// A 2017 LassySmall sentence is converted to today's conventions, its prepositional objects
/// by `args`.
pub fn prepare(opts: &TrainOptions, mut s: Sentence, args: &ArgPairs) -> Option<Sentence> {
    let n = s.words.len() as u32;
    if s.words.iter().any(|w| w.head > n) {
        return None;
    }
    if opts.lang == "nl" && opts.convert_2017 && crate::convert::is_2017(&s) {
        crate::convert::convert_2017(&mut s);
        args.relabel(&mut s.words);
    }
    normalise_sentence(&opts.lang, &mut s);
    Some(s)
}

/// The tagger's training pairs of a sentence: each word and its (fine) tag.
fn tag_pairs(fine: &FineTags, s: &Sentence) -> Vec<(String, String)> {
    s.words
        .iter()
        .map(|w| (w.form.clone(), fine.tag(&w.upos, &w.feats)))
        .collect()
}

/// Train a model. Deterministic for given options and files.
pub fn train(opts: &TrainOptions) -> Result<(SyntaxModel, TrainSummary)> {
    let mut summary = TrainSummary::default();
    let (sents, copies) = load_weighted(opts, &mut summary)?;
    train_sentences(opts, &sents, &copies, summary)
}

/// Repeat each item `copies[i]` times (1 where `copies` is short).
fn expand<T: Clone>(items: &[T], copies: &[usize]) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    for (i, x) in items.iter().enumerate() {
        for _ in 0..copies.get(i).copied().unwrap_or(1).max(1) {
            out.push(x.clone());
        }
    }
    out
}

/// Train on prepared sentences ([`prepare`]), sentence `i` repeated `copies[i]` times; the
/// file lists of `opts` are not read. `summary` carries what loading counted.
pub fn train_sentences(
    opts: &TrainOptions,
    sents: &[Sentence],
    copies: &[usize],
    summary: TrainSummary,
) -> Result<(SyntaxModel, TrainSummary)> {
    let (mut model, summary) = train_one(opts, sents, copies, summary)?;
    for i in 1..opts.ensemble.max(1) {
        let mut other = opts.clone();
        other.seed = opts.seed.wrapping_add(i as u64);
        let (m, _) = train_one(&other, sents, copies, summary.clone())?;
        model.ensemble.push(Member {
            tagger: m.tagger,
            parser: m.parser,
            relabeler: m.relabeler,
        });
    }
    Ok((model, summary))
}

/// One model (one parser) as [`train_sentences`] trains it.
fn train_one(
    opts: &TrainOptions,
    sents: &[Sentence],
    copies: &[usize],
    summary: TrainSummary,
) -> Result<(SyntaxModel, TrainSummary)> {
    if opts.unlabelled.is_empty() {
        return train_with_parses(opts, sents, copies, &[], summary);
    }
    let mut first = opts.clone();
    first.unlabelled.clear();
    let (model, _) = train_with_parses(&first, sents, copies, &[], summary.clone())?;
    let second = if opts.unlabelled_agree {
        let mut greedy = first.clone();
        greedy.beam = 1;
        greedy.seed = opts.seed.wrapping_add(1);
        Some(train_with_parses(&greedy, sents, copies, &[], summary.clone())?.0)
    } else {
        None
    };
    let parsed = self_training(opts, &model, second.as_ref(), sents)?;
    train_with_parses(&first, sents, copies, &parsed, summary)
}

/// Self-training (McClosky, Charniak and Johnson 2006; for parsers across domains: Yu, Elkaref
/// and Bohnet 2015): the sentences of `opts.unlabelled` of 3 to `unlabelled_max_words` words
/// (not headlines in capitals, not sentences that lost a damaged word), parsed by `model` (tags, lemmas, heads and relations as it predicts them). Sentences whose
/// text is in the treebanks (`sents`, the `exclude` and `domain` files) are left out, so an
/// evaluation sentence is never trained on, not even as its own parse. With a `second` model,
/// only the sentences both parse alike (every head and relation) are kept: agreement between
/// two different parsers picks the parses most likely right (Sagae and Tsujii 2007).
pub fn self_training(
    opts: &TrainOptions,
    model: &SyntaxModel,
    second: Option<&SyntaxModel>,
    sents: &[Sentence],
) -> Result<Vec<Sentence>> {
    let squeeze = |t: &str| -> String { t.chars().filter(|c| !c.is_whitespace()).collect() };
    let mut known: HashSet<String> = sents.iter().map(Sentence::dedup_key).collect();
    for path in opts.exclude.iter().chain(&opts.domain) {
        known.extend(read_file(path)?.iter().map(Sentence::dedup_key));
    }
    let mut out = Vec::new();
    for path in &opts.unlabelled {
        for words in Lexicon::read_column_sentences(path, true, true)? {
            let forms: Vec<&str> = words.iter().map(|(f, _)| f.as_str()).collect();
            if !(3..=opts.unlabelled_max_words).contains(&forms.len())
                || !known.insert(squeeze(&forms.concat()))
            {
                continue;
            }
            let analysis = model.analyse(&forms);
            if let Some(other) = second {
                let alike = other
                    .analyse(&forms)
                    .iter()
                    .zip(&analysis)
                    .all(|(a, b)| a.head == b.head && a.deprel == b.deprel);
                if !alike {
                    continue;
                }
            }
            let mut s = Sentence::from_forms(&forms);
            for (w, t) in s.words.iter_mut().zip(analysis) {
                w.upos = t.upos;
                w.feats = t.feats.unwrap_or_default();
                w.lemma = t.lemma;
                w.head = t.head;
                w.deprel = t.deprel;
            }
            out.push(s);
        }
    }
    Ok(out)
}

/// Train on prepared sentences, and the parser also on `parsed` (automatic parses for
/// self-training, each trained on `opts.unlabelled_weight` times, their predicted tags as
/// they are; not used by the tagger or the lemmatiser).
fn train_with_parses(
    opts: &TrainOptions,
    sents: &[Sentence],
    copies: &[usize],
    parsed: &[Sentence],
    mut summary: TrainSummary,
) -> Result<(SyntaxModel, TrainSummary)> {
    if sents.is_empty() {
        return Err(Error::NoTrainingData);
    }
    summary.sentences = sents.len();
    summary.words = sents.iter().map(|s| s.words.len()).sum();
    summary.domain_sentences = copies.iter().filter(|&&c| c > 1).count();
    let topts = TaggerOptions {
        epochs: opts.tagger_epochs,
        seed: opts.seed,
        prune: opts.prune,
        min_updates: opts.min_updates,
    };
    let fine = &opts.fine_tags;
    let tag_data: Vec<Vec<(String, String)>> = sents.iter().map(|s| tag_pairs(fine, s)).collect();
    let lex = Lexicon::from_files(&opts.lexicon, opts.lexicon_skip_capitals)?;
    summary.lexicon_sizes = lex.sizes();
    let clusters = match &opts.clusters {
        Some(path) => Clusters::read_tsv(path)?,
        None => Clusters::default(),
    };
    summary.clusters = clusters.len();
    let parser_features = if clusters.is_empty() {
        opts.parser_features.min(1)
    } else {
        opts.parser_features
    };
    let tagger = Tagger::train_with_clusters(
        &expand(&tag_data, copies),
        topts,
        lex.clone(),
        clusters.clone(),
    );
    let tag_index = |t: &str| tagger.tags().iter().position(|x| x == t).unwrap_or(0);

    // The parser's tokens of a sentence, and its tree (heads and relations).
    let toks_of = |s: &Sentence| -> Vec<Tok> {
        let mut t: Vec<Tok> = s
            .words
            .iter()
            .enumerate()
            .map(|(i, w)| Tok::new(&w.form, i == 0))
            .collect();
        clusters.fill(&mut t);
        t
    };
    let tree_of = |s: &Sentence| -> (Vec<usize>, Vec<String>) {
        (
            s.words.iter().map(|w| w.head as usize).collect(),
            s.words.iter().map(|w| w.deprel.clone()).collect(),
        )
    };

    // Training tags for the parser: jackknifed predictions, or gold.
    let mut toks: Vec<Vec<Tok>> = sents.iter().map(toks_of).collect();
    let mut tags: Vec<Vec<usize>> = sents
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| tag_index(&fine.tag(&w.upos, &w.feats)))
                .collect()
        })
        .collect();
    if opts.jackknife > 1 {
        let k = opts.jackknife;
        let mut fold: Vec<usize> = (0..sents.len()).map(|i| i % k).collect();
        Rng::new(opts.seed ^ 0xF01D).shuffle(&mut fold);
        let (mut right, mut total) = (0usize, 0usize);
        for f in 0..k {
            let part: Vec<Vec<(String, String)>> = tag_data
                .iter()
                .zip(&fold)
                .zip(copies.iter().chain(std::iter::repeat(&1)))
                .filter(|((_, g), _)| **g != f)
                .flat_map(|((d, _), &c)| std::iter::repeat_n(d, c.max(1)).cloned())
                .collect();
            let t = Tagger::train_with_clusters(&part, topts, lex.clone(), clusters.clone());
            for (i, _) in fold.iter().enumerate().filter(|(_, g)| **g == f) {
                let pred: Vec<usize> = t
                    .tag(&toks[i])
                    .into_iter()
                    .map(|c| t.tags().get(c).map_or(0, |s| tag_index(s)))
                    .collect();
                right += pred.iter().zip(&tags[i]).filter(|(a, b)| a == b).count();
                total += pred.len();
                tags[i] = pred;
            }
        }
        summary.jackknife_accuracy = Some(right as f64 / total.max(1) as f64);
    }

    // Trees for the parser: heads and relations, lifted to projective ones if asked.
    let mut trees: Vec<(Vec<usize>, Vec<String>)> = sents.iter().map(tree_of).collect();
    summary.non_projective = trees.iter().filter(|t| !is_projective(&t.0)).count();
    summary.non_projective_arcs = (
        trees
            .iter()
            .map(|t| projective::non_projective_arcs(&t.0).len())
            .sum(),
        summary.words,
    );
    if opts.pseudo_projective {
        // The 2017 split's crossing arcs are mostly old annotation conventions: not lifted.
        for ((heads, rels), s) in trees.iter_mut().zip(sents) {
            if !(opts.lang == "nl" && crate::convert::is_2017(s)) {
                summary.lifted += projective::projectivize_labels(heads, rels);
            }
        }
    }
    // Self-training parses: their own tokens, predicted tags and trees.
    let mut parser_copies = copies.to_vec();
    parser_copies.resize(sents.len(), 1);
    for s in parsed {
        toks.push(toks_of(s));
        tags.push(
            s.words
                .iter()
                .map(|w| tag_index(&fine.tag(&w.upos, &w.feats)))
                .collect(),
        );
        trees.push(tree_of(s));
        parser_copies.push(opts.unlabelled_weight.max(1));
    }
    summary.parsed_sentences = parsed.len();
    let mut labels: BTreeSet<String> = trees
        .iter()
        .flat_map(|t| t.1.iter())
        .flat_map(|l| l.split(projective::LIFT))
        .map(str::to_string)
        .collect();
    labels.extend(trees.iter().flat_map(|t| t.1.iter().cloned()));
    labels.insert("root".to_string());
    let labels: Vec<String> = labels.into_iter().collect();
    let label_index = |l: &str| labels.iter().position(|x| x == l).unwrap_or(0) as u16;
    let examples: Vec<ParseExample> = trees
        .into_iter()
        .zip(toks)
        .zip(tags)
        .map(|(((heads, rels), toks), tags)| ParseExample {
            toks,
            tags,
            heads,
            labels: rels.iter().map(|l| label_index(l)).collect(),
        })
        .collect();
    summary.classes = (tagger.tags().len(), labels.len());
    // The relabeler learns from the same trees and tags (lifted relations read as their base).
    let mut relabeler = Relabeler::train(
        &examples,
        &labels,
        &parser_copies,
        opts.relabel_epochs,
        opts.seed,
        opts.prune,
        opts.min_updates,
    );
    relabeler.set_keep(opts.relabel_keep);
    let parser = Parser::train(
        &expand(&examples, &parser_copies),
        labels,
        ParserOptions {
            epochs: opts.parser_epochs,
            seed: opts.seed,
            explore: opts.explore,
            prune: opts.prune,
            min_updates: opts.min_updates,
            features: parser_features,
            beam: opts.beam,
            max_violation: opts.max_violation,
        },
    );
    let lemma_data: Vec<(String, String, String)> = sents
        .iter()
        .flat_map(|s| {
            s.words
                .iter()
                .map(|w| (w.form.clone(), w.upos.clone(), w.lemma.clone()))
        })
        .collect();
    let lemmatizer = Lemmatizer::train(&lemma_data);
    let particles = Particles::learn(
        sents
            .iter()
            .flat_map(|s| s.words.iter().map(|w| (w.form.as_str(), w.deprel.as_str()))),
    );
    summary.lemma_sizes = lemmatizer.sizes();
    Ok((
        SyntaxModel {
            lang: opts.lang.clone(),
            tagger,
            lemmatizer,
            parser,
            particles,
            relabeler,
            ensemble: Vec::new(),
            voters: 0,
            foreign_fixed: true,
        },
        summary,
    ))
}
