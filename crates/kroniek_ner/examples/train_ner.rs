//! Train an entity model: `train_ner LANG TRAIN DEV OUT [EPOCHS] [BITS] [SEED]`.

use std::path::Path;

use kroniek_ner::TrainOptions;
use kroniek_ner::tagfile::train_files;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [lang, train, dev, out, rest @ ..] = args.as_slice() else {
        return Err("usage: train_ner LANG TRAIN DEV OUT [EPOCHS] [BITS] [SEED]".into());
    };
    let mut opts = TrainOptions::default();
    if let Some(e) = rest.first() {
        opts.epochs = e.parse()?;
    }
    if let Some(b) = rest.get(1) {
        opts.bits = b.parse()?;
    }
    if let Some(s) = rest.get(2) {
        opts.seed = s.parse()?;
    }
    let start = std::time::Instant::now();
    let model = train_files(
        lang,
        Path::new(train),
        Some(Path::new(dev)),
        Path::new(out),
        opts,
        &mut |r| {
            let f1 = r.dev.as_ref().map_or(0.0, |d| d.overall.f1());
            eprintln!(
                "epoch {:2}: {} sentence errors, dev F1 {:.4} ({:.0?})",
                r.epoch,
                r.errors,
                f1,
                start.elapsed()
            );
        },
    )?;
    let report = kroniek_ner::tagfile::eval_ner(&model, Path::new(dev))?;
    println!("{report}");
    Ok(())
}
