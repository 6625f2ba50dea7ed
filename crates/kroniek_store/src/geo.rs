//! Distances: `near` filters select by bounding box in the R*Tree, then by great-circle
//! distance (the SQL function `kroniek_km`, registered on every connection).

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;

use crate::error::{Error, Result};

/// Mean Earth radius in km.
const EARTH_KM: f64 = 6371.0088;

/// Great-circle (haversine) distance in km.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_KM * a.sqrt().min(1.0).asin()
}

/// A circle: events within `km` of (`lat`, `lon`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Near {
    /// Latitude of the centre.
    pub lat: f64,
    /// Longitude of the centre.
    pub lon: f64,
    /// Radius in km.
    pub km: f64,
}

impl Near {
    /// Parse `lat,lon,radius` with the radius in km (`50km`, `50`) or metres (`500m`).
    pub fn parse(s: &str) -> Result<Near> {
        let bad = || {
            Error::Query(format!(
                "`near` must be lat,lon,radius (35.3,69.6,50km), not `{s}`"
            ))
        };
        let parts: Vec<&str> = s.split(',').map(str::trim).collect();
        let [lat, lon, radius] = parts.as_slice() else {
            return Err(bad());
        };
        let lat: f64 = lat.parse().map_err(|_| bad())?;
        let lon: f64 = lon.parse().map_err(|_| bad())?;
        let km = if let Some(m) = radius.strip_suffix("km") {
            m.trim().parse::<f64>().map_err(|_| bad())?
        } else if let Some(m) = radius.strip_suffix('m') {
            m.trim().parse::<f64>().map_err(|_| bad())? / 1000.0
        } else {
            radius.parse::<f64>().map_err(|_| bad())?
        };
        let ok = (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon)
            && km.is_finite()
            && km > 0.0
            && km <= 20_000.0;
        if !ok {
            return Err(bad());
        }
        Ok(Near { lat, lon, km })
    }

    /// The bounding box `(min_lat, max_lat, min_lon, max_lon)` that holds the circle. Near the
    /// poles, or when the circle crosses the antimeridian, the longitudes span the whole range.
    pub fn bbox(&self) -> (f64, f64, f64, f64) {
        let dlat = (self.km / EARTH_KM).to_degrees();
        let min_lat = (self.lat - dlat).max(-90.0);
        let max_lat = (self.lat + dlat).min(90.0);
        let widest = self.lat.abs() + dlat;
        if widest >= 89.0 {
            return (min_lat, max_lat, -180.0, 180.0);
        }
        let cos = widest.to_radians().cos();
        let dlon = (self.km / (EARTH_KM * cos)).to_degrees();
        if self.lon - dlon < -180.0 || self.lon + dlon > 180.0 {
            return (min_lat, max_lat, -180.0, 180.0);
        }
        (min_lat, max_lat, self.lon - dlon, self.lon + dlon)
    }
}

/// Register `kroniek_km(lat1, lon1, lat2, lon2)` on a connection.
pub(crate) fn register(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "kroniek_km",
        4,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            let lat1: Option<f64> = ctx.get(0)?;
            let lon1: Option<f64> = ctx.get(1)?;
            let lat2: Option<f64> = ctx.get(2)?;
            let lon2: Option<f64> = ctx.get(3)?;
            Ok(match (lat1, lon1, lat2, lon2) {
                (Some(a), Some(b), Some(c), Some(d)) => Some(haversine_km(a, b, c, d)),
                _ => None,
            })
        },
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_boxes() {
        // Kabul to Bazarak (Panjshir): about 97 km.
        let d = haversine_km(34.5553, 69.2075, 35.3129, 69.5152);
        assert!((80.0..100.0).contains(&d), "{d}");
        let n = Near::parse("35.3,69.6,50km").unwrap();
        assert_eq!((n.lat, n.lon, n.km), (35.3, 69.6, 50.0));
        let (a, b, c, e) = n.bbox();
        assert!(a < 35.3 && b > 35.3 && c < 69.6 && e > 69.6);
        // Every corner of the box is at least the radius away along the axes.
        assert!(haversine_km(35.3, 69.6, b, 69.6) >= 49.9);
        assert!(haversine_km(35.3, 69.6, 35.3, e) >= 49.9);
        assert_eq!(Near::parse("1,2,500m").unwrap().km, 0.5);
        assert!(Near::parse("91,2,5km").is_err());
        assert!(Near::parse("1,2").is_err());
        assert!(Near::parse("1,2,-3").is_err());
        assert_eq!(Near::parse("0,179.9,100km").unwrap().bbox().2, -180.0);
    }
}
