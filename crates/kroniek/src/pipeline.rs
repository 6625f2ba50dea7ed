//! The standard pipeline, assembled in one place.

use kroniek_core::{Lang, Pipeline, Result};
use kroniek_text::{LanguageStage, SegmentStage};
use kroniek_time::TimeStage;

/// Settings that shape the pipeline.
#[derive(Clone, Debug, Default)]
pub struct PipelineOptions {
    /// `--lang`: skip identification and use this language.
    pub lang: Option<Lang>,
}

/// The stages that exist so far, in order.
pub fn standard(opts: &PipelineOptions) -> Result<Pipeline> {
    Pipeline::builder()
        .stage(LanguageStage::new(opts.lang.clone()))
        .stage(SegmentStage)
        .stage(TimeStage::new())
        .build()
}
