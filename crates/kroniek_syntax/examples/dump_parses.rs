//! Print what a model makes of every sentence of CoNLL-U files (gold tokens): one line per
//! sentence with each word's UPOS, lemma, head and relation. Two runs' outputs compared with
//! `cmp` show whether a change to the tagger, lemmatiser or decoder changes any analysis (the
//! check behind "exact" speed-ups in `eval-reports/syntax.md`). The model is `nl`, `en` (the
//! built-in ones) or a model file; `--beam K` decodes with another width, `--margin M` with
//! another beam pruning margin (`--margin 0`: the exact beam, which the built-in English model
//! does not use by default), `--voters K` with only the first K of an ensemble's parsers voting
//! (1: the first alone).
//!
//! ```sh
//! cargo run --release -p kroniek_syntax --example dump_parses -- nl \
//!   ../shared/data/ud-nl/nl_alpino-ud-dev.conllu > /tmp/before.txt
//! ```

use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let which = args.next().ok_or(
        "usage: dump_parses nl|en|MODEL.bin [--beam K] [--margin M] [--voters K] FILE.conllu...",
    )?;
    let mut model = match which.as_str() {
        "nl" => kroniek_syntax::embedded::dutch()?,
        "en" => kroniek_syntax::embedded::english()?,
        path => kroniek_syntax::SyntaxModel::from_bytes(&std::fs::read(path)?)?,
    };
    let mut files = Vec::new();
    while let Some(a) = args.next() {
        if a == "--beam" {
            let k: usize = args.next().ok_or("--beam needs a width")?.parse()?;
            model.parser.set_beam(k);
        } else if a == "--voters" {
            model.voters = args.next().ok_or("--voters needs a count")?.parse()?;
        } else if a == "--margin" {
            let m: f32 = args.next().ok_or("--margin needs a value")?.parse()?;
            model.parser.set_prune_margin(m);
        } else {
            files.push(a);
        }
    }
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    for file in files {
        for s in kroniek_syntax::conllu::read_file(std::path::Path::new(&file))? {
            let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
            let line: Vec<String> = model
                .analyse(&forms)
                .iter()
                .map(|t| format!("{}/{}/{}/{}", t.upos, t.lemma, t.head, t.deprel))
                .collect();
            writeln!(out, "{}", line.join(" "))?;
        }
    }
    Ok(())
}
