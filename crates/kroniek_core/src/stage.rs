//! Stages and the pipeline that runs them.
//!
//! A stage is a pure function of the document and its loaded resources that returns one new
//! layer. The pipeline checks, before any document runs, that every stage's requirements are
//! provided by an earlier stage, so a misconfigured pipeline fails at build time, not on the
//! ten-thousandth article.

use std::collections::BTreeSet;

use crate::diagnostic::Diagnostic;
use crate::document::Document;
use crate::error::{Error, Result};
use crate::layers::{Layer, LayerKind};

/// One step of analysis.
pub trait Stage: Send + Sync {
    /// A stable id, stored as provenance.
    fn id(&self) -> &'static str;
    /// Layers that must exist before this stage runs.
    fn requires(&self) -> &'static [LayerKind];
    /// The layer this stage returns.
    fn provides(&self) -> LayerKind;
    /// Annotate one document. Findings about the data go to `diag`; `Err` only for failures
    /// that are not the document's fault.
    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer>;
}

/// An ordered, checked list of stages.
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

/// Builds a [`Pipeline`], checking requirements in [`PipelineBuilder::build`].
#[derive(Default)]
pub struct PipelineBuilder {
    stages: Vec<Box<dyn Stage>>,
}

impl PipelineBuilder {
    /// Append a stage.
    pub fn stage(mut self, stage: impl Stage + 'static) -> Self {
        self.stages.push(Box::new(stage));
        self
    }

    /// Check that every requirement is provided earlier and no layer is provided twice.
    pub fn build(self) -> Result<Pipeline> {
        let mut provided = BTreeSet::new();
        for stage in &self.stages {
            if let Some(missing) = stage.requires().iter().find(|k| !provided.contains(*k)) {
                return Err(Error::MissingRequirement {
                    stage: stage.id(),
                    missing: *missing,
                });
            }
            if !provided.insert(stage.provides()) {
                return Err(Error::DuplicateLayer {
                    stage: stage.id(),
                    layer: stage.provides(),
                });
            }
        }
        Ok(Pipeline {
            stages: self.stages,
        })
    }
}

impl Pipeline {
    /// Start building.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The stage ids in order.
    pub fn stage_ids(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.id()).collect()
    }

    /// Run every stage on one document.
    pub fn run(&self, doc: &mut Document) -> Result<()> {
        self.run_timed(doc, &mut [])
    }

    /// Run every stage on one document, adding each stage's wall time to `times[i]` (stage `i`
    /// in [`Pipeline::stage_ids`] order; a shorter slice times only the first stages).
    pub fn run_timed(&self, doc: &mut Document, times: &mut [std::time::Duration]) -> Result<()> {
        for (i, stage) in self.stages.iter().enumerate() {
            let started = std::time::Instant::now();
            let mut diag = Vec::new();
            let layer = stage.annotate(doc, &mut diag)?;
            if layer.kind() != stage.provides() {
                return Err(Error::Stage {
                    stage: stage.id(),
                    message: format!(
                        "returned a {:?} layer but declares {:?}",
                        layer.kind(),
                        stage.provides()
                    ),
                });
            }
            doc.add_layer(stage.id(), layer);
            doc.extend_diagnostics(diag);
            if let Some(t) = times.get_mut(i) {
                *t += started.elapsed();
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::{Lang, LanguageLayer, Segments};
    use crate::{Metadata, NormalizedText};

    struct Lang0;
    impl Stage for Lang0 {
        fn id(&self) -> &'static str {
            "lang0"
        }
        fn requires(&self) -> &'static [LayerKind] {
            &[]
        }
        fn provides(&self) -> LayerKind {
            LayerKind::Language
        }
        fn annotate(&self, _: &Document, _: &mut Vec<Diagnostic>) -> Result<Layer> {
            Ok(Layer::Language(LanguageLayer {
                lang: Lang::und(),
                confidence: 0.0,
                paragraphs: vec![],
            }))
        }
    }

    struct Seg0;
    impl Stage for Seg0 {
        fn id(&self) -> &'static str {
            "seg0"
        }
        fn requires(&self) -> &'static [LayerKind] {
            &[LayerKind::Language]
        }
        fn provides(&self) -> LayerKind {
            LayerKind::Segments
        }
        fn annotate(&self, _: &Document, _: &mut Vec<Diagnostic>) -> Result<Layer> {
            Ok(Layer::Segments(Segments::default()))
        }
    }

    #[test]
    fn checks_requirements_before_running() {
        assert!(matches!(
            Pipeline::builder().stage(Seg0).stage(Lang0).build(),
            Err(Error::MissingRequirement { stage: "seg0", .. })
        ));
        assert!(matches!(
            Pipeline::builder().stage(Lang0).stage(Lang0).build(),
            Err(Error::DuplicateLayer { .. })
        ));
        let p = Pipeline::builder()
            .stage(Lang0)
            .stage(Seg0)
            .build()
            .unwrap();
        let mut doc = Document::new(Metadata::default(), NormalizedText::default());
        p.run(&mut doc).unwrap();
        assert_eq!(doc.provenance(), ["lang0", "seg0"]);
        assert!(doc.layers().segments().is_some());
    }
}
