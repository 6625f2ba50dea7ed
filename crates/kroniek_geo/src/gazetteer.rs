//! The gazetteer: entries and a folded-name index.
//!
//! File format (gzip-compressed UTF-8 TSV, first line [`HEADER`]), one entry per line:
//!
//! ```text
//! kind  geonameid  country  admin1  iso3166_2  lat  lon  population  name  keys|…  adjectives|…
//! ```
//!
//! `keys` are all names of the entry (the preferred name first) already folded with
//! [`fold`], and so are the adjectives, so loading does no Unicode work.
//!
//! `kind` is `C` (country), `R` (continent or other wide region: "Middle East", "Donbas"; country
//! `--` when it spans several), `A` (admin-1 region), `2` (admin-2 unit), `O` (other: physical
//! feature such as a valley, river, mountain range, sea or strait), `K` (capital) or `P`
//! (populated place);
//! `admin1` is the GeoNames admin-1 code that links places, admin-2 units and features to their
//! region (`13` for Kabul in AF, whose region row has `AF-KAB`); `iso3166_2` is the region's own
//! code for admin-1 rows and the containing region's code for features. A change of the format changes [`HEADER`], and loading a
//! file with another header fails loudly.

use rustc_hash::{FxHashMap as HashMap, FxHashSet, FxHasher};
use std::hash::Hasher;
use std::io::Read;

use crate::aliases::Alias;
use crate::error::{Error, Result};
use kroniek_text::fold;

/// First line of a gazetteer file of the format this crate reads.
pub const HEADER: &str = "#kroniek-gazetteer\tv3";

pub use kroniek_core::PlaceKind;

/// One gazetteer entry, borrowed from the loaded [`Gazetteer`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry<'g> {
    /// GeoNames id (0 when unknown).
    pub geonameid: u32,
    /// Kind of place.
    pub kind: PlaceKind,
    /// True for a country's capital.
    pub capital: bool,
    /// ISO 3166-1 alpha-2 country code.
    pub country: [u8; 2],
    /// GeoNames admin-1 code within the country ("13"), empty when unknown.
    pub admin1_code: &'g str,
    /// ISO 3166-2 code for admin-1 entries, the country code for countries, the containing
    /// admin-1 region's code for regions and features that lie in one, else empty.
    pub iso3166_2: &'g str,
    /// WGS84 latitude.
    pub lat: f32,
    /// WGS84 longitude.
    pub lon: f32,
    /// Population (0 when unknown).
    pub population: u64,
    /// Preferred name.
    pub name: &'g str,
}

impl Entry<'_> {
    /// The country code as a string.
    pub fn country_str(&self) -> &str {
        if self.country == [0, 0] {
            return "";
        }
        std::str::from_utf8(&self.country).unwrap_or("")
    }
}

/// Index of an entry in the gazetteer.
pub type EntryId = u32;

/// A string stored in the gazetteer's text buffer: byte offset and length.
#[derive(Clone, Copy, Debug, Default)]
struct Str {
    start: u32,
    len: u32,
}

/// The stored form of an entry: numbers, and offsets into the text buffer.
#[derive(Clone, Copy, Debug)]
struct Row {
    geonameid: u32,
    lat: f32,
    lon: f32,
    population: u64,
    name: Str,
    admin1_code: Str,
    iso3166_2: Str,
    kind: PlaceKind,
    capital: bool,
    country: [u8; 2],
}

/// The loaded gazetteer.
///
/// Loading keeps the decompressed file as one string and refers to names by offset, so an
/// entry costs no allocation; the name index is a sorted array of key hashes searched by
/// bisection, with the entries of one key next to each other, most prominent first.
#[derive(Debug, Default)]
pub struct Gazetteer {
    text: String,
    rows: Vec<Row>,
    /// Key hashes, sorted; `keys[i]` and `ids[i]` belong to `hashes[i]`.
    hashes: Vec<u64>,
    /// Where the hashes of each value of their top bits start (and the end, last).
    buckets: Vec<u32>,
    keys: Vec<Str>,
    ids: Vec<EntryId>,
    adjectives: HashMap<Box<str>, EntryId>,
    /// Admin-1 entries by (country, GeoNames admin-1 code), sorted.
    admin1: Vec<([u8; 2], Str, EntryId)>,
    countries: HashMap<[u8; 2], EntryId>,
    abbreviations: FxHashSet<Box<str>>,
    max_words: usize,
    /// A bit per value of the top [`PREFIX_BITS`] bits of a hash, set for the hashes of the
    /// beginnings of names, adjectives and aliases that a space or an apostrophe follows
    /// ("new" and "new south" of "new south wales"): a filter with false positives only.
    prefixes: Vec<u64>,
    /// A bit per value of the top [`KEY_BITS`] bits of a hash, set for the hash of every name:
    /// most names that are not in the gazetteer are turned away without a look at the index.
    key_bits: Vec<u64>,
}

/// Hashes are bucketed by their top 16 bits.
const BUCKET_SHIFT: u32 = 48;

fn key_hash(key: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(key);
    h.finish()
}

/// Bits of a hash that index [`Gazetteer`]'s prefix filter: 2^21 bits (256 KiB, about 95,000
/// beginnings of names set in the embedded gazetteer, so about one bit in 22).
const PREFIX_BITS: u32 = 21;

/// Bits of a hash that index [`Gazetteer`]'s name filter: 2^22 bits (512 KiB, about 380,000
/// names, so about one bit in 11).
const KEY_BITS: u32 = 22;

/// Set bit `h >> (64 - bits)` of `filter`.
fn set_bit(filter: &mut [u64], h: u64, bits: u32) {
    let h = h >> (64 - bits);
    if let Some(word) = filter.get_mut((h >> 6) as usize) {
        *word |= 1 << (h & 63);
    }
}

/// Whether bit `h >> (64 - bits)` of `filter` is set.
fn bit_set(filter: &[u64], h: u64, bits: u32) -> bool {
    let h = h >> (64 - bits);
    filter
        .get((h >> 6) as usize)
        .is_some_and(|word| word & (1 << (h & 63)) != 0)
}

/// Set the filter bits of every beginning of `name` that a space or an apostrophe follows.
fn note_prefixes(bits: &mut [u64], name: &[u8]) {
    for (i, b) in name.iter().enumerate().skip(1) {
        if *b == b' ' || *b == b'\'' {
            set_bit(bits, key_hash(name.get(..i).unwrap_or(&[])), PREFIX_BITS);
        }
    }
}

fn format_error(line: usize, message: impl Into<String>) -> Error {
    Error::Format {
        line,
        message: message.into(),
    }
}

fn num<T: std::str::FromStr>(s: &str, line: usize, what: &str) -> Result<T> {
    s.parse()
        .map_err(|_| format_error(line, format!("bad {what}: {s:?}")))
}

/// Offset of a sub-slice of `text`.
fn str_of(text: &str, part: &str) -> Str {
    Str {
        start: (part.as_ptr() as usize - text.as_ptr() as usize) as u32,
        len: part.len() as u32,
    }
}

impl Gazetteer {
    /// Load a gzip-compressed gazetteer file.
    pub fn from_gz(bytes: &[u8]) -> Result<Gazetteer> {
        let mut text = String::with_capacity(bytes.len() * 3);
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| format_error(0, format!("decompressing: {e}")))?;
        Gazetteer::from_string(text)
    }

    /// Load the decompressed TSV.
    pub fn from_tsv(text: &str) -> Result<Gazetteer> {
        Gazetteer::from_string(text.to_string())
    }

    /// Load a gzip-compressed gazetteer file and add `aliases` (see [`crate::aliases`]) to its
    /// name index; an alias whose code is not in the gazetteer is an error.
    pub fn from_gz_with_aliases(bytes: &[u8], aliases: &[Alias]) -> Result<Gazetteer> {
        let mut text = String::with_capacity(bytes.len() * 3);
        flate2::read::GzDecoder::new(bytes)
            .read_to_string(&mut text)
            .map_err(|e| format_error(0, format!("decompressing: {e}")))?;
        Gazetteer::build(text, aliases)
    }

    /// Load the decompressed TSV, keeping `text` as the store of all names.
    pub fn from_string(text: String) -> Result<Gazetteer> {
        Gazetteer::build(text, &[])
    }

    fn build(mut text: String, aliases: &[Alias]) -> Result<Gazetteer> {
        if text.len() >= u32::MAX as usize {
            return Err(format_error(0, "file too large"));
        }
        let mut g = Gazetteer {
            prefixes: vec![0; 1 << (PREFIX_BITS - 6)],
            ..Gazetteer::default()
        };
        let rows = text.len() / 70;
        g.rows.reserve(rows);
        let mut postings: Vec<(u64, Str, EntryId)> = Vec::with_capacity(rows * 2);
        let mut lines = text.split('\n');
        if lines.next() != Some(HEADER) {
            return Err(format_error(1, format!("expected header {HEADER:?}")));
        }
        for (i, l) in lines.enumerate() {
            let line = i + 2;
            if l.is_empty() {
                continue;
            }
            let mut cols = [""; 11];
            let mut n = 0;
            for c in l.split('\t') {
                if let Some(slot) = cols.get_mut(n) {
                    *slot = c;
                }
                n += 1;
            }
            if n != 11 {
                return Err(format_error(line, "expected 11 columns"));
            }
            let [
                kind,
                id,
                cc,
                admin1,
                iso,
                lat,
                lon,
                pop,
                name,
                keys,
                adjectives,
            ] = cols;
            let (kind, capital) = match kind {
                "C" => (PlaceKind::Country, false),
                "A" => (PlaceKind::Admin1, false),
                "R" => (PlaceKind::Region, false),
                "O" => (PlaceKind::Other, false),
                "2" => (PlaceKind::Admin2, false),
                "K" => (PlaceKind::City, true),
                "P" => (PlaceKind::City, false),
                k => return Err(format_error(line, format!("kind {k:?}"))),
            };
            let country = match cc.as_bytes() {
                b"--" => [0, 0],
                [a, b] => [*a, *b],
                _ => return Err(format_error(line, "country code")),
            };
            let row = Row {
                geonameid: num(id, line, "geonameid")?,
                kind,
                capital,
                country,
                admin1_code: str_of(&text, admin1),
                iso3166_2: str_of(&text, iso),
                lat: num(lat, line, "lat")?,
                lon: num(lon, line, "lon")?,
                population: num(pop, line, "population")?,
                name: str_of(&text, name),
            };
            if row.lat.is_nan() {
                continue;
            }
            let id = g.rows.len() as EntryId;
            match kind {
                PlaceKind::Country => {
                    g.countries.insert(country, id);
                }
                PlaceKind::Admin1 if !admin1.is_empty() => {
                    g.admin1.push((country, str_of(&text, admin1), id));
                }
                _ => {}
            }
            for k in keys.split('|').filter(|n| !n.is_empty()) {
                note_prefixes(&mut g.prefixes, k.as_bytes());
                g.max_words = g
                    .max_words
                    .max(1 + k.bytes().filter(|b| *b == b' ').count());
                postings.push((key_hash(k.as_bytes()), str_of(&text, k), id));
            }
            for a in adjectives.split('|').filter(|n| !n.is_empty()) {
                note_prefixes(&mut g.prefixes, a.as_bytes());
                g.adjectives.insert(a.into(), id);
            }
            g.rows.push(row);
        }
        g.add_aliases(&mut text, &mut postings, aliases)?;
        let priors: Vec<f32> = (0..g.rows.len() as EntryId)
            .map(|id| g.entry_at(&text, id).map_or(0.0, |e| prior(&e)))
            .collect();
        let bytes = text.as_bytes();
        let key_bytes = |s: Str| {
            bytes
                .get(s.start as usize..(s.start + s.len) as usize)
                .unwrap_or(&[])
        };
        let prior_of = |id: EntryId| priors.get(id as usize).copied().unwrap_or(0.0);
        postings.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| key_bytes(a.1).cmp(key_bytes(b.1)))
                .then_with(|| prior_of(b.2).total_cmp(&prior_of(a.2)))
                .then(a.2.cmp(&b.2))
        });
        postings.dedup_by(|b, a| a.0 == b.0 && a.2 == b.2 && key_bytes(a.1) == key_bytes(b.1));
        // The first admin-1 row of a code wins.
        g.admin1.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| key_bytes(a.1).cmp(key_bytes(b.1)))
        });
        g.admin1
            .dedup_by(|b, a| a.0 == b.0 && key_bytes(a.1) == key_bytes(b.1));
        g.hashes = postings.iter().map(|p| p.0).collect();
        g.key_bits = vec![0; 1 << (KEY_BITS - 6)];
        for h in &g.hashes {
            set_bit(&mut g.key_bits, *h, KEY_BITS);
        }
        // buckets[b]..buckets[b + 1]: the postings whose hash has top bits b.
        g.buckets = Vec::with_capacity((1 << (64 - BUCKET_SHIFT)) + 1);
        for b in 0..=(1_u64 << (64 - BUCKET_SHIFT)) {
            let start = g.hashes.partition_point(|h| (h >> BUCKET_SHIFT) < b);
            g.buckets.push(start as u32);
        }
        g.keys = postings.iter().map(|p| p.1).collect();
        g.ids = postings.iter().map(|p| p.2).collect();
        g.text = text;
        Ok(g)
    }

    /// Appends the alias keys to `text` and their postings to `postings`.
    fn add_aliases(
        &mut self,
        text: &mut String,
        postings: &mut Vec<(u64, Str, EntryId)>,
        aliases: &[Alias],
    ) -> Result<()> {
        if aliases.is_empty() {
            return Ok(());
        }
        let mut by_code: HashMap<&str, Vec<EntryId>> = HashMap::default();
        for (id, r) in self.rows.iter().enumerate() {
            let code = match r.kind {
                PlaceKind::Country => std::str::from_utf8(&r.country).unwrap_or(""),
                PlaceKind::Admin1 => Self::str_in(text, r.iso3166_2),
                _ => continue,
            };
            by_code.entry(code).or_default().push(id as EntryId);
        }
        let mut found = Vec::with_capacity(aliases.len());
        for a in aliases {
            let ids = by_code
                .get(a.code.as_str())
                .map(Vec::as_slice)
                .unwrap_or(&[]);
            let named = |id: &&EntryId| {
                a.name.as_deref().is_none_or(|n| {
                    self.rows
                        .get(**id as usize)
                        .is_some_and(|r| fold(Self::str_in(text, r.name)) == n)
                })
            };
            let id = ids.iter().find(named).copied().ok_or_else(|| {
                format_error(0, format!("alias {:?}: no entry {}", a.key, a.code))
            })?;
            found.push((a.key.as_str(), id));
        }
        for (key, id) in found {
            text.push('\n');
            let start = text.len() as u32;
            text.push_str(key);
            let s = Str {
                start,
                len: key.len() as u32,
            };
            postings.push((key_hash(key.as_bytes()), s, id));
            self.abbreviations.insert(key.into());
            note_prefixes(&mut self.prefixes, key.as_bytes());
            self.max_words = self
                .max_words
                .max(1 + key.bytes().filter(|b| *b == b' ').count());
        }
        Ok(())
    }

    /// True when `key` (folded) is an alias from the alias file: such names are taken even when
    /// written in capitals ("NSW").
    pub fn is_alias(&self, key: &str) -> bool {
        self.abbreviations.contains(key)
    }

    fn str_in(text: &str, s: Str) -> &str {
        text.get(s.start as usize..(s.start + s.len) as usize)
            .unwrap_or("")
    }

    fn entry_at<'a>(&self, text: &'a str, id: EntryId) -> Option<Entry<'a>> {
        let r = self.rows.get(id as usize)?;
        Some(Entry {
            geonameid: r.geonameid,
            kind: r.kind,
            capital: r.capital,
            country: r.country,
            admin1_code: Self::str_in(text, r.admin1_code),
            iso3166_2: Self::str_in(text, r.iso3166_2),
            lat: r.lat,
            lon: r.lon,
            population: r.population,
            name: Self::str_in(text, r.name),
        })
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_>> + '_ {
        (0..self.rows.len() as EntryId).filter_map(|id| self.entry(id))
    }

    /// One entry.
    pub fn entry(&self, id: EntryId) -> Option<Entry<'_>> {
        self.entry_at(&self.text, id)
    }

    /// Entries named `key` (already folded with [`fold()`]), most prominent first; a name in
    /// Dutch transliteration that the gazetteer lacks is looked up in the English one
    /// (`english_transliterations`: "Izjoem" → Izjum, "Loehansk" → Luhansk).
    pub fn lookup_folded(&self, key: &str) -> &[EntryId] {
        let ids = self.lookup_exact(key);
        if !ids.is_empty() {
            return ids;
        }
        english_transliterations(key)
            .iter()
            .map(|alt| self.lookup_exact(alt))
            .find(|ids| !ids.is_empty())
            .unwrap_or(ids)
    }

    fn lookup_exact(&self, key: &str) -> &[EntryId] {
        let h = key_hash(key.as_bytes());
        if !bit_set(&self.key_bits, h, KEY_BITS) {
            return &[];
        }
        let b = (h >> BUCKET_SHIFT) as usize;
        let (Some(&from), Some(&to)) = (self.buckets.get(b), self.buckets.get(b + 1)) else {
            return &[];
        };
        let Some(bucket) = self.hashes.get(from as usize..to as usize) else {
            return &[];
        };
        let lo = from as usize + bucket.partition_point(|x| *x < h);
        let hi = lo
            + self
                .hashes
                .get(lo..to as usize)
                .map_or(0, |r| r.partition_point(|x| *x == h));
        let mut start = None;
        for i in lo..hi {
            let same = self
                .keys
                .get(i)
                .is_some_and(|s| Self::str_in(&self.text, *s) == key);
            match (same, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => return self.ids.get(s..i).unwrap_or(&[]),
                _ => {}
            }
        }
        start.and_then(|s| self.ids.get(s..hi)).unwrap_or(&[])
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
    pub fn admin1_of(&self, entry: &Entry<'_>) -> Option<EntryId> {
        match entry.kind {
            PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Other | PlaceKind::Region => {
                let code = entry.admin1_code;
                let i = self.admin1.partition_point(|(cc, s, _)| {
                    (*cc, Self::str_in(&self.text, *s)) < (entry.country, code)
                });
                self.admin1
                    .get(i)
                    .filter(|(cc, s, _)| {
                        *cc == entry.country && Self::str_in(&self.text, *s) == code
                    })
                    .map(|x| x.2)
            }
            _ => None,
        }
    }

    /// Whether some name, adjective or alias may begin with `key` and go on after a space or
    /// an apostrophe ("new south" for "new south wales"). A false answer is certain: no longer
    /// name begins so; a true one may be wrong (a hash collision).
    pub fn may_go_on(&self, key: &str) -> bool {
        bit_set(&self.prefixes, key_hash(key.as_bytes()), PREFIX_BITS)
    }

    /// The longest name in words.
    pub fn max_words(&self) -> usize {
        self.max_words
    }

    /// Number of distinct folded names.
    pub fn name_count(&self) -> usize {
        let mut n = 0;
        let mut prev: Option<(u64, &str)> = None;
        for (h, k) in self.hashes.iter().zip(&self.keys) {
            let k = Self::str_in(&self.text, *k);
            if prev != Some((*h, k)) {
                n += 1;
                prev = Some((*h, k));
            }
        }
        n
    }
}

/// Prominence of an entry without context, on a log-population scale: countries first, then
/// wide regions and physical features in the news, admin-1 regions (as if they had about three
/// million people), then places by population; an admin-2 unit counts a little less than a
/// place of the same population (it is usually named after its main place).
pub fn prior(e: &Entry<'_>) -> f32 {
    match e.kind {
        PlaceKind::Country => 9.0,
        PlaceKind::Admin1 => 6.5,
        PlaceKind::Region => 8.5,
        PlaceKind::Other => 8.0,
        PlaceKind::Admin2 => ((e.population as f32) + 10.0).log10() - 0.5,
        _ => ((e.population as f32) + 10.0).log10() + if e.capital { 1.5 } else { 0.0 },
    }
}

/// English transliterations of a folded name written the Dutch way, most conservative first:
/// Dutch writes Cyrillic у as `oe`, ш as `sj`, ч as `tsj` and ж as `zj` ("Marioepol",
/// "Sjostka", "Tsjernihiv", "Zjytomyr"), English `u`, `sh`, `ch`, `zh` (and German-style
/// gazetteer names keep `j`: "Izjum"). Only names of five letters or more with `oe` inside the
/// word (not at its end: "Monroe") or `sj` qualify, so the fallback stays with transliterated
/// names.
pub fn english_transliterations(key: &str) -> Vec<String> {
    if !key
        .as_bytes()
        .windows(2)
        .any(|w| matches!(w, b"oe" | b"sj"))
    {
        return Vec::new();
    }
    let inner_oe = key
        .match_indices("oe")
        .any(|(i, _)| i > 0 && i + 2 < key.len());
    if !(inner_oe || key.contains("sj")) {
        return Vec::new();
    }
    let vowels = key.replace("oe", "u");
    let full = vowels
        .replace("tsj", "ch")
        .replace("zj", "zh")
        .replace("sj", "sh");
    let mut out: Vec<String> = Vec::new();
    for alt in [vowels, full] {
        if alt != key && alt.chars().count() >= 5 && !out.contains(&alt) {
            out.push(alt);
        }
    }
    out
}

#[cfg(test)]
mod transliteration_tests {
    use super::english_transliterations;

    #[test]
    fn dutch_transliterations_to_english() {
        assert_eq!(english_transliterations("izjoem"), ["izjum", "izhum"]);
        assert_eq!(english_transliterations("loehansk"), ["luhansk"]);
        assert_eq!(english_transliterations("tsjernihiv"), ["chernihiv"]);
        assert_eq!(english_transliterations("marioepol"), ["mariupol"]);
        assert!(english_transliterations("monroe").is_empty());
        assert!(english_transliterations("kabul").is_empty());
        assert!(english_transliterations("joe").is_empty());
    }

    #[test]
    fn the_gazetteer_finds_dutch_transliterations() {
        let gaz = crate::embedded::gazetteer().unwrap();
        for (dutch, english) in [
            ("Izjoem", "Izyum"),
            ("Loehansk", "Luhansk"),
            ("Marioepol", "Mariupol"),
        ] {
            let ids = gaz.lookup(dutch);
            assert!(!ids.is_empty(), "{dutch}");
            assert_eq!(ids.first(), gaz.lookup(english).first(), "{dutch}");
        }
    }
}

#[cfg(test)]
mod prefix_tests {
    use super::*;

    #[test]
    fn every_beginning_of_a_name_before_a_space_or_apostrophe_goes_on() {
        let gaz = crate::embedded::gazetteer().unwrap();
        let mut checked = 0;
        for (h, k) in gaz.hashes.iter().zip(&gaz.keys) {
            let key = Gazetteer::str_in(&gaz.text, *k);
            assert_eq!(key_hash(key.as_bytes()), *h);
            for (i, b) in key.bytes().enumerate().skip(1) {
                if b == b' ' || b == b'\'' {
                    assert!(gaz.may_go_on(&key[..i]), "{key:?} at {i}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 100_000, "{checked}");
        for a in gaz.adjectives.keys() {
            for (i, b) in a.bytes().enumerate().skip(1) {
                if b == b' ' || b == b'\'' {
                    assert!(gaz.may_go_on(&a[..i]), "{a:?}");
                }
            }
        }
        assert!(gaz.may_go_on("new"));
        assert!(gaz.may_go_on("new south"));
        assert!(gaz.may_go_on("bosnia"));
        // A filter: some words that begin no longer name still pass, but few.
        let set: u32 = gaz.prefixes.iter().map(|w| w.count_ones()).sum();
        assert!(set < 1 << (PREFIX_BITS - 4), "{set}");
    }

    #[test]
    fn prefixes_of_names_in_a_small_gazetteer() {
        let row = |kind: &str, id: u32, name: &str, keys: &str| {
            format!("{kind}\t{id}\tUS\t\t\t1.0\t2.0\t1000\t{name}\t{keys}\t")
        };
        let text = [
            HEADER.to_string(),
            row("P", 1, "Coeur d'Alene", "coeur d'alene"),
            row("P", 2, "Salt Lake City", "salt lake city|slc"),
        ]
        .join("\n");
        let gaz = Gazetteer::from_tsv(&text).unwrap();
        for p in ["coeur", "coeur d", "salt", "salt lake"] {
            assert!(gaz.may_go_on(p), "{p}");
        }
        let set: u32 = gaz.prefixes.iter().map(|w| w.count_ones()).sum();
        assert!(set <= 4, "{set}");
        for p in ["coeur d'alene", "salt lake city", "slc", "lake", "sal"] {
            assert!(!gaz.may_go_on(p), "{p}");
        }
    }
}
