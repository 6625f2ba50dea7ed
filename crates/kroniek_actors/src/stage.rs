//! The actor stage.

use kroniek_core::{
    ActorLayer, Diagnostic, Document, EntityType, Error, Layer, LayerKind, Result, Stage,
};

use crate::dictionary::{Dictionary, Sense};
use crate::known::KnownPersons;
use crate::persons::{add_known, add_persons, known_mentions};
use crate::resolve::{
    Actors, SentenceHits, ctx, focus_country, match_document, resolve_sentence, slug,
};

/// Resolves the actors of a document: dictionary matches, country phrases, agencies, persons and
/// named organisations the dictionary lacks. Requires segments, syntax, entities and places;
/// provides [`LayerKind::Actors`].
#[derive(Clone, Copy, Debug)]
pub struct ActorStage {
    dict: &'static Dictionary,
    known: &'static KnownPersons,
}

impl ActorStage {
    /// The stage with the embedded dictionary (parsed once per process).
    pub fn new() -> crate::Result<ActorStage, crate::Error> {
        let err = |message| crate::Error::Row {
            file: "data/actors",
            line: 0,
            message,
        };
        let dict = Dictionary::embedded().map_err(err)?;
        let known = KnownPersons::embedded().map_err(err)?;
        Ok(ActorStage { dict, known })
    }

    /// The dictionary this stage uses.
    pub fn dictionary(&self) -> &'static Dictionary {
        self.dict
    }

    /// Resolve the actors of a document whose earlier layers are present.
    pub fn resolve(&self, doc: &Document) -> Result<ActorLayer> {
        let Some(mut ctx) = ctx(doc) else {
            return Err(Error::Stage {
                stage: "actors",
                message: "segments, syntax, entities or places missing".into(),
            });
        };
        ctx.known = known_mentions(&ctx, self.known);
        let mut sentences = match_document(self.dict, &ctx);
        let focus = focus_country(self.dict, &ctx, &sentences);
        let mut actors = Actors::new(self.dict);
        for s in &mut sentences {
            resolve_sentence(&ctx, &mut actors, focus, s);
        }
        let named = |first: usize, end: usize| {
            sentences.iter().any(|s| {
                s.hits.iter().any(|h| {
                    h.first_tok < end
                        && first < h.end_tok
                        && h.has(|x| {
                            matches!(
                                x,
                                Sense::Organisation(_)
                                    | Sense::CountryName(_)
                                    | Sense::CountryAdjective(_)
                                    | Sense::Capital(_)
                            )
                        })
                })
            })
        };
        add_persons(&ctx, &mut actors, &sentences, &named, self.known);
        add_known(&ctx, &mut actors, &sentences);
        // An organisation whose name only starts with a demonym ("Norwegian Refugee Council",
        // "Syrian Observatory for Human Rights") is its own actor, not a country's.
        let demonym_led = |first: usize, end: usize| {
            end > first + 1
                && sentences.iter().all(|s| {
                    s.hits.iter().all(|h| {
                        !(h.first_tok < end && first < h.end_tok)
                            || (h.end_tok < end
                                && h.has(|x| matches!(x, Sense::CountryAdjective(_))))
                    })
                })
        };
        // Organisations the dictionary lacks become groups with unknown codes.
        for chain in &ctx.entities.chains {
            if chain.kind != EntityType::Org {
                continue;
            }
            let spans: Vec<_> = chain
                .mentions
                .iter()
                .filter_map(|&m| ctx.entities.entities.get(m as usize))
                .map(|e| e.span)
                .filter(|s| {
                    let (first, end) = (
                        ctx.token_at(s.start()),
                        ctx.token_at(s.end().saturating_sub(1)) + 1,
                    );
                    !named(first, end) || demonym_led(first, end)
                })
                .collect();
            let id = slug(&chain.name);
            if spans.is_empty() || id.is_empty() {
                continue;
            }
            // CAMEO codes a group by its country: the demonym that leads its name ("Serbian
            // Workers' Union"), else, for a party, union or movement, the country the document
            // is about ("the Umma party" in an article about Algeria). Other unknown names keep
            // no country: that made "World Central Kitchen" Israeli and "Camp David" Egyptian.
            let domestic = is_domestic_group(&chain.name);
            let country = spans
                .iter()
                .find_map(|sp| {
                    let (first, end) = (
                        ctx.token_at(sp.start()),
                        ctx.token_at(sp.end().saturating_sub(1)) + 1,
                    );
                    leading_demonym(self.dict, &sentences, first, end)
                })
                .or_else(|| focus.filter(|_| domestic).map(|f| f.iso3.clone()));
            for span in spans {
                actors.mention(&id, Some(span), || kroniek_core::Actor {
                    id: id.clone(),
                    name: chain.name.clone(),
                    kind: kroniek_core::ActorKind::Group,
                    country: country.clone(),
                    sector: None,
                    affiliation: None,
                    role: None,
                    former: false,
                    mentions: Vec::new(),
                });
            }
        }
        let mut list = actors.list;
        for a in &mut list {
            a.mentions.sort_by_key(|s| (s.start(), s.end()));
            a.mentions.dedup();
        }
        list.retain(|a| !a.mentions.is_empty());
        list.sort_by_key(|a| a.mentions.first().map(|s| (s.start(), s.end())));
        Ok(ActorLayer { actors: list })
    }
}

/// True for a name whose words make it a domestic political group: a party, union, front,
/// movement, alliance, league or coalition ("Homeland Union", "Umma party").
fn is_domestic_group(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "party"
                | "partij"
                | "union"
                | "unie"
                | "front"
                | "movement"
                | "beweging"
                | "alliance"
                | "alliantie"
                | "league"
                | "bond"
                | "coalition"
                | "coalitie"
                | "congress"
                | "congres"
        )
    })
}

/// The country of a demonym that starts a name spanning tokens `first..end`.
fn leading_demonym(
    dict: &Dictionary,
    sentences: &[SentenceHits],
    first: usize,
    end: usize,
) -> Option<String> {
    sentences.iter().find_map(|s| {
        s.hits.iter().find_map(|h| {
            if h.first_tok != first || h.end_tok >= end {
                return None;
            }
            h.senses.iter().find_map(|&x| match x {
                Sense::CountryAdjective(c) => dict.country(c).map(|c| c.iso3.clone()),
                _ => None,
            })
        })
    })
}

impl Stage for ActorStage {
    fn id(&self) -> &'static str {
        "actors"
    }

    fn requires(&self) -> &'static [LayerKind] {
        &[
            LayerKind::Segments,
            LayerKind::Syntax,
            LayerKind::Entities,
            LayerKind::Places,
        ]
    }

    fn provides(&self) -> LayerKind {
        LayerKind::Actors
    }

    fn annotate(&self, doc: &Document, _diag: &mut Vec<Diagnostic>) -> Result<Layer> {
        self.resolve(doc).map(Layer::Actors)
    }
}
