//! Normalisation, done once at ingest, with a map back to the original offsets.
//!
//! What changes: Unicode NFC; CRLF, CR, NEL and the Unicode line/paragraph separators become
//! `\n`; tabs and the Unicode space characters become a space; runs of spaces fold to one;
//! spaces at line ends go; one line break stays a line break, two or more become one blank line
//! (a paragraph break); control characters, soft hyphens, zero-width spaces, word joiners,
//! byte-order marks and bidirectional controls are removed. ZWJ and ZWNJ stay: they carry
//! meaning in emoji and Persian script.
//!
//! NFC is applied per cluster (a starter and its combining marks), so the alignment stays exact
//! at cluster boundaries. Text that is already NFC (nearly all news) skips that work entirely.

use kroniek_core::{Alignment, NormalizedText, OffsetMap};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// What a character becomes.
enum Class {
    Keep,
    Space,
    Newline,
    Drop,
}

fn classify(c: char) -> Class {
    match c {
        '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        ' '
        | '\t'
        | '\u{a0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200a}'
        | '\u{202f}'
        | '\u{205f}'
        | '\u{3000}'
        | '\u{b}'
        | '\u{c}' => Class::Space,
        '\u{ad}'
        | '\u{200b}'
        | '\u{2060}'
        | '\u{feff}'
        | '\u{180e}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => Class::Drop,
        c if c.is_control() => Class::Drop,
        _ => Class::Keep,
    }
}

struct Builder {
    out: String,
    points: Vec<Alignment>,
    base: u64,
    /// Pending whitespace: 0 none, 1 space, 2 one newline, 3 paragraph break.
    pending: u8,
}

impl Builder {
    fn expected_orig(&self) -> u64 {
        self.points.last().map_or(self.base, |p| {
            p.orig + (self.out.len() as u64 - u64::from(p.norm))
        })
    }

    fn align(&mut self, orig_pos: usize) {
        let orig = self.base + orig_pos as u64;
        if self.expected_orig() != orig {
            let norm = u32::try_from(self.out.len()).unwrap_or(u32::MAX);
            self.points.push(Alignment { norm, orig });
        }
    }

    fn flush_pending(&mut self, orig_pos: usize) {
        if self.out.is_empty() {
            self.pending = 0;
            return;
        }
        let ws = match self.pending {
            0 => return,
            1 => " ",
            2 => "\n",
            _ => "\n\n",
        };
        self.pending = 0;
        // The whitespace maps to where the run started; the next text realigns itself.
        self.align(orig_pos);
        self.out.push_str(ws);
    }

    /// Emit text that stands for `orig_pos..orig_end` of the input.
    fn emit(&mut self, orig_pos: usize, s: &str, ws_start: usize) {
        self.flush_pending(ws_start);
        self.align(orig_pos);
        self.out.push_str(s);
    }
}

/// Normalise `input`; `base` is the byte offset of `input` within the original file (for
/// instance after a date header), so that the map points into the file itself.
pub fn normalize(input: &str, base: u64) -> NormalizedText {
    let needs_nfc = is_nfc_quick(input.chars()) != IsNormalized::Yes;
    let mut b = Builder {
        out: String::with_capacity(input.len()),
        points: vec![Alignment {
            norm: 0,
            orig: base,
        }],
        base,
        pending: 0,
    };
    let bytes = input.as_bytes();
    let mut ws_start = 0usize;
    let mut cluster = String::new();
    let mut pos = 0usize;
    while let Some(c) = input.get(pos..).and_then(|rest| rest.chars().next()) {
        let next = pos + c.len_utf8();
        match classify(c) {
            Class::Keep if needs_nfc => {
                // A starter and its combining marks, composed together.
                cluster.clear();
                cluster.push(c);
                let mut end = next;
                while let Some(m) = input.get(end..).and_then(|rest| rest.chars().next()) {
                    if canonical_combining_class(m) == 0 {
                        break;
                    }
                    cluster.push(m);
                    end += m.len_utf8();
                }
                let composed: String = cluster.nfc().collect();
                b.emit(pos, &composed, ws_start);
                if composed.len() != end - pos {
                    // Realign after a cluster whose length changed.
                    b.points.push(Alignment {
                        norm: u32::try_from(b.out.len()).unwrap_or(u32::MAX),
                        orig: base + end as u64,
                    });
                }
                pos = end;
            }
            Class::Keep => {
                // Copy the whole run of unchanged characters at once; printable ASCII, the bulk
                // of news text, is scanned byte by byte without decoding.
                let mut end = next;
                loop {
                    // A single space between printable characters is already normal and
                    // joins the run, so ordinary prose is copied a line at a time.
                    loop {
                        match bytes.get(end) {
                            Some(&x) if x > b' ' && x < 0x7f => end += 1,
                            Some(&b' ')
                                if bytes.get(end + 1).is_some_and(|&y| y > b' ' && y < 0x7f) =>
                            {
                                end += 2
                            }
                            _ => break,
                        }
                    }
                    match input.get(end..).and_then(|rest| rest.chars().next()) {
                        Some(m) if !m.is_ascii() && matches!(classify(m), Class::Keep) => {
                            end += m.len_utf8();
                        }
                        _ => break,
                    }
                }
                b.emit(pos, &input[pos..end], ws_start);
                pos = end;
            }
            Class::Space => {
                if b.pending == 0 {
                    ws_start = pos;
                    b.pending = 1;
                }
                pos = next;
            }
            Class::Newline => {
                if b.pending == 0 {
                    ws_start = pos;
                }
                // CR LF counts as one line break.
                let crlf = c == '\r' && bytes.get(next) == Some(&b'\n');
                if !crlf {
                    b.pending = if b.pending >= 2 { 3 } else { 2 };
                }
                pos = next;
            }
            Class::Drop => pos = next,
        }
    }
    let orig_end = base + input.len() as u64;
    NormalizedText {
        text: b.out,
        offsets: OffsetMap::from_points(b.points, orig_end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s, 0).text
    }

    #[test]
    fn folds_whitespace_and_paragraphs() {
        assert_eq!(norm("  a \t b  \r\n\r\n\r\n c\nd  "), "a b\n\nc\nd");
        assert_eq!(norm("a\u{a0}b\u{2009}c"), "a b c");
        assert_eq!(norm("a \n \n b"), "a\n\nb");
    }

    #[test]
    fn removes_invisible_characters() {
        assert_eq!(norm("Taliban\u{ad}strijders"), "Talibanstrijders");
        assert_eq!(norm("\u{feff}De\u{200b} vallei\u{0}\u{7}"), "De vallei");
        assert_eq!(norm("👨\u{200d}👩"), "👨\u{200d}👩", "ZWJ stays");
    }

    #[test]
    fn composes_to_nfc_with_exact_offsets() {
        // "Tadzjieke" with a decomposed ë: e + U+0308
        let input = "Tadzjieke\u{308}n wonen";
        let n = normalize(input, 0);
        assert_eq!(n.text, "Tadzjiekën wonen");
        let w = n.text.find("wonen").unwrap_or(0);
        assert_eq!(
            n.offsets.to_original(w) as usize,
            input.find("wonen").unwrap_or(0)
        );
    }

    #[test]
    fn single_spaces_inside_runs_are_kept_and_others_folded() {
        assert_eq!(
            norm("De taliban  veroverden het land. \nNu"),
            "De taliban veroverden het land.\nNu"
        );
        assert_eq!(norm("a b\u{a0}c d"), "a b c d");
        let input = "Kaboel  viel, zei men.";
        let n = normalize(input, 0);
        let at = n.text.find("viel").unwrap_or(0);
        assert_eq!(
            n.offsets.to_original(at) as usize,
            input.find("viel").unwrap_or(0)
        );
    }

    #[test]
    fn offsets_point_into_the_original() {
        let input = "  De  taliban\r\n\r\nveroverden";
        let n = normalize(input, 100);
        assert_eq!(n.text, "De taliban\n\nveroverden");
        for word in ["De", "taliban", "veroverden"] {
            let at = n.text.find(word).unwrap_or(0);
            let orig = n.offsets.to_original(at) as usize - 100;
            assert_eq!(&input[orig..orig + word.len()], word);
        }
    }
}
