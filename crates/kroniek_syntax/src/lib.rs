//! Syntax for kroniek: part of speech, lemmas and dependency parses for Dutch and English.
//!
//! Design choices:
//!
//! - **Averaged perceptrons with hashed features** everywhere ([`perceptron`]): features are
//!   hashed to `u32` keys without building strings ([`hashing`]), and weights are stored sparsely
//!   (only classes that took part in an update), so scoring is a handful of hash lookups per
//!   decision. Training is deterministic: a seeded SplitMix64 shuffles data and drives
//!   exploration.
//! - **Small models**: when a model is frozen, averaged weights below 0.5 and features that
//!   took part in fewer than 2 updates are dropped, and each weight is quantised to one byte
//!   (sign + 128 log-spaced magnitude levels, within ±4% of its value); the model file stores
//!   keys as varint deltas and classes and codes column by column, deflate-compressed
//!   (`miniz_oxide`). That took the Dutch model from 18.4 MB to 2.6 MB and the English one from
//!   24.8 MB to 3.6 MB for at most 0.2 points (see `eval-reports/syntax.md`).
//! - **Dutch training data** ([`convert`]): the 2017 LassySmall split is converted to today's
//!   conventions (modals as `aux`, copulas other than `zijn` as verbs, `als` as `SCONJ`,
//!   ordinals as `ADJ`, UD v1 coordination: `cc` and punctuation to the following conjunct,
//!   every other punctuation mark from the root word to its unit by [`punct`]) before training.
//! - **Punctuation** ([`punct`]): after parsing, marks are attached by UD's rule from the rest
//!   of the tree (it reproduces 99.4–99.9% of the Dutch treebanks' marks from their trees).
//! - **News domain** ([`crossval`]): in-domain treebanks (`TrainOptions::domain`, Alpino dev)
//!   are trained on with a weight (each sentence repeated); since they then cannot score the
//!   model, figures come from k-fold cross-validation over whole documents, each fold scored by
//!   a model that never saw it.
//! - **Tagger** ([`tagger`]): greedy left-to-right UPOS tagging with affix, shape and context
//!   features, a tag dictionary for frequent unambiguous words, and an external lexicon
//!   ([`lexicon`]): the tags a word takes in another tagged news corpus (CoNLL-2002/2003), in
//!   that corpus's own tag set, as features (no tag mapping needed; +1.1 UPOS on Dutch news).
//! - **Fine tags** ([`finetag`], optional: `TrainOptions::fine_tags`): the tagger's classes may
//!   be the UPOS refined by treebank features (`VERB|VerbForm=Part`), so that the parser tells a
//!   Dutch finite verb from the participle or infinitive that closes its clause; weights shared
//!   per UPOS ([`groups`], format version 7) keep the evidence for "verb" in one place.
//!   `SyntaxModel::analyse` splits a fine tag back into `upos` and `feats`. The Dutch model
//!   uses `VerbForm` (+0.7–0.8 UAS and LAS by cross-validation, round 12); English does not.
//! - **Lemmatiser** ([`lemma`]): suffix edit rules chosen per (UPOS, longest known suffix), plus
//!   a lexicon of the training words the rules get wrong; rules may delete a participle's `ge`
//!   counted from the end of the word, a rule whose output is a known training lemma is
//!   preferred, and a capitalised sentence-initial word that is not a name is lemmatised in
//!   lower case. Dutch lemmas follow the 2017 LassySmall
//!   convention (no `_` compound marks, but a compound's hyphen stays: `24-jarig`; a separable
//!   verb's own lemma, `riep` → `roepen`); the
//!   particle is recombined into [`kroniek_core::TokenSyntax::compound_lemma`] (`oproepen`) from
//!   the parser's `compound:prt` arc.
//! - **Parser** ([`parser`]): arc-eager transitions with Goldberg and Nivre's dynamic oracle and
//!   exploration; non-projective training trees are used as they are (their crossing arcs count
//!   as lost by the oracle), so nothing is skipped or crashes. Arc labels come from a second
//!   perceptron at the moment each arc is made. Transition features follow Zhang and Nivre
//!   (2011) (second-leftmost/rightmost children, grandparent, third stack word) plus the word
//!   that ends `b0`'s clause (the last word before the next punctuation: where a Dutch verb
//!   cluster stands); the feature set is stored in the model so older files parse as before.
//!   Pseudo-projective parsing ([`projective`], Nivre and Nilsson 2005) is implemented and
//!   tested but off by default: only 0.8% of Alpino's arcs cross, and lifting the training
//!   trees cost 1–2 UAS points in the cross-validation.
//! - **Beam search** ([`beam`]): the same transitions and features can instead be decoded with
//!   a beam of the `k` best transition sequences, trained as a global structured perceptron
//!   (Zhang and Clark 2008; Zhang and Nivre 2011) with the max-violation update (Huang et al.
//!   2012; early update as an option) against a static oracle's gold sequence. The width is
//!   stored in the model (format version 5; older files parse greedily), so the greedy
//!   dynamic-oracle parser stays available (`TrainOptions::beam` = 1). Labels still come from
//!   the label perceptron as each arc is made, in every beam item. Decoding splits both
//!   feature sets into static features (the transition features of the top two stack words
//!   and the first buffer word, about 60% of them; the label features of the arc's two words)
//!   and dynamic ones that read the partial tree: the static scores are summed once per
//!   sentence and position or arc and shared by the items that meet there, and a label is
//!   memoised per arc and tree context. The sums are formed in the same order with and without
//!   the memos, so the parses are those of the plain decoder (session 20: syntax 75.0% → 72.5%
//!   of the pipeline's stage time). The built-in models use width 8: +1.1 UAS on Dutch news and +1.9 on
//!   English EWT over the greedy parser, at about a quarter of its speed. Decoding reuses one
//!   scratch beam per thread and keeps each step's `k` best candidates by selection before
//!   sorting them (the same beam as a full sort). Score-based pruning
//!   ([`parser::Parser::set_prune_margin`], not stored in the model) drops the items that trail
//!   a step's best by more than a margin: the built-in English model decodes with margin 120
//!   ([`embedded::ENGLISH_PRUNE_MARGIN`]; round 5's model at 150: 1.55–2.1 times round 4's
//!   speed, no loss on EWT dev), the Dutch one with the exact beam (margin 300 changed nothing but gained no speed,
//!   200 cost 0.19 UAS by cross-validation). Weight
//!   layouts that were tried (flat open-addressing and cache-line bucket tables, batched
//!   lookups, rows shared between a step's items) were no faster than the `std` map on a quiet
//!   machine and were not kept (see `eval-reports/syntax.md`, round 5).
//! - **Word clusters** ([`clusters`], optional: `TrainOptions::clusters`): clusters learnt
//!   from unlabelled text (the entity tagger's `models/ner/clusters-*.tsv`, read from the path
//!   given at training time, not through `kroniek_ner`) become tagger features and, in parser
//!   feature set 2, transition and label features in place of words (Koo, Carreras and Collins
//!   2008); the map is stored in the model (format version 6; older files have none and parse
//!   as before). Measured in `eval-reports/syntax.md` (round 6): English EWT dev +0.76 UAS /
//!   +0.76 LAS at the exact beam, at 10–30% of the decoder's speed, won back by pruning at
//!   margin 120 instead of 150 (still +0.65 / +0.59): the built-in English model uses them;
//!   Dutch +0.38 UAS / +0.22 LAS by cross-validation, short of the +0.3 on both asked for, so
//!   the Dutch model is trained without them.
//! - **Pruned rows** ([`prune`]): the built-in Dutch model keeps only the transition rows
//!   whose largest weight reaches 3 (a quarter of them), so its transition table shrinks from
//!   44 to 11 MB and more of it stays in cache: no loss by cross-validation, about 1.25 times
//!   the speed on the loaded machine. Kept rows keep their codes, so the file format is
//!   unchanged. The English model is not pruned: at the same size it loses nothing either but,
//!   already decoding with a pruned beam, gains only about 1.1 times; the tagger and label
//!   tables are not pruned (small already, and UPOS suffers) (`eval-reports/syntax.md`, round 7).
//! - **Self-training** ([`train::self_training`], optional: `TrainOptions::unlabelled`): a
//!   first model parses unannotated news sentences (CoNLL-2002's text), and the parser is
//!   trained again with those parses. By cross-validation on Alpino dev it gains +0.14 to +0.51
//!   UAS (within seed noise), so the built-in models are trained without it
//!   (`eval-reports/syntax.md`, round 8).
//! - **Voting parsers** ([`ensemble`], optional: `TrainOptions::ensemble`): a model may hold
//!   further taggers, parsers and relabelers trained alike with other seeds
//!   ([`model::Member`], format version 11); each analyses the sentence, and the tree with the
//!   most votes (the maximum spanning tree over the arcs' votes, Sagae and Lavie 2006) is kept,
//!   each relation from the first parser whose head won. The tags and lemmas stay the first
//!   tagger's, and a member whose tagger finds other verbs does not vote on that sentence.
//!   `SyntaxModel::voters` limits the voters (1: the first parser alone). Three Dutch parsers
//!   gained +0.34 UAS and +0.33 LAS by cross-validation for about three times the Dutch syntax
//!   time (the whole pipeline 1.55 times slower), so the built-in models hold one parser each
//!   (round 18 of `eval-reports/syntax.md`); a model trained with `--ensemble K` parses with
//!   its votes in `kroniek parse --model`, `kroniek eval syntax --model` and, through
//!   [`SyntaxStage::with_model`], `kroniek extract --syntax-model`.
//! - **Evaluation** ([`eval`]) keeps the gold tokenisation of CoNLL-U files and reports UPOS and
//!   lemma accuracy, UAS and LAS with per-class precision, recall and F1.
//! - **Models** are embedded with `include_bytes!` ([`embedded`]) so kroniek stays one binary;
//!   [`SyntaxStage`] runs them inside the pipeline.

pub mod beam;
pub mod closed;
pub mod clusters;
pub mod codec;
pub mod conllu;
pub mod convert;
pub mod crossval;
pub mod embedded;
pub mod ensemble;
mod error;
pub mod eval;
pub mod finetag;
#[cfg(test)]
mod fixtures;
pub mod foreign;
pub mod groups;
pub mod hashing;
pub mod infinitive;
pub mod lemma;
pub mod lexicon;
pub mod model;
pub mod names;
pub mod objects;
pub mod parser;
pub mod particles;
pub mod perceptron;
pub mod perfect;
pub mod projective;
pub mod prune;
pub mod punct;
pub mod relabel;
pub mod separable;
mod stage;
pub mod tagger;
pub mod train;

pub use crossval::{
    CrossValidation, CvVariant, cross_validate, cross_validate_margins, cross_validate_variants,
};
pub use error::{Error, Result};
pub use eval::{Prf, SyntaxReport, eval_sentences, eval_syntax, parse_conllu};
pub use model::{Member, SyntaxModel};
pub use prune::{ModelPrune, PruneReport, PruneRule, RowNorm, prune_model};
pub use stage::SyntaxStage;
pub use train::{TrainOptions, TrainSummary, train, train_sentences};
