//! Build `data/events/inert-nouns-en.tsv.gz` from WordNet 3.0 (Debian `wordnet-base`): English
//! nouns none of whose senses is a person, a group or a top-level entity ("inflation",
//! "lawsuit", "signage", "underside"), each with the lexicographer class of its most frequent
//! sense (`process`, `act`, `artifact`, …). Only nouns written in letters alone are kept.
//! Places count as things here: a country or city that acts is a name, which the event coder
//! never looks up in this list.
//!
//! ```sh
//! apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wordnet
//! cargo run -p kroniek_events --example build_inert_nouns -- /tmp/wordnet/usr/share/wordnet \
//!   | gzip -9 -n > data/events/inert-nouns-en.tsv.gz
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "a developer tool")]

use std::collections::HashMap;
use std::fmt::Write as _;

/// WordNet's noun lexicographer files, by number (`lexnames(5WN)`), without the `noun.` prefix.
const CLASSES: [(u32, &str); 26] = [
    (3, "Tops"),
    (4, "act"),
    (5, "animal"),
    (6, "artifact"),
    (7, "attribute"),
    (8, "body"),
    (9, "cognition"),
    (10, "communication"),
    (11, "event"),
    (12, "feeling"),
    (13, "food"),
    (14, "group"),
    (15, "location"),
    (16, "motive"),
    (17, "object"),
    (18, "person"),
    (19, "phenomenon"),
    (20, "plant"),
    (21, "possession"),
    (22, "process"),
    (23, "quantity"),
    (24, "relation"),
    (25, "shape"),
    (26, "state"),
    (27, "substance"),
    (28, "time"),
];

/// Classes whose nouns can act: people, groups and the top entities ("person", "organism").
const AGENTIVE: [u32; 3] = [3, 14, 18];

fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("the WordNet dictionary folder");
    let dir = std::path::Path::new(&dir);
    let data = std::fs::read_to_string(dir.join("data.noun")).expect("data.noun");
    let index = std::fs::read_to_string(dir.join("index.noun")).expect("index.noun");
    // Synset offset → lexicographer file number.
    let mut lexfile: HashMap<&str, u32> = HashMap::new();
    for line in data.lines().filter(|l| !l.starts_with("  ")) {
        let mut f = line.split(' ');
        let (Some(offset), Some(file)) = (f.next(), f.next()) else {
            continue;
        };
        lexfile.insert(offset, file.parse().expect("lex_filenum"));
    }
    let mut out = String::from(
        "# English nouns that name no actor in any WordNet 3.0 sense, with the class of their\n\
         # most frequent sense. Built by crates/kroniek_events/examples/build_inert_nouns.rs\n\
         # from Debian wordnet-base (WordNet 3.0, Princeton University; see NOTICE).\n",
    );
    let mut rows = Vec::new();
    for line in index.lines().filter(|l| !l.starts_with("  ")) {
        let f: Vec<&str> = line.split(' ').filter(|s| !s.is_empty()).collect();
        // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
        let Some(lemma) = f.first() else { continue };
        if !lemma.chars().all(|c| c.is_ascii_alphabetic()) {
            continue;
        }
        let pointers: usize = f[3].parse().expect("p_cnt");
        let classes: Vec<u32> = f[6 + pointers..].iter().map(|o| lexfile[o]).collect();
        if classes.iter().any(|c| AGENTIVE.contains(c)) {
            continue;
        }
        let first = CLASSES
            .iter()
            .find(|(n, _)| *n == classes[0])
            .map(|(_, name)| *name)
            .expect("a known class");
        rows.push((lemma.to_string(), first));
    }
    rows.sort();
    for (lemma, class) in rows {
        writeln!(out, "{lemma}\t{class}").expect("write to a string");
    }
    print!("{out}");
}
