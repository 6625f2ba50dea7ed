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

/// The Dutch model (trained on LassySmall), decoding with the exact beam: by 2-fold
/// cross-validation a pruning margin of 300 gives the exact beam's figures but no measurable
/// speed, and 200 costs 0.19 UAS (`eval-reports/syntax.md`, round 5). Its transition rows
/// whose largest weight is below 3 are pruned ([`crate::prune`]; no loss by cross-validation
/// in round 7, 0.2 UAS since the round-9 retraining, for 1.2–1.3 times the speed).
pub fn dutch() -> Result<SyntaxModel> {
    SyntaxModel::from_bytes(NL)
}

/// The beam pruning margin the built-in English model decodes with
/// ([`crate::parser::Parser::set_prune_margin`]): the round-6 model (word clusters) at margin
/// 120 decodes as fast as round 5's model did at its margin 150 (the cluster features cost
/// 10–30% at equal margin), with UAS 85.91 / LAS 82.08 on EWT dev against its exact beam's
/// 85.88 / 82.11 and round 5's 85.26 / 81.49 (`eval-reports/syntax.md`, round 6).
pub const ENGLISH_PRUNE_MARGIN: f32 = 120.0;

/// The English model (trained on the English Web Treebank), decoding with beam pruning at
/// [`ENGLISH_PRUNE_MARGIN`]. Its rows are not pruned ([`crate::prune`]): pruned at 2 it loses
/// nothing on EWT dev but gains only about 1.1 times the speed (round 7).
pub fn english() -> Result<SyntaxModel> {
    let mut model = SyntaxModel::from_bytes(EN)?;
    model.parser.set_prune_margin(ENGLISH_PRUNE_MARGIN);
    Ok(model)
}

/// The built-in model for a language code, if there is one.
pub fn for_lang(lang: &str) -> Option<Result<SyntaxModel>> {
    match lang {
        "nl" => Some(dutch()),
        "en" => Some(english()),
        _ => None,
    }
}
