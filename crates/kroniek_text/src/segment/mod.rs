//! Paragraph, sentence and token segmentation for Dutch and English news text.
//!
//! Design:
//!
//! * **Rule-based and byte-level.** One pass over the bytes with ASCII fast paths; non-ASCII
//!   chars are decoded only where they occur. No regex engine, no allocation per token: the
//!   only allocations are the three output vectors. Abbreviations are looked up in static
//!   sorted slices (see `abbrev.rs`).
//! * **Paragraphs** are blocks separated by blank lines. Inside a block, a bulleted line
//!   (`- `, `* `, `• `, `1. `, `1) `) is a paragraph of its own, and so is a short line
//!   without final punctuation that stands between sentence ends (a heading). Other lines of
//!   a block are joined: a single newline is a space.
//! * **Tokens** follow UD conventions: UD Dutch (Alpino, LassySmall) for `nl` — hyphenated
//!   compounds, `zo'n`, `Saleh's`, `'s`, `'t` and `en/of` are one token; UD English EWT for
//!   `en` — clitics split (`do` `n't`, `Taliban` `'s`), hyphens split except after common
//!   prefixes (`e-mail`, `non-profit`). Other languages get Dutch-like generic rules with
//!   both abbreviation lists.
//! * **Sentences** end after `.`, `!`, `?`, `...`, `…` (with closing quotes and brackets
//!   attached to them) unless the next token starts with a lowercase letter or is `,`, `;`,
//!   `:`. An abbreviation keeps its period (`o.a.`, `Dr.`, `A.S.`) and ends a sentence only
//!   when it is one that commonly does (`etc.`, `enz.`) and the next word is capitalised; the
//!   period then stays in the abbreviation token, as in UD.
//! * Spans are byte offsets into the given text and always lie on char boundaries. Texts over
//!   4 GiB are not supported: tokens past that offset are dropped.

mod abbrev;
mod chars;
mod token;

#[cfg(test)]
mod tests;

use kroniek_core::{Segments, Sentence, Span, Token, TokenKind};

use chars::{char_at, find_byte, is_closer, is_space};
use token::{Tokenizer, is_sentence_ender};

/// The language rules to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lang {
    Nl,
    En,
    Other,
}

impl Lang {
    fn from_code(code: &str) -> Lang {
        let base = code.split(['-', '_']).next().unwrap_or("");
        if base.eq_ignore_ascii_case("nl") {
            Lang::Nl
        } else if base.eq_ignore_ascii_case("en") {
            Lang::En
        } else {
            Lang::Other
        }
    }
}

/// Segment `text` (normalised) written in language `lang` (ISO 639-1; `nl`, `en`, other).
///
/// ```
/// let text = "Dhr. A.S. Massoud kwam o.a. in Kaboel aan. Hij bleef 's avonds.";
/// let seg = kroniek_text::segment::segment(text, "nl");
/// assert_eq!(seg.sentences.len(), 2);
/// let first: Vec<&str> = seg.sentence_tokens(&seg.sentences[0])
///     .iter().map(|t| t.span.slice(text)).collect();
/// assert_eq!(first, ["Dhr.", "A.S.", "Massoud", "kwam", "o.a.", "in", "Kaboel", "aan", "."]);
/// ```
pub fn segment(text: &str, lang: &str) -> Segments {
    let lang = Lang::from_code(lang);
    let mut seg = Segments {
        paragraphs: Vec::new(),
        sentences: Vec::with_capacity(text.len() / 100 + 1),
        tokens: Vec::with_capacity(text.len() / 5 + 1),
    };
    // the indices of the current paragraph's punctuation and abbreviation tokens
    let mut marks = Vec::new();
    let mut lines = Lines::new(text);
    // current group of joined lines
    let mut group: Option<(usize, usize)> = None;
    let mut prev_ends_sentence = true;
    let mut line = lines.next_line();
    while let Some((ls, le)) = line {
        let next = lines.next_line();
        let Some((s, e)) = trim(text, ls, le) else {
            // blank line: paragraph break
            if let Some((gs, ge)) = group.take() {
                paragraph(text, gs, ge, lang, false, &mut seg, &mut marks);
            }
            prev_ends_sentence = true;
            line = next;
            continue;
        };
        let next_trim = next.and_then(|(a, b)| trim(text, a, b));
        let bullet = bullet_len(text, s, e);
        let heading = bullet.is_none()
            && prev_ends_sentence
            && next_trim.is_some_and(|(a, b)| starts_sentence(text, a, b))
            && is_heading(text, s, e);
        if let Some(blen) = bullet {
            if let Some((gs, ge)) = group.take() {
                paragraph(text, gs, ge, lang, false, &mut seg, &mut marks);
            }
            bullet_paragraph(text, s, e, blen, lang, &mut seg, &mut marks);
            prev_ends_sentence = true;
        } else if heading {
            if let Some((gs, ge)) = group.take() {
                paragraph(text, gs, ge, lang, false, &mut seg, &mut marks);
            }
            paragraph(text, s, e, lang, true, &mut seg, &mut marks);
            prev_ends_sentence = true;
        } else {
            group = Some(group.map_or((s, e), |(gs, _)| (gs, e)));
            prev_ends_sentence = ends_with_final_punct(text, s, e);
        }
        line = next;
    }
    if let Some((gs, ge)) = group.take() {
        paragraph(text, gs, ge, lang, false, &mut seg, &mut marks);
    }
    seg
}

/// Iterates over `\n`-separated lines as byte ranges (without the newline).
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
    done: bool,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        Lines {
            bytes: text.as_bytes(),
            pos: 0,
            done: false,
        }
    }

    fn next_line(&mut self) -> Option<(usize, usize)> {
        if self.done {
            return None;
        }
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or(&[]);
        match find_byte(rest, b'\n') {
            Some(n) => {
                self.pos = start + n + 1;
                Some((start, start + n))
            }
            None => {
                self.done = true;
                Some((start, self.bytes.len()))
            }
        }
    }
}

/// The line without leading and trailing separators; `None` when nothing is left.
fn trim(text: &str, mut s: usize, mut e: usize) -> Option<(usize, usize)> {
    while s < e {
        match char_at(text, s) {
            Some((c, l)) if is_space(c) => s += l,
            _ => break,
        }
    }
    while e > s {
        let c = text.get(s..e).and_then(|t| t.chars().next_back())?;
        if is_space(c) {
            e -= c.len_utf8();
        } else {
            break;
        }
    }
    (e > s).then_some((s, e))
}

/// The length of a bullet marker at the start of a line (`- `, `* `, `• `, `1. `, `12) `).
fn bullet_len(text: &str, s: usize, e: usize) -> Option<usize> {
    let line = text.get(s..e)?;
    for m in [
        "- ",
        "* ",
        "\u{2022} ",
        "\u{2013} ",
        "\u{00B7} ",
        "\u{25AA} ",
    ] {
        if line.starts_with(m) && line.len() > m.len() {
            return Some(m.len() - 1);
        }
    }
    let b = line.as_bytes();
    let digits = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if (1..=2).contains(&digits)
        && matches!(b.get(digits), Some(b'.' | b')'))
        && b.get(digits + 1) == Some(&b' ')
        && b.len() > digits + 2
    {
        return Some(digits + 1);
    }
    None
}

/// A short line without final punctuation, starting with a capital or digit.
fn is_heading(text: &str, s: usize, e: usize) -> bool {
    let Some(line) = text.get(s..e) else {
        return false;
    };
    let words = line.split(' ').count();
    words <= 12
        && line.len() <= 120
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && !ends_with_final_punct(text, s, e)
        && !line.ends_with([',', ';', ':', '-'])
}

/// True when the line ends with `.`, `!`, `?`, `…` (possibly before closing quotes).
fn ends_with_final_punct(text: &str, s: usize, e: usize) -> bool {
    let Some(line) = text.get(s..e) else {
        return false;
    };
    let core = line.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{BB}' | '\u{203A}'
        )
    });
    core.ends_with(['.', '!', '?', '\u{2026}'])
}

/// True when the line starts like a sentence (capital, digit, quote or bullet).
fn starts_sentence(text: &str, s: usize, e: usize) -> bool {
    text.get(s..e)
        .and_then(|l| l.chars().next())
        .is_some_and(|c| !c.is_lowercase())
}

/// Appends a paragraph `[s, e)`: its tokens and sentences. `marks` is scratch space.
fn paragraph(
    text: &str,
    s: usize,
    e: usize,
    lang: Lang,
    single: bool,
    seg: &mut Segments,
    marks: &mut Vec<usize>,
) {
    let first = seg.tokens.len();
    marks.clear();
    Tokenizer::new(text, lang, &mut seg.tokens, marks).run(s, e);
    finish_paragraph(text, first, lang, single, seg, marks);
}

/// Appends a bulleted line: the marker is one token, the rest is split as usual.
fn bullet_paragraph(
    text: &str,
    s: usize,
    e: usize,
    marker: usize,
    lang: Lang,
    seg: &mut Segments,
    marks: &mut Vec<usize>,
) {
    let first = seg.tokens.len();
    marks.clear();
    let kind = if text.as_bytes().get(s).is_some_and(u8::is_ascii_digit) {
        TokenKind::Ordinal
    } else {
        TokenKind::Punct
    };
    if let Ok(span) = Span::from_range(s, s + marker) {
        if kind == TokenKind::Punct {
            marks.push(seg.tokens.len());
        }
        seg.tokens.push(Token { span, kind });
    }
    Tokenizer::new(text, lang, &mut seg.tokens, marks).run(s + marker, e);
    finish_paragraph(text, first, lang, false, seg, marks);
}

fn finish_paragraph(
    text: &str,
    first: usize,
    lang: Lang,
    single: bool,
    seg: &mut Segments,
    marks: &[usize],
) {
    let n = seg.tokens.len();
    if n == first {
        return;
    }
    let (Some(a), Some(b)) = (seg.tokens.get(first), seg.tokens.last()) else {
        return;
    };
    if let Ok(span) = Span::from_range(a.span.start(), b.span.end()) {
        seg.paragraphs.push(span);
    }
    if single {
        push_sentence(seg, first, n);
    } else {
        split_sentences(text, first, lang, seg, marks);
    }
}

fn push_sentence(seg: &mut Segments, first: usize, end: usize) {
    let (Some(a), Some(b)) = (
        seg.tokens.get(first),
        end.checked_sub(1).and_then(|l| seg.tokens.get(l)),
    ) else {
        return;
    };
    let (Ok(span), Ok(ft), Ok(et)) = (
        Span::from_range(a.span.start(), b.span.end()),
        u32::try_from(first),
        u32::try_from(end),
    ) else {
        return;
    };
    seg.sentences.push(Sentence {
        span,
        first_token: ft,
        end_token: et,
    });
}

/// What a sentence-final candidate is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// `.`, `!`, `?`, `...`, `…`
    Strong,
    /// An abbreviation that often ends a sentence.
    Ender,
}

fn terminal(tok: &str, kind: TokenKind, lang: Lang) -> Option<Terminal> {
    let b = tok.as_bytes();
    match b.first() {
        Some(b'.' | b'!' | b'?') if kind == TokenKind::Punct => Some(Terminal::Strong),
        _ if tok == "\u{2026}" => Some(Terminal::Strong),
        _ if kind == TokenKind::Abbreviation && is_sentence_ender(tok, lang) => {
            Some(Terminal::Ender)
        }
        _ => None,
    }
}

/// Splits the paragraph's tokens `[first, len)` into sentences. `marks` lists, in order, the
/// indices of the paragraph's punctuation and abbreviation tokens: only `.`, `!`, `?`, `"`,
/// `…` (which the tokenizer makes punctuation) and abbreviations can end a sentence.
///
/// Straight double quotes are tracked by parity within the paragraph, so a `"` after a final
/// mark closes the sentence only when a quote is open (or when it is attached to the mark).
fn split_sentences(text: &str, first: usize, lang: Lang, seg: &mut Segments, marks: &[usize]) {
    let n = seg.tokens.len();
    let mut start = first;
    // the tokens before `done` are done (taken as closers of a sentence end)
    let mut done = first;
    let mut dq_open = false;
    for &i in marks {
        if i < done {
            continue;
        }
        let Some(t) = seg.tokens.get(i).copied() else {
            break;
        };
        done = i + 1;
        let fb = text.as_bytes().get(t.span.start()).copied().unwrap_or(0);
        if !matches!(fb, b'.' | b'!' | b'?' | b'"' | 0xE2) && t.kind != TokenKind::Abbreviation {
            continue;
        }
        let tok = t.span.slice(text);
        if tok == "\"" {
            dq_open = !dq_open;
        }
        let Some(term) = terminal(tok, t.kind, lang) else {
            continue;
        };
        // closing quotes and brackets after the final mark
        let mut j = i + 1;
        while let (Some(prev), Some(c)) = (seg.tokens.get(j - 1), seg.tokens.get(j)) {
            let ct = c.span.slice(text);
            let attached = c.span.start() == prev.span.end();
            let closes = match ct {
                "''" | "\u{201D}" | "\u{BB}" => true,
                "\"" => attached || dq_open,
                _ => attached && is_closer(ct),
            };
            if !closes {
                break;
            }
            if ct == "\"" {
                dq_open = !dq_open;
            }
            j += 1;
        }
        let (Some(last), Some(next)) = (seg.tokens.get(j - 1), seg.tokens.get(j)) else {
            break;
        };
        let nt = next.span.slice(text);
        let nc = nt.chars().next().unwrap_or(' ');
        let attached = next.span.start() == last.span.end();
        let split = !attached
            && next.kind != TokenKind::Emoji
            && match term {
                Terminal::Strong => {
                    let lower_ok = lang == Lang::En
                        && j == i + 1
                        && matches!(t.span.slice(text), "." | "!" | "?");
                    !((nc.is_lowercase() && !lower_ok)
                        || matches!(nt, "," | ";" | ":" | ")" | "]" | "}"))
                }
                Terminal::Ender => nc.is_uppercase(),
            };
        if split {
            push_sentence(seg, start, j);
            start = j;
        }
        done = j;
    }
    if start < n {
        push_sentence(seg, start, n);
    }
}
