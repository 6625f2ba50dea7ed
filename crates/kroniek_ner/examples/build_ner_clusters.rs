//! Learn the tagger's word clusters from unlabelled text and write the lexicon file:
//! `build_ner_clusters OUT KIND:PATH…` where KIND is `conll` (CoNLL-2002/2003 NER, words of the
//! first column), `conllu` (UD, the FORM column), `text` (raw text, one paragraph a line) or
//! `json` (a JSON array of objects whose `text` field is raw text). See `models/ner/README.md`.

use std::path::Path;

use kroniek_ner::clusters::{ClusterOptions, build, simple_tokens, to_text};
use kroniek_ner::conll::{decode, read_conll};

fn conllu(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.contains('-') || id.contains('.') {
            continue;
        }
        cur.push(form.to_string());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, inputs @ ..] = args.as_slice() else {
        return Err("usage: build_ner_clusters OUT KIND:PATH…".into());
    };
    let mut sentences: Vec<Vec<String>> = Vec::new();
    for input in inputs {
        let (kind, path) = input
            .split_once(':')
            .ok_or_else(|| format!("{input}: expected KIND:PATH"))?;
        let bytes = std::fs::read(Path::new(path)).map_err(|e| format!("{path}: {e}"))?;
        let before = sentences.len();
        match kind {
            "conll" => sentences.extend(read_conll(&bytes).sentences().map(|s| s.words.clone())),
            "conllu" => sentences.extend(conllu(&decode(&bytes))),
            "text" => sentences.extend(simple_tokens(&decode(&bytes))),
            "json" => {
                let items: Vec<serde_json::Value> = serde_json::from_slice(&bytes)?;
                for item in items {
                    if let Some(t) = item.get("text").and_then(|t| t.as_str()) {
                        sentences.extend(simple_tokens(t));
                    }
                }
            }
            other => return Err(format!("unknown kind `{other}`").into()),
        }
        let added = &sentences[before..];
        eprintln!(
            "{path}: {} sentences, {} tokens",
            added.len(),
            added.iter().map(Vec::len).sum::<usize>()
        );
    }
    let opts = ClusterOptions::default();
    let start = std::time::Instant::now();
    let clustered = build(&sentences, opts);
    std::fs::write(Path::new(out), to_text(&clustered)).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("{out}: {} forms ({:.1?})", clustered.len(), start.elapsed());
    Ok(())
}
