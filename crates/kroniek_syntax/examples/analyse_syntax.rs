//! Print the analysis of one whitespace-tokenised sentence, one word per line (for looking at
//! how a model reads a test sentence).
//!
//! ```sh
//! cargo run --release -p kroniek_syntax --example analyse_syntax -- nl "De taliban willen Kabul aanvallen ."
//! cargo run --release -p kroniek_syntax --example analyse_syntax -- models/syntax/nl.bin "…"
//! ```
//!
//! The first argument is a language (its embedded model) or a model file.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let which = args
        .next()
        .ok_or("usage: analyse_syntax LANG|MODEL.bin SENTENCE…")?;
    let model = if which.ends_with(".bin") {
        kroniek_syntax::SyntaxModel::from_bytes(&std::fs::read(&which)?)?
    } else {
        kroniek_syntax::embedded::for_lang(&which).ok_or("no model for that language")??
    };
    for sentence in args {
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
