//! The tokenizer: one pass over the bytes of a paragraph, whitespace-separated chunks split
//! into tokens by hand-written rules. No allocation besides the output vector.

use kroniek_core::{Span, Token, TokenKind};

use super::Lang;
use super::abbrev::{self, Class};
use super::chars::{
    char_at, find_byte, is_apostrophe, is_emoji, is_emoji_modifier, is_hyphen,
    is_regional_indicator, is_space, is_symbol, is_word_char, letter_run, printable_run,
};

/// Tokenizes `text[start..end]` into `out`.
pub(super) struct Tokenizer<'a> {
    text: &'a str,
    bytes: &'a [u8],
    lang: Lang,
    out: &'a mut Vec<Token>,
    /// The indices in `out` of the punctuation and abbreviation tokens pushed.
    marks: &'a mut Vec<usize>,
}

#[inline]
fn byte(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

impl<'a> Tokenizer<'a> {
    /// A tokenizer appending to `out`, and to `marks` the indices of the punctuation and
    /// abbreviation tokens.
    pub(super) fn new(
        text: &'a str,
        lang: Lang,
        out: &'a mut Vec<Token>,
        marks: &'a mut Vec<usize>,
    ) -> Tokenizer<'a> {
        Tokenizer {
            text,
            bytes: text.as_bytes(),
            lang,
            out,
            marks,
        }
    }

    #[inline]
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) {
        if end > start
            && let Ok(span) = Span::from_range(start, end)
        {
            if matches!(kind, TokenKind::Punct | TokenKind::Abbreviation) {
                self.marks.push(self.out.len());
            }
            self.out.push(Token { span, kind });
        }
    }

    #[inline]
    fn ch(&self, i: usize) -> Option<(char, usize)> {
        char_at(self.text, i)
    }

    /// Tokenizes the byte range `[start, end)`.
    pub(super) fn run(&mut self, start: usize, end: usize) {
        let bytes = self.bytes;
        let end = end.min(bytes.len());
        // where the next `@` is (at or after `i`); `end` when there is none
        let find_at = |from: usize| {
            bytes
                .get(from..end)
                .and_then(|r| find_byte(r, b'@'))
                .map_or(end, |n| from + n)
        };
        let mut next_at = find_at(start);
        let mut i = start;
        while i < end {
            let b = byte(bytes, i);
            if b < 0x80 {
                if b <= b' ' || b == 0x7f {
                    i += 1;
                    continue;
                }
                // fast path: a chunk of ASCII letters only is one word (no `@` in it)
                if b.is_ascii_alphabetic() {
                    let k = i + letter_run(bytes, i, end);
                    let y = byte(bytes, k);
                    if (k >= end || y <= b' ' || y == 0x7f) && self.plain_word(i, k) {
                        self.push(i, k, TokenKind::Word);
                        i = k;
                        continue;
                    }
                }
            } else {
                let Some((c, l)) = self.ch(i) else { break };
                if is_space(c) {
                    i += l;
                    continue;
                }
            }
            // the chunk: up to the next separator
            let j = self.chunk_end(i, end);
            if next_at < i {
                next_at = find_at(i);
            }
            self.chunk(i, j, next_at < j);
            i = j;
        }
    }

    /// The end of the chunk starting with the non-separator at `i`: the next separator.
    #[inline]
    fn chunk_end(&self, i: usize, end: usize) -> usize {
        let bytes = self.bytes;
        let mut j = i;
        while j < end {
            j += printable_run(bytes, j, end);
            let b = byte(bytes, j);
            if j >= end || b < 0x80 {
                break;
            }
            let Some((c, l)) = self.ch(j) else { break };
            if is_space(c) {
                break;
            }
            j += l;
        }
        j
    }

    /// Splits one whitespace-free chunk into tokens.
    fn chunk(&mut self, start: usize, end: usize, has_at: bool) {
        let mut s = start;
        while s < end {
            let next = self.token_at(s, end, has_at);
            // every step consumes at least one char
            s = if next > s {
                next
            } else {
                s + self.ch(s).map_or(1, |(_, l)| l)
            };
        }
    }

    /// Emits the token(s) starting at `s`; returns where the next token starts.
    #[inline]
    fn token_at(&mut self, s: usize, e: usize, has_at: bool) -> usize {
        let x = byte(self.bytes, s);
        if x.is_ascii_alphabetic() {
            return self.ascii_word_at(s, e, has_at);
        }
        // fast path: punctuation that is always a token of its own (`,,` is one token)
        if matches!(x, b'(' | b')' | b'"') || (x == b',' && byte(self.bytes, s + 1) != b',') {
            self.push(s, s + 1, TokenKind::Punct);
            return s + 1;
        }
        let Some((c, l)) = self.ch(s) else { return e };
        if matches!(c, '\u{200C}' | '\u{200D}') {
            return s + l; // a stray joiner is no token
        }
        let b = self.bytes;
        if let Some(u) = self.url_at(s, e) {
            self.push(s, u, TokenKind::Url);
            return u;
        }
        if has_at
            && c.is_alphanumeric()
            && let Some(m) = self.email_at(s, e)
        {
            self.push(s, m, TokenKind::Email);
            return m;
        }
        if c.is_ascii_digit() {
            return self.number(s, e);
        }
        if c.is_alphabetic() || is_word_char(c) {
            return self.word(s, e, TokenKind::Word);
        }
        match c {
            '@' | '#' => {
                let mut k = s + 1;
                while k < e {
                    match self.ch(k) {
                        Some((c2, l2)) if is_word_char(c2) || c2 == '_' => k += l2,
                        _ => break,
                    }
                }
                if k > s + 1 {
                    let kind = if c == '@' {
                        TokenKind::Mention
                    } else {
                        TokenKind::Hashtag
                    };
                    self.push(s, k, kind);
                    return k;
                }
                self.push(s, s + 1, TokenKind::Symbol);
                s + 1
            }
            '.' => {
                let mut k = s + 1;
                while byte(b, k) == b'.' && k < e {
                    k += 1;
                }
                self.push(s, k, TokenKind::Punct);
                k
            }
            '!' | '?' => {
                let mut k = s + 1;
                while k < e && matches!(byte(b, k), b'!' | b'?') {
                    k += 1;
                }
                self.push(s, k, TokenKind::Punct);
                k
            }
            ',' if byte(b, s + 1) == b',' && byte(b, s + 2) != b',' && s + 1 < e => {
                self.push(s, s + 2, TokenKind::Punct);
                s + 2
            }
            '`' if byte(b, s + 1) == b'`' && s + 1 < e => {
                self.push(s, s + 2, TokenKind::Punct);
                s + 2
            }
            '-' if self.lang != Lang::En && e == s + 3 && b.get(s + 1..e) == Some(b"ie") => {
                self.push(s, e, TokenKind::Word);
                e
            }
            '-' if byte(b, s + 1) == b'-' && s + 1 < e => {
                let mut k = s + 1;
                while k < e && byte(b, k) == b'-' {
                    k += 1;
                }
                self.push(s, k, TokenKind::Punct);
                k
            }
            ':' | ';' if self.emoticon(s, e).is_some() => {
                let k = self.emoticon(s, e).unwrap_or(s + 1);
                self.push(s, k, TokenKind::Emoji);
                k
            }
            '=' | '*' | '_' | '~' | '+' | '<' | '>' | '$' | '/' | '\\' | '|' | '^'
                if byte(b, s + 1) == byte(b, s) && s + 1 < e =>
            {
                let mut k = s + 1;
                while k < e && byte(b, k) == byte(b, s) {
                    k += 1;
                }
                self.push(s, k, TokenKind::Symbol);
                k
            }
            _ if is_apostrophe(c) || c == '\u{2018}' => self.apostrophe(s, l, e),
            _ if is_emoji(c) || is_regional_indicator(c) => self.emoji(s, c, l, e),
            _ if is_symbol(c) => {
                self.push(s, s + l, TokenKind::Symbol);
                s + l
            }
            _ => {
                self.push(s, s + l, TokenKind::Punct);
                s + l
            }
        }
    }

    /// [`Self::token_at`] for an ASCII letter at `s`: a URL, e-mail address or word. A plain
    /// word of ASCII letters ending the chunk or followed by punctuation that needs no rule is
    /// pushed here; everything else goes to [`Self::word_scan`].
    #[inline]
    fn ascii_word_at(&mut self, s: usize, e: usize, has_at: bool) -> usize {
        let b = self.bytes;
        // `http`, `https`, `ftp` and `www` are the only URL starts
        let f = (byte(b, s) | 0x20, byte(b, s + 1) | 0x20);
        if matches!(f, (b'h' | b'f', b't') | (b'w', b'w'))
            && let Some(u) = self.url_at(s, e)
        {
            self.push(s, u, TokenKind::Url);
            return u;
        }
        if has_at && let Some(m) = self.email_at(s, e) {
            self.push(s, m, TokenKind::Email);
            return m;
        }
        let k = s + letter_run(b, s, e);
        let plain = k >= e || {
            let x = byte(b, k);
            x < 0x80
                && !x.is_ascii_alphanumeric()
                && !matches!(x, b'-' | b'\'' | b'/' | b'&' | b'.')
        };
        if plain && self.plain_word(s, k) {
            self.push(s, k, TokenKind::Word);
            return k;
        }
        self.word_scan(s, k, e, TokenKind::Word, true)
    }

    /// True when the ASCII letters `[s, k)`, ending their chunk or followed by punctuation
    /// that needs no rule, are one word: not a URL start, nor English `cannot`, `gonna`, …
    /// (split in [`Self::word_scan`]).
    #[inline(always)]
    fn plain_word(&self, s: usize, k: usize) -> bool {
        let b = self.bytes;
        let (f0, f1) = (byte(b, s) | 0x20, byte(b, s + 1) | 0x20);
        // `http`, `https`, `ftp` and `www` are the only URL starts
        let url = (f1 == b't' && matches!(f0, b'h' | b'f')) | (f0 == b'w' && f1 == b'w');
        // a cheap filter for `is_en_split_word`
        let split = (self.lang == Lang::En)
            & matches!(k - s, 5 | 6)
            & matches!(f0, b'c' | b'g' | b'w' | b'o');
        if !(url | split) {
            return true;
        }
        !url && !is_en_split_word(b.get(s..k).unwrap_or(&[]))
    }

    /// A token starting with an apostrophe: `''`, Dutch `'s`/`'t`/`'n`, years (`'30`), or a
    /// quote.
    fn apostrophe(&mut self, s: usize, l: usize, e: usize) -> usize {
        let b = self.bytes;
        if l == 1 && byte(b, s + 1) == b'\'' && s + 1 < e {
            self.push(s, s + 2, TokenKind::Punct);
            return s + 2;
        }
        let a = s + l;
        // letters after the apostrophe
        let mut k = a;
        while k < e && byte(b, k).is_ascii_alphabetic() {
            k += 1;
        }
        let after = if k < e { self.ch(k).map(|x| x.0) } else { None };
        let ends_word = match after {
            None => true,
            Some(c) => !is_word_char(c) && !is_apostrophe(c),
        };
        if k > a && self.lang != Lang::En {
            let w = &b[a..k];
            let clitic = matches!(
                w,
                b"s" | b"t" | b"n" | b"k" | b"m" | b"r" | b"ie" | b"em" | b"er" | b"S" | b"T"
            );
            if clitic && after.is_some_and(is_hyphen) {
                // 's-Hertogenbosch, 's-Gravenhage
                return self.word_from(s, k, e, TokenKind::Word);
            }
            if clitic && ends_word {
                self.push(s, k, TokenKind::Word);
                return k;
            }
        }
        if k > a && self.lang != Lang::Nl {
            let w = &b[a..k];
            let lw = |x: &[u8]| w.eq_ignore_ascii_case(x);
            if ends_word
                && (lw(b"s") || lw(b"re") || lw(b"ve") || lw(b"ll") || lw(b"d") || lw(b"m"))
            {
                self.push(s, k, TokenKind::Word);
                return k;
            }
        }
        // '30, '60
        if k == a && byte(b, a).is_ascii_digit() && byte(b, a + 1).is_ascii_digit() {
            let d = a + 2;
            if d >= e || !byte(b, d).is_ascii_digit() {
                self.push(s, d, TokenKind::Number);
                return d;
            }
        }
        self.push(s, a, TokenKind::Punct);
        a
    }

    /// The end of an emoticon (`:-)`, `;)`, `:(`, `:D`, `:P`) at `s`, ending the chunk or
    /// followed by punctuation.
    fn emoticon(&self, s: usize, e: usize) -> Option<usize> {
        let b = self.bytes;
        let mut k = s + 1;
        if byte(b, k) == b'-' {
            k += 1;
        }
        if !matches!(byte(b, k), b')' | b'(' | b'D' | b'P' | b'p') || k >= e {
            return None;
        }
        k += 1;
        (k >= e || !byte(b, k).is_ascii_alphanumeric()).then_some(k)
    }

    /// An emoji with its modifiers and zero-width-joined parts, or a regional-indicator flag.
    fn emoji(&mut self, s: usize, c: char, l: usize, e: usize) -> usize {
        let mut k = s + l;
        if is_regional_indicator(c) {
            if let Some((c2, l2)) = self.ch(k)
                && k < e
                && is_regional_indicator(c2)
            {
                k += l2;
            }
            self.push(s, k, TokenKind::Emoji);
            return k;
        }
        while k < e {
            let Some((c2, l2)) = self.ch(k) else { break };
            if is_emoji_modifier(c2) {
                k += l2;
            } else if c2 == '\u{200D}' {
                match self.ch(k + l2) {
                    Some((c3, l3)) if k + l2 < e && is_emoji(c3) => k += l2 + l3,
                    _ => break,
                }
            } else {
                break;
            }
        }
        self.push(s, k, TokenKind::Emoji);
        k
    }

    /// `http://…`, `https://…`, `www.…` up to the end of the chunk, less trailing punctuation.
    fn url_at(&self, s: usize, e: usize) -> Option<usize> {
        let b = self.bytes;
        let first = byte(b, s) | 0x20;
        if first != b'h' && first != b'w' && first != b'f' {
            return None;
        }
        let rest = b.get(s..e)?;
        let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
        if !(starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://")) {
            return None;
        }
        let mut k = e;
        let (mut open, mut close) = (0usize, 0usize);
        for &x in rest {
            open += usize::from(x == b'(');
            close += usize::from(x == b')');
        }
        while let Some(prev) = self.text.get(s..k).and_then(|t| t.chars().next_back()) {
            let trim = match prev {
                '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '\u{BB}' | '\u{201D}'
                | '\u{2019}' | ']' | '}' => true,
                ')' if close > open => {
                    close -= 1;
                    true
                }
                _ => false,
            };
            if !trim || k - prev.len_utf8() <= s + 4 {
                break;
            }
            k -= prev.len_utf8();
        }
        Some(k)
    }

    /// `name@domain.tld` starting at `s`.
    fn email_at(&self, s: usize, e: usize) -> Option<usize> {
        let b = self.bytes;
        let mut k = s;
        while k < e {
            let x = byte(b, k);
            if x == b'@' {
                break;
            }
            if !(x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+' | b'-')) {
                return None;
            }
            k += 1;
        }
        if k >= e || k == s {
            return None;
        }
        let dom = k + 1;
        let mut m = dom;
        let mut dot = false;
        while m < e {
            let x = byte(b, m);
            if x.is_ascii_alphanumeric() || x == b'-' {
                m += 1;
            } else if x == b'.' && byte(b, m + 1).is_ascii_alphanumeric() && m + 1 < e {
                dot = true;
                m += 1;
            } else {
                break;
            }
        }
        (dot && m > dom).then_some(m)
    }

    /// A number, date, time or ordinal starting with a digit; a word when letters follow.
    fn number(&mut self, s: usize, e: usize) -> usize {
        let b = self.bytes;
        let mut k = s;
        while k < e && byte(b, k).is_ascii_digit() {
            k += 1;
        }
        let first_len = k - s;
        let (mut dots, mut commas, mut colons, mut slashes, mut dashes, mut groups) =
            (0u32, 0u32, 0u32, 0u32, 0u32, 1u32);
        let mut last_len = first_len;
        while k + 1 < e && byte(b, k + 1).is_ascii_digit() {
            match byte(b, k) {
                b'.' => dots += 1,
                b',' => commas += 1,
                b':' => colons += 1,
                b'/' => slashes += 1,
                b'-' => dashes += 1,
                _ => break,
            }
            k += 1;
            let g = k;
            while k < e && byte(b, k).is_ascii_digit() {
                k += 1;
            }
            last_len = k - g;
            groups += 1;
        }
        // letters directly after: ordinal or an alphanumeric word (3D, 1980s, 20-jarige)
        let next = if k < e { self.ch(k) } else { None };
        if let Some((c, _)) = next {
            if c.is_alphabetic() {
                if groups == 1 {
                    let mut m = k;
                    while m < e && byte(b, m).is_ascii_alphabetic() {
                        m += 1;
                    }
                    let ends = m >= e || self.ch(m).is_none_or(|(c2, _)| !is_word_char(c2));
                    if ends && self.is_ordinal_suffix(&b[k..m]) {
                        self.push(s, m, TokenKind::Ordinal);
                        return m;
                    }
                }
                return self.word_from(s, k, e, TokenKind::Word);
            }
            if c == '%' && self.lang != Lang::En {
                let m = k + 1;
                if m >= e || self.ch(m).is_none_or(|(c2, _)| !is_word_char(c2)) {
                    self.push(s, m, TokenKind::Number);
                    return m;
                }
            }
            if is_hyphen(c)
                && self.lang != Lang::En
                && self
                    .ch(k + c.len_utf8())
                    .is_some_and(|(c2, _)| c2.is_alphabetic())
            {
                return self.word_from(s, k, e, TokenKind::Word);
            }
            if groups == 1 && is_apostrophe(c) {
                return self.word_from(s, k, e, TokenKind::Number);
            }
        }
        let kind = if groups == 1 {
            TokenKind::Number
        } else if colons > 0 {
            if groups <= 3 && first_len <= 2 && last_len == 2 && colons == groups - 1 {
                TokenKind::Time
            } else {
                TokenKind::Number
            }
        } else if slashes > 0 || dashes > 0 {
            let sep = slashes + dashes;
            if sep == groups - 1 && groups <= 3 && (first_len <= 2 || first_len == 4) {
                TokenKind::Date
            } else {
                TokenKind::Number
            }
        } else if dots == 1 && commas == 0 && first_len <= 2 && last_len == 2 && self.uur_after(k) {
            TokenKind::Time
        } else {
            TokenKind::Number
        };
        self.push(s, k, kind);
        k
    }

    /// True when ` uur`, ` u.` or ` h` follows (a Dutch time `14.30 uur`).
    fn uur_after(&self, k: usize) -> bool {
        let rest = self.bytes.get(k..).unwrap_or(&[]);
        rest.starts_with(b" uur") || rest.starts_with(b" u.") || rest.starts_with(b" h ")
    }

    fn is_ordinal_suffix(&self, suf: &[u8]) -> bool {
        let nl = matches!(suf, b"e" | b"de" | b"ste" | b"er");
        let en = matches!(suf, b"st" | b"nd" | b"rd" | b"th");
        match self.lang {
            Lang::Nl => nl,
            Lang::En => en,
            Lang::Other => nl || en,
        }
    }

    /// A word starting at `s`.
    fn word(&mut self, s: usize, e: usize, kind: TokenKind) -> usize {
        self.word_from(s, s, e, kind)
    }

    /// A word starting at `s` whose chars up to `from` are already accepted.
    fn word_from(&mut self, s: usize, from: usize, e: usize, kind: TokenKind) -> usize {
        self.word_scan(s, from, e, kind, from == s)
    }

    /// [`Self::word_from`], with `pure` telling whether `[s, from)` is letters only.
    fn word_scan(&mut self, s: usize, from: usize, e: usize, kind: TokenKind, pure: bool) -> usize {
        let b = self.bytes;
        let mut k = from;
        let mut pure = pure; // letters only so far
        let mut clitic: Option<(usize, usize)> = None;
        loop {
            while k < e {
                k += letter_run(b, k, e);
                if k >= e {
                    break;
                }
                let x = byte(b, k);
                if x < 0x80 {
                    if x.is_ascii_alphabetic() {
                        k += 1;
                        continue;
                    }
                    if x.is_ascii_digit() {
                        pure = false;
                        k += 1;
                        continue;
                    }
                    break;
                }
                match self.ch(k) {
                    Some((c, l)) if is_word_char(c) => {
                        pure &= c.is_alphabetic();
                        k += l;
                    }
                    _ => break,
                }
            }
            if k >= e {
                break;
            }
            let Some((c, l)) = self.ch(k) else { break };
            let next = if k + l < e { self.ch(k + l) } else { None };
            let next_word = next.is_some_and(|(n, _)| is_word_char(n));
            if is_hyphen(c) {
                if self.lang == Lang::En {
                    let ok = next_word
                        && (self.text.get(s..k).is_some_and(abbrev::is_en_hyphen_prefix)
                            || (byte(b, k - 1).is_ascii_digit()
                                && next.is_some_and(|(n, _)| n.is_ascii_digit())));
                    if !ok {
                        break;
                    }
                } else if !next_word {
                    // Dutch truncated compound: `land- en tuinbouw`
                    let space_after = k + l >= e || byte(b, k + l) == b',';
                    if space_after && pure && k - s >= 2 && self.lang == Lang::Nl {
                        k += l;
                    }
                    break;
                }
                pure = false;
                k += l;
                continue;
            }
            if is_apostrophe(c) {
                if self.lang != Lang::Nl
                    && let Some(cl) = self.en_clitic(s, k, l, e)
                {
                    clitic = Some(cl);
                    break;
                }
                if next.is_some_and(|(n, _)| n.is_alphabetic()) {
                    pure = false;
                    k += l;
                    continue;
                }
                break;
            }
            if c == '/' && self.lang != Lang::En && next.is_some_and(|(n, _)| n.is_alphabetic()) {
                pure = false;
                k += l;
                continue;
            }
            if c == '&'
                && byte(b, k - 1).is_ascii_uppercase()
                && byte(b, k + 1).is_ascii_uppercase()
                && k + 1 < e
            {
                pure = false;
                k += 1;
                continue;
            }
            break;
        }
        if clitic.is_none()
            && self.lang == Lang::En
            && pure
            && let Some(w) = self.text.get(s..k)
        {
            {
                let split = match w.len() {
                    6 if w.eq_ignore_ascii_case("cannot") => Some(3),
                    5 if ["gonna", "wanna", "gotta", "outta"]
                        .iter()
                        .any(|x| w.eq_ignore_ascii_case(x)) =>
                    {
                        Some(3)
                    }
                    _ => None,
                };
                if let Some(n) = split {
                    clitic = Some((s + n, k));
                }
            }
        }
        let mut kind = kind;
        let mut end = k;
        if let Some((cs, _)) = clitic {
            end = cs;
        } else if byte(b, k) == b'.' && k < e && pure {
            let (pend, pkind) = self.period_after_word(s, k, e);
            end = pend;
            if let Some(pk) = pkind {
                kind = pk;
            }
        }
        if kind == TokenKind::Abbreviation
            && self.lang != Lang::En
            && end < e
            && self.ch(end).is_some_and(|(c, _)| is_hyphen(c))
            && self.ch(end + 1).is_some_and(|(c, _)| c.is_alphabetic())
        {
            // O.L.V.-college, St.-Jansstraat
            return self.word_from(s, end, e, TokenKind::Word);
        }
        self.push(s, end, kind);
        if let Some((cs, ce)) = clitic {
            self.push(cs, ce, TokenKind::Word);
            return ce;
        }
        end
    }

    /// English clitic at apostrophe `k` (length `l`) of the word starting at `s`: `'s`, `'re`,
    /// `'ve`, `'ll`, `'d`, `'m`, `n't`. Returns its span.
    fn en_clitic(&self, s: usize, k: usize, l: usize, e: usize) -> Option<(usize, usize)> {
        let b = self.bytes;
        let a = k + l;
        let mut m = a;
        while m < e && byte(b, m).is_ascii_alphabetic() {
            m += 1;
        }
        if m == a || (m < e && self.ch(m).is_some_and(|(c, _)| is_word_char(c))) {
            return None;
        }
        let w = &b[a..m];
        let is = |x: &[u8]| w.eq_ignore_ascii_case(x);
        if is(b"t") && k >= s + 2 && matches!(byte(b, k - 1), b'n' | b'N') {
            return Some((k - 1, m));
        }
        if is(b"s") || is(b"re") || is(b"ve") || is(b"ll") || is(b"d") || is(b"m") {
            return Some((k, m));
        }
        None
    }

    /// Decides whether the period at `k` after the letters `[s, k)` belongs to the word.
    /// Returns the word's end and, for an abbreviation, its kind.
    fn period_after_word(&self, s: usize, k: usize, e: usize) -> (usize, Option<TokenKind>) {
        let b = self.bytes;
        let word_len = self.text.get(s..k).map_or(0, |w| w.chars().count());
        // letter.letter. patterns: o.a., U.S., m.b.t., A.S., Ph.D.
        if k + 1 < e && self.ch(k + 1).is_some_and(|(c, _)| c.is_alphabetic()) {
            let mut m = k;
            let mut short = word_len <= 3;
            let mut last_seg = (s, k);
            while byte(b, m) == b'.' && m + 1 < e {
                let g = m + 1;
                let mut x = g;
                while x < e {
                    match self.ch(x) {
                        Some((c, l)) if c.is_alphabetic() => x += l,
                        _ => break,
                    }
                }
                if x == g {
                    break;
                }
                short &= self.text.get(g..x).map_or(0, |w| w.chars().count()) <= 3;
                last_seg = (g, x);
                m = x;
            }
            let ends_dot = byte(b, m) == b'.' && m < e;
            let after_ok = {
                let z = if ends_dot { m + 1 } else { m };
                z >= e || self.ch(z).is_none_or(|(c, _)| !is_word_char(c))
            };
            let seg = self.text.get(last_seg.0..last_seg.1).unwrap_or("");
            let tld = matches!(
                seg,
                "com"
                    | "nl"
                    | "org"
                    | "net"
                    | "be"
                    | "eu"
                    | "uk"
                    | "de"
                    | "fr"
                    | "gov"
                    | "edu"
                    | "info"
                    | "io"
            );
            let file = matches!(
                seg,
                "pdf"
                    | "doc"
                    | "docx"
                    | "xls"
                    | "xlsx"
                    | "ppt"
                    | "pptx"
                    | "htm"
                    | "html"
                    | "txt"
                    | "jpg"
                    | "jpeg"
                    | "png"
                    | "gif"
                    | "zip"
                    | "csv"
            );
            let after_seg = m >= e || self.ch(m).is_none_or(|(c, _)| !is_word_char(c));
            if after_seg && (tld || file) {
                return (m, Some(if tld { TokenKind::Url } else { TokenKind::Word }));
            }
            if after_ok && short {
                return if ends_dot {
                    (m + 1, Some(TokenKind::Abbreviation))
                } else {
                    (m, None)
                };
            }
            return (k, None);
        }
        // single letter: an initial
        if word_len == 1 {
            let c = self.ch(s).map_or(' ', |x| x.0);
            if c.is_uppercase() || c.is_ascii_lowercase() {
                return (k + 1, Some(TokenKind::Abbreviation));
            }
            return (k, None);
        }
        let Some(word) = self.text.get(s..k) else {
            return (k, None);
        };
        match abbrev::lookup(word, self.lang) {
            Some(Class::Always | Class::Ender) => (k + 1, Some(TokenKind::Abbreviation)),
            Some(Class::BeforeNumber) if self.digit_after(k + 1) => {
                (k + 1, Some(TokenKind::Abbreviation))
            }
            Some(Class::Month)
                if self.digit_after(k + 1)
                    || self.out.last().is_some_and(|t| t.kind == TokenKind::Number) =>
            {
                (k + 1, Some(TokenKind::Abbreviation))
            }
            _ => (k, None),
        }
    }

    /// True when the next non-space char at or after `k` is a digit.
    fn digit_after(&self, k: usize) -> bool {
        let rest = self.bytes.get(k..).unwrap_or(&[]);
        rest.iter()
            .find(|x| **x != b' ')
            .is_some_and(u8::is_ascii_digit)
    }
}

/// A word that UD English splits in two (`can not`, `gon na`); see [`Tokenizer::word_scan`].
#[inline(never)]
fn is_en_split_word(w: &[u8]) -> bool {
    match w.len() {
        6 => (w[0] | 0x20) == b'c' && w.eq_ignore_ascii_case(b"cannot"),
        5 => {
            matches!(w[0] | 0x20, b'g' | b'w' | b'o')
                && [b"gonna", b"wanna", b"gotta", b"outta"]
                    .iter()
                    .any(|x| w.eq_ignore_ascii_case(*x))
        }
        _ => false,
    }
}

/// True when the token is an abbreviation that often ends a sentence (`etc.`, `enz.`).
pub(super) fn is_sentence_ender(tok: &str, lang: Lang) -> bool {
    let Some(word) = tok.strip_suffix('.') else {
        return false;
    };
    if word.contains('.') {
        return matches!(word, "e.d" | "e.a" | "a.s" | "v.Chr" | "n.Chr");
    }
    matches!(abbrev::lookup(word, lang), Some(Class::Ender))
}
