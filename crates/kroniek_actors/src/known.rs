//! Known persons: prominent office holders and group leaders (`data/actors/persons.tsv`) with
//! their CAMEO country, sector and role, so that "Arafat", "President Bush" or "Milosevic" get a
//! country where the text names none.

use std::sync::OnceLock;

use kroniek_text::fold;
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};

/// One known person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPerson {
    /// Stable slug (`yasser-arafat`).
    pub id: String,
    /// ISO-3 country, or the CAMEO pseudo-country `IGO` or `IMG`.
    pub country: String,
    /// CAMEO sector (`GOV`, `REB`, `UNO`, …).
    pub sector: String,
    /// Canonical role (a role of `roles.tsv`: `president`, `premier`, `leader`, …).
    pub role: String,
    /// Full names, display name first.
    pub names: Vec<String>,
    /// Names used alone ("Arafat", "Lula").
    pub short: Vec<String>,
}

/// The known-person table with its name index.
#[derive(Debug, Default)]
pub struct KnownPersons {
    people: Vec<KnownPerson>,
    full: FxHashMap<String, usize>,
    /// Short name → person; `None` when entries of different countries share it.
    short: FxHashMap<String, Option<usize>>,
    /// [`TITLES`], folded, each with a trailing space.
    titles: Vec<String>,
}

const PERSONS: &str = include_str!("../../../data/actors/persons.tsv");

/// Titles that may stand before a name inside the name the entity stage found.
const TITLES: &[&str] = &[
    "president",
    "prime minister",
    "premier",
    "minister",
    "foreign minister",
    "defence minister",
    "defense minister",
    "secretary of state",
    "secretary general",
    "secretary-general",
    "chancellor",
    "king",
    "queen",
    "prince",
    "crown prince",
    "sheikh",
    "sheik",
    "emir",
    "sultan",
    "ayatollah",
    "mullah",
    "general",
    "gen",
    "gen.",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "leader",
];

impl KnownPersons {
    /// The table embedded in the binary, parsed once per process.
    pub fn embedded() -> Result<&'static KnownPersons, String> {
        static TABLE: OnceLock<Result<KnownPersons, String>> = OnceLock::new();
        TABLE
            .get_or_init(|| KnownPersons::parse(PERSONS).map_err(|e| e.to_string()))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parse the text of `persons.tsv`.
    pub fn parse(text: &str) -> Result<KnownPersons> {
        let mut t = KnownPersons::default();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let c: Vec<&str> = line.split('\t').collect();
            let err = |message: String| Error::Row {
                file: "persons.tsv",
                line: i + 1,
                message,
            };
            if c.len() != 7 {
                return Err(err(format!("expected 7 columns, found {}", c.len())));
            }
            if c[0] == "id" {
                continue;
            }
            let code = |s: &str| s.len() == 3 && s.chars().all(|ch| ch.is_ascii_uppercase());
            if !code(c[1]) || !code(c[2]) {
                return Err(err(format!("bad codes {} {}", c[1], c[2])));
            }
            let list = |cell: &str| -> Vec<String> {
                if cell == "-" {
                    return Vec::new();
                }
                cell.split('|')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            let p = KnownPerson {
                id: c[0].into(),
                country: c[1].into(),
                sector: c[2].into(),
                role: c[3].into(),
                names: list(c[5]),
                short: list(c[6]),
            };
            if p.names.is_empty() {
                return Err(err("a person needs a full name".into()));
            }
            if t.people.iter().any(|q| q.id == p.id) {
                return Err(err(format!("id {} repeats", p.id)));
            }
            t.people.push(p);
        }
        t.build_index();
        Ok(t)
    }

    fn build_index(&mut self) {
        self.titles = TITLES.iter().map(|t| format!("{} ", fold(t))).collect();
        for (i, p) in self.people.iter().enumerate() {
            for n in &p.names {
                self.full.entry(fold(n)).or_insert(i);
            }
        }
        for (i, p) in self.people.iter().enumerate() {
            for n in &p.short {
                let key = fold(n);
                let people = &self.people;
                self.short
                    .entry(key)
                    .and_modify(|e| {
                        if e.is_some_and(|j| people.get(j).is_none_or(|q| q.country != p.country)) {
                            *e = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
    }

    /// All entries, in file order.
    pub fn people(&self) -> &[KnownPerson] {
        &self.people
    }

    /// The person a name found in a text refers to: a full name ("Yasser Arafat"), or a short
    /// name alone or after a title ("Arafat", "President Bush"). The name must be capitalised;
    /// ambiguous short names give `None`.
    pub fn lookup(&self, name: &str) -> Option<&KnownPerson> {
        if !name
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
        {
            return None;
        }
        let key = fold(name.trim());
        let mut rest = key.as_str();
        loop {
            if let Some(&i) = self.full.get(rest) {
                return self.people.get(i);
            }
            if let Some(&found) = self.short.get(rest) {
                return found.and_then(|i| self.people.get(i));
            }
            // Strip one leading title ("president bush" → "bush").
            let stripped = self
                .titles
                .iter()
                .find_map(|t| rest.strip_prefix(t.as_str()).filter(|r| !r.is_empty()))?;
            rest = stripped;
        }
    }
}
