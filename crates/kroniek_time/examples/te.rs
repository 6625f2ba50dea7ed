//! Run the TempEval-3 evaluation: `te DIR... [--mistakes] [--errors]` (`--errors`: the
//! mistakes counted by category, see `TimeReport::error_categories`).
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--mistakes");
    let errors = args.iter().any(|a| a == "--errors");
    let paths: Vec<std::path::PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(Into::into)
        .collect();
    let r = kroniek_time::eval_time(&paths)?;
    print!("{r}");
    if errors {
        println!("error categories (count, category):");
        for (c, n) in r.error_categories() {
            println!("{n:>5}  {c}");
        }
    }
    if show {
        for m in &r.mistakes {
            println!("{}\t{}\t{}", m.file, m.gold, m.predicted);
        }
    }
    Ok(())
}
