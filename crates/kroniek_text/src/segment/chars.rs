//! Character classes used by the tokenizer, with ASCII fast paths.

/// The char at byte `i` of `text` and its length in bytes; `None` past the end or off a char
/// boundary.
#[inline]
pub(super) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((char::from(b), 1));
    }
    let c = text.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The position of the first `needle` in `hay`, eight bytes at a time.
#[inline]
pub(super) fn find_byte(hay: &[u8], needle: u8) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let rep = LO * u64::from(needle);
    let mut chunks = hay.chunks_exact(8);
    let mut off = 0;
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().unwrap_or([0; 8])) ^ rep;
        // the lowest flagged byte is the first zero byte (borrows only run upwards)
        let z = v.wrapping_sub(LO) & !v & HI;
        if z != 0 {
            return Some(off + (z.trailing_zeros() / 8) as usize);
        }
        off += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == needle)
        .map(|n| off + n)
}

const LO7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
const HI8: u64 = 0x8080_8080_8080_8080;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes at `i` as a little-endian word (byte `i` lowest); `None` near the end.
#[inline(always)]
fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let w: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(w))
}

/// The high bit of each byte of `v` that lies in `lo..=hi` (ASCII bounds, `lo > 0`,
/// `hi < 0x7F`); exact per byte: no carry crosses bytes.
#[inline(always)]
fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let y = v & LO7;
    let ge_lo = y + ONES * u64::from(0x80 - lo);
    let gt_hi = y + ONES * u64::from(0x7F - hi);
    ge_lo & !gt_hi & !v & HI8
}

/// The length of the run of printable ASCII bytes (`!`..=`~`) at the start of `b[i..end]`.
#[inline]
pub(super) fn printable_run(b: &[u8], i: usize, end: usize) -> usize {
    let mut k = i;
    // the words may reach past `end` (into the text after it): the result is clamped
    while k < end {
        let Some(v) = word_at(b, k) else { break };
        let stop = !in_range(v, 0x21, 0x7E) & HI8;
        if stop != 0 {
            return (k + (stop.trailing_zeros() / 8) as usize).min(end) - i;
        }
        k += 8;
    }
    let mut k = k.min(end);
    while k < end && b.get(k).is_some_and(|x| x.wrapping_sub(0x21) < 0x5E) {
        k += 1;
    }
    k - i
}

/// The length of the run of ASCII letters at the start of `b[i..end]`.
#[inline]
pub(super) fn letter_run(b: &[u8], i: usize, end: usize) -> usize {
    let mut k = i;
    // the words may reach past `end` (into the text after it): the result is clamped
    while k < end {
        let Some(v) = word_at(b, k) else { break };
        let stop = !in_range(v | (ONES * 0x20), b'a', b'z') & HI8;
        if stop != 0 {
            return (k + (stop.trailing_zeros() / 8) as usize).min(end) - i;
        }
        k += 8;
    }
    let mut k = k.min(end);
    while k < end && b.get(k).is_some_and(u8::is_ascii_alphabetic) {
        k += 1;
    }
    k - i
}

/// Separates tokens: whitespace, control characters (NUL, CR, …) and invisible format
/// characters that do not belong to a word or emoji sequence.
#[inline]
pub(super) fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_whitespace() || c.is_ascii_control();
    }
    c.is_whitespace()
        || c.is_control()
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
        )
}

/// Combining marks that continue the preceding letter.
#[inline]
fn is_combining(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05C7}'
            | '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0900}'..='\u{0903}'
            | '\u{093A}'..='\u{094F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A character that can be part of a word: letters, digits, combining marks, soft hyphen and
/// the zero-width (non-)joiner.
#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || is_combining(c) || matches!(c, '\u{AD}' | '\u{200C}' | '\u{200D}')
}

/// An apostrophe: straight, right single quotation mark or modifier letter apostrophe.
#[inline]
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// A hyphen inside a word (ASCII hyphen-minus or Unicode hyphen).
#[inline]
pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// The start of an emoji (pictographs, dingbats, regional indicators).
#[inline]
pub(super) fn is_emoji(c: char) -> bool {
    matches!(
        c,
        '\u{1F000}'..='\u{1FAFF}'
            | '\u{2600}'..='\u{27BF}'
            | '\u{231A}'
            | '\u{231B}'
            | '\u{2328}'
            | '\u{23CF}'
            | '\u{23E9}'..='\u{23FA}'
            | '\u{2B05}'..='\u{2B07}'
            | '\u{2B1B}'
            | '\u{2B1C}'
            | '\u{2B50}'
            | '\u{2B55}'
            | '\u{2934}'
            | '\u{2935}'
            | '\u{3030}'
            | '\u{303D}'
            | '\u{3297}'
            | '\u{3299}'
    )
}

/// Characters that extend an emoji: variation selectors, skin tones, keycap, tags.
#[inline]
pub(super) fn is_emoji_modifier(c: char) -> bool {
    matches!(
        c,
        '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}'
    )
}

/// A regional indicator letter (two make a flag).
#[inline]
pub(super) fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// A symbol rather than punctuation: currency, math, `%`, `&`, `°`, `©`, arrows.
#[inline]
pub(super) fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '%'
            | '&'
            | '+'
            | '<'
            | '='
            | '>'
            | '^'
            | '|'
            | '~'
            | '\u{A2}'..='\u{A5}'
            | '\u{A7}'
            | '\u{A9}'
            | '\u{AC}'
            | '\u{AE}'
            | '\u{B0}'
            | '\u{B1}'
            | '\u{B5}'
            | '\u{D7}'
            | '\u{F7}'
            | '\u{2030}'
            | '\u{2031}'
            | '\u{20A0}'..='\u{20CF}'
            | '\u{2100}'..='\u{214F}'
            | '\u{2190}'..='\u{22FF}'
    )
}

/// Punctuation that may close a sentence after its final mark (`.”`, `!)`, `?''`).
#[inline]
pub(super) fn is_closer(tok: &str) -> bool {
    matches!(
        tok,
        ")" | "]"
            | "}"
            | "\""
            | "'"
            | "''"
            | "\u{201D}"
            | "\u{2019}"
            | "\u{BB}"
            | "\u{203A}"
            | "\u{201C}"
    )
}
