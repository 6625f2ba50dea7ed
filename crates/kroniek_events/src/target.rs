//! Targets a trigger's own roles miss: where the act falls (a country after on/in/at/to/against
//! on the object or the verb, up to three noun modifiers deep), the target named in the
//! complement clause ("threatened to attack Israel", "demanded that Japan cancel …") and the
//! one a threat's condition names ("… if the United States deploys its missiles").

use kroniek_core::{Participant, PloverType, Span};

use crate::coder::{Context, Match, participant_of, participants};
use crate::frame::Frame;
use crate::pattern::Rel;
use crate::tree::Tree;

/// Prepositions whose phrase names where or on whom an act falls ("a curfew in Montenegro",
/// "a blockade on Palestinian lorries", "strijd tegen de taliban", "rioted at a jail in …").
fn is_target_preposition(p: &str) -> bool {
    matches!(
        p,
        "on" | "in" | "at" | "to" | "against" | "with" | "into" | "op" | "naar" | "tegen" | "met"
    )
}

/// The target CAMEO coders take when the act's object is not an actor: the country of an
/// actor or place in a prepositional modifier of the object, of the trigger or of the verbs
/// it leans on (nearest to the trigger first), with the phrases coordinated with it. Only a
/// phrase that yields a country counts, and not one whose country is a source's; empty when
/// none does.
pub(crate) fn location_target(
    tree: &Tree<'_>,
    frame: &Frame,
    targets: &[Participant],
    ctx: &Context<'_>,
    sources: &[Participant],
) -> Vec<Participant> {
    let t = frame.trigger;
    let mut owners: Vec<usize> = vec![t];
    owners.extend(frame.hosts.iter().copied());
    // The words of the object phrases found as targets, and the clause's objects ("a curfew in …", "the mandate of the force in …").
    for p in targets {
        owners.extend((0..tree.len()).filter(|&i| p.span.contains(tree.span(i))));
    }
    owners.extend(frame.objects.iter().copied());
    // "launched artillery, mortar and rocket fire against …": the conjuncts of the objects.
    for &o in &frame.objects {
        owners.extend(
            tree.children(o)
                .iter()
                .copied()
                .filter(|&k| tree.deprel(k) == "conj" && tree.is_nominal(k)),
        );
    }
    if frame.nominal
        && let Some(h) = tree.head(t)
        && matches!(tree.upos(h), "VERB" | "AUX")
    {
        // "imposed a blockade on …": the governing verb's modifiers.
        owners.push(h);
    }
    let mut cands: Vec<usize> = Vec::new();
    for &o in &owners {
        for &c in tree.children(o) {
            if tree.preposition(c).is_some_and(is_target_preposition)
                && tree.is_nominal(c)
                && !cands.contains(&c)
            {
                cands.push(c);
            }
        }
    }
    cands.sort_by_key(|&c| c.abs_diff(t));
    // Up to three levels deeper, also through of/for: "on high alert on the border with
    // Azerbaijan", "aid to war-torn Mozambique", "an extension of the mandate for the force in
    // Lebanon".
    let mut deeper: Vec<usize> = Vec::new();
    let mut frontier = cands.clone();
    for _ in 0..3 {
        frontier = frontier
            .iter()
            .flat_map(|&c| {
                tree.children(c)
                    .iter()
                    .copied()
                    .filter(|&g| {
                        tree.is_nominal(g)
                            && tree.base_rel(g) == "nmod"
                            && tree.preposition(g).is_some_and(|p| {
                                is_target_preposition(p) || matches!(p, "of" | "for" | "voor")
                            })
                    })
                    .collect::<Vec<_>>()
            })
            .collect();
        deeper.extend(frontier.iter().copied());
    }
    let src_codes: Vec<&str> = sources
        .iter()
        .filter_map(|s| s.country.as_deref())
        .collect();
    let coded = |c: usize| {
        let (a, b) = tree.phrase(c);
        let p = participant_of(tree, a, b, Some(c), ctx)?;
        let code = p.country.as_deref()?;
        // A place in the source's own country is where the act happens, not its target; a
        // named actor of that country ("a ban on Imran Khan's party") is.
        (p.actor.is_some() || !src_codes.contains(&code)).then_some(p)
    };
    let Some((c, first)) = cands
        .into_iter()
        .chain(deeper)
        .find_map(|c| coded(c).map(|p| (c, p)))
    else {
        return Vec::new();
    };
    // "blows to the United States and Israel": each coordinated phrase is a target.
    let mut out = vec![first];
    for k in tree.children(c).iter().copied() {
        if tree.deprel(k) == "conj"
            && tree.is_nominal(k)
            && let Some(p) = coded(k)
            && !out.iter().any(|q| q.span == p.span)
        {
            out.push(p);
        }
    }
    out
}

/// True when a participant has an actor or a country.
pub(crate) fn has_code(ps: &[Participant]) -> bool {
    ps.iter().any(|p| p.actor.is_some() || p.country.is_some())
}

/// The target found in the trigger's complement clause when its own roles give none: the
/// complement's own subject when it is not the trigger's source ("demanded that the US
/// cancel …", "urged that Hamas renounce …"), else the complement's object ("threatened to
/// ban Ugandan opposition candidates", "vowed to destroy South Korea"), else where its act
/// falls ("offered to negotiate a treaty with Azerbaijan", "warned that it would launch an
/// offensive against Kurdish militants"). Only participants with a code count.
pub(crate) fn complement_target(
    tree: &Tree<'_>,
    frame: &Frame,
    ctx: &Context<'_>,
    sources: &[Participant],
) -> Vec<Participant> {
    if frame.nominal {
        // "insisted on its demands that the government grant …": the noun's that-clause.
        return tree
            .children(frame.trigger)
            .iter()
            .copied()
            .filter(|&c| {
                c > frame.trigger
                    && matches!(tree.base_rel(c), "acl" | "ccomp" | "advcl")
                    && tree
                        .children(c)
                        .iter()
                        .any(|&m| tree.deprel(m) == "mark" && is_that(tree.form(m)))
            })
            .find_map(|c| {
                let s = active_subject(tree, c)?;
                let who: Vec<Participant> = subject_participants(tree, s, ctx)
                    .into_iter()
                    .filter(|p| is_other_party(p, sources))
                    .collect();
                (!who.is_empty()).then_some(who)
            })
            .unwrap_or_default();
    }
    let src_spans: Vec<Span> = sources.iter().map(|s| s.span).collect();
    let src_codes: Vec<&str> = sources
        .iter()
        .filter_map(|s| s.country.as_deref())
        .collect();
    let comps = complements(tree, frame.trigger);
    for c in comps {
        let cf = Frame::new(tree, c, false);
        let mut fb = false;
        // Its own subject (not one inherited from the trigger), a name, not the source.
        let own: Vec<usize> = cf
            .subjects
            .iter()
            .copied()
            .filter(|&s| tree.head(s) == Some(c) && tree.upos(s) != "PRON")
            .collect();
        // Another country's actors, or another sector of the source's own country ("threatened
        // to ban Ugandan opposition candidates"); "agreed that their countries should
        // cooperate", "promised to democratize Serbia" have no target.
        let other = |ps: Vec<Participant>| -> Vec<Participant> {
            ps.into_iter()
                .filter(|p| is_other_party(p, sources))
                .collect()
        };
        // "eist dat Rusland de gesprekken hervat": a Dutch clause the parser gave an active
        // subject and a passive one is active; its first subject is the one asked.
        if let Some(s) = active_subject(tree, c) {
            let who = other(subject_participants(tree, s, ctx));
            if !who.is_empty() {
                return who;
            }
            continue;
        }
        if !cf.passive && !own.is_empty() {
            let who = participants(tree, &cf, &[vec![Rel::Subj]], ctx, &mut fb, &src_spans);
            let who = other(who);
            if !who.is_empty() {
                return who;
            }
            continue;
        }
        if !cf.passive {
            let objs = participants(tree, &cf, &[vec![Rel::Obj]], ctx, &mut fb, &src_spans);
            let coded = other(objs);
            if !coded.is_empty() {
                return coded;
            }
        }
        let locs: Vec<Participant> = location_target(tree, &cf, &[], ctx, sources)
            .into_iter()
            .filter(|l| {
                l.country
                    .as_deref()
                    .is_some_and(|c| !src_codes.contains(&c))
            })
            .collect();
        if !locs.is_empty() {
            return locs;
        }
    }
    Vec::new()
}

/// True for the subordinator of a that-clause ("that", "dat").
fn is_that(w: &str) -> bool {
    matches!(w, "that" | "dat")
}

/// The clauses `t` governs as its complement, after it: xcomp/ccomp headed by a verb, and a
/// that-clause the parser hung as an adjunct ("insisted … that the government cut taxes") or
/// headed by a word the tagger misread ("eist dat Rusland de journalist vrijlaat" with
/// "vrijlaat" as a noun) when the clause has a subject of its own.
fn complements(tree: &Tree<'_>, t: usize) -> Vec<usize> {
    tree.children(t)
        .iter()
        .copied()
        .filter(|&c| {
            let that = tree
                .children(c)
                .iter()
                .any(|&m| tree.deprel(m) == "mark" && is_that(tree.form(m)));
            let clausal = matches!(tree.base_rel(c), "xcomp" | "ccomp");
            c > t
                && ((tree.upos(c) == "VERB" && (clausal || (tree.base_rel(c) == "advcl" && that)))
                    || (that
                        && matches!(tree.base_rel(c), "ccomp" | "advcl")
                        && matches!(tree.upos(c), "NOUN" | "PROPN" | "ADJ")
                        && active_subject(tree, c).is_some()))
        })
        .collect()
}

/// The active subject a clause headed by `c` has of its own: its first subject in text order
/// when that one is `nsubj` (not a pronoun) and the clause has no passive auxiliary. The Dutch
/// parser often reads the object of a verb-final clause as a second, passive subject ("dat
/// Rusland de gesprekken hervat"); the first subject is still the one who acts. A clause the
/// parser headed by a noun right after its subordinator has that noun as its subject.
pub(crate) fn active_subject(tree: &Tree<'_>, c: usize) -> Option<usize> {
    let kids = tree.children(c);
    if kids.iter().any(|&k| tree.deprel(k) == "aux:pass") {
        return None;
    }
    let Some(s) = kids
        .iter()
        .copied()
        .find(|&k| tree.deprel(k).starts_with("nsubj"))
    else {
        // "eist dat Iran de … hulpverlener vrijlaat" parsed with "Iran" heading the clause
        // and the rest hung elsewhere: the name right after the subordinator is its subject.
        let (a, _) = tree.phrase(c);
        let right_after = kids
            .iter()
            .any(|&m| tree.deprel(m) == "mark" && is_that(tree.form(m)) && m + 1 == a.min(c));
        return (right_after && matches!(tree.upos(c), "NOUN" | "PROPN")).then_some(c);
    };
    (tree.deprel(s) == "nsubj" && tree.upos(s) != "PRON" && tree.is_nominal(s)).then_some(s)
}

/// The participants a subject `s` names: its phrase and its conjuncts, each resolved on its
/// own words (so "its NATO allies" is NATO's, not the possessor's).
fn subject_participants(tree: &Tree<'_>, s: usize, ctx: &Context<'_>) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    let conj = tree
        .children(s)
        .iter()
        .copied()
        .filter(|&k| tree.deprel(k) == "conj" && tree.is_nominal(k));
    for h in std::iter::once(s).chain(conj) {
        let (a, b) = tree.phrase(h);
        if let Some(p) = participant_of(tree, a, b, Some(h), ctx)
            && !out.iter().any(|q| q.span == p.span)
        {
            out.push(p);
        }
    }
    out
}

/// Conditional subordinators: "if", "unless", "als", "indien", "tenzij", "mits".
fn is_condition_marker(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "if" | "unless" | "als" | "indien" | "tenzij" | "mits"
    )
}

/// The one a threat is aimed at when the trigger's roles name none: the subject of the
/// condition the threat hangs on ("threatened to stop the talks if the United States deploys
/// its missiles", "dreigde met sancties als Iran de inspecteurs weigert"), on the trigger, the
/// verbs it leans on or its complements (three deep); only a party other than the source's.
pub(crate) fn condition_target(
    tree: &Tree<'_>,
    frame: &Frame,
    ctx: &Context<'_>,
    sources: &[Participant],
) -> Vec<Participant> {
    let mut owners: Vec<usize> = vec![frame.trigger];
    owners.extend(frame.hosts.iter().copied());
    // Down the chain of complements ("threatened to stop talks to reduce arms if …").
    let mut frontier = owners.clone();
    for _ in 0..3 {
        frontier = frontier
            .iter()
            .flat_map(|&o| tree.children(o).iter().copied())
            .filter(|&c| matches!(tree.base_rel(c), "xcomp" | "ccomp") && !owners.contains(&c))
            .collect();
        owners.extend(frontier.iter().copied());
    }
    let src_spans: Vec<Span> = sources.iter().map(|s| s.span).collect();
    for o in owners {
        for &c in tree.children(o) {
            let conditional = tree.base_rel(c) == "advcl"
                && tree.children(c).iter().any(|&m| {
                    matches!(tree.deprel(m), "mark" | "advmod") && is_condition_marker(tree.form(m))
                });
            if !conditional {
                continue;
            }
            let cf = Frame::new(tree, c, false);
            let mut fb = false;
            let who: Vec<Participant> =
                participants(tree, &cf, &[vec![Rel::Subj]], ctx, &mut fb, &src_spans)
                    .into_iter()
                    .filter(|p| is_other_party(p, sources))
                    .collect();
            if !who.is_empty() {
                return who;
            }
        }
    }
    Vec::new()
}

/// True when a coded participant is a party other than the sources: another country, or
/// another sector of a source's own country (the opposition against the president), never a
/// source's own actor or a bare country that a source belongs to.
fn is_other_party(p: &Participant, sources: &[Participant]) -> bool {
    let Some(code) = p.country.as_deref() else {
        return false;
    };
    sources.iter().all(|s| {
        if p.actor.is_some() && s.actor == p.actor {
            return false;
        }
        if s.country.as_deref() != Some(code) {
            return true;
        }
        match (p.sector.as_deref(), s.sector.as_deref()) {
            (Some(a), Some(b)) => a != b,
            // "the Zambian people" for their president: a group of the country, not the
            // country itself ("democratize Serbia").
            (None, Some(_)) => is_common_noun_phrase(p),
            _ => false,
        }
    })
}

/// Relations through which an event nested in another's object is what the outer act falls
/// on: "suspended part of an aid program for Bosnia", "reneged on his commitment to the
/// Zambian people".
fn is_object_path(rel: &str) -> bool {
    matches!(rel, "obj" | "obl" | "nmod" | "compound" | "xcomp" | "ccomp")
}

/// Events with a target role but no coded target take a party of an event nested in their
/// object (at most four arcs down, through objects, obliques, nominal modifiers and
/// complements), when it is a party other than their own sources (not a mere place): the
/// source of an act named as a noun right under them ("dismissed an appeal from President X",
/// "conceded to demands from UNITA", "prevented the demonstration staged by students"), else
/// the nested event's target ("suspended part of an aid program for Bosnia").
pub(crate) fn inherit_nested_targets(tree: &Tree<'_>, matches: &mut [Match<'_>]) {
    request_addressees(tree, matches);
    let mut found: Vec<(usize, Vec<Participant>)> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        if m.pattern.target.is_empty() || m.pattern.control.is_some() || has_code(&m.targets) {
            continue;
        }
        let outer = m.frame.trigger;
        let other = |ps: &[Participant]| -> Vec<Participant> {
            ps.iter()
                .filter(|t| is_party(t) && is_other_party(t, &m.sources))
                .cloned()
                .collect()
        };
        let inner = matches.iter().enumerate().find_map(|(j, n)| {
            if j == i {
                return None;
            }
            let depth = object_depth(tree, outer, n.frame.trigger)?;
            let agents = if n.frame.nominal && depth <= 2 {
                other(&n.sources)
            } else {
                Vec::new()
            };
            let ts = if agents.is_empty() {
                other(&n.targets)
            } else {
                agents
            };
            (!ts.is_empty()).then_some(ts)
        });
        if let Some(ts) = inner {
            found.push((i, ts));
        }
    }
    for (i, ts) in found {
        if let Some(m) = matches.get_mut(i) {
            m.targets = ts;
        }
    }
}

/// A request whose that-clause has a subject of its own is made of that subject ("demanded
/// that the Sudanese government end curbs on the press", "eist dat Rusland de journalist
/// vrijlaat"): when every coded target found so far lies deeper inside that clause (a phrase
/// of its predicate), the clause's subject, as an event nested in the clause resolved it
/// (its verb's, or a noun's that takes the verb's subject: "end curbs"), replaces them.
/// Only a party other than the request's sources counts; a direct addressee of the verb ("urged
/// Japan to …") is not inside the clause and stays.
fn request_addressees(tree: &Tree<'_>, matches: &mut [Match<'_>]) {
    let tokens_of = |p: &Participant| -> Vec<usize> {
        (0..tree.len())
            .filter(|&i| p.span.contains(tree.span(i)))
            .collect()
    };
    let mut found: Vec<(usize, Vec<Participant>)> = Vec::new();
    for (i, m) in matches.iter().enumerate() {
        if m.pattern.kind != PloverType::Request
            || m.pattern.target.is_empty()
            || m.pattern.control.is_some()
            || m.frame.nominal
        {
            continue;
        }
        for c in complements(tree, m.frame.trigger) {
            if tree.base_rel(c) == "xcomp" {
                continue;
            }
            let Some(s) = active_subject(tree, c) else {
                continue;
            };
            let deeper = m
                .targets
                .iter()
                .filter(|p| p.country.is_some() || p.actor.is_some())
                .all(|p| {
                    let toks = tokens_of(p);
                    !toks.is_empty()
                        && toks
                            .iter()
                            .all(|&k| tree.dominates(c, k) && !tree.dominates(s, k))
                });
            if !deeper {
                continue;
            }
            let heads: Vec<usize> = std::iter::once(s)
                .chain(
                    tree.children(s)
                        .iter()
                        .copied()
                        .filter(|&k| tree.deprel(k) == "conj"),
                )
                .collect();
            let in_subject = |p: &Participant| {
                heads.iter().any(|&h| {
                    let (a, b) = tree.phrase(h);
                    tree.span_of(a, b).contains(p.span)
                })
            };
            let mut who: Vec<Participant> = Vec::new();
            for p in matches
                .iter()
                .filter(|n| tree.dominates(c, n.frame.trigger))
                .flat_map(|n| n.sources.iter())
                .filter(|p| in_subject(p) && is_other_party(p, &m.sources))
            {
                if !who.iter().any(|q| q.span == p.span) {
                    who.push(p.clone());
                }
            }
            if !who.is_empty() {
                found.push((i, who));
                break;
            }
        }
    }
    for (i, ts) in found {
        if let Some(m) = matches.get_mut(i) {
            m.targets = ts;
        }
    }
}

/// An actor, or a coded common-noun phrase ("the Zambian people"); not a bare place name
/// ("Brussel" where talks are held).
fn is_party(p: &Participant) -> bool {
    p.actor.is_some() || (p.country.is_some() && is_common_noun_phrase(p))
}

/// A phrase headed by a common noun (its last word in lower case: "the Zambian people").
pub(crate) fn is_common_noun_phrase(p: &Participant) -> bool {
    p.text
        .split_whitespace()
        .last()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// How many object-like arcs (at most four) `inner` hangs under `outer`.
fn object_depth(tree: &Tree<'_>, outer: usize, inner: usize) -> Option<usize> {
    let mut at = inner;
    for depth in 1..=4 {
        // A purpose clause counts too: "opened the bridge to allow deliveries to Afghanistan".
        let purpose = tree.base_rel(at) == "advcl"
            && tree
                .children(at)
                .iter()
                .any(|&m| tree.deprel(m) == "mark" && tree.form(m) == "to");
        if !is_object_path(tree.base_rel(at)) && !purpose {
            return None;
        }
        match tree.head(at) {
            Some(h) if h == outer => return Some(depth),
            Some(h) => at = h,
            None => return None,
        }
    }
    None
}
