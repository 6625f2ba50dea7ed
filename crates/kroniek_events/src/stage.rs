//! The event stage.

use std::sync::Arc;

use kroniek_core::{
    Diagnostic, Document, EntityLayer, EventLayer, Layer, LayerKind, Modality, PlaceLayer,
    PloverType, Stage, TimexLayer,
};

use crate::agency;
use crate::coder::{Coder, Context, skeleton};
use crate::leisure;
use crate::pattern::{self, TriggerPos};
use crate::plausibility::{self, Plausibility};
use crate::public_actor;
use crate::recode::{demands_of_protest, main_event_first, recode, requested_acts, verbal_attack};
use crate::sense::{self, Participants};
use crate::sentence_lang::SentenceLangs;
use crate::tree::Tree;
use crate::when_where::{event_date, event_place_for, focus, is_historical};

/// The Dutch patterns, as shipped.
pub const PATTERNS_NL: &str = include_str!("../../../data/events/patterns-nl.tsv");
/// The English patterns, as shipped.
pub const PATTERNS_EN: &str = include_str!("../../../data/events/patterns-en.tsv");

/// Adds [`kroniek_core::EventLayer`]: PLOVER events coded from the parsed sentences.
///
/// Requires segments, syntax, entities, time expressions and places; reads the actor layer
/// when an earlier stage provided one (participants then carry actor ids and codes).
///
/// Verbal and cooperative events to which the plausibility model ([`crate::plausibility`])
/// gives a probability of being right below [`DEFAULT_MIN_PLAUSIBILITY`] (or the threshold
/// set with [`EventStage::with_min_plausibility`]) are left out, and material ones (assault,
/// coercion, …) below two thirds of it ([`plausibility::threshold_share`]);
/// [`EventStage::rule_based`] keeps every event the rules code. `confidence` stays the coder's own (it ranks the events
/// of a sentence).
#[derive(Clone, Debug)]
pub struct EventStage {
    nl: Arc<Coder>,
    en: Arc<Coder>,
    plausibility: Option<&'static Plausibility>,
    min_plausibility: f32,
}

/// Verbal and cooperative events with a lower probability of being right are left out by
/// default, material ones below two thirds of it. Chosen on the judged development samples
/// together with the gold sets (`eval-reports/events.md`, sessions 14, 15 and 17): the highest
/// threshold (in steps of 0.01) that keeps the PLOVER gold type accuracy at 0.81; in
/// cross-validation it removes 18% of the rules' events of real news, 90% of them wrong.
pub const DEFAULT_MIN_PLAUSIBILITY: f32 = 0.26;

impl EventStage {
    /// The stage with the shipped patterns (parsed once here).
    pub fn new() -> crate::Result<EventStage> {
        EventStage::with_patterns(PATTERNS_NL, PATTERNS_EN)
    }

    /// The stage with other pattern files (same format).
    pub fn with_patterns(nl: &str, en: &str) -> crate::Result<EventStage> {
        let model = Plausibility::embedded();
        Ok(EventStage {
            nl: Arc::new(Coder::new(pattern::parse("patterns-nl.tsv", nl)?)),
            en: Arc::new(Coder::new(pattern::parse("patterns-en.tsv", en)?)),
            plausibility: (!model.is_empty()).then_some(model),
            min_plausibility: DEFAULT_MIN_PLAUSIBILITY,
        })
    }

    /// Leave out verbal and cooperative events whose plausibility is below `min`, material
    /// ones below two thirds of it (0 keeps every event).
    pub fn with_min_plausibility(mut self, min: f32) -> EventStage {
        self.min_plausibility = min;
        self
    }

    /// Every event the rules code, with the coder's own confidence (no plausibility model):
    /// what the model is trained on.
    pub fn rule_based(mut self) -> EventStage {
        self.plausibility = None;
        self
    }

    /// The coder of a language (`nl`, `en`).
    pub fn coder(&self, lang: &str) -> Option<&Coder> {
        match lang {
            "nl" => Some(&self.nl),
            "en" => Some(&self.en),
            _ => None,
        }
    }
}

impl Stage for EventStage {
    fn id(&self) -> &'static str {
        "events"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[
            LayerKind::Segments,
            LayerKind::Syntax,
            LayerKind::Entities,
            LayerKind::Timexes,
            LayerKind::Places,
        ]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Events
    }

    fn annotate(&self, doc: &Document, _diag: &mut Vec<Diagnostic>) -> kroniek_core::Result<Layer> {
        let layers = doc.layers();
        let (Some(seg), Some(syntax)) = (layers.segments(), layers.syntax()) else {
            return Ok(Layer::Events(EventLayer::default()));
        };
        let empty_e = EntityLayer::default();
        let empty_t = TimexLayer::default();
        let empty_p = PlaceLayer::default();
        let entities = layers.entities().unwrap_or(&empty_e);
        let timexes = &layers.timexes().unwrap_or(&empty_t).timexes;
        let places = &layers.places().unwrap_or(&empty_p).places;
        let timex_spans: Vec<kroniek_core::Span> = timexes.iter().map(|t| t.span).collect();
        let mut ctx = Context {
            actors: layers.actors(),
            entities,
            places,
            timexes: &timex_spans,
            dict: crate::codes::dictionary(),
            english: false,
        };
        let langs = SentenceLangs::of(doc);
        let focus = focus(places);
        let mut events = Vec::new();
        for s in &seg.sentences {
            let lang = langs.at(s.span);
            let Some(coder) = self.coder(lang) else {
                continue;
            };
            let Some(tree) = Tree::new(doc.text(), seg, syntax, s) else {
                continue;
            };
            ctx.english = lang == "en";
            let first_event = events.len();
            let mut triggers: Vec<usize> = Vec::new();
            // Which events a request pattern coded (before a protest took its demands).
            let mut asked: Vec<bool> = Vec::new();
            let mut found = coder.find(&tree, lang == "en", &ctx);
            if found
                .iter()
                .all(|m| m.sources.is_empty() && m.targets.is_empty())
                && (0..tree.len()).all(|i| tree.upos(i) != "VERB")
            {
                // Nothing coded, and no word read as a verb: the clause may be misparsed
                // ("investigating" read as an adjective). A sentence with a verb is parsed
                // well enough that its nouns stay nouns ("press agency", "trust fund").
                found = coder.find_with(&tree, lang == "en", &ctx, true);
            }
            for m in found {
                // An event nobody takes part in ("moeilijk in te nemen") is not coded.
                if m.sources.is_empty() && m.targets.is_empty() {
                    continue;
                }
                // A visit with no place visited and no known actor travelling is not a
                // political event ("money for weapons that will arrive over the coming years").
                if m.pattern.mode.as_deref() == Some("visit")
                    && m.targets.is_empty()
                    && m.sources
                        .iter()
                        .all(|p| p.actor.is_none() && p.country.is_none())
                {
                    continue;
                }
                let mut ev = skeleton(&m, &tree, s.span);
                ev.negated = m.frame.negated(&tree);
                ev.modality = m.frame.modality(&tree);
                recode(&mut ev, &m.frame, &tree);
                verbal_attack(&mut ev, &m.frame, &tree, ctx.dict);
                if let Some(d) = &m.demander
                    && !matches!(ev.kind, PloverType::Request | PloverType::Threaten)
                {
                    // "X zei dat Y moet …": X demands the act of Y.
                    ev.kind = PloverType::Request;
                    ev.cameo = "100".to_string();
                    ev.mode = None;
                    ev.targets = std::mem::take(&mut ev.sources);
                    ev.sources = vec![d.clone()];
                    ev.modality = Modality::Asserted;
                    ev.negated = false;
                    ev.control = None;
                }
                // A verbal or cooperative act among things and ideas only ("the findings
                // support efforts"), or about culture and sport ("het festival ontvangt B.B.
                // King"), is a word in a sentence about something else.
                if public_actor::needs_actor(ev.kind) {
                    let all: Vec<&kroniek_core::Participant> =
                        ev.sources.iter().chain(&ev.targets).collect();
                    if !public_actor::has_actor(&tree, all.iter().copied(), ctx.dict, ctx.english)
                        || leisure::is_leisure(&tree, m.frame.trigger, &all)
                    {
                        continue;
                    }
                }
                // A question asks about events, it reports none ("Who would you ask to join
                // your cabinet?"); an interview is talk with a medium ("spoke with Wikinews").
                if is_question(&tree) || agency::interview(&tree, ev.kind, &ev.targets) {
                    continue;
                }
                // A general verb in another sense ("took acting lessons", "falling to the
                // ground").
                let who = Participants {
                    sources: &m.sources,
                    targets: &m.targets,
                    places,
                    dict: ctx.dict,
                    english: ctx.english,
                };
                if sense::wrong_sense(&tree, m.pattern, &m.frame, &who) {
                    continue;
                }
                // A verb whose participants are things, processes or ideas ("inflation
                // rocketed", "warm water is attacking the ice shelves"), or talk with "you"
                // and "me" ("they gave me food").
                if ctx.english
                    && m.pattern.pos == TriggerPos::Verb
                    && (agency::inert_participants(
                        &tree,
                        ev.kind,
                        &ev.sources,
                        &ev.targets,
                        ctx.dict,
                    ) || agency::conversational(&tree, ev.kind, &ev.sources, &ev.targets))
                {
                    continue;
                }
                let mut heads = vec![m.frame.trigger];
                heads.extend(m.frame.hosts.iter().copied());
                let (date, cue) = event_date(&tree, &heads, timexes, doc.date());
                ev.historical = cue || is_historical(&date, doc.date());
                ev.date = date;
                let sources: Vec<_> = ev.sources.iter().map(|p| p.span).collect();
                ev.place = event_place_for(&tree, &heads, places, &sources, focus.as_ref());
                triggers.push(m.frame.trigger);
                asked.push(m.pattern.kind == PloverType::Request);
                events.push(ev);
            }
            requested_acts(&tree, &triggers, &asked, &mut events[first_event..]);
            demands_of_protest(&tree, &triggers, &mut events[first_event..]);
            for ev in &mut events[first_event..] {
                crowd_country(ev, ctx.dict, places);
                local_country(ev, ctx.dict);
            }
            main_event_first(&tree, &triggers, &mut events[first_event..]);
        }
        if let Some(model) = self.plausibility {
            // Events the plausibility model finds unlikely are left out.
            let features = plausibility::document_features(doc, &events);
            events = events
                .into_iter()
                .zip(features)
                .filter(|(e, f)| {
                    model.probability(f)
                        >= self.min_plausibility * plausibility::threshold_share(e.kind)
                })
                .map(|(e, _)| e)
                .collect();
        }
        Ok(Layer::Events(EventLayer { events }))
    }
}

/// People named by a common noun and no country ("honderden studenten", "the needy") are
/// coded with the country of the place where the event happens, as CAMEO coders code
/// domestic actors by location.
fn local_country(ev: &mut kroniek_core::Event, dict: Option<&'static kroniek_actors::Dictionary>) {
    let (Some(place), Some(dict)) = (ev.place.as_ref(), dict) else {
        return;
    };
    let Some(country) = dict.country_by_iso2(&place.country) else {
        return;
    };
    for p in ev.sources.iter_mut().chain(ev.targets.iter_mut()) {
        if p.country.is_none() && p.actor.is_none() && crate::target::is_common_noun_phrase(p) {
            p.country = Some(country.iso3.clone());
        }
    }
}

/// Demonstrators named without a country ("thousands of workers rallied in Seoul") are
/// coded with the country of the place the sentence names for the protest, as CAMEO coders
/// code domestic crowds; only a place mentioned in the sentence counts, not the document's
/// focus.
fn crowd_country(
    ev: &mut kroniek_core::Event,
    dict: Option<&'static kroniek_actors::Dictionary>,
    places: &[kroniek_core::Place],
) {
    if ev.kind != PloverType::Protest || ev.sources.iter().any(|p| p.country.is_some()) {
        return;
    }
    let (Some(place), Some(dict)) = (ev.place.as_ref(), dict) else {
        return;
    };
    let Some(mention) = place
        .place
        .and_then(|i| places.get(usize::try_from(i).ok()?))
        .map(|p| p.span)
    else {
        return;
    };
    let Some(country) = dict.country_by_iso2(&place.country) else {
        return;
    };
    for p in &mut ev.sources {
        p.country = Some(country.iso3.clone());
    }
    // The place where they protest is then not also the target ("rallied in Seoul").
    ev.targets.retain(|t| {
        !(t.country.as_deref() == Some(country.iso3.as_str()) && mention.contains(t.span)
            || t.span.contains(mention) && t.country.as_deref() == Some(country.iso3.as_str()))
    });
}

/// Whether the sentence is a question: it ends in a question mark (before any closing quote
/// or bracket).
fn is_question(tree: &Tree<'_>) -> bool {
    (0..tree.len())
        .rev()
        .find(|&i| !matches!(tree.form(i), "\"" | "'" | "”" | "’" | ")" | "»"))
        .is_some_and(|last| tree.form(last) == "?")
}
