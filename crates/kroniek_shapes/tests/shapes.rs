//! The committed shape files in `data/shapes/`: codes, places and size.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::path::{Path, PathBuf};

use serde_json::Value;

fn shapes() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/shapes")
}

fn load(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(shapes().join(name)).unwrap()).unwrap()
}

/// Bounding box (min lon, min lat, max lon, max lat) of a path written by `path::push_ring`.
fn bbox(d: &str, unit: f64) -> (f64, f64, f64, f64) {
    let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for ring in d.split('z').filter(|r| !r.is_empty()) {
        let (abs, rel) = ring[1..].split_once('l').unwrap();
        let nums = |s: &str| -> Vec<i64> {
            let mut out = Vec::new();
            let mut cur = String::new();
            for c in s.chars() {
                if (c == '-' || c == ' ') && !cur.is_empty() {
                    out.push(cur.parse().unwrap());
                    cur.clear();
                }
                if c != ' ' {
                    cur.push(c);
                }
            }
            if !cur.is_empty() {
                out.push(cur.parse().unwrap());
            }
            out
        };
        let start = nums(abs);
        let (mut x, mut y) = (start[0], start[1]);
        let mut visit = |x: i64, y: i64| {
            let (lon, lat) = (x as f64 * unit, -y as f64 * unit);
            b = (b.0.min(lon), b.1.min(lat), b.2.max(lon), b.3.max(lat));
        };
        visit(x, y);
        for pair in nums(rel).chunks(2) {
            x += pair[0];
            y += pair[1];
            visit(x, y);
        }
    }
    b
}

#[test]
fn afghanistan_has_its_34_provinces_with_fixed_codes() {
    let admin1 = load("admin1.json");
    let unit = admin1["unit"].as_f64().unwrap();
    let afghan: Vec<&Value> = admin1["features"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["country"] == "AF")
        .collect();
    let mut codes: Vec<&str> = afghan.iter().map(|f| f["id"].as_str().unwrap()).collect();
    codes.sort_unstable();
    codes.dedup();
    assert_eq!(codes.len(), 34, "{codes:?}");
    let find = |code: &str| *afghan.iter().find(|f| f["id"] == code).unwrap();
    assert_eq!(find("AF-PAN")["name"], "Panjshir");
    assert_eq!(find("AF-DAY")["name"], "Daykundi");
    assert_eq!(find("AF-PAR")["name"], "Parwan");
    // Panjshir's valley is around 35.3 N, 69.6 E; Parwan lies south-west of it.
    let pan = bbox(find("AF-PAN")["d"].as_str().unwrap(), unit);
    assert!(
        pan.0 < 69.6 && 69.6 < pan.2 && pan.1 < 35.3 && 35.3 < pan.3,
        "{pan:?}"
    );
    assert!(pan.2 - pan.0 < 2.0, "{pan:?}");
    let par = bbox(find("AF-PAR")["d"].as_str().unwrap(), unit);
    assert!(
        (par.0 + par.2) / 2.0 < (pan.0 + pan.2) / 2.0,
        "{par:?} {pan:?}"
    );
}

#[test]
fn countries_carry_alpha2_codes() {
    let countries = load("countries.json");
    let features = countries["features"].as_array().unwrap();
    assert!(features.len() > 200);
    for code in ["AF", "NL", "UA", "US", "RU"] {
        assert!(features.iter().any(|f| f["id"] == code), "{code} missing");
    }
    let nl = features.iter().find(|f| f["id"] == "NL").unwrap();
    let b = bbox(
        nl["d"].as_str().unwrap(),
        countries["unit"].as_f64().unwrap(),
    );
    // The European Netherlands (Natural Earth's NL unit may include the Caribbean islands).
    assert!(b.2 > 7.0 && b.2 < 7.3 && b.3 > 53.4 && b.3 < 53.7, "{b:?}");
}

#[test]
fn shapes_stay_small() {
    let total: u64 = ["countries.json", "admin1.json"]
        .iter()
        .map(|n| std::fs::metadata(shapes().join(n)).unwrap().len())
        .sum();
    assert!(total < 3_000_000, "{total} bytes");
}
