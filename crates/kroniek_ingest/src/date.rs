//! Document dates in the forms news sources write them.
//!
//! A publication date reaches us from a `date` header, a meta tag, JSON-LD, a feed, or the first
//! line of an article ("Friday, January 4, 2019"). [`parse_date`] reads one such value and keeps
//! the precision the source gives: a day, a month or a year, plus the time of day and UTC offset
//! when they are stated. Nothing is guessed: `augustus 2021` is a month, not 1 August.
//!
//! Accepted forms (case-insensitive, surrounding whitespace ignored):
//!
//! * ISO 8601: `2021-08-20`, `2021-08`, `2021`, `20210820`, `2021/08/20`,
//!   `2021-08-20T14:30:00Z`, `2021-08-20T14:30:00.123+02:00`, `2021-08-20T14:30:00+0200`,
//!   `2021-08-20 14:30`, `20210820T143000Z`.
//! * RFC 2822 and its relatives: `Fri, 20 Aug 2021 14:30:00 +0200`, `20 Aug 2021 14:30:00 GMT`,
//!   with the zones `GMT UT UTC Z WET WEST BST CET CEST EET EEST EST EDT CST CDT MST MDT PST PDT`
//!   (and `ET CT MT PT`, read as a time without a known offset), `GMT+2`, `UTC+02:00`, and a
//!   trailing comment such as `(CEST)`.
//! * Written dates in Dutch and English, with an optional weekday: `20 augustus 2021`,
//!   `vrijdag 20 augustus 2021`, `20 aug. 2021`, `augustus 2021`, `Aug 20, 2021`,
//!   `August 20th, 2021`, `the 20th of August 2021`, `Friday, August 20, 2021`, `August 2021`.
//! * Numeric dates with the year last: `20-08-2021`, `20/08/2021`, `20.08.2021`.
//!
//! Any day-precision form may be followed on the same line by a time: `14:30`, `14:30:05`,
//! `14.30 uur`, `14u30`, `2:30 pm`, `om 14.30 uur`, `at 2:30 p.m. EDT`, `, 14:30 CET`.
//!
//! **Numeric day and month order.** `a/b/yyyy` is read day-first when `a > 12`, month-first (US)
//! when `b > 12`, and day-first when both are at most 12: the project reads mostly Dutch and
//! European sources, where `04/05/2021` is 4 May. Two-digit years are not accepted (`20-08-21`
//! could be either end), nor week dates (`2021-W33`) or ordinal dates (`2021-232`).
//!
//! Impossible dates (`2021-02-30`), years outside 1–9999, and out-of-range times give `None`.
//! A stated weekday is not checked against the date: sources get it wrong more often than the
//! date itself.

use kroniek_core::{DocDate, TimeOfDay};
use kroniek_text::calendar::month_number;

/// Parse a document date; `None` when the text is not (only) a date.
///
/// The whole text, apart from surrounding whitespace and a final `.` or `,`, must be the date.
pub fn parse_date(text: &str) -> Option<DocDate> {
    let (date, used) = parse_date_prefix(text)?;
    let rest = text.get(used..)?.trim();
    let rest = rest
        .strip_suffix('.')
        .or_else(|| rest.strip_suffix(','))
        .unwrap_or(rest);
    if rest.trim().is_empty() {
        Some(date)
    } else {
        None
    }
}

/// Parse a date at the start of `text` (after any leading whitespace) and return it with the
/// number of bytes consumed, leading whitespace included and trailing whitespace excluded.
///
/// The date must end at a word boundary (`2021-08-20x` is no date). A time of day is only read
/// from the same line, so a dateline such as `"Friday, January 4, 2019\n\nAn apartment…"`
/// yields the day and stops before the newline. Any form [`parse_date`] accepts is accepted
/// here, a bare year (`"2021 was …"`) included: a caller looking for a dateline should check
/// [`DocDate::precision`].
pub fn parse_date_prefix(text: &str) -> Option<(DocDate, usize)> {
    let mut cur = Cursor::new(text);
    cur.skip_ws();
    let start = cur.clone();
    // An optional weekday in front of any form.
    let mut starts = vec![start.clone()];
    let mut wd = start.clone();
    if let Some(word) = wd.word()
        && is_weekday(&word)
    {
        wd.eat(b'.');
        wd.skip_inline_ws();
        wd.eat(b',');
        wd.skip_inline_ws();
        if wd.pos > start.pos + word.len() {
            starts.push(wd);
        }
    }
    let mut best: Option<(DocDate, usize)> = None;
    for s in starts {
        let parsers: [fn(&mut Cursor<'_>) -> Option<DocDate>; 3] =
            [parse_written, parse_numeric, parse_iso];
        for p in parsers {
            let mut c = s.clone();
            if let Some(d) = p(&mut c)
                && best.as_ref().is_none_or(|(_, used)| c.pos > *used)
            {
                best = Some((d, c.pos));
            }
        }
    }
    best
}

/// A position in the text; only ever advanced over whole characters.
#[derive(Clone)]
struct Cursor<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Self {
        Cursor { s, pos: 0 }
    }

    fn rest(&self) -> &'a str {
        self.s.get(self.pos..).unwrap_or("")
    }

    fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Consume `lit` (ASCII, lower case) case-insensitively.
    fn eat_ci(&mut self, lit: &str) -> bool {
        let rest = self.rest().as_bytes();
        if rest.len() >= lit.len() && rest[..lit.len()].eq_ignore_ascii_case(lit.as_bytes()) {
            self.pos += lit.len();
            true
        } else {
            false
        }
    }

    /// Skip all whitespace, newlines included.
    fn skip_ws(&mut self) {
        while let Some(c) = self.peek_char() {
            if c.is_whitespace() {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
    }

    /// Skip whitespace on the same line; true when some was skipped.
    fn skip_inline_ws(&mut self) -> bool {
        let before = self.pos;
        while let Some(c) = self.peek_char() {
            if c.is_whitespace() && c != '\n' && c != '\r' && c != '\u{2028}' && c != '\u{2029}' {
                self.pos += c.len_utf8();
            } else {
                break;
            }
        }
        self.pos > before
    }

    /// A run of ASCII digits: its value (saturating) and length.
    fn digits(&mut self) -> Option<(u32, usize)> {
        let start = self.pos;
        let mut v: u32 = 0;
        while let Some(b) = self.peek() {
            if b.is_ascii_digit() {
                v = v.saturating_mul(10).saturating_add(u32::from(b - b'0'));
                self.pos += 1;
            } else {
                break;
            }
        }
        let n = self.pos - start;
        (n > 0).then_some((v, n))
    }

    /// Exactly `n` digits, not followed by another digit.
    fn digits_exact(&mut self, n: usize) -> Option<u32> {
        let save = self.pos;
        match self.digits() {
            Some((v, len)) if len == n => Some(v),
            _ => {
                self.pos = save;
                None
            }
        }
    }

    /// Between `min` and `max` digits.
    fn digits_range(&mut self, min: usize, max: usize) -> Option<u32> {
        let save = self.pos;
        match self.digits() {
            Some((v, len)) if (min..=max).contains(&len) => Some(v),
            _ => {
                self.pos = save;
                None
            }
        }
    }

    /// A run of ASCII letters, lower-cased, ending at a word boundary.
    fn word(&mut self) -> Option<String> {
        let save = self.pos;
        let start = self.pos;
        while let Some(b) = self.peek() {
            if b.is_ascii_alphabetic() {
                self.pos += 1;
            } else {
                break;
            }
        }
        if self.pos == start || !self.at_boundary() {
            self.pos = save;
            return None;
        }
        Some(self.s.get(start..self.pos)?.to_ascii_lowercase())
    }

    /// True at the end of the text or before a character that is not a letter or digit.
    fn at_boundary(&self) -> bool {
        self.peek_char().is_none_or(|c| !c.is_alphanumeric())
    }
}

const WEEKDAYS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

fn is_weekday(word: &str) -> bool {
    WEEKDAYS.contains(&word)
}

/// A month name with an optional abbreviation dot.
fn month_name(c: &mut Cursor<'_>) -> Option<u8> {
    let save = c.pos;
    let m = c.word().and_then(|w| month_number(&w));
    if m.is_none() {
        c.pos = save;
        return None;
    }
    c.eat(b'.');
    m
}

/// A day of the month with an optional ordinal suffix (`20th`, `1st`, `20e`, `1ste`).
fn day_number(c: &mut Cursor<'_>) -> Option<u8> {
    let save = c.pos;
    let d = c.digits_range(1, 2)?;
    for suffix in ["st", "nd", "rd", "th", "ste", "de", "e"] {
        let s2 = c.pos;
        if c.eat_ci(suffix) {
            if c.at_boundary() {
                break;
            }
            c.pos = s2;
        }
    }
    if !c.at_boundary() && c.peek() != Some(b'.') {
        c.pos = save;
        return None;
    }
    u8::try_from(d).ok()
}

/// Written dates: `20 augustus 2021`, `Aug 20, 2021`, `augustus 2021`, `20th of August 2021`.
fn parse_written(c: &mut Cursor<'_>) -> Option<DocDate> {
    let start = c.clone();
    // Day first.
    {
        let mut t = start.clone();
        if t.eat_ci("the") && t.skip_inline_ws() {
        } else {
            t = start.clone();
        }
        if let Some(day) = day_number(&mut t) {
            t.eat(b'.');
            t.skip_inline_ws();
            let s2 = t.clone();
            if !(t.eat_ci("of") && t.skip_inline_ws()) {
                t = s2;
            }
            if let Some(month) = month_name(&mut t) {
                let comma = t.eat(b',');
                if (t.skip_inline_ws() || comma)
                    && let Some(year) = year4(&mut t)
                {
                    let d = DocDate::from_ymd(year, month, day).ok()?;
                    *c = t;
                    return Some(with_optional_time(c, d));
                }
            }
        }
    }
    // Month first.
    let mut t = start;
    let month = month_name(&mut t)?;
    t.skip_inline_ws();
    let after_month = t.clone();
    if let Some(day) = day_number(&mut t) {
        t.eat(b',');
        t.skip_inline_ws();
        if let Some(year) = year4(&mut t) {
            let d = DocDate::from_ymd(year, month, day).ok()?;
            *c = t;
            return Some(with_optional_time(c, d));
        }
    }
    let mut t = after_month;
    t.eat(b',');
    t.skip_inline_ws();
    let year = year4(&mut t)?;
    let d = DocDate::from_year_month(year, month).ok()?;
    *c = t;
    Some(d)
}

/// A four-digit year ending at a word boundary.
fn year4(c: &mut Cursor<'_>) -> Option<i32> {
    let save = c.pos;
    let y = c.digits_exact(4)?;
    if !c.at_boundary() {
        c.pos = save;
        return None;
    }
    i32::try_from(y).ok()
}

/// `20-08-2021`, `20/08/2021`, `20.08.2021` (see the module notes on day and month order).
fn parse_numeric(c: &mut Cursor<'_>) -> Option<DocDate> {
    let mut t = c.clone();
    let a = t.digits_range(1, 2)?;
    let sep = t.peek()?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    t.pos += 1;
    let b = t.digits_range(1, 2)?;
    if !t.eat(sep) {
        return None;
    }
    let year = year4(&mut t)?;
    let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
    let d = DocDate::from_ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?).ok()?;
    *c = t;
    Some(with_optional_time(c, d))
}

/// ISO 8601 calendar dates, extended and basic, with an optional time.
fn parse_iso(c: &mut Cursor<'_>) -> Option<DocDate> {
    let mut t = c.clone();
    let (v, len) = t.digits()?;
    match len {
        8 => {
            let year = i32::try_from(v / 10_000).ok()?;
            let month = u8::try_from(v / 100 % 100).ok()?;
            let day = u8::try_from(v % 100).ok()?;
            let d = DocDate::from_ymd(year, month, day).ok()?;
            if t.peek() == Some(b'T') || t.peek() == Some(b't') {
                t.pos += 1;
                let (h, m, s) = basic_clock(&mut t)?;
                let off = iso_zone(&mut t).or_else(|| loose_zone(&mut t).0);
                if !t.at_boundary() {
                    return None;
                }
                let d = d.with_time(time(h, m, s, off)?).ok()?;
                *c = t;
                return Some(d);
            }
            if !t.at_boundary() {
                return None;
            }
            *c = t;
            Some(with_optional_time(c, d))
        }
        4 => {
            let year = i32::try_from(v).ok()?;
            let sep = t.peek();
            let mut month = None;
            let mut day = None;
            if let Some(sep @ (b'-' | b'/' | b'.')) = sep {
                let mut u = t.clone();
                u.pos += 1;
                if let Some(m) = u.digits_range(1, 2) {
                    t = u;
                    month = Some(m);
                    let mut u = t.clone();
                    if u.eat(sep)
                        && let Some(dd) = u.digits_range(1, 2)
                    {
                        t = u;
                        day = Some(dd);
                    }
                }
            }
            match (month, day) {
                (None, _) => {
                    if !t.at_boundary() {
                        return None;
                    }
                    let d = DocDate::from_year(year).ok()?;
                    *c = t;
                    Some(d)
                }
                (Some(m), None) => {
                    // `2021.5` reads more like a number than a month.
                    if !t.at_boundary() || sep == Some(b'.') {
                        return None;
                    }
                    let d = DocDate::from_year_month(year, u8::try_from(m).ok()?).ok()?;
                    *c = t;
                    Some(d)
                }
                (Some(m), Some(dd)) => {
                    let d = DocDate::from_ymd(year, u8::try_from(m).ok()?, u8::try_from(dd).ok()?)
                        .ok()?;
                    if t.peek() == Some(b'T') || t.peek() == Some(b't') {
                        t.pos += 1;
                        let (h, mi, s) = clock(&mut t, true)?;
                        let off = iso_zone(&mut t).or_else(|| loose_zone(&mut t).0);
                        if !t.at_boundary() {
                            return None;
                        }
                        let d = d.with_time(time(h, mi, s, off)?).ok()?;
                        *c = t;
                        return Some(d);
                    }
                    if !t.at_boundary() {
                        return None;
                    }
                    *c = t;
                    Some(with_optional_time(c, d))
                }
            }
        }
        _ => None,
    }
}

fn time(hour: u32, minute: u32, second: u32, offset: Option<i16>) -> Option<TimeOfDay> {
    Some(TimeOfDay {
        hour: u8::try_from(hour).ok()?,
        minute: u8::try_from(minute).ok()?,
        second: u8::try_from(second).ok()?,
        offset_minutes: offset,
    })
}

/// Fractional seconds after `.` or `,`, ignored.
fn skip_fraction(c: &mut Cursor<'_>) {
    let save = c.pos;
    if (c.eat(b'.') || c.eat(b',')) && c.digits().is_none() {
        c.pos = save;
    }
}

/// `HH:MM[:SS[.fff]]`; with `iso` false also `HH.MM`, `HHuMM`, `HHhMM`.
fn clock(c: &mut Cursor<'_>, iso: bool) -> Option<(u32, u32, u32)> {
    let save = c.pos;
    let h = c.digits_range(1, 2)?;
    let sep = c.peek();
    let ok = match sep {
        Some(b':') => true,
        Some(b'.' | b'u' | b'h' | b'U' | b'H') => !iso,
        _ => false,
    };
    if !ok {
        c.pos = save;
        return None;
    }
    c.pos += 1;
    let Some(m) = c.digits_exact(2) else {
        c.pos = save;
        return None;
    };
    let mut s = 0;
    if sep == Some(b':') {
        let s2 = c.pos;
        if c.eat(b':') {
            match c.digits_exact(2) {
                Some(v) => {
                    s = v;
                    skip_fraction(c);
                }
                None => c.pos = s2,
            }
        }
    }
    Some((h, m, s))
}

/// ISO basic time `HHMM[SS[.fff]]`.
fn basic_clock(c: &mut Cursor<'_>) -> Option<(u32, u32, u32)> {
    let (v, len) = c.digits()?;
    let r = match len {
        4 => (v / 100, v % 100, 0),
        6 => (v / 10_000, v / 100 % 100, v % 100),
        _ => return None,
    };
    skip_fraction(c);
    Some(r)
}

/// A numeric offset `+02:00`, `+0200`, `+02`, `-5`; minutes east of UTC.
fn numeric_offset(c: &mut Cursor<'_>) -> Option<i16> {
    let save = c.pos;
    let (sign, width): (i16, usize) = if c.rest().starts_with('+') {
        (1, 1)
    } else if c.rest().starts_with('-') {
        (-1, 1)
    } else if c.rest().starts_with('\u{2212}') {
        (-1, '\u{2212}'.len_utf8())
    } else {
        return None;
    };
    c.pos += width;
    let res = (|| {
        let (v, len) = c.digits()?;
        let (h, m) = match len {
            1 | 2 => {
                let h = v;
                let s2 = c.pos;
                if c.eat(b':') {
                    match c.digits_exact(2) {
                        Some(m) => (h, m),
                        None => {
                            c.pos = s2;
                            (h, 0)
                        }
                    }
                } else {
                    (h, 0)
                }
            }
            4 => (v / 100, v % 100),
            _ => return None,
        };
        if m >= 60 || h > 18 {
            return None;
        }
        let total = i16::try_from(h * 60 + m).ok()?;
        Some(sign * total)
    })();
    if res.is_none() {
        c.pos = save;
    }
    res
}

/// The zone right after an ISO time: `Z`, `+02:00`, `+0200`, `+02`.
fn iso_zone(c: &mut Cursor<'_>) -> Option<i16> {
    if c.eat(b'Z') || c.eat(b'z') {
        return Some(0);
    }
    numeric_offset(c)
}

/// Zone abbreviations: `Some(Some(min))` for a known offset, `Some(None)` for a known name
/// without a fixed offset (US `ET` and friends).
fn named_zone(word: &str) -> Option<Option<i16>> {
    let off = match word {
        "z" | "gmt" | "ut" | "utc" | "wet" => 0,
        "west" | "bst" | "cet" | "met" => 60,
        "cest" | "mest" | "eet" => 120,
        "eest" => 180,
        "est" => -300,
        "edt" => -240,
        "cst" => -360,
        "cdt" => -300,
        "mst" => -420,
        "mdt" => -360,
        "pst" => -480,
        "pdt" => -420,
        "et" | "ct" | "mt" | "pt" => return Some(None),
        _ => return None,
    };
    Some(Some(off))
}

/// A zone after a written time: optional space, then a numeric offset, a zone name possibly
/// followed by an offset (`GMT+2`), and an optional comment such as `(CEST)`.
/// Returns (offset, whether anything was read).
fn loose_zone(c: &mut Cursor<'_>) -> (Option<i16>, bool) {
    let save = c.pos;
    if c.eat(b'Z') || c.eat(b'z') {
        if c.at_boundary() {
            return (Some(0), true);
        }
        c.pos = save;
    }
    c.skip_inline_ws();
    let mut offset = None;
    let mut found = false;
    if let Some(o) = numeric_offset(c) {
        offset = Some(o);
        found = true;
    } else {
        let s2 = c.pos;
        match c.word().as_deref().and_then(named_zone) {
            Some(o) => {
                found = true;
                offset = o;
                if o == Some(0)
                    && let Some(extra) = numeric_offset(c)
                {
                    offset = Some(extra);
                }
            }
            None => c.pos = s2,
        }
    }
    if !found {
        c.pos = save;
        return (None, false);
    }
    // An RFC 2822 comment naming the zone: `+0200 (CEST)`.
    let s3 = c.pos;
    c.skip_inline_ws();
    if c.eat(b'(') {
        let ok = c.word().is_some_and(|w| named_zone(&w).is_some()) && c.eat(b')');
        if !ok {
            c.pos = s3;
        }
    } else {
        c.pos = s3;
    }
    (offset, true)
}

/// A time of day after a date on the same line; when none can be read, the cursor is left
/// where it was and the date is returned unchanged.
fn with_optional_time(c: &mut Cursor<'_>, date: DocDate) -> DocDate {
    let mut t = c.clone();
    match read_time(&mut t) {
        Some(tod) => match date.with_time(tod) {
            Ok(d) => {
                *c = t;
                d
            }
            Err(_) => date,
        },
        None => date,
    }
}

fn read_time(t: &mut Cursor<'_>) -> Option<TimeOfDay> {
    let spaced = t.skip_inline_ws();
    let mut sep = false;
    for s in [
        ",", "-", "|", "/", "\u{2013}", "\u{2014}", "\u{00b7}", "\u{2022}",
    ] {
        if t.rest().starts_with(s) {
            t.pos += s.len();
            sep = true;
            break;
        }
    }
    let spaced2 = t.skip_inline_ws();
    if !spaced && !sep && !spaced2 {
        return None;
    }
    let s2 = t.clone();
    match t.word().as_deref() {
        Some("at" | "om" | "um" | "kl" | "klokke") => {
            t.eat(b'.');
            if !t.skip_inline_ws() {
                return None;
            }
        }
        _ => *t = s2,
    }
    let (mut h, m, s) = clock(t, false)?;
    // `uur`, `u`, `h`, `hrs`, `hours`.
    let s3 = t.clone();
    t.skip_inline_ws();
    match t.word().as_deref() {
        Some("uur" | "u" | "h" | "hr" | "hrs") => {}
        _ => *t = s3,
    }
    // am / pm, also `a.m.` / `p.m.`.
    let s4 = t.clone();
    t.skip_inline_ws();
    let ampm = if t.eat_ci("a.m.") || (t.eat_ci("am") && t.at_boundary()) {
        Some(false)
    } else if t.eat_ci("p.m.") || (t.eat_ci("pm") && t.at_boundary()) {
        Some(true)
    } else {
        *t = s4;
        None
    };
    if let Some(pm) = ampm {
        if !(1..=12).contains(&h) {
            return None;
        }
        h = match (pm, h) {
            (false, 12) => 0,
            (false, h) => h,
            (true, 12) => 12,
            (true, h) => h + 12,
        };
    }
    let (offset, _) = loose_zone(t);
    if !t.at_boundary() && t.peek() != Some(b')') {
        return None;
    }
    time(h, m, s, offset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kroniek_core::Precision;

    fn ts(text: &str) -> String {
        match parse_date(text) {
            Some(d) => d.to_string(),
            None => "NONE".to_string(),
        }
    }

    fn prec(text: &str) -> Option<Precision> {
        parse_date(text).map(|d| d.precision())
    }

    #[test]
    fn iso_forms() {
        assert_eq!(ts("2021-08-20"), "2021-08-20");
        assert_eq!(ts("2021-08"), "2021-08");
        assert_eq!(ts("2021"), "2021");
        assert_eq!(prec("2021"), Some(Precision::Year));
        assert_eq!(prec("2021-08"), Some(Precision::Month));
        assert_eq!(ts("20210820"), "2021-08-20");
        assert_eq!(ts("2021/08/20"), "2021-08-20");
        assert_eq!(ts("2021-8-5"), "2021-08-05");
        assert_eq!(ts("2021-08-20T14:30:00Z"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("2021-08-20T14:30:00+02:00"), "2021-08-20T14:30:00+02:00");
        assert_eq!(ts("2021-08-20T14:30:00-05:00"), "2021-08-20T14:30:00-05:00");
        assert_eq!(ts("2021-08-20T14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("2021-08-20 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("2021-08-20 14:30:15"), "2021-08-20T14:30:15");
        assert_eq!(ts("2021-08-20T14:30:00.123Z"), "2021-08-20T14:30:00Z");
        assert_eq!(
            ts("2021-08-20T14:30:00.000+0200"),
            "2021-08-20T14:30:00+02:00"
        );
        assert_eq!(ts("2021-08-20T14:30:00+02"), "2021-08-20T14:30:00+02:00");
        assert_eq!(ts("2021-08-20t14:30:00z"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("20210820T143000Z"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("20210820T1430+0200"), "2021-08-20T14:30:00+02:00");
        assert_eq!(ts("2021-08-20 14:30:00 +0200"), "2021-08-20T14:30:00+02:00");
        assert_eq!(ts("  2021-08-20\n"), "2021-08-20");
        assert_eq!(
            ts("2021-08-20T14:30:00 +02:00"),
            "2021-08-20T14:30:00+02:00"
        );
        assert_eq!(ts("2021-08-20T14:30:00 CEST"), "2021-08-20T14:30:00+02:00");
        assert_eq!(ts("2024-02-29"), "2024-02-29");
        assert_eq!(ts("2021-08-20T23:59:60Z"), "2021-08-20T23:59:60Z");
    }

    #[test]
    fn rfc2822() {
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 +0200"),
            "2021-08-20T14:30:00+02:00"
        );
        assert_eq!(ts("20 Aug 2021 14:30:00 GMT"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("Fri, 20 Aug 2021 14:30:00 UT"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("Fri, 20 Aug 2021 14:30 UTC"), "2021-08-20T14:30:00Z");
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 EST"),
            "2021-08-20T14:30:00-05:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 EDT"),
            "2021-08-20T14:30:00-04:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 CST"),
            "2021-08-20T14:30:00-06:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 CDT"),
            "2021-08-20T14:30:00-05:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 MST"),
            "2021-08-20T14:30:00-07:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 MDT"),
            "2021-08-20T14:30:00-06:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 PST"),
            "2021-08-20T14:30:00-08:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 PDT"),
            "2021-08-20T14:30:00-07:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 CET"),
            "2021-08-20T14:30:00+01:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 CEST"),
            "2021-08-20T14:30:00+02:00"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 -0430"),
            "2021-08-20T14:30:00-04:30"
        );
        assert_eq!(
            ts("Fri, 20 Aug 2021 14:30:00 +0200 (CEST)"),
            "2021-08-20T14:30:00+02:00"
        );
        assert_eq!(ts("20 Aug 2021 14:30 GMT+2"), "2021-08-20T14:30:00+02:00");
        assert_eq!(
            ts("20 Aug 2021 14:30 UTC+05:30"),
            "2021-08-20T14:30:00+05:30"
        );
        assert_eq!(ts("fri, 20 aug 2021 14:30:00 gmt"), "2021-08-20T14:30:00Z");
        assert_eq!(ts("FRI, 20 AUG 2021"), "2021-08-20");
    }

    #[test]
    fn dutch_written() {
        assert_eq!(ts("20 augustus 2021"), "2021-08-20");
        assert_eq!(ts("vrijdag 20 augustus 2021"), "2021-08-20");
        assert_eq!(ts("Vrijdag, 20 augustus 2021"), "2021-08-20");
        assert_eq!(ts("vr 20 aug 2021"), "2021-08-20");
        assert_eq!(ts("20 aug. 2021"), "2021-08-20");
        assert_eq!(ts("1 mrt. 2020"), "2020-03-01");
        assert_eq!(ts("3 mei 2019"), "2019-05-03");
        assert_eq!(ts("12 okt 2018"), "2018-10-12");
        assert_eq!(ts("1e januari 2020"), "2020-01-01");
        assert_eq!(ts("augustus 2021"), "2021-08");
        assert_eq!(prec("augustus 2021"), Some(Precision::Month));
        assert_eq!(ts("20 augustus 2021 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("20 augustus 2021, 14.30 uur"), "2021-08-20T14:30:00");
        assert_eq!(ts("20 augustus 2021 om 14.30 uur"), "2021-08-20T14:30:00");
        assert_eq!(ts("20 augustus 2021 - 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("20 augustus 2021 14u30"), "2021-08-20T14:30:00");
        assert_eq!(ts("DINSDAG 3 MAART 2020"), "2020-03-03");
    }

    #[test]
    fn english_written() {
        assert_eq!(ts("Aug 20, 2021"), "2021-08-20");
        assert_eq!(ts("Aug. 20, 2021"), "2021-08-20");
        assert_eq!(ts("August 20th, 2021"), "2021-08-20");
        assert_eq!(ts("August 20 2021"), "2021-08-20");
        assert_eq!(ts("20 August 2021"), "2021-08-20");
        assert_eq!(ts("20th August 2021"), "2021-08-20");
        assert_eq!(ts("the 20th of August 2021"), "2021-08-20");
        assert_eq!(ts("1st March, 2020"), "2020-03-01");
        assert_eq!(ts("Friday, August 20, 2021"), "2021-08-20");
        assert_eq!(ts("Fri Aug 20, 2021"), "2021-08-20");
        assert_eq!(ts("August 2021"), "2021-08");
        assert_eq!(ts("Sept. 2021"), "2021-09");
        assert_eq!(ts("August, 2021"), "2021-08");
        assert_eq!(ts("August 20, 2021 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("August 20, 2021 at 2:30 pm"), "2021-08-20T14:30:00");
        assert_eq!(
            ts("August 20, 2021 at 2:30 p.m. EDT"),
            "2021-08-20T14:30:00-04:00"
        );
        assert_eq!(ts("August 20, 2021 12:05 AM"), "2021-08-20T00:05:00");
        assert_eq!(ts("August 20, 2021 12:05 PM"), "2021-08-20T12:05:00");
        assert_eq!(ts("August 20, 2021 2:30 pm ET"), "2021-08-20T14:30:00");
        assert_eq!(ts("Friday, August 20, 2021 | 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("29 February 2024"), "2024-02-29");
    }

    #[test]
    fn numeric_day_first() {
        assert_eq!(ts("20-08-2021"), "2021-08-20");
        assert_eq!(ts("20/08/2021"), "2021-08-20");
        assert_eq!(ts("20.08.2021"), "2021-08-20");
        assert_eq!(ts("5-8-2021"), "2021-08-05");
        // Both at most 12: day first.
        assert_eq!(ts("04/05/2021"), "2021-05-04");
        // Second above 12: month first (US).
        assert_eq!(ts("08/20/2021"), "2021-08-20");
        assert_eq!(ts("20-08-2021 14:30"), "2021-08-20T14:30:00");
        assert_eq!(ts("20.08.2021, 14.30 uur"), "2021-08-20T14:30:00");
        assert_eq!(ts("vrijdag 20-08-2021"), "2021-08-20");
    }

    #[test]
    fn invalid() {
        for bad in [
            "",
            "   ",
            "2021-02-30",
            "2021-13-01",
            "2021-00-10",
            "0000",
            "20210230",
            "30-02-2021",
            "31 april 2021",
            "29 February 2021",
            "13/13/2021",
            "2021-08-20T25:00:00Z",
            "2021-08-20T14:61",
            "2021-08-20T14:30:00+25:00",
            "20 augustus",
            "augustus",
            "vrijdag",
            "Friday,",
            "20-08-21",
            "2021-08-20x",
            "2021x",
            "20 augustus 2021 en verder",
            "August 20, 2021 at noon",
            "hello world",
            "12345",
            "20 foo 2021",
            "2021-08-20T",
            "Fri, 20 Aug 2021 14:30:00 XYZ",
            "99 August 2021",
            "20 August 21",
            "2021-W33",
            "2021.5",
            "2021.08",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn invalid_time_after_valid_date_is_not_a_date() {
        assert_eq!(parse_date("20 augustus 2021 25:30"), None);
        assert_eq!(parse_date("2021-08-20 24:00"), None);
    }

    #[test]
    fn trailing_punctuation() {
        assert_eq!(ts("20 augustus 2021."), "2021-08-20");
        assert_eq!(ts("August 20, 2021,"), "2021-08-20");
    }

    #[test]
    fn prefix_dateline() {
        let text = "Friday, January 4, 2019\n\nAn apartment building collapsed.";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2019-01-04");
        assert_eq!(&text[..used], "Friday, January 4, 2019");

        let text = "  vrijdag 20 augustus 2021 14:30 uur\nKABUL - De Taliban";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2021-08-20T14:30:00");
        assert_eq!(&text[..used], "  vrijdag 20 augustus 2021 14:30 uur");

        // The time is only read from the same line.
        let text = "20 augustus 2021\n14:30 begon de vergadering";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2021-08-20");
        assert_eq!(used, "20 augustus 2021".len());

        let text = "2021-08-20T14:30:00Z some text";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2021-08-20T14:30:00Z");
        assert_eq!(used, 20);

        let text = "2021 was a difficult year";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.precision(), Precision::Year);
        assert_eq!(used, 4);

        let text = "August 20, 2021 at the summit";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2021-08-20");
        assert_eq!(&text[..used], "August 20, 2021");

        assert_eq!(parse_date_prefix("An apartment building"), None);
        assert_eq!(parse_date_prefix("Friday night, police said"), None);
        assert_eq!(parse_date_prefix("Mei Li said"), None);
        assert_eq!(parse_date_prefix("20 soldiers died in 2021"), None);
        assert_eq!(parse_date_prefix(""), None);
    }

    #[test]
    fn prefix_with_non_ascii() {
        let text = "20\u{a0}augustus\u{a0}2021 — Ĳsselmeer";
        let (d, used) = parse_date_prefix(text).unwrap();
        assert_eq!(d.to_string(), "2021-08-20");
        assert!(text.is_char_boundary(used));
        assert_eq!(parse_date("20 augustus 2021 é"), None);
        assert_eq!(parse_date("é 20 augustus 2021"), None);
        assert_eq!(parse_date("2021-08-20\u{2212}"), None);
    }

    #[test]
    fn unicode_minus_offset() {
        assert_eq!(
            ts("20 Aug 2021 14:30 \u{2212}0500"),
            "2021-08-20T14:30:00-05:00"
        );
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn never_panics(s in "\\PC{0,40}") {
                let _ = parse_date(&s);
                if let Some((_, used)) = parse_date_prefix(&s) {
                    prop_assert!(s.is_char_boundary(used));
                    prop_assert!(used <= s.len());
                }
            }

            #[test]
            fn never_panics_datelike(s in "[0-9 :./+TZ,a-zA-Z\u{a0}\u{2212}é-]{0,40}") {
                let _ = parse_date(&s);
                if let Some((_, used)) = parse_date_prefix(&s) {
                    prop_assert!(s.is_char_boundary(used));
                }
            }

            #[test]
            fn iso_roundtrip(y in 1i32..=9999, m in 1u8..=12, d in 1u8..=31) {
                let text = format!("{y:04}-{m:02}-{d:02}");
                let valid = d <= kroniek_core::days_in_month(y, m);
                match parse_date(&text) {
                    Some(date) => {
                        prop_assert!(valid);
                        prop_assert_eq!(date.value(), Some(text));
                    }
                    None => prop_assert!(!valid),
                }
            }
        }
    }
}
