//! `kroniek eval geo FILE.xml…`: geoparsing accuracy on the XML corpora (GeoVirus, TR-News).

use std::path::PathBuf;

use anyhow::Result;

/// Arguments of `kroniek eval geo`.
#[derive(Debug, clap::Args)]
pub struct GeoEvalArgs {
    /// GeoVirus- or TR-News-style XML files.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also emit adjectives and demonyms ("Turkish", "Afghaanse") as country places.
    #[arg(long)]
    pub adjectives: bool,
}

/// Evaluate and print one report per file.
pub fn run(args: &GeoEvalArgs) -> Result<i32> {
    let options = kroniek_geo::Options {
        adjectives: args.adjectives,
        ..kroniek_geo::Options::default()
    };
    for file in &args.files {
        let report = kroniek_geo::eval_geo(file, options)?;
        println!("{report}\n");
    }
    Ok(0)
}
