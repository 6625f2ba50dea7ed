//! What a verb's complements say about its sense: whether an agreement commits to something,
//! a warning announces the warner's own action, a request asks a question or a favour, a call
//! names or summons, "engage" is fighting, "contribute" gives something, "cut" cuts ties. Each
//! answers one question of `sense` about the trigger's dependents in the parse.

use crate::frame::Frame;
use crate::scene;
use crate::tree::Tree;

/// Whether an agreeing verb commits to something: an object, an infinitive ("agreed to
/// withdraw"), a matter agreed on or to ("agreed on a line", "agreed to a truce"), or an
/// actor as its target ("agreed with the rebels"); and no clause of opinion ("agreed that
/// …").
pub(crate) fn commits_to_something(tree: &Tree<'_>, frame: &Frame, actor_target: bool) -> bool {
    let kids = tree.children(frame.trigger);
    let prep = |c: usize, ws: &[&str]| {
        tree.preposition(c)
            .is_some_and(|p| ws.iter().any(|w| p.eq_ignore_ascii_case(w)))
    };
    !kids.iter().any(|&c| tree.base_rel(c) == "ccomp")
        && (actor_target
            || kids.iter().any(|&c| match tree.base_rel(c) {
                "obj" | "xcomp" => true,
                "obl" => prep(c, &["on", "upon", "to", "over"]),
                _ => false,
            }))
}

/// Whether a warning announces the warner's own action: its clause speaks in the first person
/// ("we warn the Saudis that our targets will keep expanding"), has a pronoun as its subject
/// ("warned that it would launch an offensive") or a future ("warned that police will no
/// longer tolerate rallies"). A warning about something ("warned people about the outbreak")
/// or of what others could do is none; a warning without a clause stays a threat.
pub(crate) fn warns_of_own_action(tree: &Tree<'_>, frame: &Frame) -> bool {
    let kids = tree.children(frame.trigger);
    if kids.iter().any(|&c| {
        tree.base_rel(c) == "obl"
            && tree
                .preposition(c)
                .is_some_and(|p| p.eq_ignore_ascii_case("about"))
    }) {
        return false;
    }
    let Some(&clause) = kids.iter().find(|&&c| tree.base_rel(c) == "ccomp") else {
        return true;
    };
    let first_person = (0..tree.len()).any(|i| {
        tree.dominates(clause, i)
            && matches!(
                tree.form(i).to_lowercase().as_str(),
                "we" | "our" | "us" | "i" | "my" | "me"
            )
    });
    let own = tree
        .children(clause)
        .iter()
        .any(|&c| match tree.base_rel(c) {
            "nsubj" => matches!(
                tree.form(c).to_lowercase().as_str(),
                "it" | "they" | "he" | "she" | "we" | "i"
            ),
            "aux" => matches!(
                tree.form(c).to_lowercase().as_str(),
                "will" | "would" | "shall" | "'ll"
            ),
            _ => false,
        });
    first_person || own
}

/// A verb of purpose: a to-infinitive ("to prevent the spread") or a gerund without a subject
/// ("preventing stigma").
pub(crate) fn purpose(tree: &Tree<'_>, frame: &Frame) -> bool {
    let t = frame.trigger;
    let children = tree.children(t);
    children
        .iter()
        .any(|&c| c < t && tree.form(c).eq_ignore_ascii_case("to") && tree.upos(c) == "PART")
        || tree.form(t).ends_with("ing")
            && !children
                .iter()
                .any(|&c| matches!(tree.base_rel(c), "nsubj" | "aux"))
}

/// Whether "engage" is a fight: an actor engaged ("engaged the enemy"), or engaging in
/// violence ("engaged in ethnic cleansing", "engaged in fierce fighting"); "engage with" is
/// talking to someone.
pub(crate) fn engages_in_fighting(tree: &Tree<'_>, frame: &Frame, actor_target: bool) -> bool {
    let prep = |c: usize, w: &str| {
        tree.preposition(c)
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    };
    let children = tree.children(frame.trigger);
    if children.iter().any(|&c| prep(c, "with")) {
        return false;
    }
    if !children.iter().any(|&c| prep(c, "in")) {
        return actor_target;
    }
    children.iter().any(|&c| {
        let l = tree.lemma(c);
        prep(c, "in")
            && (scene::is_violence(l)
                || matches!(
                    l,
                    "fighting"
                        | "fight"
                        | "clash"
                        | "hostility"
                        | "hostilities"
                        | "firefight"
                        | "gunfight"
                        | "gunbattle"
                        | "skirmish"
                        | "warfare"
                        | "violence"
                        | "cleansing"
                        | "atrocity"
                        | "genocide"
                        | "massacre"
                        | "bombing"
                        | "insurgency"
                        | "terrorism"
                ))
    })
}

/// The lemma of the direct object of `t`, if it has one.
pub(crate) fn object<'a>(tree: &'a Tree<'_>, t: usize) -> Option<&'a str> {
    tree.children(t)
        .iter()
        .find(|&&c| tree.base_rel(c) == "obj")
        .map(|&c| tree.lemma(c))
}

/// Whether `t` gives something: an object that is no vague amount ("a lot"), or a counted
/// quantity ("up to 1,000 soldiers", read as an oblique).
pub(crate) fn gives_something(tree: &Tree<'_>, t: usize) -> bool {
    tree.children(t).iter().any(|&c| match tree.base_rel(c) {
        "obj" => !matches!(
            tree.lemma(c),
            "lot" | "much" | "little" | "something" | "more"
        ),
        "obl" => tree
            .children(c)
            .iter()
            .any(|&q| tree.base_rel(q) == "nummod"),
        _ => false,
    })
}

/// What a sanction cuts: relations, aid and supplies.
pub(crate) fn is_link_or_supply(lemma: &str) -> bool {
    matches!(
        lemma,
        "tie"
            | "ties"
            | "relation"
            | "relations"
            | "link"
            | "links"
            | "contact"
            | "contacts"
            | "aid"
            | "assistance"
            | "funding"
            | "fund"
            | "funds"
            | "support"
            | "supply"
            | "supplies"
            | "export"
            | "exports"
            | "import"
            | "imports"
            | "trade"
            | "communication"
            | "communications"
            | "flight"
            | "flights"
            | "electricity"
            | "power"
            | "gas"
            | "oil"
            | "water"
            | "fuel"
            | "food"
            | "access"
            | "subsidy"
            | "subsidies"
    )
}

/// "asked whether …", "asked her if …": a question, not a request.
pub(crate) fn asks_a_question(tree: &Tree<'_>, frame: &Frame) -> bool {
    tree.children(frame.trigger)
        .iter()
        .any(|&c| match tree.base_rel(c) {
            // "asked whether …", "asked why Biden did not …", "asked what India would do".
            "ccomp" | "advcl" => {
                let first = tree.subtree_start(c);
                tree.children(c).iter().any(|&m| {
                    tree.deprel(m) == "mark"
                        && matches!(tree.form(m).to_lowercase().as_str(), "whether" | "if")
                }) || matches!(
                    tree.form(first).to_lowercase().as_str(),
                    "what" | "why" | "how" | "when" | "where" | "who" | "whom" | "which" | "whose"
                )
            }
            // "asked Trump about it".
            "obl" => tree
                .preposition(c)
                .is_some_and(|p| p.eq_ignore_ascii_case("about")),
            _ => false,
        })
}

/// "called the deal 'lousy'", "called the attack a cowardly act", "called him a traitor": a
/// second complement names what the object is; a phone call has none.
pub(crate) fn names_it(tree: &Tree<'_>, frame: &Frame) -> bool {
    let t = frame.trigger;
    let quoted = |c: usize| c > 0 && matches!(tree.form(c - 1), "\"" | "“" | "'" | "‘");
    let objects = tree
        .children(t)
        .iter()
        .filter(|&&c| tree.base_rel(c) == "obj")
        .count();
    // "called the stabbing "an act of barbarity"": a quotation right after the object.
    let quote_follows = (t + 2..(t + 7).min(tree.len()))
        .any(|i| matches!(tree.form(i), "\"" | "“" | "‘") && tree.base_rel(i - 1) != "punct");
    objects > 1
        || quote_follows
        || tree.children(t).iter().any(|&c| {
            matches!(tree.deprel(c), "xcomp" | "obl:unmarked")
                || (tree.base_rel(c) == "obj"
                    && tree.children(c).iter().any(|&d| {
                        quoted(d) && matches!(tree.base_rel(d), "conj" | "amod" | "appos")
                    }))
        })
}

/// A passive call to a place: "were called to the building" (summoned, not phoned).
pub(crate) fn summoned(tree: &Tree<'_>, frame: &Frame) -> bool {
    let kids = tree.children(frame.trigger);
    kids.iter().any(|&c| tree.deprel(c) == "aux:pass")
        && kids.iter().any(|&c| {
            tree.base_rel(c) == "obl"
                && tree
                    .preposition(c)
                    .is_some_and(|p| p.eq_ignore_ascii_case("to"))
        })
}

/// "seek help", "sought asylum", "seeks talks": something others can give; not "seek
/// security", "seek the death penalty", "seek re-election".
pub(crate) fn seeks_a_favour(tree: &Tree<'_>, frame: &Frame) -> bool {
    frame.objects.iter().any(|&o| {
        matches!(
            tree.lemma(o),
            "help"
                | "aid"
                | "assistance"
                | "support"
                | "backing"
                | "asylum"
                | "refuge"
                | "protection"
                | "talks"
                | "meeting"
                | "dialogue"
                | "negotiation"
                | "negotiations"
                | "ceasefire"
                | "truce"
                | "permission"
                | "approval"
                | "consent"
                | "clarification"
                | "explanation"
                | "assurance"
                | "assurances"
                | "guarantee"
                | "guarantees"
                | "apology"
                | "compensation"
                | "release"
                | "extradition"
                | "return"
                | "withdrawal"
                | "investigation"
                | "inquiry"
                | "information"
                | "advice"
                | "funding"
                | "fund"
                | "money"
                | "loan"
                | "bailout"
                | "relief"
                | "intervention"
                | "mediation"
                | "cooperation"
                | "recognition"
                | "access"
                | "audience"
        )
    })
}
