//! List the gold entities of one type that a model misses on a CoNLL file (error analysis on
//! a dev set): `ner_misses MODEL CONLL TYPE` (TYPE `Per`, `Org`, `Loc` or `Misc`) prints, per missed gold entity, the predicted tags
//! over its span and two words of context each side, then how often the span's first token got each type (`O`: none).

use std::collections::BTreeMap;
use std::path::Path;

use kroniek_ner::Model;
use kroniek_ner::tagfile::read_conll_file;
use kroniek_ner::tags::chunks;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [model, conll, kind] = args.as_slice() else {
        return Err("usage: ner_misses MODEL CONLL TYPE".into());
    };
    let model = Model::from_bytes(&std::fs::read(model)?)?;
    let corpus = read_conll_file(Path::new(conll))?;
    let mut became: BTreeMap<String, usize> = BTreeMap::new();
    for doc in &corpus.docs {
        let words: Vec<&[String]> = doc.iter().map(|s| s.words.as_slice()).collect();
        for (s, pred) in doc.iter().zip(model.tag_document(&words)) {
            let found = chunks(&pred.tags);
            for (a, b, k) in chunks(&s.gold) {
                if format!("{k:?}") != *kind || found.contains(&(a, b, k)) {
                    continue;
                }
                let got: Vec<&str> = pred.tags[a..b].iter().map(|t| t.label()).collect();
                let first = got.first().and_then(|l| l.get(2..)).unwrap_or("O");
                *became.entry(first.to_string()).or_default() += 1;
                let ctx = |x: usize, y: usize| s.words[x..y].join(" ");
                println!(
                    "{} [{}] {}\t{}",
                    ctx(a.saturating_sub(2), a),
                    ctx(a, b),
                    ctx(b, (b + 2).min(s.words.len())),
                    got.join(" ")
                );
            }
        }
    }
    eprintln!("{became:?}");
    Ok(())
}
