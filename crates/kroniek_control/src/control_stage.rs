//! The control stage: claims from events, stative statements and exception statements.

use kroniek_core::{ControlLayer, Diagnostic, Document, Layer, LayerKind, Result, Stage};

use crate::claims::{
    add_sentence_exceptions, claims_over_captures, drop_excepted, has_contrast, merge,
    statements_over_events,
};
use crate::events::event_claims;
use crate::region::{Anaphora, Resolver};
use crate::statements::{for_lang, patterns, sentence_claims};
use crate::view::sentences;

/// Territorial control claims (`LayerKind::Control`).
///
/// Requires segments, syntax, time expressions and places; reads actors and events when an
/// earlier stage provided them.
#[derive(Debug, Clone)]
pub struct ControlStage {
    anaphora: Anaphora,
}

impl ControlStage {
    /// The stage with the embedded pattern files; fails when one does not parse.
    pub fn new() -> crate::Result<ControlStage> {
        if let Err(message) = patterns() {
            return Err(crate::Error::Data {
                file: "data/control",
                line: 0,
                message,
            });
        }
        Ok(ControlStage {
            anaphora: Anaphora::embedded()?,
        })
    }

    /// The control layer of a document (what `annotate` returns, unwrapped).
    pub fn claims(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<ControlLayer> {
        let p = patterns().map_err(|message| kroniek_core::Error::Stage {
            stage: "control",
            message,
        })?;
        let lang = doc.lang().map_or("und", |l| l.as_str());
        let sets = for_lang(p, lang);
        let resolver = Resolver::new(doc, &self.anaphora);
        let sents = sentences(doc);
        let mut drafts = Vec::new();
        event_claims(doc, &resolver, &sents, &mut drafts, diag);
        for (i, s) in sents.iter().enumerate() {
            sentence_claims(doc, &resolver, &sets, s, i, &mut drafts);
        }
        let contrast: Vec<bool> = sents
            .iter()
            .map(|s| has_contrast(s.toks.iter().map(|t| t.lower.clone())))
            .collect();
        claims_over_captures(&mut drafts);
        statements_over_events(&mut drafts);
        add_sentence_exceptions(&mut drafts, &contrast);
        drop_excepted(&mut drafts);
        Ok(ControlLayer {
            claims: merge(drafts),
        })
    }
}

impl Stage for ControlStage {
    fn id(&self) -> &'static str {
        "control"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[
            LayerKind::Segments,
            LayerKind::Syntax,
            LayerKind::Timexes,
            LayerKind::Places,
        ]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Control
    }

    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        Ok(Layer::Control(self.claims(doc, diag)?))
    }
}
