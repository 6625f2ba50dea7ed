//! Whether an event has someone who can act in public.
//!
//! PLOVER codes interactions between political actors: governments, groups, organisations,
//! officials, crowds, named people. An event whose every participant is a thing or an idea
//! ("the findings support efforts", "a suspected gas leak", "the first attempt to examine the
//! idea") is a word of the right lemma in a sentence about something else. Such events are
//! not coded for the verbal and cooperative types; material acts (assault, coercion, crime,
//! mobilisation, sanctions) keep their agentless passives ("het is voortaan verboden te
//! skaten", "een fax werd in beslag genomen"), where the actor is implicit but real.
//!
//! A participant counts as an actor when the actor stage or the dictionary coded it (an
//! actor id, a country, a sector), when its head is a name, a third-person pronoun, a
//! relative pronoun, a dictionary role or agency word, or a noun for people or a group of
//! them ("students", "de ouders", "the majority").

use kroniek_core::{Participant, PloverType};

use crate::tree::Tree;

/// Whether an event of this type must have an actor among its participants.
pub fn needs_actor(kind: PloverType) -> bool {
    !matches!(
        kind,
        PloverType::Assault
            | PloverType::Coerce
            | PloverType::Crime
            | PloverType::Mobilize
            | PloverType::Sanction
    )
}

/// Whether any of the participants is an actor (see the module doc).
pub fn has_actor<'p>(
    tree: &Tree<'_>,
    participants: impl IntoIterator<Item = &'p Participant>,
    dict: Option<&kroniek_actors::Dictionary>,
    english: bool,
) -> bool {
    participants
        .into_iter()
        .any(|p| is_actor(tree, p, dict, english))
}

fn is_actor(
    tree: &Tree<'_>,
    p: &Participant,
    dict: Option<&kroniek_actors::Dictionary>,
    english: bool,
) -> bool {
    p.actor.is_some()
        || p.country.is_some()
        || p.sector.is_some()
        || head_is_actor(tree, p, dict, english)
}

/// Whether the participant's head word names an actor, or the actor stage coded it. A
/// country taken from a place inside the phrase ("a birthday in Warsaw") does not count, nor
/// an actor coded from a possessor ("the senator's chances").
pub(crate) fn head_is_actor(
    tree: &Tree<'_>,
    p: &Participant,
    dict: Option<&kroniek_actors::Dictionary>,
    english: bool,
) -> bool {
    let Some(h) = head_of(tree, p) else {
        return false;
    };
    let possessed = tree.is_possessed(h);
    if (p.actor.is_some() || p.sector.is_some()) && !possessed {
        return true;
    }
    let form = tree.form(h);
    let lower = form.to_lowercase();
    let lemma = tree.lemma(h).to_lowercase();
    if tree.upos(h) == "PROPN" || (h > 0 && tree.capitalised(h)) {
        return true;
    }
    if tree.upos(h) == "PRON" {
        return is_person_pronoun(&lower);
    }
    if is_people_noun(&lemma) || is_people_noun(&lower) {
        return true;
    }
    // "de politiemensen", "oppositieleden": a Dutch compound of a people noun.
    // English closes only agent nouns this way ("dockworkers", "lawmen"); its other words
    // end in such tails by chance ("coordination", "destination").
    let agentive = |w: &str| {
        is_people_noun(w)
            && [
                "er", "ers", "or", "ors", "man", "men", "ist", "ists", "people",
            ]
            .iter()
            .any(|s| w.ends_with(s))
    };
    if compound_ends_in(&lower, if english { agentive } else { is_people_noun }) {
        return true;
    }
    dict.is_some_and(|d| {
        [form, tree.lemma(h)].iter().any(|w| {
            d.lookup(w).iter().any(|s| {
                matches!(
                    s,
                    kroniek_actors::Sense::Agency(_) | kroniek_actors::Sense::Role(_)
                )
            })
        })
    })
}

/// The participant's head: the token in its span whose head lies outside it.
pub(crate) fn head_of(tree: &Tree<'_>, p: &Participant) -> Option<usize> {
    let inside: Vec<usize> = (0..tree.len())
        .filter(|&i| p.span.contains(tree.span(i)))
        .collect();
    inside
        .iter()
        .copied()
        .find(|&i| tree.head(i).is_none_or(|h| !inside.contains(&h)))
        .or_else(|| inside.last().copied())
}

/// Whether a Dutch compound ends in a word of the list, of four letters or more, after a
/// first part of three or more ("politiemensen" → "mensen", "tennistoernooi" → "toernooi").
pub(crate) fn compound_ends_in(word: &str, list: fn(&str) -> bool) -> bool {
    (3..word.len().saturating_sub(3))
        .filter(|&i| word.is_char_boundary(i))
        .any(|i| list(&word[i..]))
}

/// Pronouns that stand for people or groups of them: third person, and "we" for a group
/// that speaks ("We zullen geen bestand sluiten", says an adviser); not "it", "het", "I",
/// "you" ("thank you for taking the time to speak with us" is no event).
fn is_person_pronoun(form: &str) -> bool {
    matches!(
        form,
        "he" | "she"
            | "they"
            | "him"
            | "her"
            | "them"
            | "his"
            | "their"
            | "we"
            | "who"
            | "whom"
            | "hij"
            | "zij"
            | "ze"
            | "hem"
            | "haar"
            | "hun"
            | "hen"
            | "wij"
            | "wie"
    )
}

/// Nouns for people and their groups, in the singular and plural forms a lemmatiser may
/// leave (roles and state agencies are in the actor dictionary).
fn is_people_noun(w: &str) -> bool {
    matches!(
        w,
        // English
        "people" | "person" | "persons" | "man" | "men" | "woman" | "women" | "child"
            | "children" | "boy" | "boys" | "girl" | "girls" | "family" | "families"
            | "father" | "mother" | "son" | "daughter" | "wife" | "husband" | "brother"
            | "sister" | "parent" | "parents" | "relative" | "relatives" | "victim" | "victims"
            | "survivor" | "survivors" | "worker" | "workers" | "employee" | "employees"
            | "staff" | "student" | "students" | "teacher" | "teachers" | "doctor" | "doctors"
            | "nurse" | "nurses" | "farmer" | "farmers" | "citizen" | "citizens" | "voter"
            | "voters" | "crowd" | "crowds" | "activist" | "activists" | "supporter"
            | "supporters" | "member" | "members" | "candidate" | "candidates" | "politician"
            | "politicians" | "party" | "parties" | "group" | "groups" | "union" | "unions"
            | "movement" | "officer" | "officers" | "guard" | "guards" | "prisoner"
            | "prisoners" | "detainee" | "detainees" | "hostage" | "hostages" | "suspect"
            | "suspects" | "gunman" | "gunmen" | "attacker" | "attackers" | "assailant"
            | "bomber" | "terrorist" | "terrorists" | "killer" | "gang" | "gangs" | "mob"
            | "inmate" | "inmates" | "migrant" | "migrants" | "immigrant" | "immigrants"
            | "refugee" | "refugees" | "passenger" | "passengers" | "driver" | "crew"
            | "miner" | "miners" | "country" | "countries" | "nation" | "nations" | "state"
            | "states" | "majority" | "minority" | "lawyer" | "lawyers" | "attorney"
            | "bystander" | "bystanders" | "owner" | "owners" | "troop" | "allies" | "ally"
            | "neighbour" | "neighbor" | "neighbours" | "neighbors" | "community"
            | "communities" | "tribe" | "tribes" | "clan" | "clans" | "elder" | "elders"
            | "chief" | "delegation" | "delegates" | "delegate" | "representative"
            | "representatives" | "organisers" | "organizers" | "organiser" | "organizer"
            | "demonstrator" | "protester" | "protestor" | "rebel" | "militant" | "fighter"
            | "soldiers" | "soldier" | "civilian" | "resident" | "villager" | "council"
            | "committee" | "commission" | "board" | "establishment" | "psychiatrist"
            | "thousands" | "hundreds" | "dozens" | "millions" | "leaders" | "faction"
            | "factions" | "agency" | "agencies" | "inspector" | "inspectors"
            | "investigators" | "strikers" | "regulator" | "regulators" | "company"
            | "companies" | "firm" | "firms" | "bank" | "banks" | "municipality" | "city"
            | "drivers" | "pilots" | "opponents" | "critics" | "rivals" | "sides" | "front"
            | "alliance" | "coalition" | "church" | "churches" | "dockers" | "mourners"
            | "employers" | "employer" | "clergy"
            // Dutch
            | "mens" | "mensen" | "persoon" | "personen" | "vrouw" | "vrouwen" | "mannen"
            | "kind" | "kinderen" | "jongen" | "jongens" | "meisje" | "meisjes" | "familie"
            | "gezin" | "gezinnen" | "vader" | "moeder" | "zoon" | "dochter" | "echtgenoot"
            | "echtgenote" | "broer" | "zus" | "zuster" | "ouder" | "ouders" | "slachtoffer"
            | "slachtoffers" | "overlevende" | "overlevenden" | "arbeider" | "arbeiders"
            | "werknemer" | "werknemers" | "personeel" | "leerling" | "leerlingen" | "studenten"
            | "leraar" | "leraren" | "dokter" | "arts" | "artsen" | "boer" | "boeren"
            | "burger" | "kiezer" | "kiezers" | "menigte" | "betoger" | "demonstrant"
            | "activisten" | "aanhanger" | "aanhangers" | "lid" | "leden" | "kandidaat"
            | "kandidaten" | "politicus" | "politici" | "partij" | "partijen" | "groep"
            | "groepen" | "groepering" | "vakbond" | "vakbonden" | "beweging" | "gevangene"
            | "gevangenen" | "gedetineerde" | "gedetineerden" | "gijzelaar" | "gijzelaars"
            | "verdachte" | "verdachten" | "dader" | "daders" | "schutter" | "aanvaller"
            | "aanvallers" | "moordenaar" | "bende" | "bendes" | "migranten"
            | "vluchteling" | "asielzoeker" | "asielzoekers" | "passagier" | "passagiers"
            | "chauffeur" | "bemanning" | "land" | "landen" | "staat" | "staten" | "natie"
            | "naties" | "meerderheid" | "minderheid" | "advocaat" | "advocaten"
            | "omstaander" | "omstaanders" | "buurland" | "buurlanden" | "bondgenoot"
            | "bondgenoten" | "gemeenschap" | "stam" | "stammen" | "delegatie" | "afgevaardigden"
            | "vertegenwoordiger" | "vertegenwoordigers" | "organisatoren" | "soldaat"
            | "strijder" | "inwoner" | "dorpeling" | "agent" | "agenten" | "raad"
            | "ministerraad" | "gemeenteraad" | "commissie" | "comité" | "bestuur"
            | "psychiater" | "alliantie" | "coalitie" | "kerk" | "kerken" | "werkgevers"
            | "werkgever" | "dokwerkers" | "rouwenden" | "duizenden" | "honderden" | "tientallen" | "miljoenen"
            | "leiders" | "factie" | "facties" | "instantie" | "instanties" | "inspecteur"
            | "inspecteurs" | "stakers" | "toezichthouder" | "toezichthouders" | "bedrijf"
            | "bedrijven" | "onderneming" | "banken" | "gemeente" | "gemeenten"
            | "stad" | "chauffeurs" | "piloten" | "tegenstanders" | "critici"
    )
}
