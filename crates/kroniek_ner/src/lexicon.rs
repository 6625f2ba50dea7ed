//! The tagger's lexicon of one language: word clusters and form counts learnt from unlabelled
//! text ([`crate::clusters`], committed as `models/ner/clusters-{nl,en}.tsv`), and a short
//! hand-written list of words that name organisations (`NV`, `Inc`, `Bank`, `Partij`, `FC`).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

static NL_TEXT: &str = include_str!("../../../models/ner/clusters-nl.tsv");
static EN_TEXT: &str = include_str!("../../../models/ner/clusters-en.tsv");

static NL: OnceLock<Arc<Lexicon>> = OnceLock::new();
static EN: OnceLock<Arc<Lexicon>> = OnceLock::new();

/// What the lexicon knows of one form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Occurrences in the unlabelled text.
    pub count: u32,
    /// Coarse, middle and fine cluster ids.
    pub clusters: [u16; 3],
}

/// Clusters and counts by form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexicon {
    entries: HashMap<String, Entry>,
}

impl Lexicon {
    /// Parse `form TAB count TAB coarse TAB middle TAB fine` lines (others are skipped).
    pub fn parse(text: &str) -> Lexicon {
        let entries = text
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                let form = f.next()?;
                let count = f.next()?.parse().ok()?;
                let mut ids = [0u16; 3];
                for id in &mut ids {
                    *id = f.next()?.parse().ok()?;
                }
                Some((
                    form.to_string(),
                    Entry {
                        count,
                        clusters: ids,
                    },
                ))
            })
            .collect();
        Lexicon { entries }
    }

    /// The embedded lexicon of `nl` or `en`, parsed on first use.
    pub fn embedded(lang: &str) -> Option<Arc<Lexicon>> {
        let (cell, text) = match lang {
            "nl" => (&NL, NL_TEXT),
            "en" => (&EN, EN_TEXT),
            _ => return None,
        };
        Some(Arc::clone(
            cell.get_or_init(|| Arc::new(Lexicon::parse(text))),
        ))
    }

    /// The entry of a form as written.
    pub fn get(&self, form: &str) -> Option<Entry> {
        self.entries.get(form).copied()
    }

    /// Number of forms.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lexicon has no forms.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// Lowercase words that name or end organisation names: legal forms, sector words, club and
/// party words, in Dutch and English (written for kroniek).
const ORG_WORDS: &[&str] = &[
    // legal forms
    "nv",
    "n.v.",
    "bv",
    "b.v.",
    "bvba",
    "cvba",
    "vzw",
    "v.z.w.",
    "sa",
    "s.a.",
    "ag",
    "gmbh",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "corp",
    "corp.",
    "co",
    "co.",
    "llc",
    "lp",
    "spa",
    "s.p.a.",
    "ab",
    "asa",
    "oyj",
    "nvsa", // business words
    "group",
    "groep",
    "holding",
    "holdings",
    "bank",
    "banque",
    "airlines",
    "airways",
    "motors",
    "telecom",
    "systems",
    "technologies",
    "industries",
    "partners",
    "associates",
    "brothers",
    "company",
    "maatschappij",
    "verzekeringen",
    "insurance",
    "fund",
    "fonds",
    "trust",
    "securities",
    "capital",
    "media",
    "communications",
    "pharma",
    "petroleum",
    "energy",
    "electric",
    "chemical",
    "chemicals",
    "steel",
    "foods",
    "international", // sport
    "fc",
    "f.c.",
    "kv",
    "k.v.",
    "sk",
    "ac",
    "sc",
    "rsc",
    "rc",
    "kfc",
    "vv",
    "united",
    "rovers",
    "wanderers",
    "athletic",
    "club",
    "olympic", // public bodies and parties
    "partij",
    "party",
    "unie",
    "union",
    "bond",
    "vereniging",
    "federatie",
    "federation",
    "raad",
    "council",
    "commissie",
    "commission",
    "ministerie",
    "ministry",
    "departement",
    "department",
    "universiteit",
    "university",
    "hogeschool",
    "college",
    "instituut",
    "institute",
    "stichting",
    "foundation",
    "agency",
    "agentschap",
    "omroep",
    "krant",
    "times",
    "post",
    "news",
    "press",
    "journal",
    "herald",
    "tribune",
    "standaard",
    "organisatie",
    "organization",
    "organisation",
    "association",
    "beweging",
    "front",
    "liga",
    "league",
    "senaat",
    "senate",
    "parlement",
    "parliament",
    "kamer",
    "congress",
];

/// The organisation words as a set.
pub fn org_words() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| ORG_WORDS.iter().copied().collect())
}

/// Bucket of a count: 0 unseen, 1 for 1–2, 2 for 3–9, 3 for 10–49, 4 for 50 and more.
pub fn count_bucket(count: u32) -> u8 {
    match count {
        0 => 0,
        1..=2 => 1,
        3..=9 => 2,
        10..=49 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_lines() {
        let l = Lexicon::parse("Kabul\t12\t3\t40\t512\nbad line\nde\t900\t1\t2\t3\n");
        assert_eq!(l.len(), 2);
        assert_eq!(
            l.get("Kabul"),
            Some(Entry {
                count: 12,
                clusters: [3, 40, 512]
            })
        );
        assert_eq!(l.get("kabul"), None);
        assert!(org_words().contains("nv") && org_words().contains("partij"));
        assert_eq!([0, 2, 5, 49, 50].map(count_bucket), [0, 1, 2, 3, 4]);
    }

    #[test]
    fn embedded_lexicons_parse() {
        for lang in ["nl", "en"] {
            let l = Lexicon::embedded(lang).unwrap();
            assert!(l.len() > 10_000, "{lang}: {}", l.len());
        }
        assert!(Lexicon::embedded("fr").is_none());
    }
}
