//! The geoparser: mentions, candidates, context and choice.

use std::borrow::Cow;
use std::cell::OnceCell;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use kroniek_core::{Document, EntityType, Span, Token};

use crate::cues::{
    ADMIN1_CUES, CITY_CUES, COMPOUND_SUFFIXES, CONNECTORS, DIRECTION_CUES, DIRECTION_WORDS,
    HEAD_NOUNS, NAME_MODIFIERS, OFFICE_AFTER, STREET_NOUNS, is_not_place,
};
use crate::gazetteer::{Entry, EntryId, Gazetteer, PlaceKind, prior};
use crate::neighbours::{
    has_admin1_reading, holds_place_named, is_city_region, is_clear_admin1, listed_together,
};
use crate::place::{Place, PlaceLayer};
use crate::words::{Match, Words, folds_to};
use kroniek_text::fold;

/// Options of the geoparser.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// Emit adjectives and demonyms ("Afghaanse", "Russian") as country places. They always
    /// count as country context.
    pub adjectives: bool,
    /// Minimum population of a populated place matched by a single capitalised word outside
    /// an entity (guards against names that are also common words or surnames).
    pub min_single_population: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            adjectives: false,
            min_single_population: 1_000,
        }
    }
}

/// Candidates considered per mention (the most prominent ones).
const MAX_CANDIDATES: usize = 64;
/// Longest mention in tokens.
const MAX_TOKENS: usize = 7;
/// A degree of latitude on the sphere of [`crate::haversine_km`] (6371.0088 km · π / 180),
/// rounded down.
const KM_PER_DEGREE_OF_LATITUDE: f64 = 111.19;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Cue {
    #[default]
    None,
    Admin1,
    City,
    Direction,
}

#[derive(Debug)]
struct Mention {
    span: Span,
    /// Token index range.
    first: usize,
    end: usize,
    key: String,
    /// Country entry for adjectives.
    adjective: Option<EntryId>,
    cue: Cue,
}

/// What the choice for one name reads, gathered once for all its candidates: the name, its
/// entries, its cue, the entries of the names written after it ("Paris, Texas") and before it
/// ("Atlanta, Georgia"), and the entries of "<name> city" (looked up when first needed).
struct KeyContext<'k, 'g> {
    key: &'k str,
    ids: &'g [EntryId],
    cue: Cue,
    follow: Vec<&'g [EntryId]>,
    lead: Vec<&'g [EntryId]>,
    city: OnceCell<&'g [EntryId]>,
}

/// The geoparser over a loaded gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct Geoparser<'g> {
    gaz: &'g Gazetteer,
    options: Options,
}

/// Bonus for a candidate of `key` that lies near a place chosen for another name of the
/// document (only places, admin-2 units and features: the points of countries and regions say
/// little about what lies near them).
fn proximity(
    e: &Entry<'_>,
    id: EntryId,
    key: &str,
    anchors: &[(&str, EntryId, (f64, f64))],
) -> f32 {
    if !matches!(
        e.kind,
        PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Other
    ) {
        return 0.0;
    }
    let here = (f64::from(e.lat), f64::from(e.lon));
    let mut near = f64::INFINITY;
    for (k, a, p) in anchors {
        if *k == key || *a == id {
            continue;
        }
        // Along a meridian is the shortest way between two latitudes: an anchor more than
        // 401 km north or south is farther than 400 km, and counts for nothing.
        if (p.0 - here.0).abs() * KM_PER_DEGREE_OF_LATITUDE > 401.0 {
            continue;
        }
        let d = crate::eval::haversine_km(here, *p);
        if d < 50.0 {
            return 3.0; // the nearest is nearer still
        }
        near = near.min(d);
    }
    match near {
        d if d < 50.0 => 3.0,
        d if d < 150.0 => 2.0,
        d if d < 400.0 => 1.0,
        _ => 0.0,
    }
}

/// For each mention, whether it is an item of a list of three or more names ("A, B, C and D":
/// commas, then one "and", "or" or "en" before the last) whose best readings are all countries
/// or admin-1 regions and which all have an admin-1 reading in one country ("Georgia,
/// Oklahoma, Pennsylvania and Wisconsin"): such names are not "Place, Region" pairs.
fn region_lists(gaz: &Gazetteer, words: &Words, mentions: &[Mention]) -> Vec<bool> {
    let wide = |m: &Mention| {
        m.adjective.is_none()
            && words
                .ids(&m.key)
                .first()
                .and_then(|i| gaz.entry(*i))
                .is_some_and(|e| matches!(e.kind, PlaceKind::Country | PlaceKind::Admin1))
    };
    let admin1_countries = |m: &Mention| -> HashSet<[u8; 2]> {
        words
            .ids(&m.key)
            .iter()
            .filter_map(|i| gaz.entry(*i))
            .filter(|e| e.kind == PlaceKind::Admin1)
            .map(|e| e.country)
            .collect()
    };
    let mut out = vec![false; mentions.len()];
    let mut start = 0;
    while start < mentions.len() {
        let mut end = start + 1;
        while let (Some(a), Some(b)) = (mentions.get(end - 1), mentions.get(end)) {
            if !listed_together(words, (a.first, a.end), (b.first, b.end)) {
                break;
            }
            end += 1;
            if words
                .get(a.end..b.first)
                .is_some_and(|w| w.iter().any(|w| *w != ","))
            {
                break; // "and" before the last item
            }
        }
        let items = &mentions[start..end];
        let common = || {
            items
                .iter()
                .map(admin1_countries)
                .reduce(|x, y| x.intersection(&y).copied().collect())
                .unwrap_or_default()
        };
        if items.len() >= 3 && items.iter().all(wide) && !common().is_empty() {
            for x in out.iter_mut().take(end).skip(start) {
                *x = true;
            }
        }
        start = end;
    }
    out
}

/// Whether token `i` stands where a dateline does: first on its line, before a dash or a
/// bracket ("TORRINGTON —", "BEIJING (AP)"), or before a comma and a capitalised word
/// ("HOLLIDAY, Mo."; not "NATO, the alliance").
fn is_dateline(text: &str, tokens: &[Token], words: &[&str], i: usize) -> bool {
    let Some(t) = tokens.get(i) else {
        return false;
    };
    let before = text.get(..t.span.start()).unwrap_or("");
    let line_start = before
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n');
    let next = words.get(i + 1).copied().unwrap_or("");
    let after = words.get(i + 2).copied().unwrap_or("");
    line_start && (matches!(next, "—" | "–" | "-" | "(") || (next == "," && is_capitalised(after)))
}

fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A French or Italian elided article or preposition before a capital ("d'Ivoire", "l'Aquila").
fn is_elided_name(s: &str) -> bool {
    let mut c = s.chars();
    matches!(
        (c.next(), c.next(), c.next()),
        (Some('d' | 'l'), Some('\'' | '’'), Some(x)) if x.is_uppercase()
    )
}

/// A short all-capitals word of ASCII letters ("CTV", "MLA", "OPP"): an acronym.
fn is_acronym(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// All letters capitals ("NSW", "WASHINGTON").
fn is_all_caps(s: &str) -> bool {
    s.len() > 1 && s.chars().all(|c| !c.is_lowercase()) && s.chars().any(char::is_uppercase)
}

impl<'g> Geoparser<'g> {
    /// A geoparser over `gaz`.
    pub fn new(gaz: &'g Gazetteer, options: Options) -> Geoparser<'g> {
        Geoparser { gaz, options }
    }

    /// Resolve the places of a document (needs the segments layer; uses LOC entities when the
    /// entity layer exists). Deterministic.
    pub fn resolve(&self, doc: &Document) -> PlaceLayer {
        let Some(seg) = doc.layers().segments() else {
            return PlaceLayer::default();
        };
        let text = doc.text();
        let tokens = &seg.tokens;
        let words = Words::new(
            self.gaz,
            tokens.iter().map(|t| t.span.slice(text)).collect(),
        );
        let mut sentence_start = vec![false; tokens.len()];
        for s in &seg.sentences {
            if let Some(x) = sentence_start.get_mut(s.first_token as usize) {
                *x = true;
            }
        }
        let mentions = match doc.layers().entities() {
            Some(ents) => self.entity_mentions(text, tokens, &words, ents),
            None => self.token_mentions(text, tokens, &words, &sentence_start),
        };
        self.choose(text, &words, mentions)
    }

    fn cue_before(&self, words: &Words, first: usize) -> Cue {
        let prev = |k: usize| first.checked_sub(k).and_then(|i| words.folded(i));
        let p1 = prev(1).unwrap_or_default();
        let p2 = prev(2).unwrap_or_default();
        let in_list = |w: &str, l: &[&str]| l.contains(&w);
        if in_list(p1, ADMIN1_CUES) || (p1 == "of" && in_list(p2, ADMIN1_CUES)) {
            return Cue::Admin1;
        }
        if in_list(p1, CITY_CUES) || (p1 == "of" && in_list(p2, CITY_CUES)) {
            return Cue::City;
        }
        if (p1 == "van" || p1 == "of") && in_list(p2, DIRECTION_CUES) {
            return Cue::Direction;
        }
        Cue::None
    }

    /// A cue after the name: "X province", "X state", "X Gov." / "X governor" (a region's
    /// governor), "X City", "Washington, D.C." (a city in a federal district).
    fn cue_after(&self, words: &Words, end: usize) -> Cue {
        let next = |k: usize| -> Cow<'_, str> {
            match words.folded(end + k) {
                Some(f) if f.contains('.') => Cow::Owned(f.replace('.', "")),
                Some(f) => Cow::Borrowed(f),
                None => Cow::Borrowed(""),
            }
        };
        let n1 = next(0);
        if n1 == "," && matches!(next(1).as_ref(), "dc" | "d c") {
            return Cue::City;
        }
        match n1.as_ref() {
            "province" | "provincie" | "state" | "region" | "governorate" | "oblast" | "gov"
            | "governor" | "gouverneur" => Cue::Admin1,
            "city" | "dc" => Cue::City,
            _ => Cue::None,
        }
    }

    /// Longest gazetteer match starting at token `i`: (end token, key, adjective); a match up
    /// to the end of the document is computed once per token.
    fn match_at(&self, words: &Words, i: usize, limit: usize) -> Option<Match> {
        if limit == words.len() {
            match words.match_at(i, || self.match_uncached(words, i, limit)) {
                Ok(m) => m.cloned(),
                Err(m) => m,
            }
        } else {
            self.match_uncached(words, i, limit)
        }
    }

    fn match_uncached(&self, words: &Words, i: usize, limit: usize) -> Option<Match> {
        let mut key = String::with_capacity(32);
        let mut best = None;
        let mut j = i;
        while j < limit && j < i + MAX_TOKENS {
            // No longer name begins with the key so far: nothing longer can match (the key
            // goes on after a space or an apostrophe; a Dutch transliteration might rewrite the
            // key so far, so keys with "oe", "sj" or "zj" go on as before).
            if j > i
                && !key.is_empty()
                && !self.gaz.may_go_on(&key)
                && !key
                    .as_bytes()
                    .windows(2)
                    .any(|t| matches!(t, b"oe" | b"sj" | b"zj"))
            {
                break;
            }
            let w = words[j];
            let f = words.folded(j).unwrap_or_default();
            let cap = is_capitalised(w) || (j > i && is_elided_name(w));
            let hyphen_tail = j >= 2 && j - 1 > i && words[j - 1] == "-";
            if j > i && !cap && !hyphen_tail && w != "-" && !CONNECTORS.contains(&f) {
                break;
            }
            if !f.is_empty() && w != "-" {
                if !key.is_empty() && !w.starts_with('\'') && !w.starts_with('’') {
                    key.push(' ');
                }
                key.push_str(f);
            }
            j += 1;
            let after_hyphen = j >= 2 && j - 2 >= i && words[j - 2] == "-";
            // "Plymouth Co." is Plymouth County.
            if j - 1 > i && f.trim_end_matches('.') == "co" {
                let county = format!("{} county", key[..key.len() - f.len()].trim_end());
                if !self.gaz.lookup_folded(&county).is_empty() {
                    let end = if words.get(j) == Some(&".") && j < limit {
                        j + 1
                    } else {
                        j
                    };
                    best = Some((end, county, None));
                    break;
                }
            }
            if cap || after_hyphen || w.chars().all(char::is_numeric) {
                // Single words come back (the same name again, the choice): remembered.
                let ids = self.gaz.lookup_folded(&key);
                let adjective = self.gaz.adjective_folded(&key);
                // An adjective or demonym that is also the name of a minor place ("Canadian",
                // a town in Texas), or only an alternate name of a place ("Thai", one of Alor
                // Setar's), is the adjective.
                let minor = ids
                    .first()
                    .and_then(|x| self.gaz.entry(*x))
                    .is_some_and(|e| {
                        let town = matches!(e.kind, PlaceKind::City | PlaceKind::Admin2)
                            && !e.capital
                            && e.population < 100_000;
                        town || !folds_to(e.name, &key)
                    });
                match adjective {
                    Some(c) if ids.is_empty() || minor => best = Some((j, key.clone(), Some(c))),
                    _ if !ids.is_empty() => best = Some((j, key.clone(), None)),
                    _ => {}
                }
                // An abbreviation whose full stop the segmenter split off ("Ky" ".").
                if words.get(j) == Some(&".") && j < limit {
                    let dotted = format!("{key}.");
                    if self.gaz.is_alias(&dotted) {
                        best = Some((j + 1, dotted, None));
                    }
                }
            }
        }
        best.or_else(|| self.compound_at(words, i, limit))
    }

    /// A place name with a head noun written onto it ("Panjshirvallei", "Panjshir-vallei",
    /// "Donbasregio"): the key of the name before the noun, when that is a wide place (country,
    /// admin-1 region, region or feature).
    fn compound_at(&self, words: &Words, i: usize, limit: usize) -> Option<Match> {
        let w = words.folded(i)?;
        // Written as separate tokens: "Panjshir" "-" "vallei".
        let (end, whole): (usize, Cow<'_, str>) = match (words.get(i + 1), words.folded(i + 2)) {
            (Some(&"-"), Some(n)) if i + 2 < limit => (i + 3, Cow::Owned(format!("{w}{n}"))),
            _ if w.contains(' ') => (i + 1, Cow::Owned(w.replace(' ', ""))),
            _ => (i + 1, Cow::Borrowed(w)),
        };
        let suffix = COMPOUND_SUFFIXES
            .iter()
            .find(|s| whole.len() > s.len() + 2 && whole.ends_with(*s))?;
        let stem = whole[..whole.len() - suffix.len()].trim_end_matches(['-', ' ']);
        let stem = fold(stem);
        let top = words.ids(&stem).first().and_then(|x| self.gaz.entry(*x))?;
        matches!(
            top.kind,
            PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region | PlaceKind::Other
        )
        .then_some((end, stem, None))
    }

    fn token_mentions(
        &self,
        text: &str,
        tokens: &[Token],
        words: &Words,
        sentence_start: &[bool],
    ) -> Vec<Mention> {
        // Computed when a single word first needs it.
        let surnames = OnceCell::new();
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if !words.capitalised(i) {
                i += 1;
                continue;
            }
            let Some((end, key, adjective)) = self.match_at(words, i, tokens.len()) else {
                i += 1;
                continue;
            };
            if adjective.is_none() && self.street_after(words, end) {
                i = end + 1;
                continue;
            }
            let head = adjective.is_none()
                && !DIRECTION_WORDS.contains(&key.as_str())
                && !is_not_place(&key)
                && self.head_noun_after(words, end);
            // "Al-Fashir", not "Montreal-area" or "Seattle-based" (a lower-case word after the
            // hyphen makes a compound adjective of a name that stands alone).
            let hyphenated = words.get(i + 1) == Some(&"-")
                && tokens.get(i + 1).map(|t| t.span.start()) == Some(tokens[i].span.end())
                && !words
                    .get(i + 2)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
            if end - i == 1
                && adjective.is_none()
                && !head
                && !self.single_ok(
                    &key,
                    words,
                    i,
                    (sentence_start, is_dateline(text, tokens, words, i)),
                    &surnames,
                    hyphenated,
                )
            {
                i += 1;
                continue;
            }
            let mut cue = self.cue_before(words, i);
            if cue == Cue::None {
                cue = self.cue_after(words, end);
            }
            let end = if head { end + 1 } else { end };
            let span = tokens[i].span.cover(tokens[end - 1].span);
            let _ = text;
            out.push(Mention {
                span,
                first: i,
                end,
                key,
                adjective,
                cue,
            });
            i = end;
        }
        out
    }

    /// Folded words written as the last word of a longer capitalised name that is not a
    /// place ("Ryan Bingham", "Mr. Steele", "Jessica Hansen"): the surnames of the document.
    /// Not after an acronym ("CTV Winnipeg"), a direction or modifier ("Downtown Seattle"), an
    /// office ("Mayor"), or a word that the text also writes in lower case ("In Torrington",
    /// "Village Malakal").
    fn surnames<'w>(&self, words: &'w Words) -> HashSet<&'w str> {
        let mut out = HashSet::default();
        for i in 1..words.len() {
            let (p, w) = (words[i - 1], words[i]);
            if !words.capitalised(i) || is_all_caps(w) || !words.capitalised(i - 1) || p.len() < 2 {
                continue;
            }
            let fp = words.folded(i - 1).unwrap_or_default();
            if is_acronym(p)
                || DIRECTION_WORDS.contains(&fp)
                || NAME_MODIFIERS.contains(&fp)
                || OFFICE_AFTER.contains(&fp)
                || words.has_lower(fp)
                || match words.match_at(i - 1, || self.match_uncached(words, i - 1, words.len())) {
                    Ok(m) => m.is_some_and(|(end, _, _)| *end > i),
                    Err(m) => m.is_some_and(|(end, _, _)| end > i),
                }
            {
                continue;
            }
            out.insert(words.folded(i).unwrap_or_default());
        }
        out
    }

    /// Whether the word at `end` is a capitalised street noun ("Falcon Street"): the name
    /// before it names a street, not a place.
    fn street_after(&self, words: &Words, end: usize) -> bool {
        words.get(end).is_some_and(|w| {
            is_capitalised(w)
                && STREET_NOUNS
                    .contains(&words.folded(end).unwrap_or_default().trim_end_matches('.'))
        })
    }

    /// Whether the word at `end` is a capitalised head noun ("Valley", "Province") that makes
    /// the name before it a place of that kind.
    fn head_noun_after(&self, words: &Words, end: usize) -> bool {
        words.get(end).is_some_and(|w| {
            is_capitalised(w) && HEAD_NOUNS.contains(&words.folded(end).unwrap_or_default())
        })
    }

    /// Whether a single capitalised word is taken as a place.
    fn single_ok<'w>(
        &self,
        key: &str,
        words: &'w Words,
        i: usize,
        (sentence_start, dateline): (&[bool], bool),
        surnames: &OnceCell<HashSet<&'w str>>,
        hyphenated: bool,
    ) -> bool {
        let Some(top) = words.ids(key).first().and_then(|id| self.gaz.entry(*id)) else {
            return false;
        };
        let big = matches!(
            top.kind,
            PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region | PlaceKind::Other
        ) || top.capital;
        if is_not_place(key) && !big {
            return false;
        }
        if DIRECTION_WORDS.contains(&key) {
            return false;
        }
        let w = words[i];
        if is_all_caps(w) && top.kind != PlaceKind::Country && !self.gaz.is_alias(key) {
            // Acronyms, except a prominent place written in capitals as in a dateline
            // ("WASHINGTON (AP) —"), or any place in the dateline position ("TORRINGTON —",
            // "HOLLIDAY, Mo."; see `is_dateline`).
            let long = w.chars().count() >= 4;
            let prominent = big || top.population >= 100_000;
            return long && (prominent || dateline);
        }
        if big {
            return true;
        }
        // The first part of a hyphenated name that is not in the gazetteer ("Al-Fashir"), not
        // a name before a dash ("Esperance - on the coast").
        if hyphenated {
            return false;
        }
        if words.has_lower(key) {
            return false;
        }
        let pop = top.population;
        // The last word of a name elsewhere in the document ("Mayor Ryan Bingham … Bingham
        // said"): a surname, not a town (of under 100,000 people).
        if pop < 100_000 && surnames.get_or_init(|| self.surnames(words)).contains(key) {
            return false;
        }
        if sentence_start.get(i).copied().unwrap_or(false) && pop < 100_000 {
            return false;
        }
        // An acronym beside the name ("CTV Winnipeg", "Calgary MLA", "Brant OPP") or an office
        // after it ("Beaconsfield Mayor") does not make it part of a longer name.
        let neighbour_cap = |j: Option<usize>| {
            j.and_then(|j| words.get(j))
                .is_some_and(|w| is_capitalised(w) && w.len() > 1 && !is_acronym(w))
        };
        let prev_cap =
            !sentence_start.get(i).copied().unwrap_or(false) && neighbour_cap(i.checked_sub(1));
        let next_cap = neighbour_cap(Some(i + 1))
            && !words
                .folded(i + 1)
                .is_some_and(|w| OFFICE_AFTER.contains(&w));
        if (prev_cap || next_cap) && pop < 1_000_000 {
            return false; // part of a longer name ("Davinio Catbagan", "Paris Hilton")
        }
        pop >= self.options.min_single_population
    }

    fn entity_mentions(
        &self,
        text: &str,
        tokens: &[Token],
        words: &Words,
        ents: &kroniek_core::EntityLayer,
    ) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut covered = vec![false; tokens.len()];
        for e in &ents.entities {
            let first = tokens.partition_point(|t| t.span.end() <= e.span.start());
            let end = tokens.partition_point(|t| t.span.start() < e.span.end());
            for c in covered.iter_mut().take(end).skip(first) {
                *c = true;
            }
            // Longest gazetteer match inside the entity; in a PER, ORG or MISC entity only a
            // match of the whole entity that is a prominent place (the tagger's label is
            // often wrong on short texts: "Kaboel" as PER, "de Krim" as MISC).
            let surname = e.kind == EntityType::Per && self.part_of_longer_name(e, ents, text);
            let mut i = first;
            while i < end {
                match self.match_at(words, i, end) {
                    Some((j, _, None)) if self.street_after(words, j) => i = j + 1,
                    Some((j, key, adj))
                        if e.kind == EntityType::Loc
                            || (adj.is_some() && e.kind == EntityType::Misc)
                            || (i == first
                                && j == end
                                && !surname
                                && self.prominent(words, &key, e.kind)) =>
                    {
                        let span = tokens[i].span.cover(tokens[j - 1].span);
                        let mut cue = self.cue_before(words, first);
                        if cue == Cue::None {
                            cue = self.cue_after(words, end);
                        }
                        out.push(Mention {
                            span,
                            first: i,
                            end: j,
                            key,
                            adjective: adj,
                            cue,
                        });
                        i = j;
                    }
                    _ => i += 1,
                }
            }
        }
        // Countries, regions and adjectives outside any entity.
        let mut i = 0;
        while i < tokens.len() {
            if covered[i] || !words.capitalised(i) {
                i += 1;
                continue;
            }
            match self.match_at(words, i, tokens.len()) {
                Some((j, key, adj)) if !covered[i..j].iter().any(|c| *c) => {
                    let big = adj.is_some()
                        || words
                            .ids(&key)
                            .first()
                            .and_then(|x| self.gaz.entry(*x))
                            .is_some_and(|e| {
                                e.capital
                                    || matches!(
                                        e.kind,
                                        PlaceKind::Country
                                            | PlaceKind::Admin1
                                            | PlaceKind::Region
                                            | PlaceKind::Other
                                    )
                            })
                            && !(j == i + 1 && DIRECTION_WORDS.contains(&key.as_str()));
                    if big {
                        let span = tokens[i].span.cover(tokens[j - 1].span);
                        out.push(Mention {
                            span,
                            first: i,
                            end: j,
                            key,
                            adjective: adj,
                            cue: self.cue_before(words, i),
                        });
                    }
                    i = j;
                }
                _ => i += 1,
            }
        }
        let _ = text;
        out.sort_by_key(|m| (m.span.start(), m.span.end()));
        out
    }

    /// Whether the best entry of `key` is prominent enough to override an entity label of
    /// `kind`: in an ORG a country, region or feature ("Gaza Strip"); in a PER or MISC also a
    /// capital or a city of 100,000 or more ("Kaboel", "Charkiv").
    fn prominent(&self, words: &Words, key: &str, kind: EntityType) -> bool {
        if DIRECTION_WORDS.contains(&key) || is_not_place(key) {
            return false;
        }
        let Some(top) = words.ids(key).first().and_then(|x| self.gaz.entry(*x)) else {
            return false;
        };
        match top.kind {
            PlaceKind::Country | PlaceKind::Admin1 | PlaceKind::Region | PlaceKind::Other => true,
            PlaceKind::City => {
                kind != EntityType::Org && (top.capital || top.population >= 100_000)
            }
            PlaceKind::Admin2 => false,
        }
    }

    /// True when a PER entity's text is a word of a longer PER name in the document ("Jordan"
    /// after "Michael Jordan").
    fn part_of_longer_name(
        &self,
        e: &kroniek_core::Entity,
        ents: &kroniek_core::EntityLayer,
        text: &str,
    ) -> bool {
        let me = e.span.slice(text);
        ents.entities.iter().any(|o| {
            o.kind == EntityType::Per
                && o.span != e.span
                && o.span.slice(text).split_whitespace().any(|w| w == me)
                && o.span.slice(text) != me
        })
    }

    fn choose(&self, text: &str, words: &Words, mentions: Vec<Mention>) -> PlaceLayer {
        let gaz = self.gaz;
        // Country and region context from the whole document.
        let mut countries: HashMap<[u8; 2], f32> =
            HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        // What each name gave to the country context: a name is not its own evidence
        // ("London" said five times does not make the document British).
        let mut own: HashMap<(&str, [u8; 2]), f32> =
            HashMap::with_capacity_and_hasher(mentions.len(), Default::default());
        let mut regions: HashSet<([u8; 2], &str)> = HashSet::default();
        for m in &mentions {
            if let Some(c) = m.adjective.and_then(|c| gaz.entry(c)) {
                *countries.entry(c.country).or_default() += 1.0;
                continue;
            }
            let ids = words.ids(&m.key);
            let Some(top) = ids.first().and_then(|i| gaz.entry(*i)) else {
                continue;
            };
            let second = ids
                .iter()
                .filter_map(|i| gaz.entry(*i))
                .find(|e| e.country != top.country)
                .map(|e| prior(&e))
                .unwrap_or(0.0);
            let w = match top.kind {
                PlaceKind::Region => 0.0,
                PlaceKind::Country => 1.0,
                _ if prior(&top) - second >= 1.0 => {
                    if top.kind == PlaceKind::Admin1 {
                        regions.insert((top.country, top.admin1_code));
                    }
                    0.5
                }
                _ => 0.0,
            };
            if w > 0.0 {
                *countries.entry(top.country).or_default() += w;
                *own.entry((m.key.as_str(), top.country)).or_default() += w;
            }
        }
        // Comma pairs: "Pandi, Bulacan", "Paris, Texas"; two country names are a list
        // ("China, Japan, Brazil"), not a place and its country, and so are the names of a
        // list of regions ("Georgia, Oklahoma, Pennsylvania and Wisconsin": no village called
        // Oklahoma in Pennsylvania).
        let region_list = region_lists(gaz, words, &mentions);
        let top_is_country = |k: &str| {
            words
                .ids(k)
                .first()
                .and_then(|i| gaz.entry(*i))
                .is_some_and(|e| e.kind == PlaceKind::Country)
        };
        let mut followers: HashMap<&str, Vec<&str>> = HashMap::default();
        for (k, w) in mentions.windows(2).enumerate() {
            if w[1].first == w[0].end + 1
                && words.get(w[0].end) == Some(&",")
                && !(top_is_country(&w[0].key) && top_is_country(&w[1].key))
                && !(region_list[k] && region_list[k + 1])
            {
                followers
                    .entry(w[0].key.as_str())
                    .or_default()
                    .push(w[1].key.as_str());
            }
        }
        // One sense per document: the best entry per key.
        let mut by_key: HashMap<&str, Cue> = HashMap::default();
        for m in &mentions {
            let c = by_key.entry(m.key.as_str()).or_default();
            if *c == Cue::None {
                *c = m.cue;
            }
        }
        // A name listed next to an unambiguous admin-1 region is read as a region too; a comma
        // alone before the region is a "Place, Region" pair ("Paris, Texas"), not a list.
        // The reading spreads along the list ("British Columbia, Alberta, Manitoba, Ontario and
        // New Brunswick": Ontario from Manitoba, then New Brunswick from Ontario) through names
        // that have an admin-1 reading.
        let clear: Vec<bool> = mentions
            .iter()
            .map(|m| is_clear_admin1(gaz, words.ids(&m.key)))
            .collect();
        let mut regional = clear.clone();
        loop {
            let mut grown = Vec::new();
            for (i, m) in mentions.iter().enumerate() {
                if regional[i] && !clear[i] {
                    continue;
                }
                let listed = |j: usize| {
                    let Some(o) = mentions.get(j) else {
                        return false;
                    };
                    let (a, b) = if o.first < m.first { (o, m) } else { (m, o) };
                    let pair = o.first > m.first && words.get(m.end..o.first) == Some(&[","][..]);
                    o.adjective.is_none()
                        && !pair
                        && listed_together(words, (a.first, a.end), (b.first, b.end))
                        && regional.get(j).copied().unwrap_or(false)
                };
                let before = i.checked_sub(1).is_some_and(listed);
                if m.adjective.is_none() && (before || listed(i + 1)) {
                    let c = by_key.entry(m.key.as_str()).or_default();
                    if *c == Cue::None {
                        *c = Cue::Admin1;
                    }
                    if !regional[i] && has_admin1_reading(gaz, words.ids(&m.key)) {
                        grown.push(i);
                    }
                }
            }
            if grown.is_empty() {
                break;
            }
            for i in grown {
                regional[i] = true;
            }
        }
        // "Atlanta, Georgia": the names written before a region name.
        let mut leaders: HashMap<&str, Vec<&str>> = HashMap::default();
        for (x, ys) in &followers {
            for y in ys {
                leaders.entry(*y).or_default().push(*x);
            }
        }
        let mut keys: Vec<&str> = by_key.keys().copied().collect();
        keys.sort_unstable();
        // Two rounds: the second also rewards candidates near the places the first round chose
        // for the document's other names (local news: "Edmonton" near "Cairns").
        let mut chosen: HashMap<&str, EntryId> = HashMap::default();
        // The candidates of each name with their scores before proximity: the same in both
        // rounds, so computed in the first.
        let mut scored: Vec<Vec<(EntryId, Entry<'_>, f32)>> = vec![Vec::new(); keys.len()];
        for round in 0..2 {
            let anchors: Vec<(&str, EntryId, (f64, f64))> = if round == 0 {
                Vec::new()
            } else {
                chosen
                    .iter()
                    .filter_map(|(k, id)| Some((*k, *id, gaz.entry(*id)?)))
                    .filter(|(_, _, e)| {
                        matches!(
                            e.kind,
                            PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Other
                        )
                    })
                    .map(|(k, id, e)| (k, id, (f64::from(e.lat), f64::from(e.lon))))
                    .collect()
            };
            let mut next: HashMap<&str, EntryId> = HashMap::default();
            for (k, key) in keys.iter().enumerate() {
                let key = *key;
                // Only a choice among places is reconsidered: a name whose first-round choice
                // is a country or region ("California") keeps it.
                let first = chosen.get(key).and_then(|id| Some((*id, gaz.entry(*id)?)));
                if let Some((id, _)) = first.filter(|(_, e)| {
                    !matches!(
                        e.kind,
                        PlaceKind::City | PlaceKind::Admin2 | PlaceKind::Other
                    )
                }) {
                    next.insert(key, id);
                    continue;
                }
                let Some(candidates) = scored.get_mut(k) else {
                    continue;
                };
                if round == 0 {
                    let ids = words.ids(key);
                    let named = KeyContext {
                        key,
                        ids,
                        cue: by_key.get(key).copied().unwrap_or_default(),
                        follow: followers
                            .get(key)
                            .map(|f| f.iter().map(|f| words.ids(f)).collect())
                            .unwrap_or_default(),
                        lead: leaders
                            .get(key)
                            .map(|l| l.iter().map(|l| words.ids(l)).collect())
                            .unwrap_or_default(),
                        city: OnceCell::new(),
                    };
                    for &id in ids.iter().take(MAX_CANDIDATES) {
                        let Some(e) = gaz.entry(id) else { continue };
                        let mine = own.get(&(key, e.country)).copied().unwrap_or(0.0);
                        let s = self.score((&e, id), &named, (&countries, mine), &regions, words);
                        candidates.push((id, e, s));
                    }
                }
                let mut best: Option<(f32, EntryId)> = None;
                for (id, e, s) in candidates.iter() {
                    let s = s + proximity(e, *id, key, &anchors);
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, *id));
                    }
                }
                if let Some((_, id)) = best {
                    next.insert(key, id);
                }
            }
            chosen = next;
        }
        let mut places = Vec::new();
        for m in &mentions {
            let (id, adjectival) = match m.adjective {
                Some(c) if self.options.adjectives => (c, true),
                Some(_) => continue,
                None => match chosen.get(m.key.as_str()) {
                    Some(id) => (*id, false),
                    None => continue,
                },
            };
            let Some(e) = gaz.entry(id) else { continue };
            places.push(self.place(text, m.span, &e, adjectival));
        }
        PlaceLayer { places }
    }

    fn score<'w>(
        &self,
        (e, id): (&Entry, EntryId),
        named: &KeyContext<'_, 'w>,
        (countries, mine): (&HashMap<[u8; 2], f32>, f32),
        regions: &HashSet<([u8; 2], &str)>,
        words: &Words<'w>,
    ) -> f32 {
        let (key, cue) = (named.key, named.cue);
        let mut s = prior(e);
        if folds_to(e.name, key) {
            s += 1.0; // the entry's own name, not one of its alternate names
        }
        if let Some(w) = countries
            .get(&e.country)
            .map(|w| w - mine)
            .filter(|w| *w > 1e-3)
        {
            s += 2.0 + (1.0 + w).ln();
        }
        if matches!(e.kind, PlaceKind::City | PlaceKind::Admin2)
            && regions.contains(&(e.country, e.admin1_code))
            && !self.city_of_its_region(e, id, named, words)
        {
            s += 2.0;
        }
        s += match (cue, e.kind) {
            (Cue::Admin1, PlaceKind::Admin1) => 6.0,
            (Cue::City, PlaceKind::City) => 3.0,
            (Cue::Direction, PlaceKind::Country | PlaceKind::Admin1) => 1.0,
            _ => 0.0,
        };
        if cue == Cue::Admin1 && is_city_region(self.gaz, e, named.ids) {
            s -= 3.0; // "Washington state" is not the District of Columbia
        }
        if named.lead.iter().any(|x| holds_place_named(self.gaz, e, x)) {
            s += 5.0;
        }
        for f in &named.follow {
            let inside = f.iter().filter_map(|i| self.gaz.entry(*i)).any(|c| {
                c.country == e.country
                    && (c.kind == PlaceKind::Country
                        || (c.kind == PlaceKind::Admin1 && c.admin1_code == e.admin1_code))
            });
            if inside && e.kind != PlaceKind::Country {
                s += 5.0;
            }
        }
        s
    }

    /// Whether `e` is a city that news names "<key> City" to tell it from the admin-1 region
    /// `key` that holds it ("Quebec City" in Quebec): such a region, named alone, is the
    /// region, so the city does not gain from the region its own name named. Capitals and
    /// cities of a million or more ("New York City") are left out: their name alone is
    /// often the city.
    fn city_of_its_region<'w>(
        &self,
        e: &Entry,
        id: EntryId,
        named: &KeyContext<'_, 'w>,
        words: &Words<'w>,
    ) -> bool {
        if e.kind != PlaceKind::City || e.capital || e.population >= 1_000_000 {
            return false;
        }
        let gaz = self.gaz;
        named
            .city
            .get_or_init(|| words.ids(&format!("{} city", named.key)))
            .contains(&id)
            && named.ids.iter().any(|r| {
                gaz.entry(*r).is_some_and(|r| {
                    r.kind == PlaceKind::Admin1
                        && r.country == e.country
                        && r.admin1_code == e.admin1_code
                })
            })
    }

    fn place(&self, text: &str, span: Span, e: &Entry, adjectival: bool) -> Place {
        let region = match e.kind {
            PlaceKind::Admin1 => Some(*e),
            _ => self.gaz.admin1_of(e).and_then(|i| self.gaz.entry(i)),
        };
        Place {
            span,
            text: span.slice(text).to_string(),
            name: e.name.to_string(),
            kind: e.kind,
            country: e.country_str().to_string(),
            admin1: region.map(|r| r.name.to_string()),
            iso3166_2: match e.kind {
                PlaceKind::Country => Some(e.country_str().to_string()),
                PlaceKind::Region | PlaceKind::Other if !e.iso3166_2.is_empty() => {
                    Some(e.iso3166_2.to_string())
                }
                _ => region.map(|r| r.iso3166_2.to_string()),
            },
            lat: f64::from(e.lat),
            lon: f64::from(e.lon),
            geonameid: (e.geonameid > 0).then_some(e.geonameid),
            adjectival,
        }
    }
}
