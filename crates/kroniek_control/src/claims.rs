//! Claims on their way to the layer: drafts from every source, then merged per
//! (region, actor, status, historical) with their evidence, events and exceptions collected.

use kroniek_core::{ControlClaim, ControlStatus, Span};

use crate::region::Region;
use crate::when::When;

/// A claim before merging.
#[derive(Clone, Debug)]
pub(crate) struct Draft {
    /// The region.
    pub region: Region,
    /// Actor id.
    pub actor: Option<String>,
    /// Status.
    pub status: ControlStatus,
    /// When.
    pub when: When,
    /// Evidence sentence.
    pub evidence: Span,
    /// Index of the sentence.
    pub sentence: usize,
    /// Event indices.
    pub events: Vec<u32>,
    /// Excepted regions (ISO 3166-2 codes).
    pub exceptions: Vec<String>,
    /// Confidence.
    pub confidence: f32,
    /// The region is the event's place, not a phrase of the event or statement.
    pub from_place: bool,
}

/// Sentence words that mark a contrast or exception ("maar één provincie …").
const CONTRAST: &[&str] = &[
    "maar",
    "behalve",
    "uitgezonderd",
    "alleen",
    "enkel",
    "slechts",
    "enige",
    "but",
    "except",
    "only",
    "apart",
    "save",
];

/// Within one sentence, a country taken or held by A and a region of that country contested
/// or held by another party, with a contrast word, make that region an exception of A's claim
/// ("De taliban veroverden het land, maar één provincie biedt nog steeds weerstand: X").
pub(crate) fn add_sentence_exceptions(drafts: &mut [Draft], contrast_sentences: &[bool]) {
    let n = drafts.len();
    for i in 0..n {
        let (sentence, actor) = (drafts[i].sentence, drafts[i].actor.clone());
        if !matches!(
            drafts[i].status,
            ControlStatus::Captured | ControlStatus::Held
        ) || !drafts[i].region.is_country
            || !contrast_sentences.get(sentence).copied().unwrap_or(false)
        {
            continue;
        }
        let mut add = Vec::new();
        for j in 0..n {
            let d = &drafts[j];
            if j != i
                && d.sentence == sentence
                && drafts[i].region.contains(&d.region)
                && (d.status == ControlStatus::Contested
                    || (d.status == ControlStatus::Held && d.actor != actor))
            {
                add.push(d.region.code.clone());
            }
        }
        for code in add {
            if !drafts[i].exceptions.contains(&code) {
                drafts[i].exceptions.push(code);
            }
        }
    }
}

/// A capture that an actor only claims ("Wagner claims to have taken Bakhmut", "De taliban
/// beweren Panjshir te hebben veroverd") is a claim, not a capture: where a sentence has a
/// `claimed` draft for a region and actor, that sentence's `captured` and `held` drafts for the
/// same region and actor go, and so do its event-derived `lost` drafts for that region (the
/// other side has not lost what is only claimed).
pub(crate) fn claims_over_captures(drafts: &mut Vec<Draft>) {
    let claimed: Vec<(usize, String, Option<String>)> = drafts
        .iter()
        .filter(|d| d.status == ControlStatus::Claimed)
        .map(|d| (d.sentence, d.region.code.clone(), d.actor.clone()))
        .collect();
    if claimed.is_empty() {
        return;
    }
    drafts.retain(|d| {
        let same_place =
            |(s, r, _): &&(usize, String, Option<String>)| *s == d.sentence && *r == d.region.code;
        match d.status {
            ControlStatus::Captured | ControlStatus::Held => !claimed
                .iter()
                .filter(same_place)
                .any(|(_, _, a)| *a == d.actor),
            ControlStatus::Lost => d.events.is_empty() || !claimed.iter().any(|c| same_place(&c)),
            _ => true,
        }
    });
}

/// Within one sentence, what the surface patterns read beats what the event coder read from
/// a parse: a statement's `captured` or `lost` for a region and actor removes the event-derived
/// opposite for the same pair ("De SDF hebben Raqqa op IS veroverd" misparsed with `IS` as a
/// passive auxiliary makes the SDF the target that lost Raqqa). A capture also makes a
/// same-sentence `held` of the same pair redundant ("hebben de controle over X overgenomen"
/// is not "hebben de controle over X").
pub(crate) fn statements_over_events(drafts: &mut Vec<Draft>) {
    use ControlStatus::{Captured, Held, Lost};
    let stated: Vec<(usize, String, Option<String>, ControlStatus)> = drafts
        .iter()
        .filter(|d| matches!(d.status, Captured | Lost))
        .map(|d| (d.sentence, d.region.code.clone(), d.actor.clone(), d.status))
        .collect();
    let from_statement = |d: &Draft| d.events.is_empty();
    let statement_status: Vec<(usize, String, Option<String>, ControlStatus)> = drafts
        .iter()
        .filter(|d| from_statement(d) && matches!(d.status, Captured | Lost))
        .map(|d| (d.sentence, d.region.code.clone(), d.actor.clone(), d.status))
        .collect();
    drafts.retain(|d| {
        let same = |(s, r, a, _): &&(usize, String, Option<String>, ControlStatus)| {
            *s == d.sentence && *r == d.region.code && *a == d.actor
        };
        // An event whose region is only its place, where a statement of the sentence names
        // the region the same actor took or left ("Volgens het ministerie in Kyiv trokken de
        // Russische troepen zich terug uit Izjoem" is not a retreat from Kyiv).
        let elsewhere = d.from_place
            && statement_status.iter().any(|(s, r, a, st)| {
                *s == d.sentence && *r != d.region.code && *a == d.actor && *st == d.status
            });
        match d.status {
            Captured | Lost if !from_statement(d) => {
                !elsewhere
                    && !statement_status
                        .iter()
                        .filter(same)
                        .any(|(_, _, _, st)| *st != d.status)
            }
            Held => !stated
                .iter()
                .filter(same)
                .any(|(_, _, _, st)| *st == Captured),
            _ => true,
        }
    });
}

/// A region excepted from an actor's claim in a sentence is not the actor's in that sentence:
/// "De taliban veroverden alle provincies op één na: Panjshir" must not also give the taliban
/// Panjshir through the phrase that names the exception.
pub(crate) fn drop_excepted(drafts: &mut Vec<Draft>) {
    let excepted: Vec<(usize, Option<String>, String)> = drafts
        .iter()
        .flat_map(|d| {
            d.exceptions
                .iter()
                .map(|x| (d.sentence, d.actor.clone(), x.clone()))
        })
        .collect();
    drafts.retain(|d| {
        !excepted
            .iter()
            .any(|(s, a, x)| *s == d.sentence && *a == d.actor && *x == d.region.code)
    });
}

/// True when the sentence has a contrast word.
pub(crate) fn has_contrast(words: impl Iterator<Item = String>) -> bool {
    let mut any = false;
    for w in words {
        if CONTRAST.contains(&w.as_str()) {
            any = true;
        }
    }
    any
}

/// Merge drafts with the same region, actor, status and historical flag; claims come out in
/// order of their first evidence.
pub(crate) fn merge(drafts: Vec<Draft>) -> Vec<ControlClaim> {
    let mut out: Vec<ControlClaim> = Vec::new();
    for d in drafts {
        let same = out.iter_mut().find(|c| {
            c.region == d.region.code
                && c.actor == d.actor
                && c.status == d.status
                && c.historical == d.when.historical
        });
        match same {
            Some(c) => {
                push_unique(&mut c.evidence, d.evidence);
                for e in d.events {
                    push_unique(&mut c.events, e);
                }
                for x in d.exceptions {
                    push_unique(&mut c.exceptions, x);
                }
                if c.from.is_none() {
                    c.from = d.when.value.clone();
                    c.earliest = d.when.earliest.clone();
                    c.latest = d.when.latest.clone();
                }
                c.confidence = c.confidence.max(d.confidence);
            }
            None => out.push(ControlClaim {
                region: d.region.code.clone(),
                region_name: d.region.name.clone(),
                actor: d.actor,
                status: d.status,
                from: d.when.value.clone(),
                to: None,
                earliest: d.when.earliest.clone(),
                latest: d.when.latest.clone(),
                exceptions: d.exceptions,
                historical: d.when.historical,
                evidence: vec![d.evidence],
                events: d.events,
                confidence: d.confidence.clamp(0.0, 1.0),
            }),
        }
    }
    for c in &mut out {
        c.evidence.sort();
        c.events.sort_unstable();
    }
    out.sort_by_key(|c| c.evidence.first().copied().unwrap_or_default());
    out
}

fn push_unique<T: PartialEq>(v: &mut Vec<T>, x: T) {
    if !v.contains(&x) {
        v.push(x);
    }
}
