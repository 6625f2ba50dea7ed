//! Representative points of countries and admin-1 regions, computed from their polygons.
//!
//! News gazetteers disagree on where a country "is": Wikipedia's infobox points (used by
//! GeoVirus), GeoNames' (used by TR-News and LGL), world-countries' `latlng`, Natural Earth's label
//! points. The gazetteer build chooses one general rule ([`PointRule`]) instead of per-country
//! points; `eval-reports/geo.md` has the measurement behind the default,
//! [`PointRule::MainOrRegistry`]: the area centroid of the largest polygon (the main landmass,
//! without overseas islands and exclaves) computed in an equal-area projection (longitude,
//! sine of latitude, so high-latitude parts do not weigh more than their real area), unless
//! that polygon holds less than half of the area (an archipelago), where the registry's point
//! (world-countries `latlng`, Natural Earth's label point) is kept. The same rule serves
//! countries and admin-1 regions.

use serde_json::Value;

/// How a country's or admin-1 region's point is chosen when the gazetteer is built.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PointRule {
    /// The registry's own point: world-countries `latlng` for countries, the Natural Earth label
    /// point for admin-1 regions.
    Registry,
    /// Area centroid of the largest polygon, computed on plain longitude/latitude.
    MainCentroid,
    /// Area centroid of the largest polygon in an equal-area projection.
    MainEqualArea,
    /// Area centroid of all polygons together (overseas parts included), plain longitude/latitude.
    AllCentroid,
    /// [`PointRule::MainEqualArea`] when the largest polygon holds at least half of the area,
    /// else the registry's point (archipelagos: Indonesia, the Philippines); the default.
    #[default]
    MainOrRegistry,
}

impl PointRule {
    /// Every rule, for measurement.
    pub const ALL: [PointRule; 5] = [
        PointRule::Registry,
        PointRule::MainCentroid,
        PointRule::MainEqualArea,
        PointRule::AllCentroid,
        PointRule::MainOrRegistry,
    ];

    /// The rule's name on the command line (`registry`, `main-centroid`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            PointRule::Registry => "registry",
            PointRule::MainCentroid => "main-centroid",
            PointRule::MainEqualArea => "main-equal-area",
            PointRule::AllCentroid => "all-centroid",
            PointRule::MainOrRegistry => "main-or-registry",
        }
    }

    /// The rule with this name, if any.
    pub fn parse(name: &str) -> Option<PointRule> {
        PointRule::ALL.into_iter().find(|r| r.as_str() == name)
    }

    /// The point (lat, lon) under this rule, from the GeoJSON geometry and the registry's point.
    pub fn point(
        self,
        geometry: Option<&Value>,
        registry: Option<(f64, f64)>,
    ) -> Option<(f64, f64)> {
        let shape = geometry.and_then(Shape::from_geojson);
        let computed = match (self, &shape) {
            (_, None) => None,
            // The registry's point; the plain centroid of the main polygon where it has none.
            (PointRule::Registry, Some(s)) => {
                return registry.or_else(|| s.main_centroid(false));
            }
            (PointRule::MainCentroid, Some(s)) => s.main_centroid(false),
            (PointRule::MainEqualArea, Some(s)) => s.main_centroid(true),
            (PointRule::AllCentroid, Some(s)) => s.all_centroid(),
            (PointRule::MainOrRegistry, Some(s)) => {
                if s.main_share() >= 0.5 {
                    s.main_centroid(true)
                } else {
                    None
                }
            }
        };
        computed.or(registry)
    }
}

/// A polygon's outer ring as (lon, lat) pairs.
type Ring = Vec<(f64, f64)>;

/// The outer rings of a Polygon or MultiPolygon (holes are ignored: they are small for
/// countries and regions, and an enclave is its own entry).
struct Shape {
    rings: Vec<Ring>,
}

/// Signed area and area-weighted centroid sums of a ring, with latitude mapped by `y`.
struct RingMoments {
    /// Twice the signed area.
    a2: f64,
    /// Sum for the x centroid (divide by 3·a2).
    cx: f64,
    /// Sum for the y centroid (divide by 3·a2).
    cy: f64,
}

fn ring_moments(ring: &[(f64, f64)], equal_area: bool) -> RingMoments {
    let y = |lat: f64| {
        if equal_area {
            lat.to_radians().sin()
        } else {
            lat
        }
    };
    let (mut a2, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for w in ring.windows(2) {
        let ((x0, la0), (x1, la1)) = (w[0], w[1]);
        let (y0, y1) = (y(la0), y(la1));
        let cross = x0 * y1 - x1 * y0;
        a2 += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    RingMoments { a2, cx, cy }
}

/// Equal-area size of a ring (longitude degrees × sine of latitude).
fn ring_area(ring: &[(f64, f64)]) -> f64 {
    ring_moments(ring, true).a2.abs() / 2.0
}

impl Shape {
    fn from_geojson(geometry: &Value) -> Option<Shape> {
        let coords = geometry.get("coordinates")?.as_array()?;
        let polygons: Vec<&Value> = match geometry.get("type")?.as_str()? {
            "Polygon" => vec![geometry.get("coordinates")?],
            "MultiPolygon" => coords.iter().collect(),
            _ => return None,
        };
        let mut rings = Vec::new();
        for poly in polygons {
            let Some(outer) = poly
                .as_array()
                .and_then(|p| p.first())
                .and_then(Value::as_array)
            else {
                continue;
            };
            let ring: Ring = outer
                .iter()
                .filter_map(|p| {
                    let p = p.as_array()?;
                    Some((p.first()?.as_f64()?, p.get(1)?.as_f64()?))
                })
                .collect();
            if ring.len() >= 4 && ring_area(&ring) > 0.0 {
                rings.push(ring);
            }
        }
        (!rings.is_empty()).then_some(Shape { rings })
    }

    fn main_ring(&self) -> Option<&Ring> {
        self.rings
            .iter()
            .max_by(|a, b| ring_area(a).total_cmp(&ring_area(b)))
    }

    /// Share of the whole area held by the largest polygon.
    fn main_share(&self) -> f64 {
        let total: f64 = self.rings.iter().map(|r| ring_area(r)).sum();
        match self.main_ring() {
            Some(r) if total > 0.0 => ring_area(r) / total,
            _ => 0.0,
        }
    }

    fn main_centroid(&self, equal_area: bool) -> Option<(f64, f64)> {
        centroid(std::slice::from_ref(self.main_ring()?), equal_area)
    }

    fn all_centroid(&self) -> Option<(f64, f64)> {
        centroid(&self.rings, false)
    }
}

/// Area centroid (lat, lon) of rings taken together.
fn centroid(rings: &[Ring], equal_area: bool) -> Option<(f64, f64)> {
    let (mut a2, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for r in rings {
        let m = ring_moments(r, equal_area);
        // Orient every outer ring the same way.
        let s = m.a2.signum();
        a2 += m.a2 * s;
        cx += m.cx * s;
        cy += m.cy * s;
    }
    if a2.abs() < 1e-12 {
        return None;
    }
    let (x, y) = (cx / (3.0 * a2), cy / (3.0 * a2));
    let lat = if equal_area {
        y.clamp(-1.0, 1.0).asin().to_degrees()
    } else {
        y
    };
    Some((lat, x))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;
    use serde_json::json;

    fn square(x0: f64, y0: f64, side: f64) -> Value {
        json!([[
            [x0, y0],
            [x0 + side, y0],
            [x0 + side, y0 + side],
            [x0, y0 + side],
            [x0, y0]
        ]])
    }

    #[test]
    fn plain_centroid_of_a_square_is_its_middle() {
        let g = json!({"type": "Polygon", "coordinates": square(10.0, 20.0, 4.0)});
        let (lat, lon) = PointRule::MainCentroid.point(Some(&g), None).unwrap();
        assert!((lat - 22.0).abs() < 1e-9 && (lon - 12.0).abs() < 1e-9);
    }

    #[test]
    fn equal_area_centroid_lies_towards_the_equator() {
        // A band from 40° to 70° N: more of its area is in the south.
        let g = json!({"type": "Polygon", "coordinates": square(0.0, 40.0, 30.0)});
        let (lat, lon) = PointRule::MainEqualArea.point(Some(&g), None).unwrap();
        assert!(lat < 54.0 && lat > 50.0, "{lat}");
        assert!((lon - 15.0).abs() < 1e-9);
    }

    #[test]
    fn main_polygon_ignores_islands_but_all_centroid_does_not() {
        let g = json!({"type": "MultiPolygon", "coordinates": [
            square(0.0, 0.0, 10.0), square(50.0, 0.0, 4.0)
        ]});
        let main = PointRule::MainCentroid.point(Some(&g), None).unwrap();
        let all = PointRule::AllCentroid.point(Some(&g), None).unwrap();
        assert!((main.1 - 5.0).abs() < 1e-9);
        assert!(all.1 > 10.0);
    }

    #[test]
    fn registry_point_and_fallback() {
        let g = json!({"type": "Polygon", "coordinates": square(0.0, 0.0, 2.0)});
        assert_eq!(
            PointRule::Registry.point(Some(&g), Some((5.0, 6.0))),
            Some((5.0, 6.0))
        );
        assert_eq!(
            PointRule::MainEqualArea.point(None, Some((5.0, 6.0))),
            Some((5.0, 6.0))
        );
        // Two equal halves: the largest holds half, and the main point is used.
        let split = json!({"type": "MultiPolygon", "coordinates": [
            square(0.0, 0.0, 2.0), square(40.0, 0.0, 2.0), square(80.0, 0.0, 2.0)
        ]});
        assert_eq!(
            PointRule::MainOrRegistry.point(Some(&split), Some((5.0, 6.0))),
            Some((5.0, 6.0))
        );
    }

    #[test]
    fn names_round_trip() {
        for r in PointRule::ALL {
            assert_eq!(PointRule::parse(r.as_str()), Some(r));
        }
        assert_eq!(PointRule::parse("nonsense"), None);
    }
}
