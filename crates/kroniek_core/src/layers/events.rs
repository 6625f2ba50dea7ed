//! Events coded in the PLOVER ontology, with the nearest CAMEO code.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// PLOVER event types. The names follow the current PLOVER/POLECAT release (`REQUEST`,
/// `ACCUSE`); the older draft names `DEMAND`, `DISAPPROVE` and `FIGHT` parse as their
/// successors.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum PloverType {
    /// Express intent to cooperate, agree to do something.
    Agree,
    /// Meet, negotiate, visit, phone.
    Consult,
    /// Praise, endorse, defend verbally, recognise.
    Support,
    /// Verbal concessions: apologise, admit, accept demands.
    Concede,
    /// Material cooperation: economic, military, judicial, intelligence.
    Cooperate,
    /// Provide aid: economic, military, humanitarian, asylum.
    Aid,
    /// Material concessions: release, withdraw, surrender, ease sanctions.
    Retreat,
    /// Investigate, inquire.
    Investigate,
    /// Ask for or demand something (`DEMAND` in older drafts).
    Request,
    /// Criticise, accuse, blame, sue (`DISAPPROVE` in older drafts).
    Accuse,
    /// Refuse, veto, defy.
    Reject,
    /// Threaten with force, sanctions or other action.
    Threaten,
    /// Demonstrate, strike, riot.
    Protest,
    /// Reduce relations, embargo, boycott, expel.
    Sanction,
    /// Show force: mobilise or deploy troops, raise alert.
    Mobilize,
    /// Repress: arrest, detain, deport, ban, confiscate, curfew.
    Coerce,
    /// Use force: attack, fight, bomb, kill, occupy (`FIGHT` in older drafts).
    Assault,
    /// Criminal acts by non-political actors.
    Crime,
}

impl PloverType {
    /// Every type, in PLOVER's order.
    pub const ALL: [PloverType; 18] = [
        PloverType::Agree,
        PloverType::Consult,
        PloverType::Support,
        PloverType::Concede,
        PloverType::Cooperate,
        PloverType::Aid,
        PloverType::Retreat,
        PloverType::Investigate,
        PloverType::Request,
        PloverType::Accuse,
        PloverType::Reject,
        PloverType::Threaten,
        PloverType::Protest,
        PloverType::Sanction,
        PloverType::Mobilize,
        PloverType::Coerce,
        PloverType::Assault,
        PloverType::Crime,
    ];

    /// The PLOVER name.
    pub fn as_str(self) -> &'static str {
        match self {
            PloverType::Agree => "AGREE",
            PloverType::Consult => "CONSULT",
            PloverType::Support => "SUPPORT",
            PloverType::Concede => "CONCEDE",
            PloverType::Cooperate => "COOPERATE",
            PloverType::Aid => "AID",
            PloverType::Retreat => "RETREAT",
            PloverType::Investigate => "INVESTIGATE",
            PloverType::Request => "REQUEST",
            PloverType::Accuse => "ACCUSE",
            PloverType::Reject => "REJECT",
            PloverType::Threaten => "THREATEN",
            PloverType::Protest => "PROTEST",
            PloverType::Sanction => "SANCTION",
            PloverType::Mobilize => "MOBILIZE",
            PloverType::Coerce => "COERCE",
            PloverType::Assault => "ASSAULT",
            PloverType::Crime => "CRIME",
        }
    }

    /// Parse a PLOVER name, accepting the older draft names (`DEMAND`, `DISAPPROVE`, `FIGHT`)
    /// and any letter case.
    pub fn parse(name: &str) -> Option<PloverType> {
        let upper = name.trim().to_ascii_uppercase();
        match upper.as_str() {
            "DEMAND" => return Some(PloverType::Request),
            "DISAPPROVE" => return Some(PloverType::Accuse),
            "FIGHT" => return Some(PloverType::Assault),
            _ => {}
        }
        PloverType::ALL.into_iter().find(|t| t.as_str() == upper)
    }

    /// PLOVER's quad category: `verbal-cooperation`, `material-cooperation`,
    /// `verbal-conflict` or `material-conflict`.
    pub fn quad(self) -> &'static str {
        use PloverType::*;
        match self {
            Agree | Consult | Support | Concede => "verbal-cooperation",
            Cooperate | Aid | Retreat | Investigate => "material-cooperation",
            Request | Accuse | Reject | Threaten | Sanction => "verbal-conflict",
            Protest | Crime | Mobilize | Coerce | Assault => "material-conflict",
        }
    }
}

impl std::fmt::Display for PloverType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the text presents an event.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the writer.
    #[default]
    Asserted,
    /// Attributed to a source ("volgens", "according to", "zegt", "zouden … hebben").
    Reported,
    /// Possible, uncertain, conditional or only required, not stated as done ("kan",
    /// "might", "of … is niet zeker", "must be approved").
    Possible,
    /// Intended, planned or announced, not (yet) done ("wil", "plans to", "dreigt").
    Intended,
}

/// One side of an event: the actor and the words that name it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// Actor id in the document's actor layer, when resolved.
    pub actor: Option<String>,
    /// The phrase as written ("Massoud junior", "de wereld").
    pub text: String,
    /// Where that phrase is.
    pub span: Span,
    /// CAMEO-style country code of the actor (`AFG`), copied for flat exports.
    pub country: Option<String>,
    /// CAMEO sector code of the actor (`GOV`, `REB`, …).
    pub sector: Option<String>,
}

/// When an event happened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// TIMEX3-style value (`2021-08-18`, `2021-08`, `199X`).
    pub value: Option<String>,
    /// First possible day (ISO date).
    pub earliest: Option<String>,
    /// Last possible day (ISO date).
    pub latest: Option<String>,
    /// Index of the time expression it came from; `None` for the document date.
    pub timex: Option<u32>,
}

/// Where an event happened.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    /// Gazetteer name.
    pub name: String,
    /// ISO 3166-1 alpha-2 country code.
    pub country: String,
    /// Admin-1 name.
    pub admin1: Option<String>,
    /// ISO 3166-2 code of the admin-1 region.
    pub iso3166_2: Option<String>,
    /// WGS84 latitude.
    pub lat: f64,
    /// WGS84 longitude.
    pub lon: f64,
    /// Index of the place mention it came from in the place layer; `None` when taken from the
    /// document's focus.
    pub place: Option<u32>,
}

/// What an event does to territorial control, as declared by the pattern that coded it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ControlEffect {
    /// The source takes the place (veroveren, innemen, capture, seize).
    Captures,
    /// The source loses or leaves the place (zich terugtrekken, withdraw, lose).
    Loses,
    /// The place passes to the source or the agent of a passive ("in handen vallen van",
    /// "fall to"): the place is the subject, the new holder the agent.
    FallsTo,
    /// The source holds the place ("in handen van", "controls", "holds").
    Holds,
    /// The place is fought over ("biedt weerstand", "fighting for").
    Contests,
    /// The source claims the place without evidence of holding it.
    Claims,
}

/// One coded event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// PLOVER type.
    pub kind: PloverType,
    /// PLOVER mode (`military-aid`, `firearms`, `visit`, …), when the pattern gives one.
    pub mode: Option<String>,
    /// PLOVER context (`military`, `humanitarian`, …), when known.
    pub context: Option<String>,
    /// Nearest CAMEO code (`0233`, `190`).
    pub cameo: String,
    /// Who does it (more than one for compound actors).
    pub sources: Vec<Participant>,
    /// To whom (more than one for compound actors).
    pub targets: Vec<Participant>,
    /// When.
    pub date: EventDate,
    /// Where.
    pub place: Option<EventPlace>,
    /// The sentence that says it.
    pub sentence: Span,
    /// The word(s) that express it.
    pub trigger: Span,
    /// The event is denied ("kon … nooit veroveren", "did not attack").
    pub negated: bool,
    /// The event lies well before the document date (historical background).
    pub historical: bool,
    /// How the text presents it.
    pub modality: Modality,
    /// Effect on territorial control, when the pattern declares one.
    pub control: Option<ControlEffect>,
    /// Confidence in `[0, 1]`.
    pub confidence: f32,
    /// Id of the pattern that coded it (`nl:veroveren`), for auditing.
    pub pattern: String,
}

impl Spanned for Event {
    fn span(&self) -> Span {
        self.trigger
    }
}

/// The events of a document, in text order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventLayer {
    /// Events.
    pub events: Vec<Event>,
}
