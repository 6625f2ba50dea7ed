//! The actor dictionary: countries, organisations, generic agencies and role words, parsed from
//! the TSV files under `data/actors/` (embedded in the binary) into one index keyed by folded
//! phrase.

use std::sync::OnceLock;

use kroniek_core::{ActorKind, EntityType};
use kroniek_text::fold;
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};

/// One ISO 3166-1 country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-3 code, the CAMEO country code (`AFG`).
    pub iso3: String,
    /// ISO 3166-1 alpha-2 code (`AF`).
    pub iso2: String,
    /// English names, display name first.
    pub names_en: Vec<String>,
    /// Dutch names, display name first.
    pub names_nl: Vec<String>,
    /// English adjectives and demonyms (`Afghan`, `Afghans`).
    pub adjectives_en: Vec<String>,
    /// Dutch adjectives with inflections and demonyms (`Afghaans`, `Afghaanse`, `Afghanen`).
    pub adjectives_nl: Vec<String>,
    /// Names of the capital and other seats of government used as metonyms (`Kabul`, `Kremlin`).
    pub capitals: Vec<String>,
}

/// An international organisation, a non-state group or a named state body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    /// Stable slug (`taliban`, `northern-alliance`, `rus-mil`).
    pub id: String,
    /// What it is.
    pub kind: ActorKind,
    /// ISO-3 home country, or the CAMEO pseudo-country `IGO`, `NGO` or `IMG`.
    pub country: String,
    /// CAMEO-style sector code.
    pub sector: String,
    /// Dutch names, display name first.
    pub names_nl: Vec<String>,
    /// English names, display name first.
    pub names_en: Vec<String>,
}

/// A role noun for a generic state actor or collective ("regering", "troops", "burgers").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgencyNoun {
    /// Key (`government`, `military`).
    pub key: String,
    /// [`ActorKind::Agency`] or [`ActorKind::Collective`].
    pub kind: ActorKind,
    /// CAMEO sector code.
    pub sector: String,
    /// Dutch nouns.
    pub nouns_nl: Vec<String>,
    /// English nouns.
    pub nouns_en: Vec<String>,
}

/// A role word that types a person ("vicepresident", "woordvoerder").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// Canonical role (`vicepresident`), or `former` for the markers of a former role.
    pub role: String,
    /// CAMEO sector; `None` when it is the sector of the person's organisation.
    pub sector: Option<String>,
    /// Dutch words.
    pub words_nl: Vec<String>,
    /// English words.
    pub words_en: Vec<String>,
}

/// What a dictionary phrase means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sense {
    /// The name of a country (index into [`Dictionary::countries`]).
    CountryName(u16),
    /// An adjective or demonym of a country.
    CountryAdjective(u16),
    /// A capital or seat of government, a metonym for the government.
    Capital(u16),
    /// An organisation (index into [`Dictionary::organisations`]).
    Organisation(u16),
    /// A generic agency or collective noun (index into [`Dictionary::agencies`]).
    Agency(u16),
    /// A role word (index into [`Dictionary::roles`]).
    Role(u16),
    /// A marker of a former role ("voormalige", "ex-", "former").
    Former,
}

/// How the text must be written for an alias to match, read from how the alias is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CaseRule {
    /// Written in lower case in the dictionary ("taliban", "regering"): any case.
    Any,
    /// Capitalised ("Rusland", "Hamas"): the text's first letter must be a capital.
    Capitalised,
    /// An acronym ("IS", "VN", "NATO"): no lower-case letter in the text.
    Upper,
}

impl CaseRule {
    fn of(alias: &str) -> CaseRule {
        let upper = alias.chars().filter(|c| c.is_uppercase()).count();
        let lower = alias.chars().any(char::is_lowercase);
        if upper >= 2 && !lower
            || upper == 1 && alias.chars().filter(|c| c.is_alphabetic()).count() == 1
        {
            CaseRule::Upper
        } else if alias.chars().next().is_some_and(char::is_uppercase) {
            CaseRule::Capitalised
        } else {
            CaseRule::Any
        }
    }

    /// Does the text as written satisfy the rule?
    pub(crate) fn admits(self, surface: &str) -> bool {
        match self {
            CaseRule::Any => true,
            CaseRule::Capitalised => surface
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase),
            CaseRule::Upper => !surface.chars().any(char::is_lowercase),
        }
    }
}

/// One alias of the index.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Alias {
    pub(crate) sense: Sense,
    pub(crate) case: CaseRule,
}

/// The parsed dictionary with its phrase index.
#[derive(Debug, Default)]
pub struct Dictionary {
    countries: Vec<Country>,
    organisations: Vec<Organisation>,
    agencies: Vec<AgencyNoun>,
    roles: Vec<Role>,
    index: FxHashMap<String, Vec<Alias>>,
    max_words: usize,
    iso2: FxHashMap<String, u16>,
}

const COUNTRIES: &str = include_str!("../../../data/actors/countries.tsv");
const ORGANISATIONS: &str = include_str!("../../../data/actors/organisations.tsv");
const AGENCIES: &str = include_str!("../../../data/actors/agencies.tsv");
const ROLES: &str = include_str!("../../../data/actors/roles.tsv");

fn rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end_matches('\r');
        (!l.starts_with('#') && !l.trim().is_empty()).then(|| (i + 1, l.split('\t').collect()))
    })
}

fn list(cell: &str) -> Vec<String> {
    if cell == "-" || cell.is_empty() {
        return Vec::new();
    }
    cell.split('|')
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

fn check_cols(file: &'static str, line: usize, cols: &[&str], n: usize) -> Result<()> {
    if cols.len() == n {
        Ok(())
    } else {
        Err(Error::Row {
            file,
            line,
            message: format!("expected {n} columns, found {}", cols.len()),
        })
    }
}

fn is_code(s: &str, len: usize) -> bool {
    s.len() == len
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

fn index_u16(file: &'static str, line: usize, n: usize) -> Result<u16> {
    u16::try_from(n).map_err(|_| Error::Row {
        file,
        line,
        message: "too many rows".into(),
    })
}

impl Dictionary {
    /// The dictionary embedded in the binary, parsed once per process.
    pub fn embedded() -> Result<&'static Dictionary, String> {
        static DICT: OnceLock<Result<Dictionary, String>> = OnceLock::new();
        DICT.get_or_init(|| {
            Dictionary::parse(COUNTRIES, ORGANISATIONS, AGENCIES, ROLES).map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(Clone::clone)
    }

    /// Parse the four dictionary files (their text) and build the index.
    pub fn parse(
        countries: &str,
        organisations: &str,
        agencies: &str,
        roles: &str,
    ) -> Result<Dictionary> {
        let mut d = Dictionary::default();
        for (line, c) in rows(countries) {
            check_cols("countries.tsv", line, &c, 7)?;
            if c[0] == "iso3" {
                continue;
            }
            if !is_code(c[0], 3) || !is_code(c[1], 2) {
                return Err(Error::Row {
                    file: "countries.tsv",
                    line,
                    message: format!("bad ISO codes {} {}", c[0], c[1]),
                });
            }
            let country = Country {
                iso3: c[0].into(),
                iso2: c[1].into(),
                names_en: list(c[2]),
                names_nl: list(c[3]),
                adjectives_en: list(c[4]),
                adjectives_nl: list(c[5]),
                capitals: list(c[6]),
            };
            if country.names_en.is_empty() || country.names_nl.is_empty() {
                return Err(Error::Row {
                    file: "countries.tsv",
                    line,
                    message: "a country needs Dutch and English names".into(),
                });
            }
            let i = index_u16("countries.tsv", line, d.countries.len())?;
            d.iso2.insert(country.iso2.clone(), i);
            d.countries.push(country);
        }
        for (line, c) in rows(organisations) {
            check_cols("organisations.tsv", line, &c, 6)?;
            if c[0] == "id" {
                continue;
            }
            let kind = match c[1] {
                "igo" => ActorKind::Igo,
                "ngo" | "group" => ActorKind::Group,
                "agency" => ActorKind::Agency,
                "state" => ActorKind::State,
                k => {
                    return Err(Error::Row {
                        file: "organisations.tsv",
                        line,
                        message: format!("unknown kind {k}"),
                    });
                }
            };
            if !is_code(c[2], 3) || !is_code(c[3], 3) && !is_code(c[3], 2) {
                return Err(Error::Row {
                    file: "organisations.tsv",
                    line,
                    message: format!("bad codes {} {}", c[2], c[3]),
                });
            }
            d.organisations.push(Organisation {
                id: c[0].into(),
                kind,
                country: c[2].into(),
                sector: c[3].into(),
                names_nl: list(c[4]),
                names_en: list(c[5]),
            });
        }
        for (line, c) in rows(agencies) {
            check_cols("agencies.tsv", line, &c, 5)?;
            if c[0] == "key" {
                continue;
            }
            let kind = match c[1] {
                "agency" => ActorKind::Agency,
                "collective" => ActorKind::Collective,
                k => {
                    return Err(Error::Row {
                        file: "agencies.tsv",
                        line,
                        message: format!("unknown kind {k}"),
                    });
                }
            };
            d.agencies.push(AgencyNoun {
                key: c[0].into(),
                kind,
                sector: c[2].into(),
                nouns_nl: list(c[3]),
                nouns_en: list(c[4]),
            });
        }
        for (line, c) in rows(roles) {
            check_cols("roles.tsv", line, &c, 4)?;
            if c[0] == "role" {
                continue;
            }
            d.roles.push(Role {
                role: c[0].into(),
                sector: (c[1] != "-").then(|| c[1].to_string()),
                words_nl: list(c[2]),
                words_en: list(c[3]),
            });
        }
        d.build_index();
        Ok(d)
    }

    fn add(&mut self, alias: &str, sense: Sense) {
        let key = fold(alias);
        if key.is_empty() {
            return;
        }
        let words = key.split(' ').count();
        self.max_words = self.max_words.max(words);
        let entry = self.index.entry(key).or_default();
        let case = CaseRule::of(alias);
        if !entry.iter().any(|a| a.sense == sense && a.case == case) {
            entry.push(Alias { sense, case });
        }
    }

    fn build_index(&mut self) {
        let mut pending: Vec<(String, Sense)> = Vec::new();
        for (i, c) in self.countries.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            for n in c.names_en.iter().chain(&c.names_nl) {
                pending.push((n.clone(), Sense::CountryName(i)));
            }
            for n in c.adjectives_en.iter().chain(&c.adjectives_nl) {
                pending.push((n.clone(), Sense::CountryAdjective(i)));
            }
            for n in &c.capitals {
                pending.push((n.clone(), Sense::Capital(i)));
            }
        }
        for (i, o) in self.organisations.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            for n in o.names_nl.iter().chain(&o.names_en) {
                pending.push((n.clone(), Sense::Organisation(i)));
            }
        }
        for (i, a) in self.agencies.iter().enumerate() {
            let i = u16::try_from(i).unwrap_or(u16::MAX);
            for n in a.nouns_nl.iter().chain(&a.nouns_en) {
                pending.push((n.clone(), Sense::Agency(i)));
            }
        }
        for (i, r) in self.roles.iter().enumerate() {
            let sense = if r.role == "former" {
                Sense::Former
            } else {
                Sense::Role(u16::try_from(i).unwrap_or(u16::MAX))
            };
            for n in r.words_nl.iter().chain(&r.words_en) {
                pending.push((n.clone(), sense));
            }
        }
        for (alias, sense) in pending {
            self.add(&alias, sense);
        }
    }

    /// Countries, in ISO 3166-1 order.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Organisations and groups.
    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    /// Generic agency and collective nouns.
    pub fn agencies(&self) -> &[AgencyNoun] {
        &self.agencies
    }

    /// Role words.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// The country with this ISO 3166-1 alpha-2 code.
    pub fn country_by_iso2(&self, iso2: &str) -> Option<&Country> {
        self.iso2
            .get(iso2)
            .and_then(|&i| self.countries.get(usize::from(i)))
    }

    /// The longest alias in words.
    pub(crate) fn max_words(&self) -> usize {
        self.max_words
    }

    /// The aliases stored under a folded key.
    pub(crate) fn aliases(&self, key: &str) -> &[Alias] {
        self.index.get(key).map_or(&[], Vec::as_slice)
    }

    /// What a phrase means, written as in a text ("de Afghaanse", "NAVO", "Taliban"): the senses
    /// whose alias matches the folded phrase exactly and whose case rule the phrase satisfies.
    pub fn lookup(&self, phrase: &str) -> Vec<Sense> {
        self.aliases(&fold(phrase))
            .iter()
            .filter(|a| a.case.admits(phrase))
            .map(|a| a.sense)
            .collect()
    }

    /// The entity type a name has in any context: a country's name is a place, a named
    /// organisation or armed group an organisation. `None` when the name means something else
    /// too (a capital, a demonym, a generic noun) or nothing here.
    pub fn entity_type(&self, name: &str) -> Option<EntityType> {
        let mut kinds = self.lookup(name).into_iter().map(|sense| match sense {
            Sense::CountryName(_) => Some(EntityType::Loc),
            Sense::Organisation(i) => self
                .organisation(i)
                .filter(|o| o.kind != ActorKind::State)
                .map(|_| EntityType::Org),
            _ => None,
        });
        let first = kinds.next()??;
        kinds.all(|k| k == Some(first)).then_some(first)
    }

    /// The country at an index of a [`Sense`].
    pub fn country(&self, i: u16) -> Option<&Country> {
        self.countries.get(usize::from(i))
    }

    /// The organisation at an index of a [`Sense`].
    pub fn organisation(&self, i: u16) -> Option<&Organisation> {
        self.organisations.get(usize::from(i))
    }

    /// The agency noun at an index of a [`Sense`].
    pub fn agency(&self, i: u16) -> Option<&AgencyNoun> {
        self.agencies.get(usize::from(i))
    }

    /// The role at an index of a [`Sense`].
    pub fn role(&self, i: u16) -> Option<&Role> {
        self.roles.get(usize::from(i))
    }
}
