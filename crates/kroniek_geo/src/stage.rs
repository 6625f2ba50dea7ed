//! The places stage: resolves place mentions against the embedded gazetteer.

use kroniek_core::{Diagnostic, Document, Layer, LayerKind, Result, Stage};

use crate::embedded;
use crate::resolve::{Geoparser, Options};

/// Resolves place mentions against the embedded gazetteer.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceStage {
    options: Options,
}

impl PlaceStage {
    /// The stage with default options; loads the gazetteer now, so a broken build of the data
    /// fails when the pipeline is assembled, not on the first document.
    pub fn new() -> crate::Result<PlaceStage> {
        embedded::gazetteer()?;
        Ok(PlaceStage {
            options: Options::default(),
        })
    }

    /// The stage with these options.
    pub fn with_options(options: Options) -> crate::Result<PlaceStage> {
        embedded::gazetteer()?;
        Ok(PlaceStage { options })
    }
}

impl Stage for PlaceStage {
    fn id(&self) -> &'static str {
        "places"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Language, LayerKind::Segments]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Places
    }

    fn annotate(&self, doc: &Document, _diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        let gaz = embedded::gazetteer().map_err(|e| kroniek_core::Error::Stage {
            stage: "places",
            message: e.to_string(),
        })?;
        Ok(Layer::Places(
            Geoparser::new(gaz, self.options).resolve(doc),
        ))
    }
}
