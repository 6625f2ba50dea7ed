//! Evaluation of sentence and token segmentation against CoNLL-U gold files.
//!
//! For each file the sentences' `# text` (or, when a file has none, the surface forms joined
//! with spaces except after `SpaceAfter=No`) are joined into running text: sentences are
//! separated by one space, and by a blank line (`"\n\n"`, a new paragraph) at `# newdoc` and
//! `# newpar`. The text is segmented with [`kroniek_text::segment::segment`] in the language
//! named by the file name (`nl_…` → `nl`, `en_…` → `en`, else `und`).
//!
//! * **Tokens**: gold surface tokens (multiword ranges such as EWT `don't`, and words outside
//!   ranges) are located in the text by sequential matching that skips whitespace; a token is
//!   correct when its byte span equals a gold span. With [`GoldTokens::Words`], a multiword
//!   range whose words spell it exactly (`do` + `n't`) counts as its words instead.
//! * **Sentence boundaries**: the set of sentence end offsets, *excluding* the end of the last
//!   sentence of the file (trivially right). Boundaries at paragraph ends are included, for
//!   gold and prediction alike.

use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};

use kroniek_text::segment::segment;

use crate::conllu::{ConlluSentence, TokenId, read_conllu};
use crate::error::Result;
use crate::metrics::Prf;

/// Which gold tokens to compare with.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GoldTokens {
    /// Surface tokens: multiword ranges count as one token.
    #[default]
    Surface,
    /// Multiword ranges whose words spell the surface form are split into their words.
    Words,
}

/// Gold text with located token spans and sentence ends.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldText {
    /// The running text.
    pub text: String,
    /// Token byte spans, in order.
    pub tokens: Vec<(usize, usize)>,
    /// Sentence end offsets, in order.
    pub sentence_ends: Vec<usize>,
    /// Gold tokens that could not be located in the text.
    pub unmatched: usize,
    /// Gold sentences (not the last) that end without final punctuation (`.`, `!`, `?`, `…`,
    /// possibly followed by quotes or brackets): headings and list items that running text
    /// cannot show as separate sentences.
    pub bare_ends: usize,
}

/// Builds running text and gold spans from sentences.
pub fn gold_text(sentences: &[ConlluSentence], mode: GoldTokens) -> GoldText {
    let mut g = GoldText::default();
    for (n, s) in sentences.iter().enumerate() {
        if n > 0 {
            g.text
                .push_str(if s.newdoc || s.newpar { "\n\n" } else { " " });
        }
        let base = g.text.len();
        let st = s.text_or_rebuilt();
        g.text.push_str(&st);
        let mut pos = 0usize;
        let mut last_end = None;
        let locate = |form: &str, pos: &mut usize, g: &mut GoldText| -> Option<(usize, usize)> {
            let rest = st.get(*pos..).unwrap_or("");
            let skipped = rest.len() - rest.trim_start().len();
            let at = *pos + skipped;
            if st.get(at..).is_some_and(|r| r.starts_with(form)) {
                *pos = at + form.len();
                return Some((base + at, base + *pos));
            }
            // fall back: the form a little further on
            let window = st.get(at..).unwrap_or("");
            let lim = window
                .char_indices()
                .nth(40)
                .map_or(window.len(), |(i, _)| i);
            match window
                .get(..lim + form.len().min(window.len() - lim))
                .and_then(|w| w.find(form))
            {
                Some(off) => {
                    let a = at + off;
                    *pos = a + form.len();
                    Some((base + a, base + *pos))
                }
                None => {
                    g.unmatched += 1;
                    None
                }
            }
        };
        let words: Vec<_> = s.tokens.iter().collect();
        let mut idx = 0;
        while let Some(t) = words.get(idx) {
            idx += 1;
            match t.id {
                TokenId::Word(_) => {
                    if let Some(sp) = locate(t.form(), &mut pos, &mut g) {
                        g.tokens.push(sp);
                        last_end = Some(sp.1);
                    }
                }
                TokenId::Range(a, b) => {
                    let n_words = (b - a + 1) as usize;
                    let parts: Vec<&str> = words
                        .get(idx..idx + n_words)
                        .unwrap_or(&[])
                        .iter()
                        .map(|w| w.form())
                        .collect();
                    idx += n_words;
                    let spelled = parts.concat() == t.form();
                    if let Some(sp) = locate(t.form(), &mut pos, &mut g) {
                        if mode == GoldTokens::Words && spelled {
                            let mut x = sp.0;
                            for p in parts {
                                g.tokens.push((x, x + p.len()));
                                x += p.len();
                            }
                        } else {
                            g.tokens.push(sp);
                        }
                        last_end = Some(sp.1);
                    }
                }
            }
        }
        let core = st.trim_end().trim_end_matches(|c: char| {
            matches!(
                c,
                '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '\u{BB}' | ' '
            )
        });
        if n + 1 < sentences.len() && !core.ends_with(['.', '!', '?', '\u{2026}']) {
            g.bare_ends += 1;
        }
        g.sentence_ends
            .push(last_end.unwrap_or(base + st.trim_end().len()));
    }
    g
}

/// The scores for one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    /// The file.
    pub path: PathBuf,
    /// The language used.
    pub lang: String,
    /// Gold sentences.
    pub sentences: usize,
    /// Bytes of running text.
    pub bytes: usize,
    /// Token spans.
    pub tokens: Prf,
    /// Sentence boundaries.
    pub boundaries: Prf,
    /// Gold tokens that could not be located in the text (not counted in `tokens`).
    pub unmatched: usize,
    /// Gold sentence ends without final punctuation (see [`GoldText::bare_ends`]).
    pub bare_ends: usize,
}

/// The scores of a segmentation evaluation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SegmentReport {
    /// Per file.
    pub files: Vec<FileReport>,
    /// Which gold tokens were used.
    pub mode: GoldTokens,
}

impl SegmentReport {
    /// Token scores over all files.
    pub fn total_tokens(&self) -> Prf {
        let mut t = Prf::default();
        for f in &self.files {
            t += f.tokens;
        }
        t
    }

    /// Sentence-boundary scores over all files.
    pub fn total_boundaries(&self) -> Prf {
        let mut t = Prf::default();
        for f in &self.files {
            t += f.boundaries;
        }
        t
    }

    /// Token scores over the files of one language.
    pub fn lang_tokens(&self, lang: &str) -> Prf {
        let mut t = Prf::default();
        for f in self.files.iter().filter(|f| f.lang == lang) {
            t += f.tokens;
        }
        t
    }

    /// Sentence-boundary scores over the files of one language.
    pub fn lang_boundaries(&self, lang: &str) -> Prf {
        let mut t = Prf::default();
        for f in self.files.iter().filter(|f| f.lang == lang) {
            t += f.boundaries;
        }
        t
    }
}

impl fmt::Display for SegmentReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<40} {:>4} {:>6} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
            "file", "lang", "sents", "bare", "tok P", "tok R", "tok F1", "sb P", "sb R", "sb F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>,
                   name: &str,
                   lang: &str,
                   n: usize,
                   bare: usize,
                   t: Prf,
                   b: Prf| {
            writeln!(
                f,
                "{:<40} {:>4} {:>6} {:>5} | {:>6.4} {:>6.4} {:>6.4} | {:>6.4} {:>6.4} {:>6.4}",
                name,
                lang,
                n,
                bare,
                t.precision(),
                t.recall(),
                t.f1(),
                b.precision(),
                b.recall(),
                b.f1()
            )
        };
        for r in &self.files {
            let name = r.path.file_name().map_or_else(
                || r.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            row(
                f,
                &name,
                &r.lang,
                r.sentences,
                r.bare_ends,
                r.tokens,
                r.boundaries,
            )?;
        }
        let n: usize = self.files.iter().map(|r| r.sentences).sum();
        let bare: usize = self.files.iter().map(|r| r.bare_ends).sum();
        row(
            f,
            "total",
            "",
            n,
            bare,
            self.total_tokens(),
            self.total_boundaries(),
        )?;
        let unmatched: usize = self.files.iter().map(|r| r.unmatched).sum();
        writeln!(
            f,
            "(gold tokens: {:?}; sb = sentence boundaries, excluding each file's final end; \
             bare = gold sentences ending without final punctuation; {unmatched} gold tokens not located)",
            self.mode
        )
    }
}

/// The language of a UD file from its name: `nl_…` → `nl`, `en_…` → `en`, else `und`.
pub fn lang_of(path: &Path) -> &'static str {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if name.starts_with("nl_") {
        "nl"
    } else if name.starts_with("en_") {
        "en"
    } else {
        "und"
    }
}

/// Evaluates segmentation on CoNLL-U files against their surface tokens.
pub fn eval_segment(paths: &[PathBuf]) -> Result<SegmentReport> {
    eval_segment_with(paths, GoldTokens::Surface)
}

/// Evaluates segmentation on CoNLL-U files with a choice of gold tokens.
pub fn eval_segment_with(paths: &[PathBuf], mode: GoldTokens) -> Result<SegmentReport> {
    let mut files = Vec::new();
    for path in paths {
        let sentences = read_conllu(path)?;
        let lang = lang_of(path);
        let gold = gold_text(&sentences, mode);
        let cmp = compare(&gold, lang);
        files.push(FileReport {
            path: path.clone(),
            lang: lang.to_string(),
            sentences: sentences.len(),
            bytes: gold.text.len(),
            tokens: cmp.tokens,
            boundaries: cmp.boundaries,
            unmatched: gold.unmatched,
            bare_ends: gold.bare_ends,
        });
    }
    Ok(SegmentReport { files, mode })
}

/// The outcome of comparing a segmentation with gold.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Comparison {
    /// Token spans.
    pub tokens: Prf,
    /// Sentence boundaries.
    pub boundaries: Prf,
    /// Predicted tokens not in gold.
    pub false_tokens: Vec<(usize, usize)>,
    /// Gold tokens not predicted.
    pub missed_tokens: Vec<(usize, usize)>,
    /// Predicted sentence ends not in gold.
    pub false_boundaries: Vec<usize>,
    /// Gold sentence ends not predicted.
    pub missed_boundaries: Vec<usize>,
}

/// Segments the gold text in `lang` and compares.
pub fn compare(gold: &GoldText, lang: &str) -> Comparison {
    let seg = segment(&gold.text, lang);
    let pred: Vec<(usize, usize)> = seg
        .tokens
        .iter()
        .map(|t| (t.span.start(), t.span.end()))
        .collect();
    let gold_set: HashSet<(usize, usize)> = gold.tokens.iter().copied().collect();
    let pred_set: HashSet<(usize, usize)> = pred.iter().copied().collect();
    let false_tokens: Vec<_> = pred
        .iter()
        .copied()
        .filter(|t| !gold_set.contains(t))
        .collect();
    let missed_tokens: Vec<_> = gold
        .tokens
        .iter()
        .copied()
        .filter(|t| !pred_set.contains(t))
        .collect();
    let correct = (pred_set.len() - false_tokens.len()) as u64;
    let tokens = Prf::from_counts(correct, pred_set.len() as u64, gold_set.len() as u64);

    let end = gold.text.trim_end().len();
    let gold_b: HashSet<usize> = gold
        .sentence_ends
        .iter()
        .copied()
        .filter(|&e| e < end)
        .collect();
    let pred_b: HashSet<usize> = seg
        .sentences
        .iter()
        .map(|s| s.span.end())
        .filter(|&e| e < end)
        .collect();
    let mut false_boundaries: Vec<_> = pred_b.difference(&gold_b).copied().collect();
    let mut missed_boundaries: Vec<_> = gold_b.difference(&pred_b).copied().collect();
    false_boundaries.sort_unstable();
    missed_boundaries.sort_unstable();
    let correct_b = (pred_b.len() - false_boundaries.len()) as u64;
    let boundaries = Prf::from_counts(correct_b, pred_b.len() as u64, gold_b.len() as u64);
    Comparison {
        tokens,
        boundaries,
        false_tokens,
        missed_tokens,
        false_boundaries,
        missed_boundaries,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conllu::parse_conllu;

    const DOC: &str = "# newdoc\n# text = Dhr. Jansen kwam.\n\
1\tDhr.\t_\t_\t_\t_\t0\troot\t_\t_\n2\tJansen\t_\t_\t_\t_\t1\tx\t_\t_\n\
3\tkwam\t_\t_\t_\t_\t1\tx\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t1\tx\t_\t_\n\n\
# text = Hij don't.\n1\tHij\t_\t_\t_\t_\t0\troot\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n2\tdo\t_\t_\t_\t_\t1\tx\t_\t_\n\
3\tn't\t_\t_\t_\t_\t1\tx\t_\t_\n4\t.\t_\t_\t_\t_\t1\tx\t_\t_\n\n\
# newpar\n# text = Ja.\n1\tJa\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t.\t_\t_\t_\t_\t1\tx\t_\t_\n";

    #[test]
    fn gold_text_joins_and_locates() {
        let s = parse_conllu(DOC, Path::new("nl_x.conllu")).unwrap();
        let g = gold_text(&s, GoldTokens::Surface);
        assert_eq!(g.text, "Dhr. Jansen kwam. Hij don't.\n\nJa.");
        assert_eq!(g.tokens.len(), 9);
        assert_eq!(g.tokens[5], (22, 27));
        assert_eq!(g.sentence_ends, vec![17, 28, 33]);
        assert_eq!(g.unmatched, 0);
        let w = gold_text(&s, GoldTokens::Words);
        assert_eq!(w.tokens.len(), 10);
        assert_eq!(&w.text[w.tokens[6].0..w.tokens[6].1], "n't");
    }

    #[test]
    fn compare_scores() {
        let s = parse_conllu(DOC, Path::new("nl_x.conllu")).unwrap();
        let g = gold_text(&s, GoldTokens::Surface);
        let c = compare(&g, "nl");
        // nl keeps don't whole: every token right
        assert_eq!(c.tokens.fp, 0, "{:?}", c.false_tokens);
        assert_eq!(c.tokens.fn_, 0, "{:?}", c.missed_tokens);
        assert_eq!(
            c.boundaries,
            Prf {
                tp: 2,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(lang_of(Path::new("/a/en_ewt-ud-dev.conllu")), "en");
    }
}
