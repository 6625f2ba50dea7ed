//! Number words and ordinals in Dutch and English ("eenentwintig", "honderdvijftig",
//! "twenty-one", "derde", "21st").

fn small_nl(s: &str) -> Option<u32> {
    Some(match s {
        "nul" => 0,
        "een" | "één" | "eén" => 1,
        "twee" => 2,
        "drie" => 3,
        "vier" => 4,
        "vijf" => 5,
        "zes" => 6,
        "zeven" => 7,
        "acht" => 8,
        "negen" => 9,
        "tien" => 10,
        "elf" => 11,
        "twaalf" => 12,
        "dertien" => 13,
        "veertien" => 14,
        "vijftien" => 15,
        "zestien" => 16,
        "zeventien" => 17,
        "achttien" => 18,
        "negentien" => 19,
        _ => return tens_nl(s),
    })
}

fn tens_nl(s: &str) -> Option<u32> {
    Some(match s {
        "twintig" => 20,
        "dertig" => 30,
        "veertig" => 40,
        "vijftig" => 50,
        "zestig" => 60,
        "zeventig" => 70,
        "tachtig" => 80,
        "negentig" => 90,
        _ => return None,
    })
}

fn below_100_nl(s: &str) -> Option<u32> {
    if let Some(n) = small_nl(s) {
        return Some(n);
    }
    // unit + "en"/"ën" + tens: eenentwintig, tweeëntwintig
    for sep in ["ën", "en"] {
        let mut from = 0;
        while let Some(p) = s[from..].find(sep) {
            let at = from + p;
            let (u, t) = (&s[..at], &s[at + sep.len()..]);
            if let (Some(u), Some(t)) = (small_nl(u), tens_nl(t))
                && (1..=9).contains(&u)
            {
                return Some(u + t);
            }
            from = at + 1;
            if from >= s.len() || !s.is_char_boundary(from) {
                break;
            }
        }
    }
    None
}

/// The value of a Dutch number word (`eenentwintig`, `honderdvijftig`, `tweeduizend`).
pub fn parse_nl(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 40 {
        return None;
    }
    for (word, mult) in [("duizend", 1000), ("honderd", 100)] {
        if let Some(p) = s.find(word) {
            let (left, right) = (&s[..p], &s[p + word.len()..]);
            let l = if left.is_empty() { 1 } else { parse_nl(left)? };
            let right = right
                .strip_prefix("en")
                .filter(|r| !r.is_empty())
                .unwrap_or(right);
            let r = if right.is_empty() {
                0
            } else {
                parse_nl(right)?
            };
            return Some(l * mult + r);
        }
    }
    below_100_nl(s)
}

fn small_en(s: &str) -> Option<u32> {
    Some(match s {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "thousand" => 1000,
        "dozen" => 12,
        _ => return None,
    })
}

/// The value of an English number word (`twenty-one`, `dozen`).
pub fn parse_en(s: &str) -> Option<u32> {
    if let Some((a, b)) = s.split_once('-') {
        let (a, b) = (small_en(a)?, small_en(b)?);
        return (a >= 20 && a % 10 == 0 && b < 10).then_some(a + b);
    }
    small_en(s)
}

/// The value of a Dutch or English ordinal word or numeral (`derde`, `eenentwintigste`,
/// `third`, `twenty-first`, `21e`, `21ste`, `21st`).
pub fn parse_ordinal(s: &str) -> Option<u32> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let (num, suf) = s.split_at(digits);
        return matches!(suf, "e" | "ste" | "de" | "st" | "nd" | "rd" | "th" | "ème")
            .then(|| num.parse().ok())
            .flatten();
    }
    let special = match s {
        "eerste" | "first" => Some(1),
        "derde" | "third" => Some(3),
        "second" => Some(2),
        "fifth" => Some(5),
        "eighth" => Some(8),
        "ninth" => Some(9),
        "twelfth" => Some(12),
        "achtste" => Some(8),
        _ => None,
    };
    if special.is_some() {
        return special;
    }
    if let Some(stem) = s.strip_suffix("ste").or_else(|| s.strip_suffix("de"))
        && let Some(n) = parse_nl(stem)
    {
        return Some(n);
    }
    if let Some((a, b)) = s.split_once('-') {
        let tens = small_en(a)?;
        let unit = parse_ordinal(b)?;
        return (tens >= 20 && unit < 10).then_some(tens + unit);
    }
    if let Some(stem) = s.strip_suffix("ieth") {
        return small_en(&format!("{stem}y"));
    }
    s.strip_suffix("th").and_then(small_en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_and_english() {
        assert_eq!(parse_nl("eenentwintig"), Some(21));
        assert_eq!(parse_nl("tweeëntwintig"), Some(22));
        assert_eq!(parse_nl("honderdvijftig"), Some(150));
        assert_eq!(parse_nl("tweeduizendeenentwintig"), Some(2021));
        assert_eq!(parse_nl("negentienhonderd"), Some(1900));
        assert_eq!(parse_nl("veertien"), Some(14));
        assert_eq!(parse_nl("tweede"), None);
        assert_eq!(parse_en("twenty-one"), Some(21));
        assert_eq!(parse_en("dozen"), Some(12));
        assert_eq!(parse_ordinal("eenentwintigste"), Some(21));
        assert_eq!(parse_ordinal("twintigste"), Some(20));
        assert_eq!(parse_ordinal("tweede"), Some(2));
        assert_eq!(parse_ordinal("zevende"), Some(7));
        assert_eq!(parse_ordinal("twenty-first"), Some(21));
        assert_eq!(parse_ordinal("twentieth"), Some(20));
        assert_eq!(parse_ordinal("fourth"), Some(4));
        assert_eq!(parse_ordinal("21e"), Some(21));
        assert_eq!(parse_ordinal("3rd"), Some(3));
        assert_eq!(parse_ordinal("tien"), None);
    }
}
