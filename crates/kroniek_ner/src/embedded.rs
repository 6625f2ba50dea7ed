//! The Dutch and English models, embedded in the binary and decoded once on first use.
//!
//! The files are `models/ner/nl.bin` and `models/ner/en.bin` at the repository root; the
//! commands that reproduce them are in `models/ner/README.md`.

use std::sync::OnceLock;

use crate::error::{Error, Result};
use crate::model::Model;

static NL_BYTES: &[u8] = include_bytes!("../../../models/ner/nl.bin");
static EN_BYTES: &[u8] = include_bytes!("../../../models/ner/en.bin");

static NL: OnceLock<Result<Model, String>> = OnceLock::new();
static EN: OnceLock<Result<Model, String>> = OnceLock::new();

/// The languages with an embedded model.
pub const LANGUAGES: [&str; 2] = ["nl", "en"];

/// The embedded model of a language (`nl` or `en`), decoded on first use.
pub fn model(lang: &str) -> Result<&'static Model> {
    let (cell, bytes) = match lang {
        "nl" => (&NL, NL_BYTES),
        "en" => (&EN, EN_BYTES),
        other => return Err(Error::NoModel(other.to_string())),
    };
    cell.get_or_init(|| Model::from_bytes(bytes).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(|e| Error::BadModel(e.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_models_load() {
        for lang in LANGUAGES {
            let m = model(lang).unwrap();
            assert_eq!(m.lang(), lang);
            assert!(
                m.has_second_pass(),
                "{lang}: the committed models have two stages"
            );
            assert_eq!(m.features(), crate::TrainConfig::standard(lang).features);
        }
        assert!(matches!(model("fr"), Err(Error::NoModel(_))));
    }
}
