//! Corpus readers and standard metrics for evaluating kroniek's stages.
//!
//! * [`conllu`]: a CoNLL-U reader keeping all ten columns (multiword ranges kept, empty nodes
//!   skipped).
//! * [`metrics`]: precision, recall and F1 from counts.
//! * [`segment_eval`]: sentence and token segmentation scored against UD gold
//!   ([`eval_segment`]).
//! * [`lang_eval`]: language identification of treebank sentences ([`eval_lang`]).
//! * [`events_eval`]: PLOVER event coding against gold-standard records ([`eval_events`]).
//! * [`control_eval`]: territorial control claims and quantities against gold records
//!   ([`eval_control`]).

pub mod conllu;
pub mod control_eval;
mod error;
pub mod events_eval;
pub mod lang_eval;
pub mod metrics;
pub mod segment_eval;

pub use control_eval::{ControlReport, eval_control};
pub use error::{Error, Result};
pub use events_eval::{EventEvalOptions, EventReport, RecordOutcome, Split, eval_events};
pub use lang_eval::{LangReport, eval_lang};
pub use metrics::Prf;
pub use segment_eval::{
    Comparison, FileReport, GoldText, GoldTokens, SegmentReport, eval_segment, eval_segment_with,
};
