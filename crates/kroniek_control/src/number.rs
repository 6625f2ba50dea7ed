//! Numbers as news writes them: `150.000`, `1,2 miljoen`, `150,000`, `1.2 million`, `twaalf`,
//! `vijfentwintig`, `two hundred`. Vague quantities (`tientallen`, `dozens`, `hundreds`) are
//! not values and do not parse.

use crate::view::Tok;

/// A quantity found in a sentence: tokens `[start, end)`, approximators included.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Quantity {
    /// The value.
    pub value: f64,
    /// Preceded by an approximator or bound ("amper", "about", "at least").
    pub approximate: bool,
    /// First token (the approximator when there is one).
    pub start: usize,
    /// One past the last token of the number.
    pub end: usize,
}

/// Approximators and bounds that may precede a number, as token sequences.
const APPROX: &[&[&str]] = &[
    &["amper"],
    &["ruim"],
    &["bijna"],
    &["circa"],
    &["ca."],
    &["ongeveer"],
    &["zo'n"],
    &["zowat"],
    &["naar", "schatting"],
    &["minstens"],
    &["ten", "minste"],
    &["minimaal"],
    &["maximaal"],
    &["meer", "dan"],
    &["minder", "dan"],
    &["bijna"],
    &["tot"],
    &["about"],
    &["nearly"],
    &["almost"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["barely"],
    &["an", "estimated"],
    &["more", "than"],
    &["fewer", "than"],
    &["less", "than"],
    &["at", "least"],
    &["up", "to"],
];

/// The value of a number word of either language (kroniek_time's reader: "twaalf",
/// "vijfentwintig", "twenty-five"); `None` for vague words and for the scale words, which
/// [`scale_word`] reads as multipliers.
pub(crate) fn number_word(s: &str) -> Option<f64> {
    if scale_word(s).is_some() {
        return None;
    }
    kroniek_time::numbers::parse_nl(s)
        .or_else(|| kroniek_time::numbers::parse_en(s))
        .map(f64::from)
}

/// A multiplier word: `honderd`/`hundred` (100), `duizend`/`thousand`, `miljoen`/`million`,
/// `miljard`/`billion`.
fn scale_word(s: &str) -> Option<f64> {
    match s {
        "honderd" | "hundred" => Some(100.0),
        "duizend" | "thousand" => Some(1e3),
        "miljoen" | "million" | "mln" | "mln." => Some(1e6),
        "miljard" | "billion" | "mld" | "mld." | "bn" => Some(1e9),
        _ => None,
    }
}

/// Digits with separators, read the way the language writes them: Dutch `150.000` and
/// `1,2`; English `150,000` and `1.2`. Thousands groups of three are recognised in either.
pub(crate) fn parse_digits(s: &str, lang: &str) -> Option<f64> {
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        || !s.starts_with(|c: char| c.is_ascii_digit())
        || !s.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let (thousands, decimal) = if lang == "nl" { ('.', ',') } else { (',', '.') };
    let grouped = |sep: char| {
        let mut parts = s.split(sep);
        let first = parts.next().unwrap_or("");
        !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
    };
    let plain: String = if s.contains(thousands) && s.contains(decimal) {
        s.replace(thousands, "").replace(decimal, ".")
    } else if s.contains(thousands) {
        if !grouped(thousands) {
            // `1.5` in a Dutch text written the English way: a decimal point.
            if s.matches(thousands).count() == 1 {
                s.replace(thousands, ".")
            } else {
                return None;
            }
        } else {
            s.replace(thousands, "")
        }
    } else if s.contains(decimal) {
        if s.matches(decimal).count() > 1 {
            // `150.000.000` in English text, `1,000,000` in Dutch text: thousands groups.
            if grouped(decimal) {
                s.replace(decimal, "")
            } else {
                return None;
            }
        } else {
            s.replace(decimal, ".")
        }
    } else {
        s.to_string()
    };
    plain.parse::<f64>().ok()
}

/// The quantity starting at token `i` (an approximator or the number itself).
pub(crate) fn quantity_at(toks: &[Tok<'_>], i: usize, lang: &str) -> Option<Quantity> {
    let mut j = i;
    let mut approximate = false;
    for a in APPROX {
        let hit = a
            .iter()
            .enumerate()
            .all(|(k, w)| toks.get(i + k).is_some_and(|t| t.lower == *w));
        if hit {
            approximate = true;
            j = i + a.len();
            break;
        }
    }
    let (value, end) = number_at(toks, j, lang)?;
    Some(Quantity {
        value,
        approximate,
        start: i,
        end,
    })
}

/// A number (digits or words, with scale words) starting exactly at token `i`.
fn number_at(toks: &[Tok<'_>], i: usize, lang: &str) -> Option<(f64, usize)> {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut seen = false;
    let mut j = i;
    while let Some(t) = toks.get(j) {
        let w = t.lower.as_str();
        if let Some(s) = scale_word(w).filter(|_| seen || s_standalone(w)) {
            if !seen && s >= 1e6 {
                break;
            }
            if s < 1000.0 {
                current = current.max(1.0) * s;
            } else {
                total += current.max(1.0) * s;
                current = 0.0;
            }
            seen = true;
        } else if let Some(v) = parse_digits(w, lang).or_else(|| number_word(w)) {
            if !seen {
                current = v;
            } else if current > 0.0 && v < 100.0 && current % 100.0 == 0.0 {
                current += v;
            } else if current == 0.0 && total > 0.0 && v < 1000.0 {
                current = v;
            } else {
                break;
            }
            seen = true;
        } else {
            break;
        }
        j += 1;
    }
    (seen && j > i).then_some((total + current, j))
}

/// Scale words that may start a number on their own ("duizend doden", "a thousand" is read
/// from "thousand").
fn s_standalone(w: &str) -> bool {
    matches!(w, "honderd" | "duizend" | "hundred" | "thousand")
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_core::Span;

    fn toks(s: &str) -> Vec<Tok<'_>> {
        s.split(' ')
            .map(|w| Tok {
                span: Span::default(),
                text: w,
                lower: w.to_lowercase(),
                upos: "",
                lemma: w.to_lowercase(),
                punct: false,
            })
            .collect()
    }

    fn q(s: &str, lang: &str) -> Option<(f64, bool)> {
        quantity_at(&toks(s), 0, lang).map(|q| (q.value, q.approximate))
    }

    #[test]
    fn digits_by_language() {
        assert_eq!(parse_digits("150.000", "nl"), Some(150_000.0));
        assert_eq!(parse_digits("1,2", "nl"), Some(1.2));
        assert_eq!(parse_digits("150,000", "en"), Some(150_000.0));
        assert_eq!(parse_digits("1.2", "en"), Some(1.2));
        assert_eq!(parse_digits("1.250.000", "en"), Some(1_250_000.0));
        assert_eq!(parse_digits("12", "nl"), Some(12.0));
        assert_eq!(parse_digits("1.5", "nl"), Some(1.5));
        assert_eq!(parse_digits("9/11", "en"), None);
    }

    #[test]
    fn words_and_scales() {
        assert_eq!(q("twaalf doden", "nl"), Some((12.0, false)));
        assert_eq!(q("vijfentwintig", "nl"), Some((25.0, false)));
        assert_eq!(q("tweeëntwintig", "nl"), Some((22.0, false)));
        assert_eq!(q("tweehonderdvijftig", "nl"), Some((250.0, false)));
        assert_eq!(q("drieduizend", "nl"), Some((3000.0, false)));
        assert_eq!(q("1,2 miljoen inwoners", "nl"), Some((1_200_000.0, false)));
        assert_eq!(q("amper 150.000 inwoners", "nl"), Some((150_000.0, true)));
        assert_eq!(q("1.2 million", "en"), Some((1_200_000.0, false)));
        assert_eq!(q("two hundred fifty", "en"), Some((250.0, false)));
        assert_eq!(q("twenty-five", "en"), Some((25.0, false)));
        assert_eq!(q("at least 12", "en"), Some((12.0, true)));
        assert_eq!(q("3 duizend", "nl"), Some((3000.0, false)));
        assert_eq!(q("tientallen doden", "nl"), None);
        assert_eq!(q("honderden", "nl"), None);
        assert_eq!(q("duizenden", "nl"), None);
        assert_eq!(q("dozens", "en"), None);
        assert_eq!(q("hundreds", "en"), None);
        assert_eq!(q("miljoen", "nl"), None);
    }
}
