//! The dictionary's names for the entity stage: countries are places and named organisations
//! organisations, whatever the statistical tagger made of them.

use std::sync::Arc;

use kroniek_ner::NerStage;

use crate::ActorStage;

/// The entity stage with the embedded dictionary's known names
/// ([`crate::Dictionary::entity_type`], [`NerStage::with_known_types`]).
pub fn ner_stage() -> crate::Result<NerStage> {
    let dict = ActorStage::new()?.dictionary();
    Ok(NerStage::new().with_known_types(Arc::new(|name: &str| dict.entity_type(name))))
}
