//! Evaluate the geoparser:
//! `cargo run --release -p kroniek_geo --example eval_geo -- FILE.xml… [--adjectives] [--errors]
//! [--gazetteer OTHER.tsv.gz]`
//! (`--errors` lists the toponyms resolved more than 161 km off, and the missed ones, with the
//! article's index, the gold point and ours;
//! `--gazetteer` evaluates with another compiled gazetteer file instead of the embedded one).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = kroniek_geo::Options {
        adjectives: args.iter().any(|a| a == "--adjectives"),
        ..kroniek_geo::Options::default()
    };
    let gaz_path = args
        .iter()
        .position(|a| a == "--gazetteer")
        .map(|i| args.get(i + 1).ok_or("--gazetteer needs a file"))
        .transpose()?;
    let t0 = std::time::Instant::now();
    let other = match gaz_path {
        Some(p) => {
            let aliases = kroniek_geo::aliases::parse(kroniek_geo::aliases::ALIASES_TSV)?;
            Some(kroniek_geo::Gazetteer::from_gz_with_aliases(
                &std::fs::read(p)?,
                &aliases,
            )?)
        }
        None => None,
    };
    let gaz = match &other {
        Some(g) => g,
        None => kroniek_geo::embedded::gazetteer()?,
    };
    let load_seconds = t0.elapsed().as_secs_f64();
    for f in args
        .iter()
        .filter(|a| !a.starts_with("--") && Some(*a) != gaz_path)
    {
        let mut report = kroniek_geo::eval_geo_with(gaz, std::path::Path::new(f), options)?;
        report.load_seconds = load_seconds;
        if args.iter().any(|a| a == "--errors") {
            for c in report.cases.iter().filter(|c| c.km > 161.0) {
                let at = c
                    .point
                    .map(|(a, b)| format!("{a:.2},{b:.2}"))
                    .unwrap_or_default();
                println!(
                    "{:8.0} km  {:30}  {}  [art {} gold {:.2},{:.2} ours {}]",
                    c.km,
                    c.text.replace('\n', " "),
                    c.predicted,
                    c.article,
                    c.gold.0,
                    c.gold.1,
                    at
                );
            }
        }
        println!("{report}\n");
    }
    Ok(())
}
