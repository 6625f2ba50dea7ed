//! Matching patterns against one parsed sentence and filling events.

use std::collections::HashMap;

use kroniek_actors::Dictionary;
use kroniek_core::{
    ActorLayer, EntityLayer, EntityType, Event, Modality, Participant, Place, PloverType, Span,
};

use crate::codes::code_in;
use crate::frame::Frame;
use crate::lexicon;
use crate::non_event::{fights_a_scourge, non_event, non_event_by_roles};
use crate::pattern::{Pattern, Rel, RoleSpec, TriggerPos};
use crate::subject::{governing_subject, governing_surface_subject, surface_subject};
use crate::target::{
    complement_target, condition_target, has_code, inherit_nested_targets, location_target,
};
use crate::tree::Tree;

/// The patterns of one language, indexed by trigger lemma.
#[derive(Clone, Debug)]
pub struct Coder {
    patterns: Vec<Pattern>,
    index: HashMap<String, Vec<usize>>,
}

/// A trigger found in a sentence, before its attributes are filled.
pub struct Match<'p> {
    /// The pattern.
    pub pattern: &'p Pattern,
    /// The trigger's clause.
    pub frame: Frame,
    /// Sources, each as a participant.
    pub sources: Vec<Participant>,
    /// Targets.
    pub targets: Vec<Participant>,
    /// Confidence so far.
    pub confidence: f32,
    /// The speaker when the clause reports an obligation ("X zei dat Y moet …"): the event
    /// is then X's demand on Y (see [`demander`]).
    pub demander: Option<Participant>,
}

/// What the participants are resolved against.
pub struct Context<'a> {
    /// Actors, when that stage ran.
    pub actors: Option<&'a ActorLayer>,
    /// Entities (pronoun antecedents).
    pub entities: &'a EntityLayer,
    /// Places (a participant's country when no actor gives one).
    pub places: &'a [Place],
    /// Time expressions (skipped when looking for a subject on the surface).
    pub timexes: &'a [Span],
    /// The actor dictionary (a participant's country from its words).
    pub dict: Option<&'static Dictionary>,
    /// English (noun phrases are head-final: the surface subject search applies).
    pub english: bool,
}

impl Coder {
    /// Index the patterns; patterns with more constraints are tried first for a lemma.
    pub fn new(patterns: Vec<Pattern>) -> Coder {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in patterns.iter().enumerate() {
            for t in &p.triggers {
                index.entry(t.clone()).or_default().push(i);
            }
        }
        for v in index.values_mut() {
            v.sort_by_key(|&i| std::cmp::Reverse(patterns.get(i).map_or(0, |p| p.requires.len())));
        }
        Coder { patterns, index }
    }

    /// The patterns.
    pub fn patterns(&self) -> &[Pattern] {
        &self.patterns
    }

    /// Lemmas token `i` may stand for: its lemma, its compound lemma, its lemma joined with a
    /// particle the parser attached to it or left next to it, and its lowercase form.
    fn lemmas(&self, tree: &Tree<'_>, i: usize, english: bool) -> Vec<(String, bool)> {
        let mut out: Vec<(String, bool)> = Vec::new();
        let push = |l: String, guessed: bool, out: &mut Vec<(String, bool)>| {
            if !out.iter().any(|(x, _)| *x == l) {
                out.push((l, guessed));
            }
        };
        if let Some(c) = tree.compound(i) {
            push(c.to_lowercase(), false, &mut out);
        }
        let verbal = matches!(tree.upos(i), "VERB" | "AUX" | "ADJ" | "NOUN");
        let mut bases: Vec<(String, bool)> = vec![(tree.lemma(i).to_string(), false)];
        if verbal {
            bases.extend(
                crate::guess::lemmas(tree.form(i), english)
                    .into_iter()
                    // Dutch: "stelde" is a regular form of the tagger's "stellen"; guessing
                    // from the form alone would also read "stelen" (steal).
                    .filter(|g| english || !lexicon::nl_misguessed(tree.lemma(i), tree.form(i), g))
                    .map(|g| (g, true)),
            );
        }
        if verbal {
            let particles: Vec<usize> = (i.saturating_sub(2)..tree.len().min(i + 3))
                .chain(tree.children(i).iter().copied())
                .filter(|&j| {
                    j != i
                        && lexicon::is_particle(tree.form(j))
                        && tree.children(j).is_empty()
                        && (tree.head(j) == Some(i)
                            || j + 1 == i
                            || (j + 2 == i && tree.form(j + 1) == "te")
                            || (english && j == i + 1))
                })
                .collect();
            for &j in &particles {
                for (b, g) in &bases {
                    let joined = if english {
                        format!("{b} {}", tree.form(j))
                    } else {
                        format!("{}{b}", tree.form(j))
                    };
                    push(joined, *g || tree.deprel(j) != "compound:prt", &mut out);
                }
            }
        }
        for (b, g) in bases {
            push(b, g, &mut out);
        }
        push(tree.form(i).to_string(), true, &mut out);
        out
    }

    /// Every trigger of the sentence with its best pattern (the first whose constraints hold).
    pub fn find<'p>(&'p self, tree: &Tree<'_>, english: bool, ctx: &Context<'_>) -> Vec<Match<'p>> {
        self.find_with(tree, english, ctx, false)
    }

    /// [`Coder::find`]; `loose` also takes a verb trigger the tagger read as a modifier, a
    /// subject or an object (a misparsed clause), at 0.6 × the confidence. The stage uses it
    /// for sentences where the strict pass codes nothing and no word is tagged as a verb.
    pub fn find_with<'p>(
        &'p self,
        tree: &Tree<'_>,
        english: bool,
        ctx: &Context<'_>,
        loose: bool,
    ) -> Vec<Match<'p>> {
        let mut out = Vec::new();
        for i in 0..tree.len() {
            let upos = tree.upos(i);
            if matches!(
                upos,
                "PUNCT" | "DET" | "ADP" | "CCONJ" | "SCONJ" | "PRON" | "NUM"
            ) {
                continue;
            }
            'lemmas: for (lemma, guessed) in self.lemmas(tree, i, english) {
                let Some(cands) = self.index.get(&lemma) else {
                    continue;
                };
                for &pi in cands {
                    let Some(p) = self.patterns.get(pi) else {
                        continue;
                    };
                    let pos_ok = match p.pos {
                        // "Moscow's lines were under pressure", "in custody": a noun with
                        // its own preposition is a prepositional phrase, not a verb.
                        TriggerPos::Verb if is_prepositional_noun(tree, i) => false,
                        TriggerPos::Verb if loose => {
                            matches!(upos, "VERB" | "ADJ" | "NOUN" | "PROPN")
                                && !lexicon::is_auxlike(tree.lemma(i))
                                && (!matches!(tree.deprel(i), "amod" | "compound")
                                    || i.checked_sub(1).is_some_and(|j| {
                                        matches!(tree.upos(j), "AUX" | "NOUN" | "PROPN" | "PRON")
                                    }))
                        }
                        TriggerPos::Verb => {
                            upos == "VERB"
                                || (english
                                    && matches!(upos, "ADJ" | "NOUN")
                                    && crate::guess::is_irregular_past(
                                        &tree.form(i).to_lowercase(),
                                    ))
                                || (matches!(upos, "ADJ" | "AUX" | "NOUN" | "PROPN")
                                    && !matches!(tree.deprel(i), "amod" | "det" | "compound")
                                    && !lexicon::is_auxlike(tree.lemma(i))
                                    && tree.base_rel(i) != "nsubj"
                                    && tree.base_rel(i) != "obj")
                        }
                        TriggerPos::Noun => {
                            matches!(upos, "NOUN" | "PROPN")
                                || (english && is_nominal_gerund(tree, i))
                        }
                    };
                    if !pos_ok {
                        continue;
                    }
                    let mut frame = Frame::new(tree, i, p.pos == TriggerPos::Noun);
                    if english && lemma.contains(' ') {
                        frame.particle_object(tree, i);
                    }
                    if english {
                        frame.english_split_subject(tree);
                    }
                    let mut fallback = guessed;
                    if !p
                        .requires
                        .iter()
                        .all(|c| frame.satisfies(tree, &c.rel, &c.lemma, &mut fallback))
                    {
                        continue;
                    }
                    // "the battle against the water crisis", "fight poverty": a figure of
                    // speech, not violence.
                    if p.kind == PloverType::Assault && fights_a_scourge(tree, &frame) {
                        continue;
                    }
                    if non_event(tree, &frame, i, p, &lemma, english) {
                        continue;
                    }
                    let mut fb_roles = false;
                    let mut sources =
                        participants(tree, &frame, &p.source, ctx, &mut fb_roles, &[]);
                    // "Palestinian riots", "Israeli air strikes": a noun's country adjective
                    // is its agent when nothing else is.
                    if sources.is_empty() && frame.nominal && !p.source.is_empty() {
                        sources.extend(demonym_agent(tree, &frame, ctx));
                    }
                    let taken: Vec<Span> = sources.iter().map(|s| s.span).collect();
                    let mut targets =
                        participants(tree, &frame, &p.target, ctx, &mut fb_roles, &taken);
                    // Territorial events keep their territory as target (the control
                    // stage reads it).
                    if !p.target.is_empty()
                        && p.control.is_none()
                        && !targets
                            .iter()
                            .any(|t| t.actor.is_some() || t.country.is_some())
                    {
                        let locs = location_target(tree, &frame, &targets, ctx, &sources);
                        if !locs.is_empty() {
                            targets = locs;
                        }
                    }
                    // "threatened to attack Israel", "demanded that the US cancel …": the one
                    // the act falls on is in the complement clause.
                    if !p.target.is_empty() && p.control.is_none() && !has_code(&targets) {
                        let found = complement_target(tree, &frame, ctx, &sources);
                        if !found.is_empty() {
                            targets = found;
                        }
                    }
                    // "threatened to stop the talks if the United States deploys …": a
                    // threat falls on the one whose act it is conditioned on.
                    if p.kind == PloverType::Threaten && p.control.is_none() && !has_code(&targets)
                    {
                        let found = condition_target(tree, &frame, ctx, &sources);
                        if !found.is_empty() {
                            targets = found;
                        }
                    }
                    if non_event_by_roles(tree, i, p, &lemma, english, &sources, &targets) {
                        continue;
                    }
                    let mut confidence = p.confidence;
                    if loose {
                        confidence *= 0.6;
                    }
                    if fallback {
                        confidence *= 0.8;
                    }
                    if fb_roles {
                        confidence *= 0.9;
                    }
                    if sources.is_empty() && !p.source.is_empty() {
                        confidence *= 0.85;
                    }
                    if targets.is_empty() && !p.target.is_empty() {
                        confidence *= 0.9;
                    }
                    let demander = demander(tree, &frame, ctx);
                    out.push(Match {
                        pattern: p,
                        frame,
                        sources,
                        targets,
                        confidence,
                        demander,
                    });
                    break 'lemmas;
                }
            }
        }
        inherit_nested_targets(tree, &mut out);
        out
    }
}

/// A noun or proper noun with a preposition of its own ("under pressure", "onder druk"): a
/// prepositional phrase, never a verb the tagger misread. "to"/"te" before a word may mark an
/// infinitive the parser took for a preposition, and do not count.
fn is_prepositional_noun(tree: &Tree<'_>, i: usize) -> bool {
    matches!(tree.upos(i), "NOUN" | "PROPN")
        && tree
            .preposition(i)
            .is_some_and(|p| !matches!(p.to_lowercase().as_str(), "to" | "te"))
}

/// An English "-ing" form the tagger read as a verb but that an adjective, a determiner or a
/// possessive modifies and that has no object ("engaged in ethnic cleansing", "the shelling of
/// the town"): a noun, so noun triggers take it.
fn is_nominal_gerund(tree: &Tree<'_>, i: usize) -> bool {
    tree.upos(i) == "VERB"
        && tree.form(i).to_lowercase().ends_with("ing")
        && tree
            .children(i)
            .iter()
            .any(|&c| matches!(tree.deprel(c), "amod" | "det" | "nmod:poss"))
        && !tree
            .children(i)
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "obj" | "nsubj"))
}

/// The noun phrase (first, last token) right before a participle that introduces the phrase
/// starting at `a` ("aircraft" in "Russian aircraft including helicopter gunships").
fn phrase_before_participle(tree: &Tree<'_>, a: usize) -> Option<(usize, usize)> {
    let p = a.checked_sub(1)?;
    if !matches!(
        tree.form(p),
        "including" | "using" | "carrying" | "backed" | "led" | "armed" | "loyal"
    ) {
        return None;
    }
    let last = p.checked_sub(1)?;
    if !matches!(tree.upos(last), "NOUN" | "PROPN") {
        return None;
    }
    let mut first = last;
    while first > 0
        && matches!(
            tree.upos(first - 1),
            "NOUN" | "PROPN" | "ADJ" | "DET" | "NUM"
        )
    {
        first -= 1;
    }
    Some((first, last))
}

/// A country adjective before a noun trigger ("Palestinian riots"), as a participant with
/// that country.
fn demonym_agent(tree: &Tree<'_>, frame: &Frame, ctx: &Context<'_>) -> Option<Participant> {
    tree.children(frame.trigger)
        .iter()
        .copied()
        .filter(|&c| {
            c < frame.trigger
                && matches!(tree.deprel(c), "amod" | "compound")
                && ctx.dict.is_some_and(|d| {
                    d.lookup(tree.span(c).slice(tree.text))
                        .iter()
                        .any(|s| matches!(s, kroniek_actors::Sense::CountryAdjective(_)))
                })
        })
        .find_map(|c| participant_of(tree, c, c, Some(c), ctx).filter(|p| p.country.is_some()))
}

/// Follow one role spec from the trigger; the first spec that yields something wins.
pub(crate) fn participants(
    tree: &Tree<'_>,
    frame: &Frame,
    specs: &[RoleSpec],
    ctx: &Context<'_>,
    fallback: &mut bool,
    taken: &[Span],
) -> Vec<Participant> {
    // A role found only on the surface yields to a later spec the parse attaches ("agreed to
    // US mediation in talks with the Palestinians": `to` is the verb's, `with` is not).
    let mut surface: Option<Vec<Participant>> = None;
    for (si, spec) in specs.iter().enumerate() {
        let mut fb = false;
        let mut heads: Vec<usize> = Vec::new();
        for (k, rel) in spec.iter().enumerate() {
            if k == 0 {
                heads = frame.resolve(tree, rel, &mut fb);
            } else {
                let Rel::Prep(p) = rel else {
                    heads.clear();
                    break;
                };
                heads = heads
                    .iter()
                    .flat_map(|&h| {
                        tree.children(h)
                            .iter()
                            .copied()
                            .filter(|&c| tree.preposition(c) == Some(p.as_str()))
                            .collect::<Vec<_>>()
                    })
                    .collect();
            }
        }
        heads.retain(|&h| !tree.is_punct(h) && h != frame.trigger);
        // A time expression is never a participant ("The German government today welcomed"
        // parsed with "today" as the subject): the surface search below takes over.
        heads.retain(|&h| !ctx.timexes.iter().any(|t| t.contains(tree.span(h))));
        // Nominal heads only; the first (nearest to the trigger, not across a comma) wins.
        heads.retain(|&h| tree.is_nominal(h) || tree.upos(h) == "ADJ");
        heads.sort_by_key(|&h| {
            let (a, b) = (h.min(frame.trigger), h.max(frame.trigger));
            let comma =
                (a + 1..b).any(|i| tree.form(i) == "," || tree.form(i) == ";") && h > frame.trigger;
            (comma, b - a)
        });
        let Some(&h) = heads.first() else {
            if ctx.english
                && !frame.passive
                && !frame.nominal
                && spec.as_slice() == [Rel::Subj]
                && let Some((a, b)) = surface_subject(tree, frame, ctx.timexes)
                && let Some(p) = if a == b && tree.deprel(a) == "nmod:poss" {
                    possessor(tree, frame, a, ctx)
                } else {
                    participant_of(tree, a, b, None, ctx)
                }
                && !taken.contains(&p.span)
            {
                *fallback = true;
                if let Some(parts) = split_coordination(tree, a, b, ctx) {
                    return parts;
                }
                let extra = coordinated_modifiers(tree, b, &p, ctx);
                let mut out = vec![p];
                out.extend(extra);
                return out;
            }
            continue;
        };
        // "Russian aircraft including helicopter gunships killed …" parsed with "gunships" as
        // the subject: the phrase before the participle is.
        if ctx.english
            && spec.as_slice() == [Rel::Subj]
            && h < frame.trigger
            && let Some((a, b)) = phrase_before_participle(tree, tree.phrase(h).0)
            && let Some(p) = participant_of(tree, a, b, Some(b), ctx)
            && !taken.contains(&p.span)
        {
            return vec![p];
        }
        let mut out = Vec::new();
        for m in std::iter::once(h).chain(conjuncts(tree, h)) {
            if let Some(p) = participant(tree, frame, m, ctx)
                && !taken.contains(&p.span)
                && !out.iter().any(|q: &Participant| q.span == p.span)
            {
                let (a, b) = tree.phrase(m);
                if p.span == tree.span_of(a, b)
                    && let Some(parts) = split_coordination(tree, a, b, ctx)
                {
                    out.extend(parts);
                    continue;
                }
                let extra = coordinated_modifiers(tree, m, &p, ctx);
                out.push(p);
                out.extend(extra);
            }
        }
        if !out.is_empty() {
            if fb && si + 1 < specs.len() {
                surface.get_or_insert(out);
                continue;
            }
            *fallback |= fb;
            return out;
        }
    }
    if let Some(out) = surface {
        *fallback = true;
        return out;
    }
    Vec::new()
}

/// A phrase that still holds a coordination ("Libyan leader Muammar Gaddafi and Bulgarian
/// President Todor Zhivkov" where the parser hung the second name on the first's apposition,
/// or a subject found on the surface): split at its "and"/"en" when both sides name different
/// countries; `None` keeps the phrase whole ("Bosnia and Herzegovina", "the Ministry of
/// Justice and Security").
fn split_coordination(
    tree: &Tree<'_>,
    a: usize,
    b: usize,
    ctx: &Context<'_>,
) -> Option<Vec<Participant>> {
    let k = (a + 1..b).find(|&k| {
        tree.upos(k) == "CCONJ" && matches!(tree.form(k).to_lowercase().as_str(), "and" | "en")
    })?;
    // A coordinated adjective ("Turkish and Greek sides") is left to `coordinated_modifiers`.
    if !matches!(tree.upos(k - 1), "NOUN" | "PROPN") {
        return None;
    }
    let left = participant_of(tree, a, k - 1, None, ctx)?;
    let right = participant_of(tree, k + 1, b, None, ctx)?;
    match (left.country.as_deref(), right.country.as_deref()) {
        (Some(x), Some(y)) if x != y => Some(vec![left, right]),
        _ => None,
    }
}

/// "Hungarian and Romanian officials", "U.S. and Russian negotiators": a country word
/// coordinated inside the phrase of `h` is a participant of its own (CAMEO codes both), when
/// it names a country the phrase's participant `p` does not have.
fn coordinated_modifiers(
    tree: &Tree<'_>,
    h: usize,
    p: &Participant,
    ctx: &Context<'_>,
) -> Vec<Participant> {
    let (a, b) = tree.phrase(h);
    let mut out: Vec<Participant> = Vec::new();
    let modifier = |k: usize| matches!(tree.upos(k), "ADJ" | "PROPN");
    for j in a..=b {
        if j == h || !modifier(j) {
            continue;
        }
        // A conjunct of another word of the phrase, or (where the parser attached both words
        // to the head) the word after "X and"/"X en" before the head.
        let g = if tree.base_rel(j) == "conj" {
            let Some(g) = tree.head(j) else { continue };
            if g < a || g > b || g == h {
                continue;
            }
            g
        } else if j < h
            && j >= 2
            && tree.upos(j - 1) == "CCONJ"
            && modifier(j - 2)
            && tree.head(j - 2) == Some(h)
            && tree.head(j) == Some(h)
        {
            // The phrase may leave "X en" out when the parser did not coordinate them.
            j - 2
        } else {
            continue;
        };
        // Both conjuncts: the phrase's own country may come from either.
        for k in [g, j] {
            if let Some(q) = participant_of(tree, k, k, None, ctx)
                && let Some(c) = q.country.as_deref()
                && p.country.as_deref() != Some(c)
                && !out.iter().any(|o| o.country.as_deref() == Some(c))
            {
                out.push(q);
            }
        }
    }
    out
}

/// Obligation auxiliaries: an act someone must do, reported from a speaker, is a demand.
fn is_obligation(lemma: &str, form: &str) -> bool {
    matches!(lemma, "moeten" | "must" | "should" | "dienen")
        || matches!(
            form,
            "must" | "should" | "moet" | "moeten" | "diende" | "dient"
        )
}

/// "X zei dat Y moet …", "X said Y must …": when the trigger (or a verb it leans on) carries
/// an obligation auxiliary and a verb of saying governs the clause, the speaker (that verb's
/// subject) demands the act of the one who must do it; PLOVER codes that as REQUEST (CAMEO
/// 10, demand). The speaker, when there is one.
pub fn demander(tree: &Tree<'_>, frame: &Frame, ctx: &Context<'_>) -> Option<Participant> {
    if frame.nominal {
        return None;
    }
    let mut heads = std::iter::once(frame.trigger).chain(frame.hosts.iter().copied());
    let obliged = heads.any(|h| {
        (h != frame.trigger && is_obligation(tree.lemma(h), tree.form(h)))
            || tree
                .children(h)
                .iter()
                .any(|&c| tree.base_rel(c) == "aux" && is_obligation(tree.lemma(c), tree.form(c)))
    });
    if !obliged {
        return None;
    }
    let mut cur = frame.trigger;
    for _ in 0..4 {
        let h = tree.head(cur)?;
        if matches!(
            tree.base_rel(cur),
            "ccomp" | "parataxis" | "xcomp" | "advcl"
        ) && lexicon::is_say(tree.lemma(h))
        {
            let say = Frame::new(tree, h, false);
            let mut fb = false;
            let who = participants(tree, &say, &[vec![Rel::Subj]], ctx, &mut fb, &[]);
            return who.into_iter().next();
        }
        cur = h;
    }
    None
}

/// Coordinated nominal conjuncts of `h` ("Israël en de Palestijnen").
fn conjuncts<'t>(tree: &'t Tree<'_>, h: usize) -> impl Iterator<Item = usize> + 't {
    tree.children(h)
        .iter()
        .copied()
        .filter(move |&c| tree.deprel(c) == "conj" && tree.is_nominal(c))
}

/// The noun or name just before a relative pronoun at `r` (after a comma), lifted to the head
/// of the name it is part of.
fn antecedent_before(tree: &Tree<'_>, r: usize) -> Option<usize> {
    let mut j = r.checked_sub(1)?;
    if tree.upos(j) == "PUNCT" && tree.form(j) == "," {
        j = j.checked_sub(1)?;
    }
    if !matches!(tree.upos(j), "NOUN" | "PROPN") {
        return None;
    }
    for _ in 0..4 {
        match tree.head(j) {
            Some(up) if matches!(tree.base_rel(j), "flat" | "compound") => j = up,
            _ => break,
        }
    }
    Some(j)
}

/// The participant headed by token `h`: relative pronouns stand for their antecedent,
/// personal pronouns for the subject of a governing verb of saying ("X said it …"), else
/// (he, she) for the last person named before them.
fn participant(
    tree: &Tree<'_>,
    frame: &Frame,
    mut h: usize,
    ctx: &Context<'_>,
) -> Option<Participant> {
    if lexicon::is_relative(tree.form(h)) && tree.upos(h) == "PRON" {
        // The noun the relative clause modifies.
        let mut cur = frame.trigger;
        let mut found = false;
        for _ in 0..3 {
            let Some(up) = tree.head(cur) else { break };
            if tree.deprel(cur).starts_with("acl") && tree.is_nominal(up) {
                h = up;
                found = true;
                break;
            }
            cur = up;
        }
        // Parsed otherwise: the name or noun right before ", who" ("Secretary of State Antony
        // Blinken, who visited Kyiv"), up to the head of its name.
        if !found && let Some(n) = antecedent_before(tree, h) {
            h = n;
        }
    }
    if tree.upos(h) == "PRON" {
        let personal = matches!(
            tree.form(h),
            "hij"
                | "zij"
                | "ze"
                | "die"
                | "he"
                | "she"
                | "him"
                | "hem"
                | "haar"
                | "her"
                | "it"
                | "they"
                | "we"
                | "wij"
                | "we're"
                | "het"
        );
        if personal
            && frame.subjects.contains(&h)
            && let Some(g) = governing_subject(tree, frame)
        {
            let (a, b) = tree.phrase(g);
            return participant_of(tree, a, b, Some(g), ctx);
        }
        if personal
            && ctx.english
            && frame.subjects.contains(&h)
            && let Some((a, b)) = governing_surface_subject(tree, frame, ctx.timexes)
        {
            return participant_of(tree, a, b, Some(b), ctx);
        }
        // A possessive as participant ("their withdrawal", "insisted on its demands"): the
        // owner is the subject of the clause (for a noun trigger, of the verb governing it).
        if tree.deprel(h) == "nmod:poss"
            && matches!(
                tree.form(h).to_lowercase().as_str(),
                "its" | "their" | "his" | "her" | "zijn" | "haar" | "hun"
            )
            && let Some(p) = possessor(tree, frame, h, ctx)
        {
            return Some(p);
        }
        return match tree.form(h) {
            "hij" | "zij" | "ze" | "die" | "he" | "she" | "him" | "hem" | "haar" | "her" => {
                let span = antecedent(ctx.entities, tree.span(h))?;
                Some(with_actor(tree, span, ctx))
            }
            // "De taliban ontkennen dat": a demonstrative or a relative pronoun whose
            // antecedent was not found names no participant.
            w if lexicon::is_relative(&w.to_lowercase()) || lexicon::is_demonstrative(w) => None,
            _ => {
                let (a, b) = tree.phrase(h);
                participant_of(tree, a, b, Some(h), ctx)
            }
        };
    }
    let (mut a, b) = tree.phrase(h);
    // A misparsed verb inside its own object's phrase ("struck militant positions"): the
    // object starts after it.
    let t = frame.trigger;
    if a <= t && t < h {
        a = t + 1;
    }
    let mut p = participant_of(tree, a, b, Some(h), ctx)?;
    // "haar strijders", "its troops": the owner is the actor, unless an adjective names the
    // phrase's own country ("zijn Amerikaanse collega", "his Syrian counterpart").
    if !names_own_country(tree, h, ctx)
        && let Some(o) = owner(tree, frame, h)
    {
        let (x, y) = tree.phrase(o);
        if let Some(q) = participant_of(tree, x, y, Some(o), ctx)
            && q.actor.is_some()
        {
            p.actor = q.actor;
            p.country = q.country;
            p.sector = q.sector;
        }
    }
    Some(p)
}

/// Whether an adjective of the noun `h` names a country ("his Syrian counterpart").
fn names_own_country(tree: &Tree<'_>, h: usize, ctx: &Context<'_>) -> bool {
    let Some(dict) = ctx.dict else {
        return false;
    };
    let adjectives: Vec<usize> = tree
        .children(h)
        .iter()
        .copied()
        .filter(|&c| tree.base_rel(c) == "amod")
        .collect();
    !adjectives.is_empty() && code_in(tree, &adjectives, dict, ctx.places).is_some()
}

/// The participant a possessive pronoun `h` stands for: the first non-pronoun subject of the
/// trigger's clause (for a noun trigger, the clause of the verb that governs it), resolved as
/// any participant ("their forces" takes its owner in turn); else the subject of a verb that
/// governs the clause.
fn possessor(tree: &Tree<'_>, frame: &Frame, h: usize, ctx: &Context<'_>) -> Option<Participant> {
    let verb = if frame.nominal || tree.is_nominal(frame.trigger) {
        tree.head(frame.trigger)
            .filter(|&v| matches!(tree.upos(v), "VERB" | "AUX"))
    } else {
        Some(frame.trigger)
    };
    if let Some(v) = verb {
        let vf = if v == frame.trigger {
            None
        } else {
            Some(Frame::new(tree, v, false))
        };
        let f = vf.as_ref().unwrap_or(frame);
        if let Some(&s) = f
            .subjects
            .iter()
            .find(|&&s| s != h && tree.upos(s) != "PRON" && !tree.dominates(s, h))
        {
            return participant(tree, f, s, ctx);
        }
        // A verb the parser hung on its subject ("The party … insisted on its demands").
        if f.subjects.is_empty()
            && tree.base_rel(v) == "acl"
            && let Some(n) = tree.head(v)
            && tree.is_nominal(n)
            && n < v
        {
            return participant(tree, f, n, ctx);
        }
    }
    let g = governing_subject(tree, frame)?;
    let (a, b) = tree.phrase(g);
    participant_of(tree, a, b, Some(g), ctx)
}

/// The owner of a phrase with a possessive pronoun: for a subject, the subject of the clause
/// that reports or governs it ("De Noordelijke Alliantie zegt dat haar strijders …"); for
/// another role, the clause's own subject ("Rusland trok zijn troepen terug").
fn owner(tree: &Tree<'_>, frame: &Frame, h: usize) -> Option<usize> {
    let possessive = tree.children(h).iter().any(|&c| {
        tree.deprel(c) == "nmod:poss"
            && matches!(
                tree.form(c).to_lowercase().as_str(),
                "haar" | "zijn" | "hun" | "its" | "their" | "his" | "her"
            )
    });
    if !possessive {
        return None;
    }
    if frame.subjects.contains(&h) {
        governing_subject(tree, frame)
    } else {
        frame
            .subjects
            .first()
            .copied()
            .filter(|&s| tree.upos(s) != "PRON")
    }
}

/// A participant for a span outside the sentence's tokens (an antecedent): the actor only.
fn with_actor(tree: &Tree<'_>, span: Span, ctx: &Context<'_>) -> Participant {
    let found = ctx
        .actors
        .and_then(|l| l.at(span).and_then(|i| l.actors.get(i)));
    // A phrase the parser cut inside the actor's own mention ("State Antony Blinken" of
    // "Secretary of State Antony Blinken, who …") is the whole mention.
    let span = found
        .and_then(|a| {
            a.mentions
                .iter()
                .find(|m| m.start() <= span.start() && span.end() <= m.end())
                .copied()
        })
        .unwrap_or(span);
    let (actor, country, sector) = match found {
        Some(a) => (Some(a.id.clone()), a.country.clone(), a.sector.clone()),
        None => (None, None, None),
    };
    Participant {
        actor,
        text: span.slice(tree.text).to_string(),
        span,
        country,
        sector,
    }
}

/// The participant covering tokens `a..=b` (headed by `h` when known): the actor there, and
/// when it has no country, the country its words or its `by`/`from` modifiers name.
pub(crate) fn participant_of(
    tree: &Tree<'_>,
    a: usize,
    b: usize,
    h: Option<usize>,
    ctx: &Context<'_>,
) -> Option<Participant> {
    // A phrase that runs into a time expression is a misparse: "Palestinian leader Yasser
    // Arafat Wednesday" is cut before the day; a head inside the time expression ("het
    // afgelopen weekend tientallen" headed by "weekend") gives no participant rather than a
    // wrong one.
    let (a, b) = trim_timex(tree, a, b, h, ctx.timexes)?;
    let span = tree.span_of(a, b);
    let mut p = with_actor(tree, span, ctx);
    if p.country.is_none()
        && let Some(dict) = ctx.dict
    {
        let mut toks: Vec<usize> = (a..=b).collect();
        if let Some(h) = h {
            for &c in tree.children(h) {
                // "calls by Belarus's rulers", "doctors in South Korea", "workers at a plant
                // in Turkey", "a camp for Congolese refugees" (noun modifiers only, not where
                // the verb happens).
                let noun_mod = tree.base_rel(c) == "nmod"
                    && matches!(
                        tree.preposition(c),
                        Some("in" | "at" | "for" | "of" | "uit" | "voor")
                    );
                if (matches!(tree.preposition(c), Some("by" | "from" | "door" | "van")) || noun_mod)
                    && (c < a || c > b)
                {
                    let (x, y) = tree.phrase(c);
                    toks.extend(x..=y);
                }
            }
            // "a plane owned by a Venezuelan company", "a group based in Trinidad" (also
            // where the parser hung the participle on the verb right after the phrase).
            let mut reduced: Vec<usize> = tree
                .children(h)
                .iter()
                .copied()
                .filter(|&c| c > b && tree.base_rel(c) == "acl")
                .collect();
            let next = b + 1;
            if next < tree.len()
                && tree.upos(next) == "VERB"
                && tree.base_rel(next) == "xcomp"
                && tree.head(next) == tree.head(h)
                && (tree.form(next).ends_with("ed") || tree.form(next).ends_with("en"))
            {
                reduced.push(next);
            }
            for c in reduced {
                for &g in tree.children(c) {
                    if matches!(tree.preposition(g), Some("by" | "in" | "from" | "door"))
                        && tree.is_nominal(g)
                    {
                        let (x, y) = tree.phrase(g);
                        toks.extend(x..=y);
                    }
                }
            }
        }
        toks.sort_unstable();
        toks.dedup();
        if let Some((country, sector)) = code_in(tree, &toks, dict, ctx.places) {
            p.country = Some(country);
            if p.sector.is_none() {
                p.sector = sector;
            }
        }
    }
    Some(p)
}

/// The last person named before `at` (within ~1,500 bytes).
fn antecedent(entities: &EntityLayer, at: Span) -> Option<Span> {
    entities
        .entities
        .iter()
        .rev()
        .find(|e| {
            e.kind == EntityType::Per
                && e.span.end() <= at.start()
                && at.start() - e.span.end() < 1500
        })
        .map(|e| e.span)
}

/// PLOVER codes an intention to act as AGREE (cooperation) or THREATEN (conflict).
pub fn intent_shift(kind: PloverType, modality: Modality) -> Option<(PloverType, &'static str)> {
    if modality != Modality::Intended {
        return None;
    }
    use PloverType::*;
    Some(match kind {
        Cooperate => (Agree, "031"),
        Support => (Agree, "032"),
        Aid => (Agree, "033"),
        Retreat | Concede => (Agree, "035"),
        Consult => (Agree, "036"),
        Assault => (Threaten, "138"),
        Mobilize => (Threaten, "138"),
        Coerce => (Threaten, "137"),
        Sanction => (Threaten, "131"),
        Protest => (Threaten, "133"),
        _ => return None,
    })
}

/// Build the event of a match (date, place and flags are filled by the caller).
pub fn skeleton(m: &Match<'_>, tree: &Tree<'_>, sentence: Span) -> Event {
    let p = m.pattern;
    Event {
        kind: p.kind,
        mode: p.mode.clone(),
        context: None,
        cameo: p.cameo.clone(),
        sources: m.sources.clone(),
        targets: m.targets.clone(),
        date: Default::default(),
        place: None,
        sentence,
        trigger: tree.span(m.frame.trigger),
        negated: false,
        historical: false,
        modality: Modality::Asserted,
        control: p.control,
        confidence: m.confidence,
        pattern: p.id.clone(),
    }
}

/// Tokens `a..=b` without a time expression at either end ("Arafat Wednesday" → "Arafat");
/// `None` when the head `h` lies in one or a time expression sits inside the phrase.
fn trim_timex(
    tree: &Tree<'_>,
    mut a: usize,
    mut b: usize,
    h: Option<usize>,
    timexes: &[Span],
) -> Option<(usize, usize)> {
    let in_timex = |i: usize| timexes.iter().any(|t| t.contains(tree.span(i)));
    let h = h.unwrap_or(b);
    if in_timex(h) {
        return None;
    }
    while b > h && in_timex(b) {
        b -= 1;
    }
    while a < h && in_timex(a) {
        a += 1;
    }
    let span = tree.span_of(a, b);
    if timexes
        .iter()
        .any(|t| t.start() < span.end() && span.start() < t.end())
    {
        return None;
    }
    Some((a, b))
}
