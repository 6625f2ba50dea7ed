//! The gazetteer loader before issue 6 (HEAD of 2026-11-26: owned strings, hash maps), kept
//! only so that `load_time` can time the new loader against it in the same run.
#![allow(dead_code, missing_docs, reason = "a frozen copy for timing")]

// The gazetteer: entries and a folded-name index.
//
// File format (gzip-compressed UTF-8 TSV, first line [`HEADER`]), one entry per line:
//
// ```text
// kind  geonameid  country  admin1  iso3166_2  lat  lon  population  name  keys|…  adjectives|…
// ```
//
// `keys` are all names of the entry (the preferred name first) already folded with
// [`fold`], and so are the adjectives, so loading does no Unicode work.
//
// `kind` is `C` (country), `R` (continent or other wide region: "Middle East", "Donbas"; country
// `--` when it spans several), `A` (admin-1 region), `2` (admin-2 unit), `O` (other: physical
// feature such as a valley, river, mountain range, sea or strait), `K` (capital) or `P`
// (populated place);
// `admin1` is the GeoNames admin-1 code that links places, admin-2 units and features to their
// region (`13` for Kabul in AF, whose region row has `AF-KAB`); `iso3166_2` is the region's own
// code for admin-1 rows and the containing region's code for features. A change of the format changes [`HEADER`], and loading a
// file with another header fails loudly.

use rustc_hash::FxHashMap as HashMap;
use std::io::Read;

use kroniek_geo::{Error, Result};
use kroniek_text::fold;

/// First line of a gazetteer file of the format this crate reads.
pub const HEADER: &str = "#kroniek-gazetteer\tv3";

use kroniek_core::PlaceKind;

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// GeoNames id (0 when unknown).
    pub geonameid: u32,
    /// Kind of place.
    pub kind: PlaceKind,
    /// True for a country's capital.
    pub capital: bool,
    /// ISO 3166-1 alpha-2 country code.
    pub country: [u8; 2],
    /// GeoNames admin-1 code within the country ("13"), empty when unknown.
    pub admin1_code: Box<str>,
    /// ISO 3166-2 code for admin-1 entries, the country code for countries, the containing
    /// admin-1 region's code for regions and features that lie in one, else empty.
    pub iso3166_2: Box<str>,
    /// WGS84 latitude.
    pub lat: f32,
    /// WGS84 longitude.
    pub lon: f32,
    /// Population (0 when unknown).
    pub population: u64,
    /// Preferred name.
    pub name: Box<str>,
}

impl Entry {
    /// The country code as a string.
    pub fn country_str(&self) -> &str {
        if self.country == [0, 0] {
            return "";
        }
        std::str::from_utf8(&self.country).unwrap_or("")
    }
}

/// Index of an entry in [`Gazetteer::entries`].
pub type EntryId = u32;

/// The loaded gazetteer.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
    names: HashMap<Box<str>, Vec<EntryId>>,
    adjectives: HashMap<Box<str>, EntryId>,
    admin1: HashMap<([u8; 2], Box<str>), EntryId>,
    countries: HashMap<[u8; 2], EntryId>,
    max_words: usize,
}

fn field<'a>(cols: &[&'a str], i: usize, line: usize) -> Result<&'a str> {
    cols.get(i).copied().ok_or_else(|| Error::Format {
        line,
        message: format!("missing column {i}"),
    })
}

fn num<T: std::str::FromStr>(s: &str, line: usize, what: &str) -> Result<T> {
    s.parse().map_err(|_| Error::Format {
        line,
        message: format!("bad {what}: {s:?}"),
    })
}

impl Gazetteer {
    /// Load a gzip-compressed gazetteer file.
    pub fn from_gz(bytes: &[u8]) -> Result<Gazetteer> {
        let mut text = String::with_capacity(bytes.len() * 4);
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| Error::Format {
                line: 0,
                message: format!("decompressing: {e}"),
            })?;
        Gazetteer::from_tsv(&text)
    }

    /// Load the decompressed TSV.
    pub fn from_tsv(text: &str) -> Result<Gazetteer> {
        let mut lines = text.lines();
        if lines.next() != Some(HEADER) {
            return Err(Error::Format {
                line: 1,
                message: format!("expected header {HEADER:?}"),
            });
        }
        let mut g = Gazetteer::default();
        let rows = text.len() / 60;
        g.entries.reserve(rows);
        g.names.reserve(rows * 2);
        for (i, l) in lines.enumerate() {
            let line = i + 2;
            let mut cols = [""; 11];
            let mut n = 0;
            for (slot, c) in cols.iter_mut().zip(l.split('\t')) {
                *slot = c;
                n += 1;
            }
            if n != 11 || l.split('\t').nth(11).is_some() {
                return Err(Error::Format {
                    line,
                    message: "expected 11 columns".into(),
                });
            }
            let (kind, capital) = match field(&cols, 0, line)? {
                "C" => (PlaceKind::Country, false),
                "A" => (PlaceKind::Admin1, false),
                "R" => (PlaceKind::Region, false),
                "O" => (PlaceKind::Other, false),
                "2" => (PlaceKind::Admin2, false),
                "K" => (PlaceKind::City, true),
                "P" => (PlaceKind::City, false),
                k => {
                    return Err(Error::Format {
                        line,
                        message: format!("kind {k:?}"),
                    });
                }
            };
            let cc = field(&cols, 2, line)?.as_bytes();
            let country = match cc {
                b"--" => [0, 0],
                [a, b] => [*a, *b],
                _ => {
                    return Err(Error::Format {
                        line,
                        message: "country code".into(),
                    });
                }
            };
            let entry = Entry {
                geonameid: num(field(&cols, 1, line)?, line, "geonameid")?,
                kind,
                capital,
                country,
                admin1_code: field(&cols, 3, line)?.into(),
                iso3166_2: field(&cols, 4, line)?.into(),
                lat: num(field(&cols, 5, line)?, line, "lat")?,
                lon: num(field(&cols, 6, line)?, line, "lon")?,
                population: num(field(&cols, 7, line)?, line, "population")?,
                name: field(&cols, 8, line)?.into(),
            };
            if entry.lat.is_nan() {
                continue;
            }
            let id = g.entries.len() as EntryId;
            match kind {
                PlaceKind::Country => {
                    g.countries.insert(country, id);
                }
                PlaceKind::Admin1 if !entry.admin1_code.is_empty() => {
                    g.admin1
                        .entry((country, entry.admin1_code.clone()))
                        .or_insert(id);
                }
                _ => {}
            }
            for k in field(&cols, 9, line)?.split('|').filter(|n| !n.is_empty()) {
                g.add_key(k, id);
            }
            for a in field(&cols, 10, line)?.split('|').filter(|n| !n.is_empty()) {
                g.adjectives.insert(a.into(), id);
            }
            g.entries.push(entry);
        }
        let entries = &g.entries;
        for ids in g.names.values_mut().filter(|ids| ids.len() > 1) {
            ids.sort_by(|a, b| {
                let (ea, eb) = (&entries[*a as usize], &entries[*b as usize]);
                prior(eb).total_cmp(&prior(ea)).then(a.cmp(b))
            });
            ids.dedup();
        }
        Ok(g)
    }

    fn add_key(&mut self, key: &str, id: EntryId) {
        self.max_words = self.max_words.max(key.split(' ').count());
        let ids = self.names.entry(key.into()).or_default();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }

    /// Every entry.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// One entry.
    pub fn entry(&self, id: EntryId) -> Option<&Entry> {
        self.entries.get(id as usize)
    }

    /// Entries named `key` (already folded with [`fold`]), most prominent first.
    pub fn lookup_folded(&self, key: &str) -> &[EntryId] {
        self.names.get(key).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Entries with this name (any case, with or without diacritics), most prominent first.
    pub fn lookup(&self, name: &str) -> &[EntryId] {
        self.lookup_folded(&fold(name))
    }

    /// The country whose adjective or demonym this is ("Afghaanse", "Russian").
    pub fn adjective_folded(&self, key: &str) -> Option<EntryId> {
        self.adjectives.get(key).copied()
    }

    /// The country entry of an ISO 3166-1 alpha-2 code.
    pub fn country(&self, cc: [u8; 2]) -> Option<EntryId> {
        self.countries.get(&cc).copied()
    }

    /// The admin-1 entry that contains `entry`, if the gazetteer knows it.
    pub fn admin1_of(&self, entry: &Entry) -> Option<EntryId> {
        match entry.kind {
            PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Other | PlaceKind::Region => self
                .admin1
                .get(&(entry.country, entry.admin1_code.clone()))
                .copied(),
            _ => None,
        }
    }

    /// The longest name in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of distinct folded names.
    pub fn name_count(&self) -> usize {
        self.names.len()
    }
}

/// Prominence of an entry without context, on a log-population scale: countries first, then
/// wide regions and physical features in the news, admin-1 regions (as if they had about three
/// million people), then places by population; an admin-2 unit counts a little less than a
/// place of the same population (it is usually named after its main place).
pub fn prior(e: &Entry) -> f32 {
    match e.kind {
        PlaceKind::Country => 9.0,
        PlaceKind::Admin1 => 6.5,
        PlaceKind::Region => 8.5,
        PlaceKind::Other => 8.0,
        PlaceKind::Admin2 => ((e.population as f32) + 10.0).log10() - 0.5,
        _ => ((e.population as f32) + 10.0).log10() + if e.capital { 1.5 } else { 0.0 },
    }
}
