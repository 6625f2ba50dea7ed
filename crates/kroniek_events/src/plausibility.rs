//! How likely a coded event is what its sentence reports: a logistic model over a few
//! signals of the event and its article, learnt from the events of real news that were judged
//! by hand in the precision audits (`eval-reports/audit/`), and stored as readable weights in
//! `data/events/plausibility.tsv`.
//!
//! The rules of the coder decide *whether* a pattern codes an event; what they cannot see is
//! how often such an event is right in running news: a verbal act between unnamed people in an
//! article without one political actor is right less often than an attack on a named group
//! in a report full of governments. The model turns those signals into a probability that the
//! event is right, calibrated on the judged events; the event stage leaves out verbal and
//! cooperative events below a threshold ([`crate::DEFAULT_MIN_PLAUSIBILITY`], `kroniek …
//! --min-plausibility`), material ones below [`MATERIAL_SHARE`] of it. The event's `confidence` stays the coder's own, which ranks the events
//! of one sentence.
//!
//! Signals (each a named feature, value 1 unless said otherwise):
//! - the language, the event type, whether the trigger is a noun;
//! - for source and target: absent, first or second person pronoun, an unresolved phrase
//!   (coded with a sector, with a capitalised word, or neither), or the kind of the resolved
//!   actor (state, agency, international organisation, group, person,
//!   collective); whether either side is a political actor (a state, an agency, an
//!   international organisation, or a group or person with a political sector);
//! - modality, negation, historical background, a quotation in the sentence, a match score in
//!   it ("6-3"), the sentence's length, other events in the same sentence;
//! - the article's political density: mentions of political actors per 100 words (bucketed);
//! - the article's topics: sport, culture, business and science words per 100 words
//!   ([`crate::topics`], bucketed);
//! - the pattern that coded the event;
//! - the rule-based confidence the coder gave the event (a number).

use std::collections::HashMap;
use std::sync::OnceLock;

use kroniek_core::{ActorKind, ActorLayer, Document, Event, Participant, PloverType};

use crate::sentence_lang::SentenceLangs;
use crate::topics::{TOPICS, TopicDensities, TopicWords};

/// The weights file, embedded.
const WEIGHTS: &str = include_str!("../../../data/events/plausibility.tsv");

/// Sectors of political actors (CAMEO): governments, their forces and courts, parties and
/// opposition, rebels and insurgents, international and human-rights organisations.
const POLITICAL_SECTORS: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY", "REB", "INS", "IGO", "UNO", "NGO",
    "HRI", "UAF", "IMG",
];

/// First and second person pronouns: a speaker's own doings, rarely news events.
const PERSONAL: &[&str] = &[
    "ik", "me", "mij", "we", "wij", "ons", "je", "jij", "jou", "u", "jullie", "i", "us", "you",
];

/// What the article as a whole says about events in it.
#[derive(Clone, Copy, Debug, Default)]
pub struct ArticleSignals {
    /// Mentions of political actors per 100 words.
    pub political_per_100: f32,
    /// Words of each topic of [`crate::topics::TOPICS`] per 100 words.
    pub topics: TopicDensities,
}

impl ArticleSignals {
    /// The signals of `doc` (its actor layer and text).
    pub fn of(doc: &Document, actors: Option<&ActorLayer>, events: &[Event]) -> ArticleSignals {
        let words = doc.text().split_whitespace().count().max(1) as f32;
        // Participants coded with a political sector that the actor layer does not hold.
        let coded = events
            .iter()
            .flat_map(|e| e.sources.iter().chain(&e.targets))
            .filter(|p| p.actor.is_none() && political_sector(p.sector.as_deref()))
            .count();
        let mentions: usize = coded
            + actors
                .map(|a| {
                    a.actors
                        .iter()
                        .filter(|a| political_kind(a.kind, a.sector.as_deref()))
                        .map(|a| a.mentions.len())
                        .sum()
                })
                .unwrap_or(0);
        ArticleSignals {
            political_per_100: 100.0 * mentions as f32 / words,
            topics: TopicWords::embedded().densities(doc),
        }
    }
}

fn political_sector(sector: Option<&str>) -> bool {
    sector.is_some_and(|s| POLITICAL_SECTORS.contains(&s))
}

fn political_kind(kind: ActorKind, sector: Option<&str>) -> bool {
    match kind {
        ActorKind::State | ActorKind::Agency | ActorKind::Igo => true,
        ActorKind::Group | ActorKind::Person | ActorKind::Collective => political_sector(sector),
    }
}

/// The class of one side of an event (by its first participant), and whether any of its
/// participants is a political actor.
fn side(ps: &[Participant], actors: Option<&ActorLayer>) -> (&'static str, bool) {
    let actor_of = |p: &Participant| {
        p.actor
            .as_deref()
            .and_then(|id| actors.and_then(|a| a.get(id)))
    };
    let political = ps.iter().any(|p| match actor_of(p) {
        Some(a) => political_kind(a.kind, a.sector.as_deref().or(p.sector.as_deref())),
        None => political_sector(p.sector.as_deref()),
    });
    let Some(p) = ps.first() else {
        return ("none", false);
    };
    let kind = if PERSONAL.contains(&p.text.trim().to_lowercase().as_str()) {
        "personal"
    } else {
        match actor_of(p) {
            Some(a) => a.kind.as_str(),
            None if p.sector.is_some() => "coded-phrase",
            None if p
                .text
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase)) =>
            {
                "named-phrase"
            }
            None => "phrase",
        }
    };
    (kind, political)
}

/// The features of `ev`, one of `events` (the document's events, for the count of events in
/// its sentence), in a document whose text is `text`.
pub fn features(
    ev: &Event,
    events: &[Event],
    text: &str,
    lang: &str,
    trigger_is_noun: bool,
    actors: Option<&ActorLayer>,
    article: ArticleSignals,
) -> Vec<(String, f32)> {
    let mut f: Vec<(String, f32)> = vec![("bias".into(), 1.0)];
    let on = |f: &mut Vec<(String, f32)>, name: String| f.push((name, 1.0));
    on(&mut f, format!("lang:{lang}"));
    on(&mut f, format!("type:{}", ev.kind.as_str()));
    if trigger_is_noun {
        on(&mut f, "trigger:noun".into());
    }
    let (src, src_pol) = side(&ev.sources, actors);
    let (tgt, tgt_pol) = side(&ev.targets, actors);
    on(&mut f, format!("source:{src}"));
    on(&mut f, format!("target:{tgt}"));
    if src_pol || tgt_pol {
        on(&mut f, "political-participant".into());
    }
    on(&mut f, format!("modality:{:?}", ev.modality).to_lowercase());
    if ev.negated {
        on(&mut f, "negated".into());
    }
    if ev.historical {
        on(&mut f, "historical".into());
    }
    let sentence = ev.sentence.slice(text);
    if sentence.contains(['"', '\u{201c}', '\u{201d}', '\u{201e}']) {
        on(&mut f, "quotation".into());
    }
    if sentence.split_whitespace().any(is_score) {
        on(&mut f, "sentence:score".into());
    }
    let words = sentence.split_whitespace().count();
    on(
        &mut f,
        match words {
            0..=9 => "sentence:short",
            10..=30 => "sentence:medium",
            _ => "sentence:long",
        }
        .into(),
    );
    if events
        .iter()
        .filter(|e| e.sentence == ev.sentence)
        .take(2)
        .count()
        > 1
    {
        on(&mut f, "sentence:more-events".into());
    }
    let density = article.political_per_100;
    on(
        &mut f,
        if density == 0.0 {
            "article:no-political-actor"
        } else if density < 1.0 {
            "article:few-political-actors"
        } else {
            "article:political"
        }
        .into(),
    );
    for (topic, &d) in TOPICS.iter().zip(&article.topics) {
        if d >= TOPIC_HIGH {
            on(&mut f, format!("article:{topic}"));
        } else if d >= TOPIC_SOME {
            on(&mut f, format!("article:some-{topic}"));
        }
    }
    on(&mut f, format!("pattern:{}", ev.pattern));
    f.push(("rule-confidence".into(), ev.confidence));
    f
}

/// Whether `word` is a match score: two numbers of one to three digits joined by a hyphen
/// ("6-3", "33-26,"), not a year range ("1996-97") or a date.
pub(crate) fn is_score(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    digits(a) && digits(b)
}

/// Topic words per 100 words from which an article is about the topic, and from which it
/// touches it (set beforehand, not tuned: about 7 and 2 words of a 500-word article).
const TOPIC_HIGH: f32 = 1.5;
const TOPIC_SOME: f32 = 0.5;

/// The features of every event of `events`, coded in `doc` (its text, language, segments,
/// syntax and actor layers; the events need not be in its event layer yet).
pub fn document_features(doc: &Document, events: &[Event]) -> Vec<Vec<(String, f32)>> {
    if events.is_empty() {
        // The article's signals read every word: not for a document without events.
        return Vec::new();
    }
    let layers = doc.layers();
    let actors = layers.actors();
    let article = ArticleSignals::of(doc, actors, events);
    let langs = SentenceLangs::of(doc);
    let noun_at = |start: usize| -> bool {
        let (Some(seg), Some(syn)) = (layers.segments(), layers.syntax()) else {
            return false;
        };
        let i = seg.tokens.partition_point(|t| t.span.start() < start);
        seg.tokens.get(i).is_some_and(|t| t.span.start() == start)
            && syn
                .tokens
                .get(i)
                .is_some_and(|t| matches!(t.upos.as_str(), "NOUN" | "PROPN"))
    };
    events
        .iter()
        .map(|ev| {
            features(
                ev,
                events,
                doc.text(),
                langs.at(ev.sentence),
                noun_at(ev.trigger.start()),
                actors,
                article,
            )
        })
        .collect()
}

/// The share of the stage's threshold that events of this type are held to: violence,
/// coercion, crime, mobilisation, sanctions and protests are news whoever their actors are
/// (farmers blocking roads, students staging a sit-in), so they need only
/// [`MATERIAL_SHARE`] of the probability a verbal or cooperative event needs; what the
/// model removes of them is mostly sport ("Sampras beat Martin") and fiction.
pub fn threshold_share(kind: PloverType) -> f32 {
    // The types whose agentless passives are real events, and protests.
    if !crate::public_actor::needs_actor(kind) || kind == PloverType::Protest {
        MATERIAL_SHARE
    } else {
        1.0
    }
}

/// See [`threshold_share`]: chosen by cross-validation on the judged development events
/// (`eval-reports/events.md`, session 15).
pub const MATERIAL_SHARE: f32 = 2.0 / 3.0;

/// A logistic model: one weight per feature name.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plausibility {
    weights: HashMap<String, f32>,
}

impl Plausibility {
    /// The model of `data/events/plausibility.tsv`, parsed once.
    pub fn embedded() -> &'static Plausibility {
        static MODEL: OnceLock<Plausibility> = OnceLock::new();
        MODEL.get_or_init(|| Plausibility::parse(WEIGHTS).unwrap_or_default())
    }

    /// Parse `feature<TAB>weight` lines (`#` comments and blank lines skipped).
    pub fn parse(text: &str) -> Result<Plausibility, String> {
        let mut weights = HashMap::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, w) = line
                .split_once('\t')
                .ok_or_else(|| format!("line {}: expected feature<TAB>weight", i + 1))?;
            let w: f32 = w
                .trim()
                .parse()
                .map_err(|_| format!("line {}: weight `{w}` is not a number", i + 1))?;
            weights.insert(name.to_string(), w);
        }
        Ok(Plausibility { weights })
    }

    /// A model with these weights.
    pub fn from_weights(weights: HashMap<String, f32>) -> Plausibility {
        Plausibility { weights }
    }

    /// Whether the model has no weights (then events keep the coder's confidence).
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probability that an event with these features is right.
    pub fn probability(&self, features: &[(String, f32)]) -> f32 {
        let z: f32 = features
            .iter()
            .map(|(name, v)| self.weights.get(name).copied().unwrap_or(0.0) * v)
            .sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// The weights, sorted by feature name, as the file stores them.
    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<(&String, &f32)> = self.weights.iter().collect();
        rows.sort_by(|a, b| a.0.cmp(b.0));
        rows.into_iter()
            .map(|(n, w)| format!("{n}\t{w:.4}\n"))
            .collect()
    }
}
