//! Date, place and historical status of an event.

use kroniek_core::{DocDate, EventDate, EventPlace, Place, PlaceKind, Timex, TimexType};

use crate::lexicon;
use crate::tree::Tree;

/// Days since 0000-03-01 of an ISO `YYYY-MM-DD` string.
pub fn day_number(iso: &str) -> Option<i64> {
    let mut it = iso.get(..10)?.split('-');
    let y: i64 = it.next()?.parse().ok()?;
    let m: i64 = it.next()?.parse().ok()?;
    let d: i64 = it.next()?.parse().ok()?;
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    Some(365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + d)
}

fn iso((y, m, d): (i32, u8, u8)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The document date as an event date.
pub fn document_date(date: &DocDate) -> EventDate {
    EventDate {
        value: date.value(),
        earliest: date.earliest().map(iso),
        latest: date.latest().map(iso),
        timex: None,
    }
}

/// The token range of each time expression of the sentence: (timex index, first, last).
pub fn timexes_in(tree: &Tree<'_>, timexes: &[Timex]) -> Vec<(usize, usize, usize)> {
    let (Some(first), Some(last)) = (
        (tree.len() > 0).then(|| tree.span(0)),
        tree.len().checked_sub(1).map(|i| tree.span(i)),
    ) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (k, t) in timexes.iter().enumerate() {
        if t.span.end() <= first.start() || t.span.start() >= last.end() {
            continue;
        }
        if !matches!(t.kind, TimexType::Date | TimexType::Time) {
            continue;
        }
        let toks: Vec<usize> = (0..tree.len())
            .filter(|&i| t.span.contains(tree.span(i)))
            .collect();
        if let (Some(&a), Some(&b)) = (toks.first(), toks.last()) {
            out.push((k, a, b));
        }
    }
    out
}

/// The date of an event whose clause heads are `heads` (trigger first): a time expression
/// attached to them, else the nearest one in the sentence, else the document date. Also
/// returns whether the expression itself marks the past as background.
pub fn event_date(
    tree: &Tree<'_>,
    heads: &[usize],
    timexes: &[Timex],
    doc: &DocDate,
) -> (EventDate, bool) {
    let Some(&t) = heads.first() else {
        return (document_date(doc), false);
    };
    // "kon de vallei in het verleden nooit veroveren": a past cue among the clause's own
    // words marks background even where no time expression dates it.
    let clause_cue = (0..tree.len()).any(|i| {
        lexicon::is_historical_cue(&tree.form(i).to_lowercase())
            && heads.iter().any(|&h| h != i && tree.dominates(h, i))
            && !in_relative_clause(tree, i, heads)
    });
    // A time expression in a relative clause dates that clause, not the event ("trokken zich
    // terug uit Izjoem, een stad die sinds april in handen van Rusland was").
    let found: Vec<(usize, usize, usize)> = timexes_in(tree, timexes)
        .into_iter()
        .filter(|&(_, a, _)| !in_relative_clause(tree, a, heads))
        .collect();
    let attached = found
        .iter()
        .find(|(_, a, b)| (*a..=*b).any(|i| heads.iter().any(|&h| h != i && tree.dominates(h, i))));
    let chosen = attached.or_else(|| {
        found
            .iter()
            .min_by_key(|(_, a, b)| if t < *a { a - t } else { t.saturating_sub(*b) })
    });
    match chosen.and_then(|(k, _, _)| timexes.get(*k).map(|x| (*k, x))) {
        Some((k, x)) => {
            let cue = x
                .span
                .slice(tree.text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| lexicon::is_historical_cue(&w.to_lowercase()));
            (
                EventDate {
                    value: Some(x.value.clone()),
                    earliest: x.earliest.clone(),
                    latest: x.latest.clone(),
                    timex: u32::try_from(k).ok(),
                },
                cue || clause_cue,
            )
        }
        None => (document_date(doc), clause_cue),
    }
}

/// Whether token `i` lies in a relative clause (`acl`, `acl:relcl`) or an apposition (`appos`,
/// or `parataxis` as parsers often label "…, een stad die sinds april …") that none of `heads`
/// is part of.
fn in_relative_clause(tree: &Tree<'_>, i: usize, heads: &[usize]) -> bool {
    let mut cur = i;
    for _ in 0..tree.len() {
        if heads.contains(&cur) {
            return false;
        }
        if matches!(tree.base_rel(cur), "acl" | "appos" | "parataxis") {
            return !heads.iter().any(|&h| tree.dominates(cur, h));
        }
        match tree.head(cur) {
            Some(h) => cur = h,
            None => return false,
        }
    }
    false
}

/// True when the event ended more than a year before the document date began.
pub fn is_historical(date: &EventDate, doc: &DocDate) -> bool {
    let (Some(latest), Some(start)) = (
        date.latest.as_deref().and_then(day_number),
        doc.earliest().map(iso).as_deref().and_then(day_number),
    ) else {
        return false;
    };
    latest < start - 365
}

fn event_place(p: &Place, index: Option<usize>) -> EventPlace {
    EventPlace {
        name: p.name.clone(),
        country: p.country.clone(),
        admin1: p.admin1.clone(),
        iso3166_2: p.iso3166_2.clone(),
        lat: p.lat,
        lon: p.lon,
        place: index.and_then(|i| u32::try_from(i).ok()),
    }
}

/// The document's focus: the most frequent admin-1 region or city (first seen wins a tie),
/// else the most frequent country.
pub fn focus(places: &[Place]) -> Option<EventPlace> {
    let best = |pred: &dyn Fn(&Place) -> bool| {
        let mut counts: Vec<(&str, usize, usize)> = Vec::new();
        for (i, p) in places.iter().enumerate().filter(|(_, p)| pred(p)) {
            match counts.iter_mut().find(|(n, _, _)| *n == p.name) {
                Some(c) => c.1 += 1,
                None => counts.push((&p.name, 1, i)),
            }
        }
        counts
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)))
            .map(|c| c.2)
    };
    best(&|p| matches!(p.kind, PlaceKind::Admin1 | PlaceKind::City))
        .or_else(|| best(&|p| p.kind == PlaceKind::Country))
        .and_then(|i| places.get(i))
        .map(|p| event_place(p, None))
}

/// True when the path from `tok` up to one of `heads` passes a "volgens"/"according to"/
/// "aldus" phrase or another clause ("Izjoem, een stad die in handen van Rusland was": the
/// relative clause's place is not the event's), or an apposition above the place (the parser
/// may read that relative clause as a copular clause inside "een stad …"; a place that is
/// itself the apposition, "de hoofdstad, Kyiv", stays).
fn in_attribution(tree: &Tree<'_>, mut tok: usize, heads: &[usize]) -> bool {
    let place = tok;
    for _ in 0..8 {
        if heads.contains(&tok) {
            return false;
        }
        if matches!(
            tree.preposition(tok),
            Some("volgens" | "according" | "aldus")
        ) || matches!(
            tree.base_rel(tok),
            "acl" | "parataxis" | "ccomp" | "advcl" | "csubj"
        ) || (tok != place && tree.base_rel(tok) == "appos")
        {
            return true;
        }
        match tree.head(tok) {
            Some(h) => tok = h,
            None => return false,
        }
    }
    false
}

/// The place of an event: one attached to the clause with a locative preposition, else one
/// the clause governs, else any in the sentence (names before adjectives) outside the
/// sources' phrases, else the focus.
pub fn event_place_for(
    tree: &Tree<'_>,
    heads: &[usize],
    places: &[Place],
    sources: &[kroniek_core::Span],
    focus: Option<&EventPlace>,
) -> Option<EventPlace> {
    let (first, last) = (tree.span(0), tree.span(tree.len().saturating_sub(1)));
    let mut cands: Vec<(u8, u8, usize)> = Vec::new();
    for (k, p) in places.iter().enumerate() {
        if p.span.start() < first.start() || p.span.end() > last.end() {
            continue;
        }
        // "de vicepresident van Afghanistan" says who acts, not where.
        if sources.iter().any(|s| s.contains(p.span)) {
            continue;
        }
        let Some(tok) = (0..tree.len()).find(|&i| p.span.contains(tree.span(i))) else {
            continue;
        };
        // "Volgens het ministerie in Kyiv trokken de troepen zich terug uit Izjoem": a place
        // in the attribution says where the source is, not where the event is; one in another
        // clause is that clause's.
        let governed =
            heads.iter().any(|&h| tree.dominates(h, tok)) && !in_attribution(tree, tok, heads);
        let prep = tree.preposition(tok).unwrap_or("");
        let loc = matches!(
            prep,
            "in" | "bij" | "nabij" | "rond" | "buiten" | "near" | "at" | "around" | "outside"
        );
        let rank = match (governed, loc, p.adjectival) {
            (true, true, _) => 0,
            (true, false, false) => 1,
            (false, true, _) => 2,
            (_, _, false) => 3,
            _ => 4,
        };
        // Between equals, the more specific place: "the West Bank city of Nablus" happened in
        // Nablus, "withdrew from Kherson to Russia" from Kherson.
        let specific = match p.kind {
            PlaceKind::City | PlaceKind::Other => 0,
            PlaceKind::Admin2 => 1,
            PlaceKind::Admin1 => 2,
            PlaceKind::Region => 3,
            PlaceKind::Country => 4,
        };
        cands.push((rank, specific, k));
    }
    cands.sort_unstable();
    match cands.first() {
        Some(&(_, _, k)) => places.get(k).map(|p| event_place(p, Some(k))),
        None => focus.cloned(),
    }
}
