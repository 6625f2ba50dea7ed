//! Load both built-in models, analyse the sentences of CoNLL-U files (gold tokens) on one core,
//! and print the speed. Run under `/usr/bin/time -v` for resident memory. Arguments ending in
//! `.bin` are further model files, measured after the built-in model of their language in the
//! same run (for speed ratios on a loaded machine). `--beam K` (repeatable) measures every model
//! once more decoded with a beam of width K (whatever width it was trained with); `--margin M`
//! (repeatable) every model once more decoded with beam pruning at margin M
//! (`Parser::set_prune_margin`); `--voters K` (repeatable) every model with an ensemble once
//! more with only its first K parsers voting (1: the first parser alone).
//!
//! ```sh
//! /usr/bin/time -v target/release/examples/measure_syntax ../shared/data/ud-en/en_ewt-ud-dev.conllu
//! ```

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let t0 = Instant::now();
    let mut models = vec![
        ("built-in".to_string(), kroniek_syntax::embedded::dutch()?),
        ("built-in".to_string(), kroniek_syntax::embedded::english()?),
    ];
    println!("loaded both models in {:.2} s", t0.elapsed().as_secs_f64());
    let mut widths: Vec<usize> = Vec::new();
    let mut margins: Vec<f32> = Vec::new();
    let mut voters: Vec<usize> = Vec::new();
    let mut rest: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        if a == "--beam" {
            widths.push(args.next().ok_or("--beam needs a width")?.parse()?);
        } else if a == "--voters" {
            voters.push(args.next().ok_or("--voters needs a count")?.parse()?);
        } else if a == "--margin" {
            margins.push(args.next().ok_or("--margin needs a value")?.parse()?);
        } else {
            rest.push(a);
        }
    }
    let (bins, files): (Vec<String>, Vec<String>) =
        rest.into_iter().partition(|a| a.ends_with(".bin"));
    for b in bins {
        let m = kroniek_syntax::SyntaxModel::from_bytes(&std::fs::read(&b)?)?;
        models.push((b, m));
    }
    // `--beam K`: every model once more, decoded with a beam of width K.
    let mut rebeamed = Vec::new();
    for k in widths {
        for (name, m) in &models {
            let mut m = m.clone();
            m.parser.set_beam(k);
            rebeamed.push((format!("{name}, decoded with beam {k}"), m));
        }
    }
    for m in margins {
        for (name, model) in &models {
            let mut model = model.clone();
            model.parser.set_prune_margin(m);
            rebeamed.push((format!("{name}, pruned at margin {m}"), model));
        }
    }
    for k in voters {
        for (name, model) in &models {
            if !model.ensemble.is_empty() {
                let mut model = model.clone();
                model.voters = k;
                rebeamed.push((format!("{name}, {k} parser(s) voting"), model));
            }
        }
    }
    models.extend(rebeamed);
    for file in files {
        let sents = kroniek_syntax::conllu::read_file(std::path::Path::new(&file))?;
        // The language from the treebank's folder or file name (`ud-nl/`, `nl_…`).
        let name = std::path::Path::new(&file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let lang = if file.contains("/ud-nl/") || name.starts_with("nl_") {
            "nl"
        } else {
            "en"
        };
        for (name, model) in models.iter().filter(|(_, m)| m.lang == lang) {
            println!("model {name}:");
            measure(&file, &sents, model);
        }
    }
    Ok(())
}

fn measure(
    file: &str,
    sents: &[kroniek_syntax::conllu::Sentence],
    model: &kroniek_syntax::SyntaxModel,
) {
    {
        let forms: Vec<Vec<&str>> = sents
            .iter()
            .map(|s| s.words.iter().map(|w| w.form.as_str()).collect())
            .collect();
        let words: usize = forms.iter().map(Vec::len).sum();
        let rounds = 3;
        let t = Instant::now();
        let mut roots = 0usize;
        for _ in 0..rounds {
            for f in &forms {
                roots += model.analyse(f).iter().filter(|t| t.head == 0).count();
            }
        }
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{file} ({}): {words} words x {rounds} in {secs:.2} s = {:.0} tokens/s ({roots} roots)",
            model.lang,
            (words * rounds) as f64 / secs
        );
        let report = kroniek_syntax::eval::eval_sentences(model, sents);
        println!(
            "  UPOS {:.2}  lemma {:.2}  UAS {:.2}  LAS {:.2}",
            100.0 * report.upos_accuracy(),
            100.0 * report.lemma_accuracy(),
            100.0 * report.uas(),
            100.0 * report.las()
        );
    }
}
