//! Regions: places of the place layer turned into ISO 3166 regions, and the small definite-NP
//! coreference that lets "het land", "de vallei" and "the city" name one.

use kroniek_core::{Document, Place, PlaceKind, Span};

use crate::error::{Error, Result};
use crate::pattern::np_len;
use crate::view::SentenceView;

/// A region a claim or attribute is about.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Region {
    /// ISO 3166-2 code of an admin-1 region, or ISO 3166-1 alpha-2 of a country.
    pub code: String,
    /// Name: the region's, or the city's when a city stands for its admin-1 region.
    pub name: String,
    /// ISO 3166-1 alpha-2 of the country it lies in.
    pub country: String,
    /// True for a whole country.
    pub is_country: bool,
    /// 1 for a country or admin-1 region; lower when a city stands for its region.
    pub confidence: f32,
}

impl Region {
    /// True when `other` lies inside this region (a country contains its admin-1 regions).
    pub fn contains(&self, other: &Region) -> bool {
        self.is_country && !other.is_country && other.country == self.code
    }
}

/// What a definite description refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Country,
    Admin1,
    City,
    Feature,
}

/// The anaphora lexicon (`data/control/anaphora.tsv`).
#[derive(Clone, Debug, Default)]
pub(crate) struct Anaphora {
    nouns: Vec<(String, Target)>,
}

const ANAPHORA_TSV: &str = include_str!("../../../data/control/anaphora.tsv");

impl Anaphora {
    /// The embedded lexicon.
    pub fn embedded() -> Result<Anaphora> {
        let mut nouns = Vec::new();
        for (n, line) in ANAPHORA_TSV.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| Error::Data {
                file: "anaphora.tsv",
                line: n + 1,
                message,
            };
            let Some((noun, target)) = line.split_once('\t') else {
                return Err(err("expected noun <TAB> target".into()));
            };
            let target = match target.trim() {
                "country" => Target::Country,
                "admin1" => Target::Admin1,
                "city" => Target::City,
                "feature" => Target::Feature,
                other => return Err(err(format!("unknown target `{other}`"))),
            };
            nouns.push((noun.trim().to_lowercase(), target));
        }
        Ok(Anaphora { nouns })
    }

    fn target(&self, noun: &str) -> Option<Target> {
        self.nouns.iter().find(|(n, _)| n == noun).map(|(_, t)| *t)
    }
}

/// The region a place stands for. A city (or other place inside an admin-1 region) gives its
/// admin-1 code with the city's name and confidence 0.7; a place without an admin-1 code gives
/// none.
pub(crate) fn region_of_place(p: &Place) -> Option<Region> {
    match p.kind {
        PlaceKind::Country => Some(Region {
            code: p.country.clone(),
            name: p.name.clone(),
            country: p.country.clone(),
            is_country: true,
            confidence: 1.0,
        }),
        _ => {
            let code = p.iso3166_2.clone().filter(|c| c.contains('-'))?;
            let admin1 = p.kind == PlaceKind::Admin1;
            Some(Region {
                code,
                name: if admin1 {
                    p.admin1.clone().unwrap_or_else(|| p.name.clone())
                } else {
                    p.name.clone()
                },
                country: p.country.clone(),
                is_country: false,
                confidence: if admin1 { 1.0 } else { 0.7 },
            })
        }
    }
}

/// Resolves noun phrases of one document to regions.
pub(crate) struct Resolver<'d> {
    text: &'d str,
    places: &'d [Place],
    focus: Option<Region>,
    anaphora: &'d Anaphora,
}

const DEFINITE: &[&str] = &[
    "de", "het", "die", "dat", "deze", "dit", "the", "this", "that",
];
const QUANTIFIER: &[&str] = &["één", "een", "one", "a", "an", "enige", "only"];

impl<'d> Resolver<'d> {
    /// A resolver for `doc` (no places: nothing resolves).
    pub fn new(doc: &'d Document, anaphora: &'d Anaphora) -> Resolver<'d> {
        let places = doc.layers().places().map_or(&[][..], |l| &l.places[..]);
        Resolver {
            text: doc.text(),
            places,
            focus: focus_country(places),
            anaphora,
        }
    }

    /// The document's focus country: the country most places lie in (first mentioned on a tie).
    pub fn focus(&self) -> Option<&Region> {
        self.focus.as_ref()
    }

    /// The region the tokens `[a, b)` of `s` name, if any.
    pub fn resolve(&self, s: &SentenceView<'_>, a: usize, b: usize) -> Option<Region> {
        let span = s.span_of(a, b);
        if let Some(r) = self.place_in(span) {
            return Some(r);
        }
        // "the city of Goma", "de provincie van Kandahar"
        let generic = s.toks[a..b]
            .last()
            .is_some_and(|t| self.anaphora.target(&t.lower).is_some());
        if generic
            && s.toks
                .get(b)
                .is_some_and(|t| t.lower == "of" || t.lower == "van")
        {
            let n = np_len(&s.toks, b + 1);
            if n > 0
                && let Some(r) = self.place_in(s.span_of(b + 1, b + 1 + n))
            {
                return Some(r);
            }
        }
        let first = s.toks.get(a).map(|t| t.lower.as_str()).unwrap_or("");
        // "één provincie biedt weerstand: de Panjshir-vallei" — named after a colon.
        if QUANTIFIER.contains(&first)
            && let Some(colon) = s.toks[b..].iter().position(|t| t.text == ":")
        {
            let after = s.span_of(b + colon + 1, s.toks.len());
            if let Some(r) = self.place_in(after) {
                return Some(r);
            }
        }
        if !DEFINITE.contains(&first) {
            return None;
        }
        let (noun, target) = s.toks[a..b].iter().rev().find_map(|t| {
            self.anaphora
                .target(&t.lower)
                .map(|x| (t.lower.as_str(), x))
        })?;
        self.antecedent(noun, target, span.start())
    }

    /// A place inside `span`, else a word of `span` that is part of a compound naming a place
    /// the document mentions elsewhere ("de Panjshir-vallei" after "Panjshir").
    fn place_in(&self, span: Span) -> Option<Region> {
        self.place_mention_in(span)
            .or_else(|| self.compound_in(span))
    }

    fn compound_in(&self, span: Span) -> Option<Region> {
        let words = span
            .slice(self.text)
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| w.contains('-'));
        for w in words {
            for part in w
                .split('-')
                .filter(|p| p.chars().next().is_some_and(char::is_uppercase))
            {
                let hit = self
                    .places
                    .iter()
                    .filter(|p| !p.adjectival && p.text == part)
                    .find_map(region_of_place);
                if hit.is_some() {
                    return hit;
                }
            }
        }
        None
    }

    /// A place mention inside `span` (adjectives not counted).
    fn place_mention_in(&self, span: Span) -> Option<Region> {
        let inside = self
            .places
            .iter()
            .filter(|p| p.span.start() < span.end() && span.start() < p.span.end());
        let mut best: Option<Region> = None;
        for p in inside.filter(|p| !p.adjectival) {
            if let Some(r) = region_of_place(p)
                && best.as_ref().is_none_or(|b| b.is_country && !r.is_country)
            {
                best = Some(r);
            }
        }
        best
    }

    fn antecedent(&self, noun: &str, target: Target, before: usize) -> Option<Region> {
        let earlier = || {
            self.places
                .iter()
                .rev()
                .filter(move |p| p.span.end() <= before && !p.adjectival)
        };
        match target {
            Target::Country => self.focus.clone(),
            Target::Admin1 => earlier()
                .find(|p| p.kind == PlaceKind::Admin1)
                .and_then(region_of_place),
            Target::City => earlier()
                .find(|p| p.kind == PlaceKind::City)
                .and_then(region_of_place),
            Target::Feature => earlier()
                .find(|p| self.written_with(p, noun))
                .or_else(|| {
                    earlier().find(|p| {
                        matches!(
                            p.kind,
                            PlaceKind::Admin1 | PlaceKind::Region | PlaceKind::Other
                        )
                    })
                })
                .and_then(region_of_place),
        }
    }

    /// The place's name or the word it is written in contains `noun` ("Panjshir-vallei").
    fn written_with(&self, p: &Place, noun: &str) -> bool {
        let rest = self.text.get(p.span.start()..).unwrap_or("");
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = rest.get(..word_end).unwrap_or("").to_lowercase();
        word.contains(noun) || p.name.to_lowercase().contains(noun)
    }
}

fn focus_country(places: &[Place]) -> Option<Region> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for p in places {
        match counts.iter_mut().find(|(c, _)| *c == p.country) {
            Some((_, n)) => *n += 1,
            None => counts.push((&p.country, 1)),
        }
    }
    let mut best: Option<(&str, usize)> = None;
    for (c, n) in counts {
        if best.is_none_or(|(_, m)| n > m) {
            best = Some((c, n));
        }
    }
    let (code, _) = best?;
    if code.is_empty() {
        return None;
    }
    let name = places
        .iter()
        .find(|p| p.kind == PlaceKind::Country && p.country == code)
        .map_or_else(|| code.to_string(), |p| p.name.clone());
    Some(Region {
        code: code.to_string(),
        name,
        country: code.to_string(),
        is_country: true,
        confidence: 0.9,
    })
}
