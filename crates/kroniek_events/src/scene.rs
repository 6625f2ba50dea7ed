//! What a sentence is about as a whole, where that decides a trigger's sense: a contest
//! ("Sampras beat Martin 6-3 6-4", "won by five wickets") or an accident or a disaster ("a
//! fire killed five girls", "the virus has killed three people"), in which beating and
//! killing are no assault.

use crate::tree::Tree;

/// A sentence about a contest: a score ("6-3", "33-26"), a margin ("by 188 runs", "by 12
/// points") or a word of competition.
pub(crate) fn is_contest(tree: &Tree<'_>) -> bool {
    (0..tree.len()).any(|i| {
        let lemma = tree.lemma(i).to_lowercase();
        let after_number = i.checked_sub(1).is_some_and(|j| {
            tree.form(j).bytes().all(|b| b.is_ascii_digit()) || tree.upos(j) == "NUM"
        });
        crate::plausibility::is_score(tree.form(i))
            || results_line(tree, i)
            || tree.form(i) == "open" && tree.capitalised(i) && i > 0 && tree.capitalised(i - 1)
            || after_number
                && matches!(
                    lemma.as_str(),
                    "run" | "point" | "goal" | "wicket" | "vote" | "stroke" | "length" | "second"
                )
            || matches!(
                lemma.as_str(),
                "match"
                    | "game"
                    | "final"
                    | "semifinal"
                    | "semi-final"
                    | "quarterfinal"
                    | "quarter-final"
                    | "tournament"
                    | "championship"
                    | "league"
                    | "cup"
                    | "season"
                    | "halftime"
                    | "election"
                    | "poll"
                    | "primary"
                    | "race"
                    | "contest"
                    | "innings"
            )
    })
}

/// A line of results: a name followed by its country in brackets ("Kimiko Date (Japan) beat
/// Gabriela Sabatini (Argentina)"), at `i`, the opening bracket.
fn results_line(tree: &Tree<'_>, i: usize) -> bool {
    tree.form(i) == "("
        && i > 0
        && tree.upos(i - 1) == "PROPN"
        && (i + 2..(i + 4).min(tree.len()))
            .any(|j| tree.form(j) == ")" && (i + 1..j).all(|k| tree.capitalised(k)))
}

/// An accident or a disaster: a vehicle and a crash or a driver in the sentence ("the truck
/// struck a group of motorcycles, killing seven"), or a fire, a storm, a quake, a stampede or a
/// disease ("lightning struck a group of people", "the virus has killed three people"), and no
/// weapon, attack or fighter ("a truck rammed the crowd" and "set fire to the mosque" are
/// attacks).
pub(crate) fn is_accident(tree: &Tree<'_>, english: bool) -> bool {
    let any = |f: &dyn Fn(usize, &str) -> bool| (0..tree.len()).any(|i| f(i, tree.lemma(i)));
    let road = any(&|_, w| is_vehicle(w)) && any(&|_, w| is_crash(w));
    // By lemma or by form: "lightning" may be read as a verb.
    let disaster = any(&|i, w| {
        let form = tree.form(i).to_lowercase();
        if english {
            is_disaster_en(w) || is_disaster_en(&form) || w == "fire" && !fire_set(tree, i)
        } else {
            is_disaster_nl(w) || is_disaster_nl(&form)
        }
    });
    (road || disaster) && !any(&|_, w| is_violence(w))
}

/// "opened fire", "set fire to": the fire is a weapon.
fn fire_set(tree: &Tree<'_>, i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|j| matches!(tree.lemma(j), "open" | "set"))
}

fn is_vehicle(w: &str) -> bool {
    matches!(
        w,
        "car"
            | "truck"
            | "bus"
            | "vehicle"
            | "motorcycle"
            | "motorbike"
            | "van"
            | "lorry"
            | "train"
            | "tram"
            | "minibus"
            | "coach"
            | "jeep"
            | "tractor"
            | "taxi"
            | "pickup"
            | "ferry"
            | "boat"
            | "ship"
            | "vessel"
            | "plane"
            | "aircraft"
            | "airliner"
            | "helicopter"
            | "auto"
            | "vrachtwagen"
            | "trein"
            | "veerboot"
            | "boot"
            | "schip"
            | "vliegtuig"
            | "helikopter"
    )
}

fn is_crash(w: &str) -> bool {
    matches!(
        w,
        "crash"
            | "collide"
            | "collision"
            | "overturn"
            | "derail"
            | "capsize"
            | "skid"
            | "accident"
            | "drive"
            | "driver"
            | "plunge"
            | "fall"
            | "sink"
            | "roll"
            | "ongeluk"
            | "ongeval"
            | "botsing"
            | "botsen"
            | "neerstorten"
            | "kantelen"
            | "zinken"
            | "chauffeur"
            | "bestuurder"
    )
}

/// English words for natural or accidental causes of death ("fire" apart: it can be a weapon).
fn is_disaster_en(w: &str) -> bool {
    matches!(
        w,
        "earthquake"
            | "quake"
            | "tsunami"
            | "flood"
            | "flooding"
            | "landslide"
            | "mudslide"
            | "avalanche"
            | "storm"
            | "hurricane"
            | "typhoon"
            | "cyclone"
            | "tornado"
            | "lightning"
            | "heatwave"
            | "blaze"
            | "wildfire"
            | "bushfire"
            | "stampede"
            | "eruption"
            | "volcano"
            | "disease"
            | "epidemic"
            | "pandemic"
            | "outbreak"
            | "virus"
            | "infect"
            | "infection"
            | "flu"
            | "influenza"
            | "cholera"
            | "ebola"
            | "measles"
            | "malaria"
            | "meningitis"
            | "coronavirus"
            | "covid-19"
            | "drown"
            | "overdose"
    )
}

/// Dutch words for natural or accidental causes of death.
fn is_disaster_nl(w: &str) -> bool {
    matches!(
        w,
        "brand"
            | "aardbeving"
            | "overstroming"
            | "storm"
            | "orkaan"
            | "bliksem"
            | "lawine"
            | "aardverschuiving"
            | "modderstroom"
            | "epidemie"
            | "pandemie"
            | "virus"
            | "ziekte"
            | "besmetten"
            | "griep"
            | "verdrinken"
            | "hittegolf"
            | "vulkaanuitbarsting"
    )
}

/// Weapons, attacks and fighters: with these the deaths are violence, whatever else the
/// sentence names (and, for "engage in", fighting: `complements`).
pub(crate) fn is_violence(w: &str) -> bool {
    matches!(
        w,
        "attack"
            | "attacker"
            | "bomb"
            | "bomber"
            | "gun"
            | "gunman"
            | "gunmen"
            | "gunfire"
            | "shoot"
            | "shooting"
            | "ram"
            | "deliberately"
            | "terror"
            | "terrorist"
            | "militant"
            | "explosive"
            | "blast"
            | "explosion"
            | "suicide"
            | "missile"
            | "rocket"
            | "airstrike"
            | "shelling"
            | "troops"
            | "soldier"
            | "rebel"
            | "militia"
            | "insurgent"
            | "war"
            | "combat"
            | "battle"
            | "riot"
            | "knife"
            | "arson"
            | "arsonist"
            | "massacre"
            | "genocide"
            | "aanslag"
            | "aanval"
            | "bom"
            | "schieten"
            | "schutter"
            | "soldaat"
            | "leger"
            | "oorlog"
            | "gevecht"
            | "mes"
            | "moord"
            | "brandstichting"
            | "brandstichter"
    )
}
