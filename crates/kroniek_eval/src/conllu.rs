//! A CoNLL-U reader.
//!
//! Keeps all ten columns as strings, parses the ID (word, multiword range) and HEAD, and keeps
//! the sentence-level comments that matter for evaluation (`# text`, `# sent_id`, `# newdoc`,
//! `# newpar`). Empty nodes (`1.1`) are skipped: they have no surface form.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The ID column of a token line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenId {
    /// A syntactic word, 1-based.
    Word(u32),
    /// A multiword token covering words `first..=last` (`3-4`).
    Range(u32, u32),
}

/// One token line with its ten columns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConlluToken {
    /// The parsed ID.
    pub id: TokenId,
    /// The ten columns as written (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS,
    /// MISC).
    pub cols: [String; 10],
    /// HEAD parsed (0 = root); `None` for multiword ranges or `_`.
    pub head: Option<u32>,
}

impl ConlluToken {
    /// The FORM column.
    pub fn form(&self) -> &str {
        &self.cols[1]
    }

    /// The LEMMA column.
    pub fn lemma(&self) -> &str {
        &self.cols[2]
    }

    /// The UPOS column.
    pub fn upos(&self) -> &str {
        &self.cols[3]
    }

    /// The DEPREL column.
    pub fn deprel(&self) -> &str {
        &self.cols[7]
    }

    /// The MISC column.
    pub fn misc(&self) -> &str {
        &self.cols[9]
    }

    /// True when MISC has `SpaceAfter=No`.
    pub fn no_space_after(&self) -> bool {
        self.misc().split('|').any(|f| f == "SpaceAfter=No")
    }
}

/// One sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ConlluSentence {
    /// The `# sent_id`, if any.
    pub sent_id: Option<String>,
    /// The `# text`, if any.
    pub text: Option<String>,
    /// A `# newdoc` comment precedes this sentence.
    pub newdoc: bool,
    /// A `# newpar` comment precedes this sentence.
    pub newpar: bool,
    /// All comment lines, without `# `.
    pub comments: Vec<String>,
    /// Token lines (words and multiword ranges, in file order; empty nodes skipped).
    pub tokens: Vec<ConlluToken>,
    /// The 1-based line where the sentence starts.
    pub line: usize,
}

impl ConlluSentence {
    /// The surface tokens: multiword ranges, and words not inside a range.
    pub fn surface_tokens(&self) -> impl Iterator<Item = &ConlluToken> {
        let mut covered_to = 0u32;
        self.tokens.iter().filter(move |t| match t.id {
            TokenId::Range(_, last) => {
                covered_to = last;
                true
            }
            TokenId::Word(n) => n > covered_to,
        })
    }

    /// The syntactic words (ranges left out).
    pub fn words(&self) -> impl Iterator<Item = &ConlluToken> {
        self.tokens
            .iter()
            .filter(|t| matches!(t.id, TokenId::Word(_)))
    }

    /// `# text`, or the surface forms joined with spaces, except after `SpaceAfter=No`.
    pub fn text_or_rebuilt(&self) -> String {
        if let Some(t) = &self.text {
            return t.clone();
        }
        let mut out = String::new();
        let mut space = false;
        for t in self.surface_tokens() {
            if space {
                out.push(' ');
            }
            out.push_str(t.form());
            space = !t.no_space_after();
        }
        out
    }
}

/// Reads a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<ConlluSentence>> {
    let src = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    parse_conllu(&src, path)
}

/// Parses CoNLL-U text; `path` names it in errors.
pub fn parse_conllu(src: &str, path: &Path) -> Result<Vec<ConlluSentence>> {
    let mut out = Vec::new();
    let mut cur = ConlluSentence::default();
    let mut started = false;
    for (n, raw) in src.lines().enumerate() {
        let line_no = n + 1;
        let line = raw.trim_end_matches('\r');
        let bad = |message: String| Error::Malformed {
            path: PathBuf::from(path),
            line: line_no,
            message,
        };
        if line.trim().is_empty() {
            if started {
                out.push(std::mem::take(&mut cur));
                started = false;
            }
            continue;
        }
        if !started {
            cur.line = line_no;
            started = true;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(v) = c.strip_prefix("text =") {
                cur.text = Some(v.trim().to_string());
            } else if let Some(v) = c.strip_prefix("sent_id =") {
                cur.sent_id = Some(v.trim().to_string());
            } else if c.starts_with("newdoc") {
                cur.newdoc = true;
            } else if c.starts_with("newpar") {
                cur.newpar = true;
            }
            cur.comments.push(c.to_string());
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let Ok(cols) = <[&str; 10]>::try_from(fields.as_slice()) else {
            return Err(bad(format!("{} columns instead of 10", fields.len())));
        };
        let id_col = cols[0];
        if id_col.contains('.') {
            continue; // empty node
        }
        let id = if let Some((a, b)) = id_col.split_once('-') {
            match (a.parse::<u32>(), b.parse::<u32>()) {
                (Ok(a), Ok(b)) if a >= 1 && a <= b => TokenId::Range(a, b),
                _ => return Err(bad(format!("bad range ID {id_col:?}"))),
            }
        } else {
            match id_col.parse::<u32>() {
                Ok(n) if n >= 1 => TokenId::Word(n),
                _ => return Err(bad(format!("bad ID {id_col:?}"))),
            }
        };
        let head = match (id, cols[6]) {
            (TokenId::Range(..), _) | (_, "_") => None,
            (TokenId::Word(_), h) => match h.parse::<u32>() {
                Ok(h) => Some(h),
                Err(_) => return Err(bad(format!("bad HEAD {h:?}"))),
            },
        };
        if cols[1].is_empty() {
            return Err(bad("empty FORM".to_string()));
        }
        cur.tokens.push(ConlluToken {
            id,
            cols: cols.map(str::to_string),
            head,
        });
    }
    if started {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n# sent_id = 1\n# text = Ik kan't niet.\n\
1\tIk\tik\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
2-3\tkan't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tkan\tkunnen\tAUX\t_\t_\t0\troot\t_\t_\n\
3\t't\thet\tPRON\t_\t_\t2\tobj\t_\t_\n\
3.1\tx\tx\tX\t_\t_\t_\t_\t_\t_\n\
4\tniet\tniet\tADV\t_\t_\t2\tadvmod\t_\tSpaceAfter=No\n\
5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n\
1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_sentences_ranges_and_heads() {
        let s = parse_conllu(SAMPLE, Path::new("x.conllu")).unwrap();
        assert_eq!(s.len(), 2);
        assert!(s[0].newdoc);
        assert_eq!(s[0].text.as_deref(), Some("Ik kan't niet."));
        assert_eq!(s[0].tokens.len(), 6);
        let surface: Vec<&str> = s[0].surface_tokens().map(|t| t.form()).collect();
        assert_eq!(surface, ["Ik", "kan't", "niet", "."]);
        assert_eq!(s[0].words().count(), 5);
        assert_eq!(s[0].tokens[0].head, Some(2));
        assert_eq!(s[0].tokens[1].head, None);
        assert_eq!(s[1].text_or_rebuilt(), "Ja");
        assert_eq!(s[1].line, 12);
    }

    #[test]
    fn rebuilds_text_with_space_after() {
        let s = parse_conllu(SAMPLE, Path::new("x")).unwrap();
        let mut s0 = s[0].clone();
        s0.text = None;
        assert_eq!(s0.text_or_rebuilt(), "Ik kan't niet.");
    }

    #[test]
    fn errors_name_file_and_line() {
        let err = parse_conllu("1\tx\n", Path::new("bad.conllu")).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.conllu:1: malformed CoNLL-U: 2 columns instead of 10"
        );
        let err = parse_conllu(
            "# c\n1\tx\tx\tX\t_\t_\tq\t_\t_\t_\n",
            Path::new("bad.conllu"),
        )
        .unwrap_err();
        assert!(err.to_string().starts_with("bad.conllu:2:"), "{err}");
    }
}
