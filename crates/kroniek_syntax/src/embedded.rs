//! The models built into the binary (`models/syntax/*.bin`, made by the command in the README).

use crate::error::Result;
use crate::model::SyntaxModel;

static NL: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/syntax/nl.bin"
));
static EN: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../models/syntax/en.bin"
));

/// The Dutch model (trained on LassySmall).
pub fn dutch() -> Result<SyntaxModel> {
    SyntaxModel::from_bytes(NL)
}

/// The English model (trained on the English Web Treebank).
pub fn english() -> Result<SyntaxModel> {
    SyntaxModel::from_bytes(EN)
}

/// The built-in model for a language code, if there is one.
pub fn for_lang(lang: &str) -> Option<Result<SyntaxModel>> {
    match lang {
        "nl" => Some(dutch()),
        "en" => Some(english()),
        _ => None,
    }
}
