//! Evaluate the geoparser:
//! `cargo run --release -p kroniek_geo --example eval_geo -- FILE.xml… [--adjectives] [--errors]`
//! (`--errors` lists the toponyms resolved more than 161 km off, and the missed ones).

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = kroniek_geo::Options {
        adjectives: args.iter().any(|a| a == "--adjectives"),
        ..kroniek_geo::Options::default()
    };
    for f in args.iter().filter(|a| !a.starts_with("--")) {
        let report = kroniek_geo::eval_geo(std::path::Path::new(f), options)?;
        if args.iter().any(|a| a == "--errors") {
            for c in report.cases.iter().filter(|c| c.km > 161.0) {
                println!(
                    "{:8.0} km  {:30}  {}",
                    c.km,
                    c.text.replace('\n', " "),
                    c.predicted
                );
            }
        }
        println!("{report}\n");
    }
    Ok(())
}
