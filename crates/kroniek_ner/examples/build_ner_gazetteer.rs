//! Write the tagger's place-name list: `build_ner_gazetteer GAZETTEER.tsv.gz OUT.txt`
//! (`data/geo/gazetteer.tsv.gz` → `models/ner/gazetteer-loc.txt`; see `models/ner/README.md`).

use std::path::Path;

use kroniek_ner::placenames::place_names_gz;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out] = args.as_slice() else {
        return Err("usage: build_ner_gazetteer GAZETTEER.tsv.gz OUT.txt".into());
    };
    let bytes = std::fs::read(Path::new(input)).map_err(|e| format!("{input}: {e}"))?;
    let names = place_names_gz(&bytes)?;
    let text: String = names.iter().flat_map(|n| [n.as_str(), "\n"]).collect();
    std::fs::write(Path::new(out), text).map_err(|e| format!("{out}: {e}"))?;
    eprintln!("{out}: {} names", names.len());
    Ok(())
}
