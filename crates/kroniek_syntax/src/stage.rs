//! The syntax stage: tags, lemmatises and parses every sentence of a document.

use std::sync::Arc;

use kroniek_core::{
    Diagnostic, Document, Layer, LayerKind, Result, Stage, SyntaxLayer, TokenSyntax,
};

use crate::model::SyntaxModel;

/// Adds [`kroniek_core::SyntaxLayer`]: one [`TokenSyntax`] per token of the segments layer.
///
/// Each sentence is analysed with the model of its language (the paragraph's language where the
/// language layer names one, else the document's). Sentences in a language without a model get
/// an empty-but-valid analysis (`X`, head 0, `dep`) and one info diagnostic per document.
#[derive(Clone)]
pub struct SyntaxStage {
    models: Vec<Arc<SyntaxModel>>,
}

impl SyntaxStage {
    /// The stage with the models built into the binary (Dutch and English).
    pub fn new() -> crate::Result<SyntaxStage> {
        Ok(SyntaxStage {
            models: vec![
                Arc::new(crate::embedded::dutch()?),
                Arc::new(crate::embedded::english()?),
            ],
        })
    }

    /// The stage with the given models (their `lang` fields select them).
    pub fn with_models(models: Vec<SyntaxModel>) -> SyntaxStage {
        SyntaxStage {
            models: models.into_iter().map(Arc::new).collect(),
        }
    }

    /// The stage with `model` in place of its language's model (added if there was none).
    pub fn with_model(mut self, model: SyntaxModel) -> SyntaxStage {
        let model = Arc::new(model);
        match self.models.iter_mut().find(|m| m.lang == model.lang) {
            Some(slot) => *slot = model,
            None => self.models.push(model),
        }
        self
    }

    fn model(&self, lang: &str) -> Option<&SyntaxModel> {
        self.models.iter().find(|m| m.lang == lang).map(Arc::as_ref)
    }
}

fn placeholder() -> TokenSyntax {
    TokenSyntax {
        upos: "X".to_string(),
        lemma: String::new(),
        head: 0,
        deprel: "dep".to_string(),
        ..TokenSyntax::default()
    }
}

impl Stage for SyntaxStage {
    fn id(&self) -> &'static str {
        "syntax"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[LayerKind::Language, LayerKind::Segments]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Syntax
    }

    fn annotate(&self, doc: &Document, diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        let Some(seg) = doc.layers().segments() else {
            return Ok(Layer::Syntax(SyntaxLayer::default()));
        };
        let language = doc.layers().language();
        let doc_lang = language.map_or("und", |l| l.lang.as_str());
        let mut tokens: Vec<TokenSyntax> = Vec::with_capacity(seg.tokens.len());
        let mut unsupported: Option<String> = None;
        for sentence in &seg.sentences {
            // Fill tokens between sentences (none expected) with placeholders.
            while tokens.len() < sentence.first_token as usize {
                tokens.push(placeholder());
            }
            let lang = language
                .and_then(|l| {
                    l.paragraphs.iter().find(|p| {
                        p.span.start() <= sentence.span.start()
                            && sentence.span.start() < p.span.end()
                    })
                })
                .map_or(doc_lang, |p| p.lang.as_str());
            let toks = seg.sentence_tokens(sentence);
            let forms: Vec<&str> = toks.iter().map(|t| t.span.slice(doc.text())).collect();
            match self.model(lang) {
                Some(m) => tokens.extend(m.analyse(&forms)),
                None => {
                    unsupported.get_or_insert_with(|| lang.to_string());
                    tokens.extend(forms.iter().map(|f| TokenSyntax {
                        lemma: (*f).to_string(),
                        ..placeholder()
                    }));
                }
            }
        }
        while tokens.len() < seg.tokens.len() {
            tokens.push(placeholder());
        }
        tokens.truncate(seg.tokens.len());
        if let Some(lang) = unsupported {
            diag.push(Diagnostic::info(
                self.id(),
                doc.full_span(),
                format!(
                    "no syntax model for language `{lang}`; tokens left unanalysed (X, head 0, dep)"
                ),
            ));
        }
        Ok(Layer::Syntax(SyntaxLayer { tokens }))
    }
}
