//! CoNLL NER files: `word … tag` per line, blank line between sentences, `-DOCSTART-` between
//! documents; UTF-8 or latin-1.
//!
//! The CoNLL-2002 Dutch copy we train on is damaged: byte 0x81 stands where an accented vowel
//! and the next letter were lost (`Belgi\x81E` for België), and in some such lines word and
//! part of speech run together (`Belgi\x81EN B-LOC`). The tag is always the last column, so the
//! reader takes the word from the first column and the tag from the last, strips a run-in part
//! of speech from a damaged two-column word, and writes `ë` for the damaged letters.

use crate::tags::{Tag, iob1_to_iob2};

/// One sentence of a CoNLL file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConllSentence {
    /// The words (first column, repaired).
    pub words: Vec<String>,
    /// Gold tags (last column, IOB2), `O` where a line has one column.
    pub gold: Vec<Tag>,
    /// Index of each word's line in the file (0-based).
    pub lines: Vec<usize>,
}

/// A CoNLL file read into documents of sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConllCorpus {
    /// Documents (split at `-DOCSTART-`; a file without them is one document).
    pub docs: Vec<Vec<ConllSentence>>,
    /// Number of lines in the file.
    pub line_count: usize,
}

impl ConllCorpus {
    /// All sentences in order.
    pub fn sentences(&self) -> impl Iterator<Item = &ConllSentence> {
        self.docs.iter().flatten()
    }

    /// The document context of each document, in order.
    pub fn contexts(&self) -> Vec<crate::features::DocContext> {
        self.docs
            .iter()
            .map(|d| {
                let words: Vec<&[String]> = d.iter().map(|s| s.words.as_slice()).collect();
                crate::features::DocContext::new(&words)
            })
            .collect()
    }

    /// Number of tokens.
    pub fn token_count(&self) -> usize {
        self.sentences().map(|s| s.words.len()).sum()
    }
}

/// Text from bytes: UTF-8 when valid, otherwise latin-1.
pub fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_string(),
        Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
    }
}

/// The lines of a file as byte slices, without their `\n` or `\r\n`.
pub fn raw_lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .collect();
    if bytes.ends_with(b"\n") {
        lines.pop();
    }
    lines
}

const DUTCH_POS: [&str; 12] = [
    "Misc", "Prep", "Pron", "Punc", "Conj", "Adj", "Adv", "Art", "Int", "Num", "N", "V",
];

/// The word and gold tag of one token line (`None` for blank and `-DOCSTART-` lines).
fn parse_token(line: &str) -> Option<(String, Tag)> {
    let cols: Vec<&str> = line.split_whitespace().collect();
    let first = cols.first()?;
    if first.starts_with("-DOCSTART-") {
        return None;
    }
    let tag = if cols.len() >= 2 {
        cols.last().map_or(Tag::O, |t| Tag::parse(t))
    } else {
        Tag::O
    };
    let mut word = *first;
    if cols.len() == 2
        && word.contains('\u{81}')
        && let Some(stripped) = DUTCH_POS
            .iter()
            .find_map(|p| word.strip_suffix(p).filter(|w| w.ends_with('E')))
    {
        word = stripped;
    }
    Some((repair_word(word), tag))
}

/// Undo the 0x81 damage as far as it can be undone.
pub fn repair_word(word: &str) -> String {
    if word.contains('\u{81}') {
        word.replace("\u{81}E", "ë").replace('\u{81}', "ë")
    } else {
        word.to_string()
    }
}

/// Read a CoNLL file's bytes. Gold tags are converted to IOB2 (IOB1 input is detected by the
/// conversion itself: it leaves IOB2 unchanged).
pub fn read_conll(bytes: &[u8]) -> ConllCorpus {
    let text = decode(bytes);
    let mut docs: Vec<Vec<ConllSentence>> = vec![Vec::new()];
    let mut current = ConllSentence::default();
    let mut line_count = 0;
    let flush = |docs: &mut Vec<Vec<ConllSentence>>, s: &mut ConllSentence| {
        if !s.words.is_empty() {
            iob1_to_iob2(&mut s.gold);
            if let Some(d) = docs.last_mut() {
                d.push(std::mem::take(s));
            }
        }
    };
    for (i, line) in text.lines().enumerate() {
        line_count = i + 1;
        if line.trim_start().starts_with("-DOCSTART-") {
            flush(&mut docs, &mut current);
            if docs.last().is_some_and(|d| !d.is_empty()) {
                docs.push(Vec::new());
            }
            continue;
        }
        match parse_token(line) {
            Some((word, tag)) => {
                current.words.push(word);
                current.gold.push(tag);
                current.lines.push(i);
            }
            None => flush(&mut docs, &mut current),
        }
    }
    flush(&mut docs, &mut current);
    docs.retain(|d| !d.is_empty());
    ConllCorpus { docs, line_count }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_damaged_latin1() {
        let bytes = b"-DOCSTART- -DOCSTART- O\nDe Art O\nBelgi\x81EN B-LOC\nCaf\x81E N O\n\n\
-DOCSTART- -DOCSTART- O\nJan N B-PER\nPeeters N I-PER\n";
        let c = read_conll(bytes);
        assert_eq!(c.docs.len(), 2);
        let s = &c.docs[0][0];
        assert_eq!(s.words, ["De", "België", "Cafë"]);
        assert_eq!(s.gold, [Tag::O, Tag::parse("B-LOC"), Tag::O]);
        assert_eq!(s.lines, [1, 2, 3]);
        assert_eq!(c.docs[1][0].words, ["Jan", "Peeters"]);
        assert_eq!(c.token_count(), 5);
    }

    #[test]
    fn reads_iob1_utf8() {
        let c = read_conll("Zoë NNP I-NP I-PER\nsaid VBD I-VP O\n\r\n".as_bytes());
        let s = &c.docs[0][0];
        assert_eq!(s.words, ["Zoë", "said"]);
        assert_eq!(s.gold, [Tag::parse("B-PER"), Tag::O]);
        assert_eq!(raw_lines(b"a\r\nb\n").len(), 2);
    }
}
