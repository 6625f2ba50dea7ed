//! Document dates in the forms news sources write them (being written).

use kroniek_core::DocDate;

/// Parse a document date; `None` when the text is not a date.
pub fn parse_date(text: &str) -> Option<DocDate> {
    let _ = text;
    None
}
