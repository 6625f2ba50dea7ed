//! Print the analysis of one whitespace-tokenised sentence, one word per line (for looking at
//! how a model reads a test sentence).
//!
//! ```sh
//! cargo run --release -p kroniek_syntax --example analyse_syntax -- nl "De taliban willen Kabul aanvallen ."
//! cargo run --release -p kroniek_syntax --example analyse_syntax -- models/syntax/nl.bin "…"
//! ```
//!
//! The first argument is a language (its embedded model) or a model file; `--parser` before
//! the sentences prints the parser's own relations (no relabeler), `--subjects RULE` sets the
//! relabeler's one-subject rule (`free`, or `surest+BONUS,GIVE_BACK`:
//! `kroniek_syntax::relabel::SubjectRule`).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let which = args
        .next()
        .ok_or("usage: analyse_syntax LANG|MODEL.bin SENTENCE…")?;
    let mut model = if which.ends_with(".bin") {
        kroniek_syntax::SyntaxModel::from_bytes(&std::fs::read(&which)?)?
    } else {
        kroniek_syntax::embedded::for_lang(&which).ok_or("no model for that language")??
    };
    while let Some(sentence) = args.next() {
        match sentence.as_str() {
            "--parser" => {
                model.relabeler = kroniek_syntax::relabel::Relabeler::default();
                continue;
            }
            "--subjects" => {
                let rule = args.next().ok_or("--subjects needs a rule")?;
                model.relabeler.set_subject_rule(rule.parse()?);
                continue;
            }
            _ => {}
        }
        let forms: Vec<&str> = sentence.split_whitespace().collect();
        for (i, (f, t)) in forms.iter().zip(model.analyse(&forms)).enumerate() {
            println!(
                "{}\t{f}\t{}\t{}\t{}\t{}\t{}\t{}",
                i + 1,
                t.lemma,
                t.compound_lemma.as_deref().unwrap_or("_"),
                t.upos,
                t.feats.as_deref().unwrap_or("_"),
                t.head,
                t.deprel
            );
        }
        println!();
    }
    Ok(())
}
