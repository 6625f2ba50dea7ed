//! The text layer's stages: language, then segments.

use kroniek_core::{Diagnostic, Document, Lang, LanguageLayer, Layer, LayerKind, Result, Stage};

use crate::langid::{LanguageIdentifier, paragraph_spans};
use crate::segment::segment;

/// Identifies the document language (or takes the user's `--lang`).
pub struct LanguageStage {
    identifier: LanguageIdentifier,
    forced: Option<Lang>,
}

impl LanguageStage {
    /// Identify languages; `forced` overrides identification for every document.
    pub fn new(forced: Option<Lang>) -> LanguageStage {
        LanguageStage {
            identifier: LanguageIdentifier::new(),
            forced,
        }
    }
}

impl Stage for LanguageStage {
    fn id(&self) -> &'static str {
        "text.language"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Language
    }

    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        if let Some(lang) = &self.forced {
            return Ok(Layer::Language(LanguageLayer {
                lang: lang.clone(),
                confidence: 1.0,
                paragraphs: Vec::new(),
            }));
        }
        let text = doc.text();
        let mut layer = self
            .identifier
            .identify_document(text, &paragraph_spans(text));
        if let Some(declared) = &doc.meta().declared_lang {
            if layer.lang.is_und() {
                layer.lang = declared.clone();
                layer.confidence = 0.5;
            } else if &layer.lang != declared && layer.confidence >= 0.5 {
                diag.push(Diagnostic::info(
                    self.id(),
                    doc.full_span(),
                    format!(
                        "the input declares language `{}` but the text reads as `{}`",
                        declared.as_str(),
                        layer.lang.as_str()
                    ),
                ));
            }
        } else if layer.lang.is_und() && !text.trim().is_empty() {
            diag.push(Diagnostic::info(
                self.id(),
                doc.full_span(),
                "language undetermined: too little text or no language stands out",
            ));
        }
        Ok(Layer::Language(layer))
    }
}

/// Splits the text into paragraphs, sentences and tokens by the rules of its language.
#[derive(Default)]
pub struct SegmentStage;

impl Stage for SegmentStage {
    fn id(&self) -> &'static str {
        "text.segment"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Language]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Segments
    }

    fn annotate(&self, doc: &Document, _diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        let lang = doc.lang().map_or("und", Lang::as_str);
        Ok(Layer::Segments(segment(doc.text(), lang)))
    }
}
