//! Training: a structured averaged perceptron over Viterbi-decoded IOB2 sequences, with seeded
//! shuffling, optionally several seeds side by side averaged after every epoch (a model soup),
//! keeping the epoch that scores best on the dev set.

use std::sync::Arc;

use crate::conll::ConllCorpus;
use crate::eval::{NerReport, eval_corpus};
use crate::features::{FeatureSet, PreparedSentence, extract};
use crate::history::History;
use crate::lexicon::Lexicon;
use crate::model::{Emission, Model, Transitions, viterbi};
use crate::tags::{NUM_TAGS, Tag};

/// Training settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffling (of the first member of a soup, [`TrainConfig::soup`]).
    pub seed: u64,
    /// The weight table has `2^bits` rows.
    pub bits: u8,
    /// Passes of a two-stage model's second pass (`None`: [`TrainOptions::epochs`]). With a
    /// dev set the best of them is kept, as for the first pass; without one (a final model
    /// trained on train and dev together) the first pass runs `epochs` and the second this
    /// many, so both can be set to what a run with a dev set chose.
    pub second_epochs: Option<usize>,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 20,
            seed: 20_021,
            bits: 20,
            second_epochs: None,
        }
    }
}

/// What the model reads beyond the base features.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrainConfig {
    /// Optional feature groups.
    pub features: FeatureSet,
    /// The lexicon of the language (clusters, counts), needed by some groups.
    pub lexicon: Option<Arc<Lexicon>>,
    /// Two stages ([`crate::history`]) when at least 2: the number of folds over the training
    /// documents whose first-pass tags, each from a model trained on the other folds, train
    /// the second pass.
    pub folds: usize,
    /// Shuffling seeds trained side by side and averaged after every epoch into one model
    /// ("model soup"; 0 and 1: one seed). The first seed is [`TrainOptions::seed`], the others
    /// follow from it (`soup_seed`); the epoch is chosen on the averaged model.
    pub soup: usize,
    /// Word dropout in percent (0: none): during training, each token of a sentence loses its
    /// two word-identity features (the form and the lowercase form) with this probability, drawn
    /// anew every epoch from a seeded generator, so the weights lean more on shape, affix,
    /// context, cluster and gazetteer features, as they must for names never seen in training.
    pub word_dropout: u8,
}

impl TrainConfig {
    /// The committed models' configuration for `lang`: the feature groups of [`FeatureSet::ALL`]
    /// (for Dutch also [`FeatureSet::ORG_NAMES`]: `eval-reports/ner.md`, Dutch dev F1 82.80 on
    /// the mean of four seeds against 82.40, English unchanged), with the embedded lexicon of
    /// the language (groups that need one are left off without it).
    pub fn standard(lang: &str) -> TrainConfig {
        let features = if lang == "nl" {
            FeatureSet(FeatureSet::ALL.0 | FeatureSet::ORG_NAMES)
        } else {
            FeatureSet::ALL
        };
        TrainConfig {
            features,
            lexicon: Lexicon::embedded(lang),
            folds: STANDARD_FOLDS,
            soup: STANDARD_SOUP,
            word_dropout: 0,
        }
    }
}

/// Folds of the standard two-stage training.
const STANDARD_FOLDS: usize = 5;

/// Shuffling seeds averaged in the standard training (`eval-reports/ner.md`: Dutch dev F1
/// 82.40 on the mean of four seeds against 82.11 for one seed, with less seed spread).
const STANDARD_SOUP: usize = 4;

/// How many features at the start of a token's features (after the bias) name the word itself
/// (templates 1 and 2 of [`crate::features::extract`]: the form, the lowercase form), which
/// [`TrainConfig::word_dropout`] leaves out.
const WORD_FEATURES: usize = 2;

/// The shuffling seed of soup member `k` (member 0 has `seed` itself).
pub fn soup_seed(seed: u64, k: usize) -> u64 {
    seed.wrapping_add((k as u64).wrapping_mul(0x9e37_79b9))
}

/// One epoch's result.
#[derive(Clone, Debug, PartialEq)]
pub struct EpochReport {
    /// 1-based epoch.
    pub epoch: usize,
    /// Training sentences whose prediction was wrong (before the update).
    pub errors: usize,
    /// Dev scores of the averaged weights after this epoch, when a dev set was given.
    pub dev: Option<NerReport>,
}

struct Example {
    feats: Vec<u32>,
    offsets: Vec<usize>,
    gold: Vec<Tag>,
}

/// First-pass tags of a corpus: per document, per sentence.
type FirstTags = Vec<Vec<Vec<Tag>>>;

fn prepare(
    corpus: &ConllCorpus,
    mask: u32,
    config: &TrainConfig,
    first: Option<&FirstTags>,
) -> Vec<Example> {
    let mut buf = Vec::new();
    let contexts = corpus.contexts();
    let mut out = Vec::new();
    for (d, (doc, ctx)) in corpus.docs.iter().zip(&contexts).enumerate() {
        let doc_first = first.and_then(|f| f.get(d));
        let history = doc_first.map(|tags| {
            let words: Vec<&[String]> = doc.iter().map(|s| s.words.as_slice()).collect();
            History::new(&words, tags)
        });
        for (k, s) in doc.iter().enumerate() {
            let mut sent = PreparedSentence::in_doc(&s.words, ctx)
                .with_lexicon(config.lexicon.as_deref(), config.features);
            if let (Some(h), Some(own)) = (&history, doc_first.and_then(|t| t.get(k))) {
                h.apply(&mut sent, own);
            }
            let mut feats = Vec::new();
            let mut offsets = vec![0];
            for i in 0..s.words.len() {
                extract(&sent, i, mask, &mut buf);
                feats.extend_from_slice(&buf);
                offsets.push(feats.len());
            }
            out.push(Example {
                feats,
                offsets,
                gold: s.gold.clone(),
            });
        }
    }
    out
}

/// SplitMix64: a small seeded generator for the shuffle.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            #[expect(clippy::cast_possible_truncation, reason = "modulo a usize")]
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Perceptron weights with lazy averaging: `avg = w - u / c`.
struct Weights {
    w: Vec<f32>,
    u: Vec<f32>,
    tw: Vec<f32>,
    tu: Vec<f32>,
    c: f32,
}

impl Weights {
    fn update(&mut self, row: u32, tag: Tag, d: f32) {
        let k = row as usize * NUM_TAGS + tag.index();
        if let (Some(w), Some(u)) = (self.w.get_mut(k), self.u.get_mut(k)) {
            *w += d;
            *u += self.c * d;
        }
    }

    fn update_trans(&mut self, prev: Option<Tag>, cur: Tag, d: f32) {
        let p = prev.map_or(NUM_TAGS, Tag::index);
        let k = p * NUM_TAGS + cur.index();
        if let (Some(w), Some(u)) = (self.tw.get_mut(k), self.tu.get_mut(k)) {
            *w += d;
            *u += self.c * d;
        }
    }

    fn transitions(w: &[f32]) -> Transitions {
        let mut t = [[0.0; NUM_TAGS]; NUM_TAGS + 1];
        for (k, v) in w.iter().enumerate() {
            if let Some(x) = t
                .get_mut(k / NUM_TAGS)
                .and_then(|r| r.get_mut(k % NUM_TAGS))
            {
                *x = *v;
            }
        }
        t
    }

    fn new(size: usize, tsize: usize) -> Weights {
        Weights {
            w: vec![0.0; size],
            u: vec![0.0; size],
            tw: vec![0.0; tsize],
            tu: vec![0.0; tsize],
            c: 1.0,
        }
    }

    /// The averaged model of several weight sets trained alike (one set: its averaged
    /// perceptron), as the mean of their averaged weights.
    fn averaged(sets: &[Weights], lang: &str, bits: u8, config: &TrainConfig) -> Model {
        let mut w = Vec::new();
        let mut tw = Vec::new();
        for set in sets {
            let add = |acc: &mut Vec<f32>, w: &[f32], u: &[f32]| {
                if acc.is_empty() {
                    acc.resize(w.len(), 0.0);
                }
                for ((a, w), u) in acc.iter_mut().zip(w).zip(u) {
                    *a += w - u / set.c;
                }
            };
            add(&mut w, &set.w, &set.u);
            add(&mut tw, &set.tw, &set.tu);
        }
        if sets.len() > 1 {
            #[expect(clippy::cast_precision_loss, reason = "a handful of seeds")]
            let n = sets.len() as f32;
            for v in w.iter_mut().chain(tw.iter_mut()) {
                *v /= n;
            }
        }
        Model::from_float(lang, bits, &w, Self::transitions(&tw))
            .with_features(config.features, config.lexicon.clone())
    }

    /// One perceptron epoch over `examples` in `order`; returns the sentences predicted wrong.
    /// With `dropout` (a percentage above 0 and its generator), each token's word-identity
    /// features ([`WORD_FEATURES`]) are left out of this sentence's scoring and update with that
    /// probability.
    fn epoch(
        &mut self,
        examples: &[Example],
        order: &[usize],
        em: &mut Vec<Emission>,
        mut dropout: Option<(u8, &mut Rng)>,
    ) -> usize {
        let mut errors = 0;
        let mut kept: Vec<(usize, usize)> = Vec::new();
        for &ix in order {
            let Some(ex) = examples.get(ix) else { continue };
            let trans = Weights::transitions(&self.tw);
            em.clear();
            kept.clear();
            for win in ex.offsets.windows(2) {
                let drop = match dropout.as_mut() {
                    Some((p, rng)) => rng.next() % 100 < u64::from(*p),
                    None => false,
                };
                // Features at `win[0] + 1 .. win[0] + 1 + WORD_FEATURES` are the word itself.
                let cut = if drop {
                    (win[0] + 1, (win[0] + 1 + WORD_FEATURES).min(win[1]))
                } else {
                    (win[0], win[0])
                };
                kept.push(cut);
                let mut e = [0.0f32; NUM_TAGS];
                let rows = ex.feats.get(win[0]..win[1]).unwrap_or(&[]);
                for (k, &row) in rows.iter().enumerate() {
                    if (cut.0..cut.1).contains(&(win[0] + k)) {
                        continue;
                    }
                    let s = row as usize * NUM_TAGS;
                    if let Some(w) = self.w.get(s..s + NUM_TAGS) {
                        for (a, x) in e.iter_mut().zip(w) {
                            *a += x;
                        }
                    }
                }
                em.push(e);
            }
            let pred = viterbi(em, &trans);
            if pred != ex.gold {
                errors += 1;
                for (i, win) in ex.offsets.windows(2).enumerate() {
                    let (g, p) = (ex.gold[i], pred[i]);
                    let (gp, pp) = if i == 0 {
                        (None, None)
                    } else {
                        (Some(ex.gold[i - 1]), Some(pred[i - 1]))
                    };
                    if g != p {
                        let cut = kept.get(i).copied().unwrap_or((0, 0));
                        let rows = ex.feats.get(win[0]..win[1]).unwrap_or(&[]);
                        for (k, &row) in rows.iter().enumerate() {
                            if (cut.0..cut.1).contains(&(win[0] + k)) {
                                continue;
                            }
                            self.update(row, g, 1.0);
                            self.update(row, p, -1.0);
                        }
                    }
                    if g != p || gp != pp {
                        self.update_trans(gp, g, 1.0);
                        self.update_trans(pp, p, -1.0);
                    }
                }
            }
            self.c += 1.0;
        }
        errors
    }
}

/// Train a model for `lang` on `train` with the standard configuration
/// ([`TrainConfig::standard`]), reporting each epoch to `progress`; with a dev set the epoch
/// with the best dev F1 is kept, otherwise the last.
pub fn train(
    lang: &str,
    train: &ConllCorpus,
    dev: Option<&ConllCorpus>,
    opts: TrainOptions,
    progress: &mut dyn FnMut(&EpochReport),
) -> (Model, Vec<EpochReport>) {
    train_with(
        lang,
        train,
        dev,
        opts,
        &TrainConfig::standard(lang),
        progress,
    )
}

/// [`train()`] with a given configuration: with `config.folds` ≥ 2 a two-stage model whose
/// first pass is trained as usual (its epoch chosen on the dev set), and whose second pass is
/// trained on first-pass tags that each come from a model trained, for as many epochs, on the
/// other folds of the training documents (so the second pass learns from first-pass output as
/// error-prone as at test time).
pub fn train_with(
    lang: &str,
    train: &ConllCorpus,
    dev: Option<&ConllCorpus>,
    opts: TrainOptions,
    config: &TrainConfig,
    progress: &mut dyn FnMut(&EpochReport),
) -> (Model, Vec<EpochReport>) {
    let (first, mut reports) = train_pass(lang, train, dev, opts, config, None, progress);
    if config.folds < 2 {
        return (first, reports);
    }
    // The fold models train as long as the kept first pass: its best dev epoch (the earliest of
    // equal ones, as `train_pass` keeps), or every epoch without a dev set.
    let dev_f1 = |r: &EpochReport| r.dev.as_ref().map(|d| d.overall.f1());
    let best_epoch = reports
        .iter()
        .filter_map(|r| dev_f1(r).map(|f| (f, r.epoch)))
        .fold(None, |best: Option<(f64, usize)>, (f, e)| match best {
            Some((bf, _)) if bf >= f => best,
            _ => Some((f, e)),
        })
        .map_or(opts.epochs, |(_, e)| e);
    let fold_opts = TrainOptions {
        epochs: best_epoch,
        ..opts
    };
    let mut first_tags: FirstTags = train
        .docs
        .iter()
        .map(|d| d.iter().map(|s| vec![Tag::O; s.words.len()]).collect())
        .collect();
    for k in 0..config.folds {
        let rest = ConllCorpus {
            docs: (0..train.docs.len())
                .filter(|i| i % config.folds != k)
                .filter_map(|i| train.docs.get(i).cloned())
                .collect(),
            line_count: 0,
        };
        let (fold_model, _) = train_pass(lang, &rest, None, fold_opts, config, None, &mut |_| {});
        for (i, doc) in train.docs.iter().enumerate() {
            if i % config.folds != k {
                continue;
            }
            let words: Vec<&[String]> = doc.iter().map(|s| s.words.as_slice()).collect();
            if let Some(slot) = first_tags.get_mut(i) {
                *slot = fold_model
                    .tag_document(&words)
                    .into_iter()
                    .map(|t| t.tags)
                    .collect();
            }
        }
    }
    let second_config = TrainConfig {
        features: FeatureSet(config.features.0 | FeatureSet::HISTORY),
        ..config.clone()
    };
    let second_opts = TrainOptions {
        epochs: opts.second_epochs.unwrap_or(opts.epochs),
        ..opts
    };
    let (model, second_reports) = train_pass(
        lang,
        train,
        dev,
        second_opts,
        &second_config,
        Some((&first, &first_tags)),
        progress,
    );
    reports.extend(second_reports);
    (model, reports)
}

/// One perceptron training; with `first` (a first-pass model and its tags of `train`), the
/// second pass of a two-stage model, returned joined to the first.
fn train_pass(
    lang: &str,
    train: &ConllCorpus,
    dev: Option<&ConllCorpus>,
    opts: TrainOptions,
    config: &TrainConfig,
    first: Option<(&Model, &FirstTags)>,
    progress: &mut dyn FnMut(&EpochReport),
) -> (Model, Vec<EpochReport>) {
    let mask = (1u32 << opts.bits) - 1;
    let examples = prepare(train, mask, config, first.map(|f| f.1));
    let join = |m: Model| match first {
        Some((f, _)) => f.clone().with_second(m),
        None => m,
    };
    let size = (1usize << opts.bits) * NUM_TAGS;
    let tsize = (NUM_TAGS + 1) * NUM_TAGS;
    let members = config.soup.max(1);
    let mut sets: Vec<Weights> = (0..members).map(|_| Weights::new(size, tsize)).collect();
    let mut orders: Vec<Vec<usize>> = vec![(0..examples.len()).collect(); members];
    let mut rngs: Vec<Rng> = (0..members).map(|k| Rng(soup_seed(opts.seed, k))).collect();
    let mut drop_rngs: Vec<Rng> = (0..members)
        .map(|k| Rng(soup_seed(opts.seed, k) ^ 0x5eed_d409))
        .collect();
    let mut best: Option<(f64, Model)> = None;
    let mut reports = Vec::new();
    let mut em: Vec<Emission> = Vec::new();
    for epoch in 1..=opts.epochs {
        let mut errors = 0;
        for (((set, order), rng), drop_rng) in sets
            .iter_mut()
            .zip(&mut orders)
            .zip(&mut rngs)
            .zip(&mut drop_rngs)
        {
            rng.shuffle(order);
            let dropout = (config.word_dropout > 0).then_some((config.word_dropout, drop_rng));
            errors += set.epoch(&examples, order, &mut em, dropout);
        }
        let model = join(Weights::averaged(&sets, lang, opts.bits, config));
        let dev_report = dev.map(|d| eval_corpus(&model, d, "dev"));
        let f1 = dev_report.as_ref().map_or(0.0, |r| r.overall.f1());
        let report = EpochReport {
            epoch,
            errors,
            dev: dev_report,
        };
        progress(&report);
        reports.push(report);
        if dev.is_none() || best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, model));
        }
    }
    let model = best.map_or_else(
        || join(Weights::averaged(&sets, lang, opts.bits, config)),
        |(_, m)| m,
    );
    (model, reports)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::read_conll;

    /// Three tiny Dutch sentences with persons and places.
    const TOY: &str = "Jan X B-PER\nwoont X O\nin X O\nGent X B-LOC\n\n\
Piet X B-PER\nwerkt X O\nin X O\nBrugge X B-LOC\n\n\
Marie X B-PER\nJansen X I-PER\nwoont X O\nin X O\nLeuven X B-LOC\n";

    #[test]
    fn learns_a_toy_corpus_deterministically() {
        let c = read_conll(TOY.as_bytes());
        let opts = TrainOptions {
            epochs: 5,
            seed: 1,
            bits: 12,
            ..TrainOptions::default()
        };
        let one_stage = TrainConfig {
            folds: 0,
            ..TrainConfig::standard("nl")
        };
        let (m, reports) = train_with("nl", &c, Some(&c), opts, &one_stage, &mut |_| {});
        assert_eq!(reports.len(), 5);
        let r = eval_corpus(&m, &c, "toy");
        assert!(r.overall.f1() > 0.99, "{r}");
        let (m2, _) = train_with("nl", &c, Some(&c), opts, &one_stage, &mut |_| {});
        assert_eq!(m, m2);
    }

    #[test]
    fn word_dropout_is_seeded_and_changes_the_weights() {
        let c = read_conll(TOY.as_bytes());
        let opts = TrainOptions {
            epochs: 8,
            seed: 1,
            bits: 12,
            ..TrainOptions::default()
        };
        let plain = TrainConfig {
            folds: 0,
            soup: 2,
            ..TrainConfig::standard("nl")
        };
        let dropped = TrainConfig {
            word_dropout: 50,
            ..plain.clone()
        };
        let (a, _) = train_with("nl", &c, Some(&c), opts, &plain, &mut |_| {});
        let (b, _) = train_with("nl", &c, Some(&c), opts, &dropped, &mut |_| {});
        let (b2, _) = train_with("nl", &c, Some(&c), opts, &dropped, &mut |_| {});
        assert_eq!(b, b2, "the same seed drops the same features");
        assert_ne!(a, b);
        let r = eval_corpus(&b, &c, "toy");
        assert!(r.overall.f1() > 0.99, "{r}");
    }

    #[test]
    fn trains_two_stages_on_jackknifed_tags() {
        let doc = "-DOCSTART- -X- O\n\nJan X B-PER\nwoont X O\nin X O\nGent X B-LOC\n\n\
Napster X B-ORG\ngroeit X O\n\nOok X O\nNapster X B-ORG\nwerkt X O\nin X O\nGent X B-LOC\n\n";
        let text = doc.repeat(4);
        let c = read_conll(text.as_bytes());
        assert_eq!(c.docs.len(), 4);
        let opts = TrainOptions {
            epochs: 4,
            seed: 7,
            bits: 12,
            ..TrainOptions::default()
        };
        let config = TrainConfig {
            features: FeatureSet::default(),
            lexicon: None,
            folds: 2,
            soup: 1,
            word_dropout: 0,
        };
        let (m, reports) = train_with("nl", &c, Some(&c), opts, &config, &mut |_| {});
        assert_eq!(reports.len(), 8, "first and second pass epochs");
        let r = eval_corpus(&m, &c, "toy");
        assert!(r.overall.f1() > 0.99, "{r}");
        let back = Model::from_bytes(&m.to_bytes().unwrap()).unwrap();
        assert_eq!(back, m);
        assert_ne!(back, m.first_pass(), "the second pass was kept");
        // Without a dev set (a final model on train and dev together) the passes run the
        // epochs they are given, each its own.
        let fixed = TrainOptions {
            second_epochs: Some(2),
            ..opts
        };
        let (f, reports) = train_with("nl", &c, None, fixed, &config, &mut |_| {});
        assert_eq!(
            reports.len(),
            6,
            "four first-pass and two second-pass epochs"
        );
        assert!(reports.iter().all(|r| r.dev.is_none()));
        assert_ne!(f, m, "the second pass stopped earlier");
    }
}
