//! The `date YYYY[-MM[-DD]]` header of kroniek's plain-text article format.
//!
//! The header may be preceded by whitespace, and the body may follow on the same line or the
//! next: ` date 2021-08 De taliban veroverden …`. The header is not part of the text; the
//! returned offset is where the body starts, so spans map back into the file.

use kroniek_core::DocDate;

/// The date and the byte offset at which the body starts, when `text` starts with a header.
pub fn parse_header(text: &str) -> Option<(DocDate, usize)> {
    let start = text.len() - text.trim_start().len();
    let rest = &text[start..];
    let keyword = rest.get(..4)?;
    if !keyword.eq_ignore_ascii_case("date") {
        return None;
    }
    let after_kw = &rest[4..];
    let after_colon = after_kw.strip_prefix(':').unwrap_or(after_kw);
    let value_start = after_colon.len() - after_colon.trim_start_matches([' ', '\t']).len();
    if value_start == 0 && after_colon.len() == after_kw.len() {
        // "date" must be followed by a space or a colon: "dateline" is a word, not a header.
        return None;
    }
    let value = &after_colon[value_start..];
    let (date, used) = iso_prefix(value)?;
    let consumed = start + 4 + (after_kw.len() - after_colon.len()) + value_start + used;
    let tail = &text[consumed..];
    // The value must end at whitespace or the end of the text.
    if !tail.is_empty() && !tail.starts_with(char::is_whitespace) {
        return None;
    }
    let body = consumed + (tail.len() - tail.trim_start().len());
    Some((date, body))
}

fn digits(s: &str, n: usize) -> Option<u32> {
    let d = s.get(..n)?;
    if d.bytes().all(|b| b.is_ascii_digit()) {
        d.parse().ok()
    } else {
        None
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the start of `s`.
fn iso_prefix(s: &str) -> Option<(DocDate, usize)> {
    let year = i32::try_from(digits(s, 4)?).ok()?;
    let month = s
        .get(4..5)
        .filter(|sep| *sep == "-")
        .and_then(|_| digits(&s[5..], 2))
        .and_then(|m| u8::try_from(m).ok());
    let Some(month) = month else {
        return Some((DocDate::from_year(year).ok()?, 4));
    };
    let day = s
        .get(7..8)
        .filter(|sep| *sep == "-")
        .and_then(|_| digits(&s[8..], 2))
        .and_then(|d| u8::try_from(d).ok());
    match day {
        Some(day) => Some((DocDate::from_ymd(year, month, day).ok()?, 10)),
        None => Some((DocDate::from_year_month(year, month).ok()?, 7)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_core::Precision;

    #[test]
    fn header_on_the_same_line() {
        let t = " date 2021-08 De taliban veroverden";
        let (d, body) = parse_header(t).unwrap();
        assert_eq!(d.value().as_deref(), Some("2021-08"));
        assert_eq!(d.precision(), Precision::Month);
        assert_eq!(&t[body..], "De taliban veroverden");
    }

    #[test]
    fn header_on_its_own_line() {
        let t = "date 2021-08-20\n\nSaleh kwam aan.";
        let (d, body) = parse_header(t).unwrap();
        assert_eq!(d.precision(), Precision::Day);
        assert_eq!(&t[body..], "Saleh kwam aan.");
        let (y, _) = parse_header("Date: 2021\nx").unwrap();
        assert_eq!(y.precision(), Precision::Year);
    }

    #[test]
    fn not_a_header() {
        assert!(parse_header("dateline Kabul").is_none());
        assert!(parse_header("De taliban").is_none());
        assert!(parse_header("date 2021-13 x").is_none());
        assert!(parse_header("date 2021-02-30 x").is_none());
        assert!(parse_header("date 20210").is_none());
        assert!(parse_header("date").is_none());
    }
}
