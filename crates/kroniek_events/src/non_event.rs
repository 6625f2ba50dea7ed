//! Trigger words that report no event: readings the precision audits of real news found
//! (English Wikinews, Dutch De Morgen; `eval-reports/events.md`, session 9). Each test says
//! why its word is no political event; a rejected pattern lets the next pattern for the same
//! word be tried.

use kroniek_core::{Participant, PloverType};

use crate::frame::Frame;
use crate::lexicon;
use crate::pattern::{Pattern, Rel, TriggerPos};
use crate::tree::Tree;

/// Whether the trigger at `i` (the frame's trigger word) reads as no event in its language,
/// before its participants are known.
pub(crate) fn non_event(
    tree: &Tree<'_>,
    frame: &Frame,
    i: usize,
    p: &Pattern,
    lemma: &str,
    english: bool,
) -> bool {
    if p.pos == TriggerPos::Noun && names_a_treaty(tree, i, lemma) {
        return true;
    }
    if english {
        english_non_event(tree, frame, p, lemma)
    } else {
        dutch_non_event(tree, i, p, lemma)
    }
}

/// An agreement noun that names an existing treaty ("the Paris Agreement", "Article 5 of the
/// NATO treaty", "het Verdrag van Lissabon"): a name in a sentence, not an agreement made
/// there, unless a verb of making or signing governs it ("signed the Minsk agreement", which
/// its verb pattern codes as well).
fn names_a_treaty(tree: &Tree<'_>, i: usize, lemma: &str) -> bool {
    if !lexicon::class_matches("agreement", &lemma.to_lowercase()) {
        return false;
    }
    let in_name = i > 0 && tree.capitalised(i) && !tree.is_punct(i - 1);
    let named_by = tree.children(i).iter().any(|&c| {
        matches!(tree.base_rel(c), "compound" | "flat")
            && tree.upos(c) == "PROPN"
            && tree.capitalised(c)
    });
    if !(in_name || named_by) {
        return false;
    }
    !tree
        .head(i)
        .is_some_and(|h| lexicon::is_making_verb(tree.lemma(h)))
}

/// Whether the event is none once its participants are known: in English, a speaker's own
/// doings with no actor on either side, and a trip with no one named who goes; in Dutch,
/// acknowledging a fact rather than an actor, and a person admitting a fact.
pub(crate) fn non_event_by_roles(
    tree: &Tree<'_>,
    i: usize,
    p: &Pattern,
    lemma: &str,
    english: bool,
    sources: &[Participant],
    targets: &[Participant],
) -> bool {
    // "I was ready when he arrived", "we helped the community": an
    // interviewee's or a speaker's own doings, with no one named on either side.
    if english
        && !sources.is_empty()
        && sources
            .iter()
            .all(|s| s.actor.is_none() && lexicon::is_first_second_person_en(&s.text))
        && targets.iter().all(|t| t.actor.is_none())
    {
        return true;
    }
    // "U hebt mij afgeslacht": a speaker and the one addressed, no one named (Dutch "we"
    // speaking for a group stays: "We zullen geen bestand sluiten").
    let personal = |p: &Participant| p.actor.is_none() && lexicon::is_nl_singular_person(&p.text);
    if !english
        && !sources.is_empty()
        && sources.iter().all(personal)
        && targets.iter().all(personal)
    {
        return true;
    }
    // "flew to Moscow", "visiting the wounded" with no one named who goes:
    // a trip, not a visit between actors.
    if english && p.mode.as_deref() == Some("visit") && sources.is_empty() {
        return true;
    }
    // "erkent het probleem": acknowledging a fact, not recognising an actor
    // or a named polity ("de Palestijnse staat", "Kosovo").
    if !english
        && p.id == "nl:erkennen"
        && !targets.iter().any(|t| {
            let upper = |w: &str| w.starts_with(char::is_uppercase);
            t.actor.is_some()
                || t.text.split_whitespace().skip(1).any(upper)
                || (!t.text.contains(' ') && upper(&t.text))
        })
    {
        return true;
    }
    // "gaf hij toe dat hij het moeilijk heeft", "…, geeft hij toe": a person
    // admitting a fact. An institution's admission ("Defensie heeft toegegeven
    // dat …": a sector, or a named body the actor stage did not resolve) stays a
    // concession (CAMEO 080).
    if !english
        && p.id == "nl:toegeven"
        && lemma == "toegeven"
        && (tree
            .children(i)
            .iter()
            .any(|&k| matches!(tree.deprel(k), "ccomp" | "obj"))
            || tree.deprel(i) == "parataxis")
        && !sources.iter().any(|s| {
            s.sector.is_some()
                || (s.actor.is_none()
                    && s.text
                        .split_whitespace()
                        .skip(1)
                        .any(|w| w.starts_with(char::is_uppercase)))
        })
    {
        return true;
    }
    false
}

/// Dutch readings of a trigger word that report no event (issue 7, precision audit on De
/// Morgen 2000): an attributive participle ("afgekeurde goederen") or a noun with its own
/// determiner ("die gedetineerden", "mijn geloof") taken for a verb; "dreigen" as a risk
/// ("dreigt failliet te gaan", "er dreigt een probleem"); "onderzoek" as research
/// ("wetenschappelijk onderzoek", "uit onderzoek blijkt"); fixed expressions
/// ([`lexicon::nl_idiom_dependents`]).
fn dutch_non_event(tree: &Tree<'_>, i: usize, p: &Pattern, lemma: &str) -> bool {
    let kids = tree.children(i);
    if p.pos == TriggerPos::Verb {
        // "stelden dat …" lemmatised as *stelen*: the verb is *stellen*.
        if lexicon::nl_weak_form_misread(lemma, tree.form(i)) {
            return true;
        }
        if tree.deprel(i) == "amod" && tree.head(i).is_some_and(|h| h > i) {
            return true;
        }
        // "het"/"dat" before a verb are as often its subject ("dat het samenwerkt").
        if matches!(tree.upos(i), "NOUN" | "PROPN")
            && kids.iter().any(|&k| {
                matches!(tree.deprel(k), "det" | "nmod:poss")
                    && !matches!(tree.form(k).to_lowercase().as_str(), "het" | "dat")
            })
        {
            return true;
        }
    }
    let idiom = lexicon::nl_idiom_dependents(lemma);
    if !idiom.is_empty() {
        let hit = |k: usize| {
            idiom.contains(&tree.lemma(k).to_lowercase().as_str())
                || idiom.contains(&tree.form(k).to_lowercase().as_str())
        };
        if kids.iter().any(|&k| {
            hit(k)
                || tree
                    .children(k)
                    .iter()
                    .any(|&c| tree.deprel(c) == "case" && hit(c))
        }) {
            return true;
        }
    }
    match p.id.as_str() {
        "nl:dreigen" => {
            // "er dreigt een tekort"; not "dreigt er mee te …" (ermee: a threat with).
            let ermee = (i..tree.len()).any(|k| tree.form(k).eq_ignore_ascii_case("mee"));
            let expletive = !ermee
                && kids
                    .iter()
                    .any(|&k| tree.form(k).eq_ignore_ascii_case("er") && tree.deprel(k) != "obl");
            let risk = kids.iter().any(|&k| {
                matches!(tree.deprel(k), "xcomp" | "ccomp")
                    && (lexicon::is_nl_risk_complement(tree.lemma(k))
                        || tree.children(k).iter().any(|&c| {
                            tree.deprel(c) == "xcomp"
                                && lexicon::is_nl_risk_complement(tree.lemma(c))
                        }))
            });
            expletive || risk
        }
        "nl:onderzoek" => {
            kids.iter().any(|&k| {
                tree.deprel(k) == "amod"
                    && (lexicon::is_nl_research_modifier(tree.lemma(k)) || tree.capitalised(k))
            }) || kids
                .iter()
                .any(|&k| tree.deprel(k) == "case" && tree.lemma(k).eq_ignore_ascii_case("uit"))
        }
        _ => false,
    }
}

/// The act's object or what it is "against" (against/on/tegen) is a social ill, a disease or
/// a disaster ("the battle against poverty", "fight the pandemic", "de strijd tegen
/// corruptie"): violence words used as a figure of speech.
pub(crate) fn fights_a_scourge(tree: &Tree<'_>, frame: &Frame) -> bool {
    let scourge = crate::pattern::LemmaTest::Words(vec!["@scourge".to_string()]);
    let mut fb = false;
    [
        Rel::Obj,
        Rel::Prep("against".into()),
        Rel::Prep("on".into()),
        Rel::Prep("tegen".into()),
    ]
    .iter()
    .any(|r| frame.satisfies(tree, r, &scourge, &mut fb))
}

/// English words that look like a trigger but report no event (sample audits of Wikinews):
/// a noun predicate the tagger left as the clause's head ("was a long-time advocate"), a
/// naming participle ("a species called the rhea"), a light-verb idiom ("took part", "took
/// place", "received a degree"), a strike with an object ("struck by a truck": a collision,
/// not a walkout), an agent that is a disaster, an accident, an illness or a study ("the
/// typhoon killed", "the findings support"), a noun trigger inside a name ("the Paris
/// Agreement"), a call or appeal that asks for nothing ("a phone call", "the appeals court"),
/// and "a great deal".
fn english_non_event(tree: &Tree<'_>, frame: &Frame, p: &Pattern, lemma: &str) -> bool {
    let i = frame.trigger;
    let mut fb = false;
    if p.pos == TriggerPos::Verb {
        // "was the advocate", "was open to": a predicate noun or a plain adjective ("is
        // committed to" is a participle and stays).
        let form = tree.form(i).to_lowercase();
        let plain = matches!(tree.upos(i), "NOUN" | "PROPN")
            || (tree.upos(i) == "ADJ" && !form.ends_with("ed") && !form.ends_with("en"));
        if plain && tree.children(i).iter().any(|&c| tree.deprel(c) == "cop") {
            return true;
        }
        // "the defending champion": a participle used as an adjective.
        if matches!(tree.deprel(i), "amod" | "compound")
            && form.ends_with("ing")
            && tree.head(i) == Some(i + 1)
        {
            return true;
        }
        // "pleaded guilty", "treated it as a case", "treated them well".
        if tree.children(i).iter().any(|&c| {
            lexicon::is_idiom_complement_en(lemma, &tree.lemma(c).to_lowercase())
                || tree
                    .preposition(c)
                    .is_some_and(|w| lexicon::is_idiom_complement_en(lemma, &w.to_lowercase()))
        }) {
            return true;
        }
        // "the horse flies", "flew above the rally": flying is a visit only to somewhere.
        if p.mode.as_deref() == Some("visit")
            && matches!(lemma, "fly" | "travel")
            && !tree.children(i).iter().any(|&c| {
                tree.preposition(c)
                    .is_some_and(|w| w.eq_ignore_ascii_case("to"))
            })
        {
            return true;
        }
        // "called for", "called on": a demand, whatever the parse.
        if lexicon::is_naming_verb_en(lemma)
            && !(i + 1 < tree.len() && matches!(tree.upos(i + 1), "ADP" | "PART"))
            && (tree.deprel(i).starts_with("acl")
                || i.checked_sub(1)
                    .is_some_and(|j| matches!(tree.form(j).to_lowercase().as_str(), "also" | "so")))
        {
            return true;
        }
        let mut objects = frame.resolve(tree, &Rel::Obj, &mut fb);
        // "how much assistance is received by the Houthis": a passive participle on its
        // object noun.
        if frame.passive
            && tree.deprel(i) == "acl"
            && let Some(h) = tree.head(i)
        {
            objects.push(h);
        }
        if objects
            .iter()
            .any(|&o| lexicon::is_light_object_en(lemma, &tree.lemma(o).to_lowercase()))
        {
            return true;
        }
        if p.kind == PloverType::Protest
            && lemma == "strike"
            && (frame.passive || !objects.is_empty())
        {
            return true;
        }
        // "seek to capture the capital": an aim, coded on the aimed act (intended), not a
        // request.
        if lemma == "seek"
            && tree.children(i).iter().any(|&c| {
                tree.base_rel(c) == "xcomp"
                    && tree.upos(c) == "VERB"
                    && tree
                        .children(c)
                        .iter()
                        .any(|&m| tree.form(m).eq_ignore_ascii_case("to"))
            })
        {
            return true;
        }
        // "helped facilitate a meeting", "help to protect our nation": helping with an act
        // (coded on that act, if it is one), not aid to anyone ("helped the victims" stays).
        if matches!(lemma, "help" | "assist")
            && tree.children(i).iter().any(|&c| {
                matches!(tree.base_rel(c), "xcomp" | "ccomp" | "obj") && tree.upos(c) == "VERB"
            })
            && !tree
                .children(i)
                .iter()
                .any(|&c| matches!(tree.base_rel(c), "obj" | "iobj") && tree.is_nominal(c))
        {
            return true;
        }
        // "dismissed from being a minister", "dismissed from the army": a firing, not a
        // rejection.
        if lemma == "dismiss"
            && (tree
                .children(i)
                .iter()
                .any(|&c| tree.preposition(c) == Some("from") || tree.form(c) == "from")
                || (i + 1 < tree.len() && tree.form(i + 1) == "from"))
        {
            return true;
        }
        // "evacuated to the hospital": people leaving, not anyone evacuating them.
        if lemma == "evacuate" && !frame.passive && objects.is_empty() {
            return true;
        }
        let non_agent = |a: usize| {
            lexicon::is_non_agent_en(&tree.lemma(a).to_lowercase())
                || (tree.upos(a) == "PROPN"
                    && tree.children(a).iter().any(|&c| {
                        tree.deprel(c) == "compound"
                            && lexicon::is_non_agent_en(&tree.lemma(c).to_lowercase())
                    }))
        };
        return frame.resolve(tree, &Rel::Subj, &mut fb).iter().any(|&a| {
            // "Typhoon Haiyan, which killed …": the relative pronoun's noun.
            let a = match tree.head(i) {
                Some(h)
                    if lexicon::is_relative(&tree.form(a).to_lowercase())
                        && tree.deprel(i).starts_with("acl") =>
                {
                    h
                }
                _ => a,
            };
            non_agent(a)
        });
    }
    if tree.upos(i) == "PROPN" && i > 0 && tree.capitalised(i) {
        return true;
    }
    let kids = tree.children(i);
    match lemma {
        // "a phone call", "the appeals court", "received the call"; "calls from Washington",
        // "the American appeal" and "the UN's appeal" are someone's demand.
        "call" | "calls" | "appeal" | "appeals" => {
            let asker_or_ask = |w: &str| {
                matches!(
                    w.to_lowercase().as_str(),
                    "for" | "to" | "on" | "from" | "by" | "of"
                )
            };
            let phone = kids.iter().any(|&c| {
                tree.deprel(c) == "compound"
                    && matches!(
                        tree.lemma(c).to_lowercase().as_str(),
                        "phone" | "telephone" | "video" | "conference" | "radio"
                    )
            });
            let followed = i + 1 < tree.len() && asker_or_ask(tree.form(i + 1));
            let modified = kids.iter().any(|&c| {
                (matches!(tree.deprel(c), "amod" | "nmod:poss") && tree.upos(c) != "NUM")
                    || tree.deprel(c).starts_with("acl")
                    || tree.preposition(c).is_some_and(asker_or_ask)
            });
            phone || !(followed || modified)
        }
        "deal" => kids.iter().any(|&c| {
            tree.deprel(c) == "amod"
                && matches!(tree.lemma(c).to_lowercase().as_str(), "great" | "good")
        }),
        _ => false,
    }
}
