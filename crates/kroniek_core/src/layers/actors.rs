//! Actors: who the text is about, resolved to CAMEO-style country and sector codes.

use serde::{Deserialize, Serialize};

use crate::span::{Span, Spanned};

/// What an actor is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A state as a whole ("Afghanistan", "de Russen", "Kabul" as a metonym).
    State,
    /// A part of a state: government, army, police, ministry.
    Agency,
    /// An international organisation (VN, NAVO, Rode Kruis).
    Igo,
    /// A non-state group: armed, political, religious, business.
    Group,
    /// A named person.
    Person,
    /// An unnamed collective ("betogers", "burgers", "de bevolking").
    Collective,
}

impl ActorKind {
    /// The lowercase name used in records.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::State => "state",
            ActorKind::Agency => "agency",
            ActorKind::Igo => "igo",
            ActorKind::Group => "group",
            ActorKind::Person => "person",
            ActorKind::Collective => "collective",
        }
    }
}

/// One actor of a document with every mention that refers to it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Stable slug: `taliban`, `afg-gov`, `amrullah-saleh`.
    pub id: String,
    /// Display name ("Taliban", "Afghan government", "Amrullah Saleh").
    pub name: String,
    /// What it is.
    pub kind: ActorKind,
    /// CAMEO-style ISO 3166-1 alpha-3 country code (`AFG`), or `IGO`/`NGO` style codes for
    /// actors without one; `None` when unknown.
    pub country: Option<String>,
    /// CAMEO sector code (`GOV`, `MIL`, `REB`, `OPP`, `IGO`, `CVL`, `COP`, `MED`, …).
    pub sector: Option<String>,
    /// The group or state actor a person or unit belongs to (actor id), e.g. Ahmad Massoud →
    /// `northern-alliance`.
    pub affiliation: Option<String>,
    /// Role word that typed a person ("vicepresident", "woordvoerder").
    pub role: Option<String>,
    /// The role is a former one ("voormalige vicepresident", "former president").
    pub former: bool,
    /// Mentions in text order (names, acronyms, role phrases, pronouns are not included).
    pub mentions: Vec<Span>,
}

impl Spanned for Actor {
    fn span(&self) -> Span {
        self.mentions.first().copied().unwrap_or_default()
    }
}

/// The actors of a document, in order of first mention.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ActorLayer {
    /// Actors.
    pub actors: Vec<Actor>,
}

impl ActorLayer {
    /// The actor with this id.
    pub fn get(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    /// The actor (index) whose mention covers `span` best: an exact mention first, else the
    /// longest mention inside `span`, else the shortest mention that contains `span` (a phrase
    /// cut shorter than the name: "Massoud" of "Massoud junior").
    pub fn at(&self, span: Span) -> Option<usize> {
        let mut inside: Option<(usize, usize)> = None;
        let mut around: Option<(usize, usize)> = None;
        for (i, actor) in self.actors.iter().enumerate() {
            for m in &actor.mentions {
                if *m == span {
                    return Some(i);
                }
                let len = m.len();
                if span.contains(*m) {
                    if inside.is_none_or(|(_, l)| len > l) {
                        inside = Some((i, len));
                    }
                } else if m.contains(span)
                    && !span.is_empty()
                    && around.is_none_or(|(_, l)| len < l)
                {
                    around = Some((i, len));
                }
            }
        }
        inside.or(around).map(|(i, _)| i)
    }
}
