//! Calendar words shared by the stages that read dates: month names and their written
//! abbreviations in Dutch and English, lowercase, with the month's number (1–12). The dateline
//! reader of `kroniek_ingest` and the time-expression lexicon of `kroniek_time` both use this one
//! table.

/// Month names and abbreviations (lowercase, without a final full stop) with their number.
pub const MONTHS: &[(&str, u8)] = &[
    ("januari", 1),
    ("january", 1),
    ("jan", 1),
    ("februari", 2),
    ("february", 2),
    ("feb", 2),
    ("febr", 2),
    ("maart", 3),
    ("march", 3),
    ("mrt", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("mei", 5),
    ("may", 5),
    ("juni", 6),
    ("june", 6),
    ("jun", 6),
    ("juli", 7),
    ("july", 7),
    ("jul", 7),
    ("augustus", 8),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("october", 10),
    ("okt", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// The number of a month name or abbreviation given in lowercase ("augustus" → 8, "sept" → 9).
pub fn month_number(word: &str) -> Option<u8> {
    MONTHS.iter().find(|(w, _)| *w == word).map(|(_, m)| *m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_month_has_a_dutch_and_an_english_name() {
        for m in 1..=12u8 {
            assert!(MONTHS.iter().filter(|(_, n)| *n == m).count() >= 2, "{m}");
        }
        assert_eq!(month_number("augustus"), Some(8));
        assert_eq!(month_number("mrt"), Some(3));
        assert_eq!(month_number("maandag"), None);
    }
}
