//! Evidence from a mention's neighbours: lists of regions and "Place, Region" pairs.
//!
//! - **Lists**: a name in a list with an unambiguous admin-1 region ("Utah, Washington and
//!   Wisconsin", "Texas and Georgia") is read as an admin-1 region too; a place before a comma
//!   and its region ("Kent, Ohio") is a pair, not a list (the resolver checks).
//! - **Pairs**: in "Atlanta, Georgia" the second name is a region that holds a place called
//!   like the first; the resolver rewards that region ([`holds_place_named`]).
//! - **City-regions**: an admin-1 region that is one city (the District of Columbia, named
//!   "Washington" by Natural Earth) is not what "Washington state" means
//!   ([`is_city_region`]).

use crate::gazetteer::{Entry, EntryId, Gazetteer, PlaceKind, prior};

/// Words that join the items of a list.
const LIST_JOINERS: &[&str] = &[",", "and", "or", "&", "en"];

/// True when the mentions `a` and `b` (token ranges `first..end`, `a` before `b`) are next to
/// each other in a list: only a comma, a conjunction, or a comma and a conjunction between
/// (the Dutch "of", "or", is left out: it is the English "of").
pub(crate) fn listed_together(words: &[&str], a: (usize, usize), b: (usize, usize)) -> bool {
    let between = match words.get(a.1..b.0) {
        Some(w) if b.0 > a.1 => w,
        _ => return false,
    };
    match between {
        [w] => LIST_JOINERS.contains(w),
        [",", w] => matches!(*w, "and" | "or" | "en"),
        _ => false,
    }
}

/// True when the best of a name's entries `ids` is an admin-1 region clearly ahead of every
/// entry of another kind (so its neighbours in a list may be read as regions too): by 2 in the
/// prior, a hundredfold in population terms, so a province named after its large city
/// ("Kunduz", "Ontario") does not count.
pub(crate) fn is_clear_admin1(gaz: &Gazetteer, ids: &[EntryId]) -> bool {
    let mut entries = ids.iter().filter_map(|i| gaz.entry(*i));
    let Some(top) = entries.next() else {
        return false;
    };
    if top.kind != PlaceKind::Admin1 {
        return false;
    }
    let second = entries
        .filter(|e| e.kind != PlaceKind::Admin1)
        .map(|e| prior(&e))
        .fold(0.0_f32, f32::max);
    prior(&top) - second >= 2.0
}

/// True when some of a name's entries `ids` is an admin-1 region (a name in a list of regions
/// may pass the region reading on to its neighbours).
pub(crate) fn has_admin1_reading(gaz: &Gazetteer, ids: &[EntryId]) -> bool {
    ids.iter()
        .filter_map(|i| gaz.entry(*i))
        .any(|e| e.kind == PlaceKind::Admin1)
}

/// True when the admin-1 region `e` holds a populated place or admin-2 unit of a name whose
/// entries are `ids` ("Georgia" for "Atlanta", "Ontario" for "London"), and that name is not
/// itself best read as a country or region.
pub(crate) fn holds_place_named(gaz: &Gazetteer, e: &Entry<'_>, ids: &[EntryId]) -> bool {
    if e.kind != PlaceKind::Admin1 || e.admin1_code.is_empty() {
        return false;
    }
    let top = ids.first().and_then(|i| gaz.entry(*i));
    if top.is_some_and(|t| {
        matches!(
            t.kind,
            PlaceKind::Country | PlaceKind::Region | PlaceKind::Admin1
        )
    }) {
        return false;
    }
    ids.iter().filter_map(|i| gaz.entry(*i)).any(|p| {
        matches!(p.kind, PlaceKind::City | PlaceKind::Admin2)
            && p.country == e.country
            && p.admin1_code == e.admin1_code
    })
}

/// True when the admin-1 region `e` is one city: a populated place of the same name (one of
/// the name's entries `ids`) lies within 25 km of its point (the District of Columbia,
/// "Washington").
pub(crate) fn is_city_region(gaz: &Gazetteer, e: &Entry<'_>, ids: &[EntryId]) -> bool {
    if e.kind != PlaceKind::Admin1 {
        return false;
    }
    let here = (f64::from(e.lat), f64::from(e.lon));
    ids.iter().filter_map(|i| gaz.entry(*i)).any(|c| {
        c.kind == PlaceKind::City
            && c.country == e.country
            && crate::eval::haversine_km(here, (f64::from(c.lat), f64::from(c.lon))) < 25.0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_joiners() {
        let w = ["Utah", ",", "Washington", "and", "Wisconsin", "in", "Ohio"];
        assert!(listed_together(&w, (0, 1), (2, 3)));
        assert!(listed_together(&w, (2, 3), (4, 5)));
        assert!(!listed_together(&w, (4, 5), (6, 7)));
        let oxford = ["Texas", ",", "and", "Georgia"];
        assert!(listed_together(&oxford, (0, 1), (3, 4)));
        assert!(!listed_together(&oxford, (3, 4), (0, 1)));
    }
}
