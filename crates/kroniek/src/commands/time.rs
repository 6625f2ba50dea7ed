//! `kroniek eval time DIR…`: TempEval-3 metrics of the time stage on TimeML files.

use std::path::PathBuf;

use anyhow::Result;

/// Arguments of `kroniek eval time`.
#[derive(Debug, clap::Args)]
pub struct EvalTimeArgs {
    /// TimeML `.tml` files or directories holding them (searched recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Also print every missed, spurious or wrongly valued expression (tab-separated).
    #[arg(long)]
    pub mistakes: bool,
    /// Also print the mistakes counted by category (missed/spurious/wrong value, type, value shape).
    #[arg(long)]
    pub errors: bool,
}

/// Run the evaluation and print its report.
pub fn run(args: &EvalTimeArgs) -> Result<i32> {
    let report = kroniek_time::eval_time(&args.paths)?;
    println!("{report}");
    if args.errors {
        println!("error categories (count, category):");
        for (c, n) in report.error_categories() {
            println!("{n:>5}  {c}");
        }
    }
    if args.mistakes {
        for m in &report.mistakes {
            println!("{}\t{}\t{}", m.file, m.gold, m.predicted);
        }
    }
    Ok(0)
}
