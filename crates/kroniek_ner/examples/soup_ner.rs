//! Average model files trained alike with different seeds into one ("model soup"):
//! `soup_ner OUT DEV MODEL...` writes the averaged model to OUT and prints its scores on the
//! CoNLL file DEV, after each member's (with the first pass's alone).

use std::path::Path;

use kroniek_ner::Model;
use kroniek_ner::tagfile::eval_ner;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, dev, inputs @ ..] = args.as_slice() else {
        return Err("usage: soup_ner OUT DEV MODEL...".into());
    };
    let mut models = Vec::new();
    for path in inputs {
        let model = Model::from_bytes(&std::fs::read(path)?)?;
        let f1 = eval_ner(&model, Path::new(dev))?.overall.f1();
        let first = eval_ner(&model.first_pass(), Path::new(dev))?.overall.f1();
        eprintln!(
            "{path}: dev F1 {:.2} (first pass {:.2})",
            100.0 * f1,
            100.0 * first
        );
        models.push(model);
    }
    let refs: Vec<&Model> = models.iter().collect();
    let soup = Model::average(&refs).ok_or("models differ or none given")?;
    std::fs::write(out, soup.to_bytes()?)?;
    let first = eval_ner(&soup.first_pass(), Path::new(dev))?.overall.f1();
    eprintln!("average: first pass {:.2}", 100.0 * first);
    println!("{}", eval_ner(&soup, Path::new(dev))?);
    Ok(())
}
