//! PLOVER's readings of a clause beyond its trigger: a refused or failed cooperative act is a
//! rejection, an announced act is an intention (AGREE) or a threat (THREATEN), a conditional
//! announcement ("… unless …") is a threat, preparing an attack is a show of force; and the
//! sentence's main event (highest in the parse) is the most confident.

use kroniek_core::{Event, Modality, PloverType};

use crate::coder::intent_shift;
use crate::frame::Frame;
use crate::lexicon;
use crate::tree::Tree;

/// The REJECT code for declining a cooperative act of this type, if it is one.
fn rejection(kind: PloverType) -> Option<&'static str> {
    use PloverType::*;
    Some(match kind {
        Agree | Support => "120",
        Consult => "125",
        Cooperate => "121",
        Aid => "122",
        Retreat | Concede => "124",
        _ => return None,
    })
}

/// The last word of a participant's text, lowercase.
fn head_word(text: &str) -> String {
    text.split_whitespace()
        .last()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Crowds of civilians: violence by them is a riot, violence against them by the police is
/// repression (CAMEO 145 and 175).
fn is_crowd(word: &str) -> bool {
    matches!(
        word,
        "protesters"
            | "protestors"
            | "demonstrators"
            | "rioters"
            | "marchers"
            | "strikers"
            | "students"
            | "crowd"
            | "crowds"
            | "mob"
            | "youths"
            | "betogers"
            | "demonstranten"
            | "relschoppers"
            | "studenten"
            | "menigte"
    )
}

/// Criminals: violence by them is a crime, not political violence (PLOVER CRIME: "drug
/// traffickers murdered a journalist", "een bende ontvoerde een zakenman").
fn is_criminal(word: &str) -> bool {
    matches!(
        word,
        "criminals"
            | "criminal"
            | "gang"
            | "gangs"
            | "gangsters"
            | "gangmembers"
            | "traffickers"
            | "smugglers"
            | "robbers"
            | "thieves"
            | "burglars"
            | "cartel"
            | "cartels"
            | "mafia"
            | "mobsters"
            | "criminelen"
            | "bende"
            | "bendes"
            | "dieven"
            | "overvallers"
            | "smokkelaars"
            | "inbrekers"
            | "drugsbende"
            | "drugsbendes"
            | "drugshandelaren"
            | "mensensmokkelaars"
            | "verdachte"
            | "verdachten"
    )
}

fn is_police(word: &str) -> bool {
    matches!(
        word,
        "police" | "policemen" | "politie" | "agenten" | "troopers"
    )
}

/// Who did it to whom decides between assault, riot and repression.
fn violence_by_role(ev: &mut Event) {
    if ev.kind != PloverType::Assault {
        return;
    }
    let src = ev.sources.iter().map(|p| head_word(&p.text));
    let tgt: Vec<String> = ev.targets.iter().map(|p| head_word(&p.text)).collect();
    let (mut crowd_src, mut police_src) = (false, false);
    for w in src {
        crowd_src |= is_crowd(&w);
        police_src |= is_police(&w)
            || ev
                .sources
                .iter()
                .any(|p| p.sector.as_deref() == Some("COP"));
    }
    if ev.sources.iter().any(|p| is_criminal(&head_word(&p.text))) {
        // The CAMEO code stays the act's (there is no crime category in CAMEO).
        ev.kind = PloverType::Crime;
        ev.mode = None;
    } else if crowd_src {
        ev.kind = PloverType::Protest;
        ev.cameo = "145".to_string();
        ev.mode = Some("riot".to_string());
    } else if police_src && tgt.iter().any(|w| is_crowd(w)) {
        ev.kind = PloverType::Coerce;
        ev.cameo = "175".to_string();
        ev.mode = Some("repression".to_string());
    }
}

/// Demands or denunciations by a crowd are a demonstration (CAMEO 141, "protesters demanded
/// the minister's resignation").
fn crowd_demands(ev: &mut Event) {
    if !matches!(ev.kind, PloverType::Request | PloverType::Accuse) {
        return;
    }
    if ev.sources.iter().any(|p| is_crowd(&head_word(&p.text))) {
        ev.kind = PloverType::Protest;
        ev.cameo = "141".to_string();
        ev.mode = Some("demo".to_string());
    }
}

/// The verbs a trigger's clause leans on: its hosts; for a noun trigger that is a verb's
/// object ("prepared to resume shelling", "ready to launch an offensive"), that verb and its
/// hosts.
fn governors(frame: &Frame, tree: &Tree<'_>) -> Vec<usize> {
    let mut out = frame.hosts.clone();
    if frame.nominal
        && tree.base_rel(frame.trigger) == "obj"
        && let Some(v) = tree.head(frame.trigger)
        && tree.upos(v) == "VERB"
    {
        out.push(v);
        out.extend(Frame::new(tree, v, false).hosts);
    }
    out
}

/// Apply the clause-level readings to an event coded from `frame`.
pub fn recode(ev: &mut Event, frame: &Frame, tree: &Tree<'_>) {
    violence_by_role(ev);
    crowd_demands(ev);
    let refused = frame
        .hosts
        .iter()
        .any(|&h| lexicon::is_refusal(tree.lemma(h)) || matches!(tree.lemma(h), "fail" | "falen"));
    // "refused to deploy", "will not accept", "failed to reach agreement": a rejection that
    // did happen. A plain denial ("did not agree", "heeft niet ingestemd") stays the event it
    // denies, marked `negated`.
    let declared = ev.negated && ev.modality == Modality::Intended;
    if (refused || declared)
        && let Some(cameo) = rejection(ev.kind)
    {
        ev.kind = PloverType::Reject;
        ev.cameo = cameo.to_string();
        ev.negated = false;
        return;
    }
    // "prepared to resume shelling", "ready to attack": a show of force.
    let prepared = governors(frame, tree).iter().any(|&h| {
        matches!(
            tree.lemma(h),
            "prepare" | "voorbereiden" | "ready" | "prepared"
        )
    });
    if prepared && matches!(ev.kind, PloverType::Assault | PloverType::Coerce) {
        ev.kind = PloverType::Mobilize;
        ev.cameo = "150".to_string();
        return;
    }
    if let Some((kind, cameo)) = intent_shift(ev.kind, ev.modality) {
        ev.kind = kind;
        ev.cameo = cameo.to_string();
    }
    // "will withdraw … unless …": a conditional announcement is a threat.
    if ev.modality == Modality::Intended
        && ev.kind != PloverType::Threaten
        && (frame.trigger..tree.len()).any(|i| matches!(tree.form(i), "unless" | "tenzij"))
    {
        ev.kind = PloverType::Threaten;
        ev.cameo = "130".to_string();
    }
}

/// WordNet classes of abstract things: an attack on one of these is a verbal attack.
const ABSTRACT: &[&str] = &[
    "act",
    "cognition",
    "communication",
    "attribute",
    "state",
    "relation",
    "feeling",
    "motive",
];

/// "Erdogan attacked the proclamation", "Trump attacked Biden for accumulating wealth",
/// "attacked Drudge as a consistent opponent": an English attack in words is an accusation
/// (CAMEO 111, criticise or denounce), not an assault. Verbal when every target is an abstract
/// thing, or when the attack is on someone for, over or as something said or done (a gerund,
/// or "as" with a noun).
pub fn verbal_attack(
    ev: &mut Event,
    frame: &Frame,
    tree: &Tree<'_>,
    dict: Option<&kroniek_actors::Dictionary>,
) {
    if ev.pattern != "en:attack" || tree.lemma(frame.trigger) != "attack" || ev.targets.is_empty() {
        return;
    }
    let abstract_targets = ev
        .targets
        .iter()
        .all(|p| crate::agency::inert_class(tree, p, dict).is_some_and(|c| ABSTRACT.contains(&c)));
    let reason = tree.children(frame.trigger).iter().any(|&c| {
        let prep = tree.preposition(c).map(str::to_lowercase);
        let marker = tree
            .children(c)
            .iter()
            .find(|&&m| matches!(tree.deprel(m), "mark" | "case"))
            .map(|&m| tree.form(m).to_lowercase());
        let word = prep.or(marker);
        match word.as_deref() {
            Some("for" | "over") => tree.upos(c) == "VERB",
            Some("as") => matches!(tree.upos(c), "VERB" | "NOUN"),
            _ => false,
        }
    });
    if abstract_targets || reason {
        ev.kind = PloverType::Accuse;
        ev.cameo = "111".to_string();
        ev.mode = None;
        ev.control = None;
    }
}

/// On the surface, `b` heads a that-clause right after the verb `a` ("agreed on Wednesday
/// that their countries should cooperate"), however the parser attached it: "that" (or
/// "dat") follows `a` with no verb in between, and no other verb stands between it and `b`.
fn that_clause(tree: &Tree<'_>, a: usize, b: usize) -> bool {
    if a >= b || tree.upos(a) != "VERB" {
        return false;
    }
    let Some(k) =
        (a + 1..b).find(|&k| matches!(tree.form(k).to_lowercase().as_str(), "that" | "dat"))
    else {
        return false;
    };
    let verb = |i: usize| matches!(tree.upos(i), "VERB" | "AUX");
    !(a + 1..k).any(verb) && !(k + 1..b).any(|i| tree.upos(i) == "VERB")
}

/// The verb trigger `v` acts on the noun trigger `n` it governs as object, or through its own
/// particle ("called off a strike", "ended the blockade", "condemned the attack"): the act on
/// the event, not the event itself, is what the sentence reports.
fn acts_on_noun(tree: &Tree<'_>, v: usize, n: usize) -> bool {
    if tree.head(n) != Some(v) || !matches!(tree.upos(n), "NOUN" | "PROPN") {
        return false;
    }
    match tree.base_rel(n) {
        "obj" => true,
        "obl" => tree
            .children(n)
            .iter()
            .any(|&c| c == v + 1 && tree.deprel(c) == "case" && lexicon::is_particle(tree.form(c))),
        _ => false,
    }
}

/// Lower the confidence of events whose trigger another event's trigger dominates in the
/// parse ("declined to resign": the rejection is the sentence's event, not the resignation).
/// Under a verbal act (a request, threat, promise, rejection or accusation: "urged Y to share
/// intelligence", "asked Y to withdraw") the act asked for is its content, not the sentence's
/// event, and gets 0.7 × its confidence.
pub fn main_event_first(tree: &Tree<'_>, triggers: &[usize], events: &mut [Event]) {
    let verbal = |k: PloverType| {
        matches!(
            k,
            PloverType::Request
                | PloverType::Threaten
                | PloverType::Agree
                | PloverType::Reject
                | PloverType::Accuse
        )
    };
    let is_verbal = |j: usize| events.get(j).is_some_and(|e| verbal(e.kind));
    let factors: Vec<f32> = triggers
        .iter()
        .map(|&t| {
            let over: Vec<usize> = (0..triggers.len())
                .filter(|&j| {
                    triggers[j] != t
                        && (tree.dominates(triggers[j], t)
                            || (is_verbal(j) && that_clause(tree, triggers[j], t)))
                })
                .collect();
            if over.is_empty() {
                1.0
            } else if over
                .iter()
                .any(|&j| is_verbal(j) || acts_on_noun(tree, triggers[j], t))
            {
                0.7
            } else {
                0.85
            }
        })
        .collect();
    for (ev, f) in events.iter_mut().zip(factors) {
        ev.confidence *= f;
    }
}

/// An act someone asks, urges or presses for ("urged Kyiv to launch an investigation",
/// "demanded the release of the prisoners", "vroeg om de vrijlating") is asked for, not done:
/// stated as fact, it becomes `possible` ("only required"). The act hangs on the request's
/// trigger as its complement, object, or a for/om/tot phrase. Orders ("ordered the troops to
/// withdraw", "instructed the committee to report") are carried out as a rule and keep their
/// modality.
pub fn requested_acts(tree: &Tree<'_>, triggers: &[usize], asked: &[bool], events: &mut [Event]) {
    let requests: Vec<usize> = events
        .iter()
        .zip(triggers)
        .zip(asked)
        .filter(|((e, t), a)| {
            (**a || e.kind == PloverType::Request)
                && !e.negated
                && !matches!(
                    tree.lemma(**t),
                    "order" | "command" | "direct" | "instruct" | "bevelen" | "opdragen"
                )
        })
        .map(|((_, &t), _)| t)
        .collect();
    for (ev, &t) in events.iter_mut().zip(triggers) {
        if requests.contains(&t) || ev.modality != Modality::Asserted {
            continue;
        }
        if requests.iter().any(|&r| asks_for(tree, r, t)) {
            ev.modality = Modality::Possible;
        }
    }
}

/// Whether `act` is what the request at `request` asks for: its complement, object, or a
/// for/om/tot/on phrase, or the complement or object of those ("urged Kyiv to launch an
/// investigation": the launch and the investigation; not "into the killings").
fn asks_for(tree: &Tree<'_>, request: usize, act: usize) -> bool {
    if request == act || !tree.dominates(request, act) {
        return false;
    }
    let mut step = act;
    for _ in 0..tree.len() {
        let Some(h) = tree.head(step) else {
            return false;
        };
        if h == request {
            break;
        }
        if !matches!(tree.base_rel(step), "xcomp" | "ccomp" | "obj" | "conj") {
            return false;
        }
        step = h;
    }
    match tree.base_rel(step) {
        "xcomp" | "ccomp" | "obj" | "iobj" => true,
        // "called on both sides to release …", parsed as an adjunct.
        "advcl" => tree
            .children(step)
            .iter()
            .any(|&c| tree.deprel(c) == "mark" && matches!(tree.form(c), "to" | "om" | "te")),
        "obl" | "nmod" => tree
            .preposition(step)
            .is_some_and(|w| matches!(w, "for" | "om" | "tot" | "on")),
        _ => false,
    }
}

/// A demand or denunciation made in a demonstration ("rallied in Seoul, demanding higher
/// wages", "marched …, calling for the resignation of …") is the demonstration's: PROTEST 141,
/// with the demonstrators as source when it has none. The demand's trigger hangs on the
/// protest's (as an adjunct, complement or conjunct, at most two steps up).
pub fn demands_of_protest(tree: &Tree<'_>, triggers: &[usize], events: &mut [Event]) {
    for i in 0..events.len().min(triggers.len()) {
        if !matches!(events[i].kind, PloverType::Request | PloverType::Accuse) {
            continue;
        }
        let mut cur = triggers[i];
        let mut protest: Option<usize> = None;
        for _ in 0..2 {
            let Some(h) = tree.head(cur) else { break };
            if !matches!(
                tree.base_rel(cur),
                "advcl" | "xcomp" | "conj" | "acl" | "ccomp"
            ) {
                break;
            }
            protest = (0..triggers.len()).find(|&j| {
                triggers[j] == h && events.get(j).is_some_and(|e| e.kind == PloverType::Protest)
            });
            if protest.is_some() {
                break;
            }
            cur = h;
        }
        let Some(j) = protest else { continue };
        let sources = events[j].sources.clone();
        let ev = &mut events[i];
        ev.kind = PloverType::Protest;
        ev.cameo = "141".to_string();
        ev.mode = Some("demo".to_string());
        if ev.sources.is_empty() {
            ev.sources = sources;
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;
    use crate::frame::tests::parsed;

    #[test]
    fn a_that_clause_is_found_on_the_surface_when_the_parse_misses_it() {
        // The English parser's misreading: "agreed" as a modifier of "officials", the
        // that-clause as a relative clause of the subject.
        let (text, seg, syntax) = parsed(&[
            ("Senior", "senior", "ADJ", 5, "amod"),
            ("Greek", "Greek", "ADJ", 5, "amod"),
            ("and", "and", "CCONJ", 4, "cc"),
            ("Cypriot", "Cypriot", "ADJ", 2, "conj"),
            ("officials", "official", "NOUN", 0, "root"),
            ("agreed", "agree", "VERB", 5, "acl"),
            ("on", "on", "ADP", 8, "case"),
            ("Friday", "Friday", "PROPN", 6, "obl"),
            ("that", "that", "PRON", 13, "obj"),
            ("their", "their", "PRON", 11, "nmod:poss"),
            ("governments", "government", "NOUN", 13, "nsubj"),
            ("should", "should", "AUX", 13, "aux"),
            ("cooperate", "cooperate", "VERB", 5, "acl:relcl"),
            (".", ".", "PUNCT", 5, "punct"),
        ]);
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        assert!(!tree.dominates(5, 12), "the parse does not link them");
        assert!(that_clause(&tree, 5, 12));
        assert!(!that_clause(&tree, 12, 5), "the clause follows its verb");
        assert!(!that_clause(&tree, 5, 7), "no that-clause before Friday");
    }

    #[test]
    fn a_verb_between_the_act_and_that_ends_the_surface_clause() {
        let (text, seg, syntax) = parsed(&[
            ("Officials", "official", "NOUN", 2, "nsubj"),
            ("agreed", "agree", "VERB", 0, "root"),
            ("and", "and", "CCONJ", 4, "cc"),
            ("warned", "warn", "VERB", 2, "conj"),
            ("that", "that", "SCONJ", 7, "mark"),
            ("rebels", "rebel", "NOUN", 7, "nsubj"),
            ("attack", "attack", "VERB", 2, "acl:relcl"),
            (".", ".", "PUNCT", 2, "punct"),
        ]);
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        assert!(!that_clause(&tree, 1, 6));
        assert!(that_clause(&tree, 3, 6));
    }

    #[test]
    fn a_verb_acts_on_the_event_noun_it_governs() {
        // "called off" with the particle read as the noun's preposition.
        let (text, seg, syntax) = parsed(&[
            ("The", "the", "DET", 2, "det"),
            ("teachers", "teacher", "NOUN", 3, "nsubj"),
            ("called", "call", "VERB", 0, "root"),
            ("off", "off", "ADP", 6, "case"),
            ("their", "their", "PRON", 6, "nmod:poss"),
            ("strike", "strike", "NOUN", 3, "obl"),
            (".", ".", "PUNCT", 3, "punct"),
        ]);
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        assert!(acts_on_noun(&tree, 2, 5));
        // "arrested … during the strike": the strike is when, not what is acted on.
        let (text, seg, syntax) = parsed(&[
            ("Police", "police", "NOUN", 2, "nsubj"),
            ("arrested", "arrest", "VERB", 0, "root"),
            ("teachers", "teacher", "NOUN", 2, "obj"),
            ("during", "during", "ADP", 6, "case"),
            ("the", "the", "DET", 6, "det"),
            ("strike", "strike", "NOUN", 2, "obl"),
            (".", ".", "PUNCT", 2, "punct"),
        ]);
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        assert!(!acts_on_noun(&tree, 1, 5));
    }
}
