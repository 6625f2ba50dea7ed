//! Whether a general verb has the sense its pattern codes, judged from its participants.
//!
//! A few trigger verbs are so common that most of their uses in news are no political event:
//! "took acting lessons", "pieces falling to the ground", "the volcano surrounding the
//! island", "would not seek the death penalty". Their patterns code them only with the
//! participants their political sense has: a territory taken, a place falling to an actor,
//! an actor surrounding a place, a thing one asks others for.

use kroniek_core::{ControlEffect, Participant, Place};

use crate::agency;
use crate::complements::{
    asks_a_question, commits_to_something, engages_in_fighting, gives_something, is_link_or_supply,
    names_it, object, purpose, seeks_a_favour, summoned, warns_of_own_action,
};
use crate::frame::Frame;
use crate::pattern::{Pattern, TriggerPos};
use crate::public_actor;
use crate::scene;
use crate::sense_nl;
use crate::tree::Tree;

/// What the event's participants are checked against.
pub struct Participants<'a> {
    /// Sources.
    pub sources: &'a [Participant],
    /// Targets.
    pub targets: &'a [Participant],
    /// The document's place mentions.
    pub places: &'a [Place],
    /// The actor dictionary.
    pub dict: Option<&'a kroniek_actors::Dictionary>,
    /// English (Dutch compounds are read by their tails, English words are not: "capacity"
    /// is no city).
    pub english: bool,
}

/// Whether the trigger, a general verb, is used here in another sense than its pattern's.
pub fn wrong_sense(tree: &Tree<'_>, p: &Pattern, frame: &Frame, who: &Participants<'_>) -> bool {
    if is_in_a_name(tree, frame.trigger)
        || who.english && p.pos == TriggerPos::Verb && is_a_state(tree, frame.trigger)
    {
        return true;
    }
    let lemma = tree.lemma(frame.trigger);
    let territory = || {
        who.targets
            .iter()
            .any(|t| is_territory(tree, t, who.places, who.english))
    };
    // Every participant names a thing, a process or an idea (WordNet).
    let things = |ps: &[Participant]| {
        who.english
            && ps
                .iter()
                .all(|p| agency::inert_class(tree, p, who.dict).is_some())
    };
    let actor = |ps: &[Participant]| {
        ps.iter()
            .any(|p| public_actor::head_is_actor(tree, p, who.dict, who.english))
    };
    match p.control {
        // "took Kandahar", "nam de stad in"; not "took acting lessons", "took a wide range of
        // prey".
        Some(ControlEffect::Captures) if is_general_take(lemma) => !territory(),
        // "captured the embassy", "seized the town"; not "tourists captured pictures of the
        // incident", "police seized 126 skins", "seized an unexpected lead": things.
        Some(ControlEffect::Captures) if matches!(lemma, "capture" | "seize") => {
            !who.targets.is_empty() && things(who.targets) && !territory()
        }
        // "Kabul fell to the Taliban"; not "pieces falling to the ground".
        Some(ControlEffect::FallsTo) => !(territory() && actor(who.sources)),
        // "troops surrounded the city"; not "mountains surround the valley".
        Some(ControlEffect::Contests)
            if matches!(lemma, "surround" | "encircle" | "omsingelen" | "omringen") =>
        {
            !actor(who.sources)
        }
        _ => match (p.id.as_str(), lemma) {
            ("en:request", "seek") => !seeks_a_favour(tree, frame),
            // "ordered the troops to withdraw"; not "ordered fire safety checks", "ordering
            // the payments": an order is a demand on someone.
            // "pressed the government to resign", "requires the ministry to report"; not
            // "press the levers", "they require loan".
            // "The constitution requires both houses to confirm", "they are required to rule":
            // a rule, not a demand.
            ("en:demand", "require") => !actor(who.sources) || !actor(who.targets),
            ("en:demand", "order" | "command" | "instruct" | "direct" | "press") => {
                !actor(who.targets)
            }
            // "received the Iranian delegation"; not "received criticism", "received a
            // take-down notice", "the sentence he received".
            ("en:host", "receive") => !actor(who.targets) || things(who.targets),
            // "police prevented the march"; not "to prevent the spread", "preventing stigma": a
            // purpose, not an act.
            ("en:prevent", "prevent") => purpose(tree, frame) || things(who.targets),
            // "stopped the convoy"; not "they stopped for a while", "stop those things".
            ("en:prevent", "stop") => who.targets.is_empty() || things(who.targets),
            // "released the hostages", "freed Saleh"; not "released a document online",
            // "release their tax returns".
            ("en:release", "release" | "free") => !who.targets.is_empty() && !actor(who.targets),
            // "helped the victims"; not "to help Trump's chances", nor a help with no one
            // helping ("to help Magellanic penguins, you have to …", "aiding journalists in
            // fact-checking": a purpose or a use, not an act).
            ("en:help", _) => {
                who.sources.is_empty()
                    || !who.targets.is_empty() && (!actor(who.targets) || things(who.targets))
            }
            // "championed the reform"; not "Olympic champion Alexander Popov" (the noun read as
            // a verb).
            ("en:support", "champion") => tree.form(frame.trigger).eq_ignore_ascii_case("champion"),
            // "dissolved the opposition party" bans it; "dissolved parliament" calls an
            // election.
            ("en:ban", "dissolve" | "disband") => who
                .targets
                .iter()
                .any(|t| public_actor::head_of(tree, t).is_some_and(|h| is_chamber(tree.lemma(h)))),
            // "agreed a ceasefire", "agreed to withdraw", "agreed on a border", "agreed with
            // the rebels to …"; not "the governor agreed, saying …", "agreed that relations
            // had healed", "agreed with the nationalisation of the central bank": sharing a
            // view is no agreement.
            ("en:agree", "agree" | "concur") => {
                !commits_to_something(tree, frame, actor(who.targets))
            }
            // "China warned Taiwan that it would use force"; not "officials warned that
            // Giuliani could be a conduit", "warned people about the outbreak": a warning
            // of what others may do or of a danger is advice, not a threat.
            ("en:threaten", "warn") => !warns_of_own_action(tree, frame),
            // "celebrated the winners"; not "celebrate a birthday".
            ("en:praise", "celebrate") => !actor(who.targets),
            // "the foreign minister arrived in Beijing"; not "police arrived", "officers arrived
            // at the Walmart", "returned to power", "the committee arrived at its decision": a
            // visit is an actor's, to a place.
            ("en:arrive", _) => {
                !actor(who.sources) || !who.targets.iter().any(|t| is_place(tree, t, who.places))
            }
            // "visited Kabul", "visited the troops"; not "the escape room the group was
            // visiting" (read with "a birthday" as its object).
            ("en:visit", _) => !(territory() || actor(who.targets)),
            // "called the Iranian leader"; not "called the deal 'lousy'", "called the attack
            // a cowardly act", "firefighters were called to the building".
            ("en:phone", "call" | "ring") => {
                names_it(tree, frame) || things(who.targets) || summoned(tree, frame)
            }
            // "hanged two prisoners"; not "hangs signage".
            ("en:kill", "hang") => who.targets.is_empty() || things(who.targets),
            // "gunmen killed seven"; not "the truck struck a group of motorcycles, killing
            // seven riders", "a fire killed five girls", "the virus has killed three people".
            ("en:kill" | "en:wound" | "nl:doden", _) => scene::is_accident(tree, who.english),
            // "fed the refugees", "protected the convoy"; not "where they feed in winter",
            // "protect waters".
            ("en:evacuate", "feed" | "treat" | "protect" | "shelter") => {
                who.targets.is_empty() || things(who.targets) || particle(tree, frame.trigger, "up")
            }
            // "swore to avenge"; not "swore her in" (an oath of office).
            ("en:vow", "swear") => particle(tree, frame.trigger, "in"),
            // "engaged the enemy", "were engaged in ethnic cleansing"; not "engage with Red
            // Hat", "engage in partisan activities", "engage audiences", "a commission engaged
            // to study the draft".
            ("en:fight", "engage") => !engages_in_fighting(tree, frame, actor(who.targets)),
            // "cut ties with Iran", "cut off electricity to Nakhichevan"; not "cut its lending
            // rates", "cut expenditures", "sales cut into market share": a sanction cuts
            // relations, aid or supplies.
            ("en:suspend", "cut") => !object(tree, frame.trigger).is_some_and(is_link_or_supply),
            // "contributed 4,000 troops", "will contribute up to 1,000 soldiers"; not
            // "contributed to incredible human suffering", "had contributed a lot",
            // "contributed to Agence France-Presse" (as a writer): nothing given.
            ("en:donate", "contribute") => !gives_something(tree, frame.trigger),
            // "the two agencies partnered", "called on Arabs to unite"; not "Coast Guard
            // units" or "Banking Partners LP": nouns that the trigger matched as the verb.
            ("en:cooperate", _) => matches!(tree.upos(frame.trigger), "NOUN" | "PROPN"),
            // "police beat the protesters"; not "Sampras beat Martin 6-3 6-4", "beat Trump in
            // the election", "beat Hampshire by 188 runs": a contest won.
            ("en:beat", "beat") => scene::is_contest(tree),
            // "made a secret trip to Syria"; not "a 10-game road trip", "a train trip to the
            // Democratic Convention", "their short tour of Sri Lanka" (sport): a trip is a
            // visit to a place.
            ("en:talks-n", "trip" | "tour") => {
                !who.targets.iter().any(|t| is_place(tree, t, who.places))
            }
            // "backed the reform"; not "backed away from his support".
            ("en:support", "back") => ["away", "down", "off", "out"]
                .iter()
                .any(|w| particle(tree, frame.trigger, w)),
            // "peace talks"; a single "talk" is a lecture ("his live-streamed talk").
            ("en:talks-n", "talk") => tree.form(frame.trigger) == "talk",
            // "declined the offer", "declined to attend"; not "the colony is declining".
            ("en:refuse", "decline") => !tree
                .children(frame.trigger)
                .iter()
                .any(|&c| matches!(tree.base_rel(c), "obj" | "xcomp" | "ccomp")),
            // "police questioned the suspect"; not "questioned his authority", "questioned
            // the decision".
            ("en:investigate", "question") => {
                !who.targets.is_empty()
                    && who.targets.iter().all(|t| {
                        agency::inert_class(tree, t, who.dict).is_some()
                            || public_actor::head_of(tree, t)
                                .is_some_and(|h| tree.upos(h) == "NOUN" && tree.is_possessed(h))
                    })
            }
            // "asked the UN for help"; not "asked whether an investigation was conducted", "asked
            // her if he could marry me": a question.
            ("en:request", "ask") => asks_a_question(tree, frame),
            // "reached an understanding", "struck a compromise"; not "a primitive
            // understanding of economics", "saw compromise as the best way".
            ("en:agreement-n", "understanding" | "compromise") => {
                !tree.head(frame.trigger).is_some_and(|h| {
                    matches!(
                        tree.lemma(h),
                        "reach"
                            | "sign"
                            | "strike"
                            | "conclude"
                            | "broker"
                            | "seal"
                            | "announce"
                            | "accept"
                            | "approve"
                            | "negotiate"
                            | "propose"
                            | "memorandum"
                    )
                })
            }
            // "peace talks", "held talks"; not "held a press conference".
            ("en:talks-n" | "en:hold-talks", _) => press_conference(tree, frame.trigger),
            // "joined the coalition", "joined the protests"; not "joined parliament in 1987",
            // "to join the research team": a member's post is no cooperation.
            ("en:join", "join") => who.targets.iter().any(|t| {
                public_actor::head_of(tree, t).is_some_and(|h| is_membership(tree.lemma(h)))
            }),
            (id, _) if id.starts_with("nl:") => {
                sense_nl::wrong_sense(tree, id, frame, who.targets, &actor)
            }
            _ => false,
        },
    }
}

/// Whether the trigger is written with a capital inside a sentence that is no headline: a
/// word of a name ("the Hang Seng index", "the Committee to Protect Journalists", "H&R Block",
/// "police spokesman Umar Shelling"), not an act. A capital after an opening quotation mark, a
/// dash, a bracket or a colon starts a phrase ("\"Congratulations to …", "- Blaming Iraq …");
/// a headline capitalises its words ("Rebels Attack Army Base") or writes them in capitals.
fn is_in_a_name(tree: &Tree<'_>, t: usize) -> bool {
    let Some(before) = t.checked_sub(1) else {
        return false;
    };
    if !tree.capitalised(t)
        || matches!(
            tree.form(before),
            "\"" | "“" | "'" | "‘" | "-" | "--" | "–" | "—" | "(" | "[" | ":" | "*"
        )
    {
        return false;
    }
    let words: Vec<usize> = (0..tree.len())
        .filter(|&i| tree.form(i).chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let capitalised = words.iter().filter(|&&i| tree.capitalised(i)).count();
    let written = tree.span(t);
    let all_capitals = written.slice(tree.text).chars().all(|c| !c.is_lowercase());
    !all_capitals && capitalised * 5 <= words.len() * 3
}

/// Whether an English participle is used as an adjective before its noun, or "injured" and
/// "wounded" as a noun: a state named, not an act reported ("the proposed Brexit deal", "a
/// banned militant organisation", "the restricted zone", "an invited guest", "the injured
/// were minors"). After its noun the participle still reports the act ("a soldier abducted by
/// Hamas", "the truce brokered by Lebed").
fn is_a_state(tree: &Tree<'_>, t: usize) -> bool {
    let participle = {
        let form = tree.form(t);
        form.ends_with("ed") || form.ends_with("en")
    };
    let noun = || {
        matches!(tree.lemma(t), "injure" | "wound")
            && tree
                .children(t)
                .iter()
                .any(|&c| tree.base_rel(c) == "det" && c < t)
    };
    // After an article, a possessive or a number ("a banned …", "May's proposed …"): a main
    // verb misparsed as a modifier follows its subject ("The British relinquished control").
    let determined = t.checked_sub(1).is_some_and(|b| {
        matches!(tree.upos(b), "DET" | "NUM") || matches!(tree.form(b), "'s" | "’s")
    });
    // The second part of a hyphenated compound ("the Beijing-backed panel", "Armenian-backed
    // separatists"): a description, whatever the parser made of it.
    let compound = tree
        .text
        .get(..tree.span(t).start())
        .and_then(|before| before.strip_suffix('-'))
        .is_some_and(|before| before.ends_with(|c: char| c.is_alphanumeric()));
    participle && (compound || determined && (tree.deprel(t) == "amod" || noun()))
}

/// Whether the verb `t` has the particle `word` after it ("fed up", "swore in", "vragen ons
/// af", "schoot geld voor").
pub(crate) fn particle(tree: &Tree<'_>, t: usize, word: &str) -> bool {
    tree.children(t).iter().any(|&c| {
        c > t && matches!(tree.deprel(c), "compound:prt" | "advmod") && tree.form(c) == word
    })
}

/// Elected chambers and governments, which are dissolved for an election.
fn is_chamber(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "parliament"
            | "legislature"
            | "assembly"
            | "house"
            | "senate"
            | "congress"
            | "government"
            | "cabinet"
            | "council"
            | "chamber"
            | "campaign"
            | "knesset"
            | "duma"
            | "bundestag"
    )
}

/// Bodies one joins as a member, staff or player, and races one enters.
fn is_membership(lemma: &str) -> bool {
    matches!(
        lemma,
        "party"
            | "race"
            | "squad"
            | "parliament"
            | "congress"
            | "senate"
            | "cabinet"
            | "board"
            | "team"
            | "staff"
            | "company"
            | "firm"
            | "club"
            | "band"
            | "faculty"
            | "cast"
            | "crew"
    )
}

/// "a press conference", "held a news conference": talk to the press, not consultation.
fn press_conference(tree: &Tree<'_>, t: usize) -> bool {
    let conference = |w: usize| {
        matches!(tree.lemma(w), "conference" | "briefing")
            && tree
                .children(w)
                .iter()
                .any(|&m| matches!(tree.lemma(m), "press" | "news" | "media"))
    };
    conference(t)
        || tree
            .children(t)
            .iter()
            .any(|&c| tree.base_rel(c) == "obj" && conference(c))
}

/// Verbs of taking in general, which capture only with a territory as their object.
fn is_general_take(lemma: &str) -> bool {
    matches!(lemma, "take" | "grab" | "nemen" | "pakken")
}

/// Whether a participant is a territory: its head word is a place the geoparser found, a
/// name, or a noun for a place or a site held by force.
fn is_territory(tree: &Tree<'_>, p: &Participant, places: &[Place], english: bool) -> bool {
    is_place(tree, p, places)
        || public_actor::head_of(tree, p).is_some_and(|h| {
            (!english && public_actor::compound_ends_in(tree.lemma(h), is_territory_noun))
                || tree.upos(h) == "PROPN"
        })
}

/// Whether a participant is a place one travels to: a place the geoparser found, or a noun
/// for one (a name alone is not enough: "the Walmart", "the Olympiad").
fn is_place(tree: &Tree<'_>, p: &Participant, places: &[Place]) -> bool {
    public_actor::head_of(tree, p).is_some_and(|h| {
        places
            .iter()
            .any(|pl| !pl.adjectival && pl.span.contains(tree.span(h)))
            || is_territory_noun(tree.lemma(h))
    })
}

/// Nouns for places and sites taken, held or lost by force.
fn is_territory_noun(w: &str) -> bool {
    matches!(
        w,
        // English
        "city" | "town" | "village" | "capital" | "province" | "region" | "district"
            | "area" | "territory" | "country" | "state" | "base" | "airbase" | "airport"
            | "airfield" | "port" | "harbour" | "harbor" | "crossing" | "border" | "bridge"
            | "hill" | "ridge" | "valley" | "stronghold" | "bastion" | "control" | "building"
            | "headquarters" | "palace" | "parliament" | "compound" | "camp" | "outpost"
            | "checkpoint" | "oilfield" | "dam" | "highway" | "road" | "island" | "islands"
            | "mountain" | "peninsula" | "coast" | "garrison" | "fort" | "fortress" | "barracks"
            | "facility" | "refinery" | "square" | "quarter" | "neighbourhood" | "neighborhood"
            | "suburb" | "front" | "frontline" | "zone" | "enclave" | "municipality" | "county"
            | "governorate" | "oblast" | "land" | "ministry" | "embassy" | "prison"
            // Dutch
            | "stad" | "dorp" | "hoofdstad" | "provincie" | "streek" | "gebied" | "regio"
            | "grondgebied" | "basis" | "legerbasis" | "luchthaven" | "vliegveld" | "haven"
            | "grens" | "grensovergang" | "brug" | "heuvel" | "vallei" | "dal" | "bolwerk"
            | "stelling" | "stellingen" | "controle" | "gebouw" | "hoofdkwartier" | "paleis"
            | "kamp" | "controlepost" | "weg" | "eiland" | "berg" | "kust" | "kazerne"
            | "vesting" | "wijk" | "plein" | "frontlinie" | "gemeente" | "ministerie"
            | "ambassade" | "gevangenis"
    )
}
