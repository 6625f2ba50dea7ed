//! Write the tagger's person-name list: `build_ner_names FAKER_PACKAGE_DIR OUT.tsv`
//! (the unpacked npm package `@faker-js/faker` → `models/ner/person-names.tsv`; see
//! `models/ner/README.md`). Every JavaScript chunk of its `dist` folder is read; a name is
//! written once with `F` (given name), `L` (surname) or `FL`, in byte order.

use std::collections::BTreeMap;
use std::path::Path;

use kroniek_ner::personnames::faker_names;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [package, out] = args.as_slice() else {
        return Err("usage: build_ner_names FAKER_PACKAGE_DIR OUT.tsv".into());
    };
    let dist = Path::new(package).join("dist");
    let mut files: Vec<_> = std::fs::read_dir(&dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "js"))
        .collect();
    files.sort();
    let mut names: BTreeMap<String, (bool, bool)> = BTreeMap::new();
    for f in &files {
        let js = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let (given, surnames) = faker_names(&js);
        for n in given {
            names.entry(n).or_default().0 = true;
        }
        for n in surnames {
            names.entry(n).or_default().1 = true;
        }
    }
    let mut text = String::new();
    for (name, (given, surname)) in &names {
        let kind = match (given, surname) {
            (true, true) => "FL",
            (true, false) => "F",
            _ => "L",
        };
        text.push_str(&format!("{name}\t{kind}\n"));
    }
    std::fs::write(Path::new(out), text).map_err(|e| format!("{out}: {e}"))?;
    let given = names.values().filter(|v| v.0).count();
    let surnames = names.values().filter(|v| v.1).count();
    eprintln!(
        "{out}: {} names ({given} given names, {surnames} surnames) from {} chunks",
        names.len(),
        files.len()
    );
    Ok(())
}
