//! Claims from events whose pattern declares a control effect (kroniek_events).

use kroniek_core::{
    ControlEffect, ControlStatus, Diagnostic, Document, Event, Modality, Participant, Span,
};

use crate::actor::{layer_actor, slug};
use crate::claims::Draft;
use crate::region::{Region, Resolver, region_of_place};
use crate::view::SentenceView;
use crate::when::{When, document_when, is_long_before};

/// The regions of an event, and whether they are only its place: the regions its targets name
/// ("took Kandahar and Herat" gives both), else the first region a source names ("Kabul
/// fell"), else its place. Participants come first: they are what the event is about, while the place may come from elsewhere in
/// the sentence ("…, maar één provincie biedt weerstand: de Panjshir-vallei").
fn event_regions(
    doc: &Document,
    resolver: &Resolver<'_>,
    sentences: &[SentenceView<'_>],
    e: &Event,
) -> (Vec<Region>, bool) {
    let mut regions: Vec<Region> = Vec::new();
    for r in e
        .targets
        .iter()
        .filter_map(|p| participant_region(resolver, sentences, p))
    {
        if !regions.iter().any(|x| x.code == r.code) {
            regions.push(r);
        }
    }
    if !regions.is_empty() {
        return (regions, false);
    }
    if let Some(r) = e
        .sources
        .iter()
        .find_map(|p| participant_region(resolver, sentences, p))
    {
        return (vec![r], false);
    }
    (place_region(doc, e).into_iter().collect(), true)
}

/// The region of the event's place, when its sentence names the place.
fn place_region(doc: &Document, e: &Event) -> Option<Region> {
    // The event's place counts only when the sentence names it: a place the coder took from
    // the document's focus says nothing about what was taken ("Eind vorige eeuw veroverde
    // hij meerdere provincies" in an article about Panjshir).
    let p = e.place.as_ref()?;
    let place = doc.layers().places()?.places.get(p.place? as usize)?;
    if !e.sentence.contains(place.span) {
        return None;
    }
    region_of_place(place)
}

/// The region a participant phrase names ("het land", "Kaboel"), if it names one.
fn participant_region(
    resolver: &Resolver<'_>,
    sentences: &[SentenceView<'_>],
    p: &Participant,
) -> Option<Region> {
    let s = sentences.iter().find(|s| s.span.contains(p.span))?;
    let a = s
        .toks
        .iter()
        .position(|t| t.span.start() >= p.span.start())?;
    let b = s.toks.iter().rposition(|t| t.span.end() <= p.span.end())? + 1;
    (a < b).then(|| resolver.resolve(s, a, b)).flatten()
}

/// Nouns that name ground, not a party: "drie districten", "tientallen dorpen", "more than
/// 3,000 square kilometres" are what was taken, never who took or lost it.
fn names_ground(text: &str) -> bool {
    text.split_whitespace().any(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        matches!(
            w.as_str(),
            "district"
                | "districten"
                | "dorp"
                | "dorpen"
                | "stad"
                | "steden"
                | "gebied"
                | "gebieden"
                | "regio"
                | "provincie"
                | "provincies"
                | "vierkante"
                | "delen"
                | "posities"
                | "stellingen"
                | "district's"
                | "districts"
                | "village"
                | "villages"
                | "town"
                | "towns"
                | "city"
                | "cities"
                | "territory"
                | "territories"
                | "area"
                | "areas"
                | "square"
                | "kilometres"
                | "kilometers"
                | "miles"
                | "positions"
                | "parts"
        )
    })
}

fn participant_actor(doc: &Document, p: &Participant) -> Option<String> {
    // A phrase that is ground, or that runs into a time expression (a misparse: "het afgelopen
    // weekend tientallen"), names no party.
    let in_timex = doc.layers().timexes().is_some_and(|l| {
        l.timexes
            .iter()
            .any(|t| t.span.start() < p.span.end() && p.span.start() < t.span.end())
    });
    if p.actor.is_none() && (names_ground(&p.text) || in_timex) {
        return None;
    }
    p.actor
        .clone()
        .or_else(|| layer_actor(doc, p.span))
        .or_else(|| {
            let words: Vec<&str> = p.text.split_whitespace().collect();
            Some(slug(&words)).filter(|s| !s.is_empty())
        })
}

fn event_when(doc: &Document, e: &Event) -> When {
    let base = document_when(doc);
    match &e.date.value {
        Some(v) => When {
            value: Some(v.clone()),
            earliest: e.date.earliest.clone(),
            latest: e.date.latest.clone(),
            historical: e.historical
                || is_long_before(e.date.latest.as_deref(), base.earliest.as_deref()),
        },
        None => When {
            historical: e.historical,
            ..base
        },
    }
}

/// Drafts from the event layer (nothing when it is absent).
pub(crate) fn event_claims(
    doc: &Document,
    resolver: &Resolver<'_>,
    sentences: &[SentenceView<'_>],
    out: &mut Vec<Draft>,
    diag: &mut Vec<Diagnostic>,
) {
    let Some(layer) = doc.layers().events() else {
        return;
    };
    for (i, e) in layer.events.iter().enumerate() {
        let Some(effect) = e.control else {
            continue;
        };
        if e.negated {
            diag.push(Diagnostic::info(
                "control",
                e.trigger,
                "negated control event: no claim (a denial says who did not take it, not who holds it)",
            ));
            continue;
        }
        if matches!(e.modality, Modality::Possible | Modality::Intended) {
            continue;
        }
        let (regions, from_place) = event_regions(doc, resolver, sentences, e);
        if regions.is_empty() {
            diag.push(Diagnostic::info(
                "control",
                e.trigger,
                "control event without a resolvable region: no claim",
            ));
            continue;
        }
        let when = event_when(doc, e);
        let factor = if e.modality == Modality::Reported {
            0.8
        } else {
            1.0
        };
        let sentence = sentences
            .iter()
            .position(|s| s.span.contains(e.sentence) || e.sentence.contains(s.span))
            .unwrap_or(usize::MAX);
        use ControlStatus::*;
        let (for_sources, for_targets) = match effect {
            ControlEffect::Captures => (Some(Captured), Some(Lost)),
            // "X valt in handen van A": whichever side names the region is skipped; the other
            // is the new holder.
            ControlEffect::FallsTo => (Some(Captured), Some(Captured)),
            ControlEffect::Loses => (Some(Lost), None),
            ControlEffect::Holds => (Some(Held), None),
            ControlEffect::Contests => (Some(Contested), Some(Contested)),
            ControlEffect::Claims => (Some(Claimed), None),
        };
        let roles = [(&e.sources, for_sources), (&e.targets, for_targets)];
        for region in &regions {
            for (participants, status) in roles {
                let Some(status) = status else { continue };
                for p in participants {
                    // A participant that names one of the event's regions is not an actor.
                    if participant_region(resolver, sentences, p)
                        .is_some_and(|r| regions.iter().any(|x| x.code == r.code))
                    {
                        continue;
                    }
                    let Some(actor) = participant_actor(doc, p) else {
                        continue;
                    };
                    out.push(Draft {
                        region: region.clone(),
                        actor: Some(actor),
                        status,
                        when: when.clone(),
                        evidence: evidence_span(e.sentence, sentences, sentence),
                        sentence,
                        events: vec![u32::try_from(i).unwrap_or(u32::MAX)],
                        exceptions: Vec::new(),
                        confidence: e.confidence * factor * region.confidence,
                        from_place,
                    });
                }
            }
        }
    }
}

fn evidence_span(event_sentence: Span, sentences: &[SentenceView<'_>], i: usize) -> Span {
    if event_sentence.is_empty() {
        sentences.get(i).map_or(event_sentence, |s| s.span)
    } else {
        event_sentence
    }
}

#[cfg(test)]
mod tests {
    use super::names_ground;

    #[test]
    fn ground_is_not_a_party() {
        assert!(names_ground("drie districten"));
        assert!(names_ground("more than 3,000 square kilometres"));
        assert!(!names_ground("haar strijders"));
        assert!(!names_ground("the Taliban"));
    }
}
