//! Named entities (PER, ORG, LOC, MISC) for Dutch and English, and name chains within a document.
//!
//! Design choices:
//! - **Model**: a structured averaged perceptron over IOB2 tags with first-order tag transitions
//!   and Viterbi decoding restricted to valid IOB2 sequences. Features (word, lowercase, shape,
//!   prefixes and suffixes 1–4, capitalisation class combined with sentence-initial position and
//!   headline case, neighbouring words ±2 and shapes ±1, bigrams, hyphen parts) are hashed
//!   straight into a fixed table of `2^bits` rows of nine tag weights ([`features`]), so there
//!   is no feature dictionary: the model is one table, extraction allocates nothing per feature,
//!   and tagging is a few dozen row additions per token.
//! - **Document context**: a word's features include how it is written elsewhere in the document
//!   (lowercase mid-sentence, capitalised mid-sentence, only sentence-initially or in headlines),
//!   and [`Model::tag_document`] gives all mentions of one name its dominant type when one type
//!   has at least twice the votes of another. A place-name gazetteer ([`gazetteer`]) marks the tokens
//!   of known place names. Its list is derived in Rust ([`placenames`], the `build_gazetteer`
//!   example) from kroniek's compiled GeoNames gazetteer (`data/geo/gazetteer.tsv.gz`) by
//!   reading that file, not through `kroniek_geo`, so the two crates stay independent; names
//!   and tokens are compared folded (case, diacritics and hyphens ignored).
//! - **Two stages** ([`history`]): the committed models tag a document twice. The second pass
//!   reads the first pass's tags around each token and how the first pass typed the same word
//!   elsewhere in the document (Ratinov & Roth's extended prediction history). It is trained
//!   on first-pass tags of the training documents that come from models trained on the other
//!   folds (jackknifing, [`TrainConfig::folds`]), so it learns how much to trust first-pass
//!   output as error-prone as it is on unseen text. Measured on the dev sets over four seeds
//!   (see `eval-reports/ner.md`), this is the change that paid; it halves tagging speed.
//! - **Lexicon** ([`lexicon`], [`clusters`]): word clusters (co-occurrence vectors of left and
//!   right neighbours, spherical k-means at three levels, standing in for Brown-cluster
//!   prefixes) and form counts learnt by our own code from the unlabelled text at hand, plus a
//!   hand-written list of organisation words, and (optional, not in the committed models: no
//!   gain on Dutch dev, nor on English with the soup) given names and surnames ([`personnames`]). Optional feature groups ([`features::FeatureSet`])
//!   recorded in the model file, so ablations are trained, not edited in.
//! - **Organisation cues** ([`orgcues`], feature group `ORG_CUES`): a capitalised word right
//!   after a noun that names a kind of organisation (`het softwarebedrijf Arinso`, also as the
//!   end of a Dutch compound: `oliedienstverlener`) or someone working for one (`topman van`),
//!   before an apposition with such a noun (`Tectrade , het Brugse IT-bedrijf`), followed by
//!   an acronym in brackets, or cued so anywhere else in the document. Written for kroniek
//!   against Dutch ORG recall, the weakest figure: unknown company names were tagged PER.
//! - **Organisation names** ([`orgnames`], feature group `ORG_NAMES`): a hand-written list of
//!   about 450 well-known clubs, parties, companies, media and institutions
//!   (`models/ner/org-names.txt`), matched longest-first over the sentence's lowercase tokens
//!   when one of the matched words is capitalised. The tagger reads the match position with the
//!   place-gazetteer mark (`Mechelen` the club and the town), so a listed name is a hint, not a
//!   verdict. Names that `eval-reports/ner.md` quotes as dev errors are left out of the list.
//!   An English list (`models/ner/org-names-en.txt`, about 600 names, read with the first when
//!   the group `ORG_NAMES_EN` is on) is kept for ablations: the committed English model does
//!   not use it (no gain on the English dev mean, `eval-reports/ner.md`, session 8).
//! - **Word dropout** ([`TrainConfig::word_dropout`], off in the committed models): training
//!   may leave out a token's word-identity features at random, so that the weights lean on
//!   shape, context and lexicon features; measured without gain (session 8).
//! - **Model soup** ([`TrainConfig::soup`], [`Model::average`]): several shuffling seeds
//!   trained side by side, their averaged weights averaged again after every epoch, and the
//!   epoch chosen on that average; the result is one model of the same size and speed.
//! - **Model files**: averaged weights quantised to `i16`, stored tag-major and zlib-compressed
//!   ([`Model::to_bytes`]); the Dutch and English models are embedded in the binary
//!   ([`embedded`]) and decoded once on first use.
//! - **Training** ([`train()`]) is deterministic: a seeded SplitMix64 shuffle, and the epoch with
//!   the best dev F1 is kept.
//! - **Corpora** ([`conll`]): UTF-8 or latin-1; CoNLL-2003's IOB1 is converted to IOB2; the
//!   damage in the CoNLL-2002 Dutch copy (byte 0x81, run-in part-of-speech columns) is
//!   repaired on reading, taking the tag from the last column.
//! - **Name chains** ([`chains`]) are rules over the document's mentions: exact names, short
//!   forms of longer person names (with `junior`/`senior` kept apart), acronyms and their
//!   expansions, possessives (`Saleh's`) and hyphenated inflections (`Taliban-strijders`).
//! - **Stage**: [`NerStage`] tags the segmenter's tokens sentence by sentence with the model of
//!   the document language (whole tokens: CoNLL-2002 also keeps `Fiji's` and `CVP-dossier` as
//!   one token, as kroniek's segmenter does); other languages get no entities and an info
//!   diagnostic. [`NerStage::with_known_types`] retypes the chains whose fullest name a
//!   dictionary outside this crate knows (`kroniek_actors::ner_stage`: countries LOC, named
//!   organisations ORG).

pub mod chains;
pub mod clusters;
pub mod conll;
pub mod embedded;
mod error;
pub mod eval;
pub mod features;
pub mod gazetteer;
pub mod history;
pub mod lexicon;
pub mod model;
pub mod orgcues;
pub mod orgnames;
pub mod personnames;
mod phrase_marks;
pub mod placenames;
pub mod stage;
pub mod tagfile;
pub mod tags;
mod train;

pub use error::{Error, Result};
pub use eval::{NerReport, eval_corpus};
pub use model::{Model, Tagged};
pub use stage::{KnownTypes, NerStage, retype_known};
pub use tagfile::{eval_ner, tag_conll};
pub use train::{EpochReport, TrainConfig, TrainOptions, train, train_with};
