//! Places: mentions resolved to gazetteer entries with coordinates and administrative codes.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// What kind of place an entry is (the `kind` of SCHEMA.md's `places[]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A sovereign country or dependency (ISO 3166-1).
    Country,
    /// A first-order subdivision: province, state, region (ISO 3166-2).
    Admin1,
    /// A second-order subdivision.
    Admin2,
    /// A populated place.
    City,
    /// A wider region that is not an administrative unit.
    Region,
    /// Anything else (physical features).
    Other,
}

impl PlaceKind {
    /// The SCHEMA.md string.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Admin1 => "admin1",
            PlaceKind::Admin2 => "admin2",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::Other => "other",
        }
    }
}

/// One resolved place mention: the fields of SCHEMA.md's `places[]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Byte span of the mention in the document text.
    pub span: Span,
    /// The mention as written.
    pub text: String,
    /// The gazetteer's preferred name.
    pub name: String,
    /// Kind of place.
    pub kind: PlaceKind,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Name of the admin-1 region that is or contains the place.
    pub admin1: Option<String>,
    /// ISO 3166-2 code of that region (or the country code for a country).
    pub iso3166_2: Option<String>,
    /// WGS84 latitude.
    pub lat: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// GeoNames id, when known.
    pub geonameid: Option<u32>,
    /// True when the mention is an adjective or demonym ("Afghaanse", "Russian") standing for
    /// the country.
    pub adjectival: bool,
}

impl Spanned for Place {
    fn span(&self) -> Span {
        self.span
    }
}

/// The places of a document, in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PlaceLayer {
    /// Resolved place mentions.
    pub places: Vec<Place>,
}
