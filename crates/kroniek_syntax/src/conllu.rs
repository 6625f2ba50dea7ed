//! Reading and writing CoNLL-U, keeping the file's tokenisation.
//!
//! Only syntactic words (integer IDs) are analysed; multiword ranges (`3-4`), empty nodes
//! (`8.1`) and comments are kept verbatim so that [`write_sentence`] reproduces them around the
//! predicted columns.

use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Result};

/// One syntactic word with the columns the syntax layer uses.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Word {
    /// FORM.
    pub form: String,
    /// LEMMA.
    pub lemma: String,
    /// UPOS.
    pub upos: String,
    /// XPOS.
    pub xpos: String,
    /// FEATS.
    pub feats: String,
    /// HEAD (0 = root).
    pub head: u32,
    /// DEPREL.
    pub deprel: String,
    /// MISC.
    pub misc: String,
}

/// A line of a sentence block, kept for writing.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Line {
    /// A comment, range or empty-node line, written back unchanged.
    Verbatim(String),
    /// The i-th word.
    Word(usize),
}

/// One sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    /// The `# text = …` comment, if any.
    pub text: Option<String>,
    /// The syntactic words.
    pub words: Vec<Word>,
    lines: Vec<Line>,
}

impl Sentence {
    /// A sentence of bare word forms (for tests and benchmarks).
    pub fn from_forms(forms: &[&str]) -> Sentence {
        let words: Vec<Word> = forms
            .iter()
            .map(|f| Word {
                form: (*f).to_string(),
                ..Word::default()
            })
            .collect();
        let lines = (0..words.len()).map(Line::Word).collect();
        Sentence {
            text: None,
            words,
            lines,
        }
    }

    /// The sentence text: the `# text` comment, or the forms joined by spaces.
    pub fn text_key(&self) -> String {
        match &self.text {
            Some(t) => t.split_whitespace().collect::<Vec<_>>().join(" "),
            None => self
                .words
                .iter()
                .map(|w| w.form.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        }
    }

    /// The value of a `# key = value` comment (`sent_id`, `newdoc id`, …), if present.
    pub fn comment(&self, key: &str) -> Option<&str> {
        self.lines.iter().find_map(|l| match l {
            Line::Verbatim(v) => v
                .strip_prefix('#')
                .map(str::trim_start)
                .and_then(|v| v.strip_prefix(key))
                .map(str::trim_start)
                .and_then(|v| v.strip_prefix('='))
                .map(str::trim),
            Line::Word(_) => None,
        })
    }

    /// The document a sentence comes from: the `sent_id` up to its paragraph part
    /// (`WR-P-P-H-0000000105\WR-P-P-H-0000000105.p.5.s.4` → `WR-P-P-H-0000000105`), or `None`.
    pub fn document_id(&self) -> Option<&str> {
        let id = self.comment("sent_id")?;
        let end = id
            .find(['\\', '/'])
            .or_else(|| id.find(".p."))
            .unwrap_or(id.len());
        Some(&id[..end])
    }
}

fn col(s: &str) -> String {
    s.to_string()
}

/// Parse CoNLL-U text. `path` is used only in error messages.
pub fn parse_str(text: &str, path: &Path) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            } else {
                cur = Sentence::default();
            }
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            if let Some(t) = c.trim_start().strip_prefix("text =") {
                cur.text = Some(t.trim().to_string());
            }
            cur.lines.push(Line::Verbatim(line.to_string()));
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(Error::Conllu {
                path: path.to_path_buf(),
                line: i + 1,
                message: format!("expected 10 tab-separated columns, found {}", cols.len()),
            });
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            cur.lines.push(Line::Verbatim(line.to_string()));
            continue;
        }
        let head = if cols[6] == "_" {
            0
        } else {
            cols[6].parse::<u32>().map_err(|_| Error::Conllu {
                path: path.to_path_buf(),
                line: i + 1,
                message: format!("bad HEAD `{}`", cols[6]),
            })?
        };
        cur.lines.push(Line::Word(cur.words.len()));
        cur.words.push(Word {
            form: col(cols[1]),
            lemma: col(cols[2]),
            upos: col(cols[3]),
            xpos: col(cols[4]),
            feats: col(cols[5]),
            head,
            deprel: col(cols[7]),
            misc: col(cols[9]),
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

/// Read a CoNLL-U file.
pub fn read_file(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_str(&text, path)
}

/// Write one sentence as CoNLL-U (with its trailing blank line). The DEPS column is written as
/// `_` because predicted heads would contradict the input's enhanced graph.
pub fn write_sentence(s: &Sentence, out: &mut String) {
    for line in &s.lines {
        match line {
            Line::Verbatim(l) => {
                out.push_str(l);
                out.push('\n');
            }
            Line::Word(i) => {
                if let Some(w) = s.words.get(*i) {
                    let or_ = |x: &str| {
                        if x.is_empty() {
                            "_".to_string()
                        } else {
                            x.to_string()
                        }
                    };
                    let _ = writeln!(
                        out,
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t_\t{}",
                        i + 1,
                        w.form,
                        or_(&w.lemma),
                        or_(&w.upos),
                        or_(&w.xpos),
                        or_(&w.feats),
                        w.head,
                        or_(&w.deprel),
                        or_(&w.misc)
                    );
                }
            }
        }
    }
    out.push('\n');
}
