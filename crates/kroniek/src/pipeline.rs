//! The standard pipeline, assembled in one place.
//!
//! Trained models are decoded once per process and shared (the stages hold them behind `Arc`),
//! so building a pipeline again, as tests and the server do, costs nothing.

use std::path::PathBuf;
use std::sync::OnceLock;

use kroniek_actors::ActorStage;
use kroniek_control::{AttributeStage, ControlStage};
use kroniek_core::{Error, Lang, Pipeline, Result};
use kroniek_events::EventStage;
use kroniek_geo::PlaceStage;
use kroniek_syntax::{SyntaxModel, SyntaxStage};
use kroniek_text::{LanguageStage, SegmentStage};
use kroniek_time::TimeStage;

/// Settings that shape the pipeline.
#[derive(Clone, Debug, Default)]
pub struct PipelineOptions {
    /// `--lang`: skip identification and use this language.
    pub lang: Option<Lang>,
    /// `--min-plausibility`: leave out verbal and cooperative events the plausibility model
    /// gives a lower probability of being right, material ones below two thirds of it
    /// (`None`: the event stage's default).
    pub min_plausibility: Option<f32>,
    /// `--syntax-model`: syntax model files (`train_syntax --out`, e.g. one of voting parsers)
    /// used instead of the built-in model of their language.
    pub syntax_models: Vec<PathBuf>,
}

fn syntax_stage() -> Result<SyntaxStage> {
    static STAGE: OnceLock<Result<SyntaxStage, String>> = OnceLock::new();
    STAGE
        .get_or_init(|| SyntaxStage::new().map_err(|e| e.to_string()))
        .clone()
        .map_err(|message| Error::Stage {
            stage: "syntax",
            message,
        })
}

/// `stage` with each model file of `paths` in place of the built-in model of its language.
fn with_syntax_models(mut stage: SyntaxStage, paths: &[PathBuf]) -> Result<SyntaxStage> {
    for path in paths {
        let failed = |message: String| Error::Stage {
            stage: "syntax",
            message: format!("syntax model {}: {message}", path.display()),
        };
        let bytes = std::fs::read(path).map_err(|e| failed(e.to_string()))?;
        let model = SyntaxModel::from_bytes(&bytes).map_err(|e| failed(e.to_string()))?;
        stage = stage.with_model(model);
    }
    Ok(stage)
}

fn event_stage(opts: &PipelineOptions) -> Result<EventStage> {
    let stage = EventStage::new().map_err(|e| Error::Stage {
        stage: "events",
        message: e.to_string(),
    })?;
    Ok(match opts.min_plausibility {
        Some(min) => stage.with_min_plausibility(min),
        None => stage,
    })
}

/// The stages that exist so far, in order.
pub fn standard(opts: &PipelineOptions) -> Result<Pipeline> {
    Pipeline::builder()
        .stage(LanguageStage::new(opts.lang.clone()))
        .stage(SegmentStage)
        .stage(with_syntax_models(syntax_stage()?, &opts.syntax_models)?)
        .stage(kroniek_actors::ner_stage().map_err(|e| Error::Stage {
            stage: "entities",
            message: e.to_string(),
        })?)
        .stage(TimeStage::new())
        .stage(PlaceStage::new().map_err(|e| Error::Stage {
            stage: "places",
            message: e.to_string(),
        })?)
        .stage(ActorStage::new().map_err(|e| Error::Stage {
            stage: "actors",
            message: e.to_string(),
        })?)
        .stage(event_stage(opts)?)
        .stage(ControlStage::new()?)
        .stage(AttributeStage::new()?)
        .build()
}
