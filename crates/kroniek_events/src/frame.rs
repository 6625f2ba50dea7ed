//! The clause around a trigger: its arguments (also those the parser hung on an auxiliary,
//! a governing verb or a coordinated verb), voice, negation and modality.

use kroniek_core::Modality;

use crate::lexicon;
use crate::pattern::{LemmaTest, Rel};
use crate::tree::Tree;

/// A trigger's clause.
pub struct Frame {
    /// The trigger token.
    pub trigger: usize,
    /// Verbs whose dependents count as the trigger's (auxiliary-like heads, governing verbs
    /// of an xcomp, the first conjunct of a coordinated verb), nearest first.
    pub hosts: Vec<usize>,
    /// Subject candidates (in text order).
    pub subjects: Vec<usize>,
    /// Direct-object candidates.
    pub objects: Vec<usize>,
    /// Passive voice.
    pub passive: bool,
    /// The trigger is a noun.
    pub nominal: bool,
}

fn is_subj(d: &str) -> bool {
    d.starts_with("nsubj") || d.starts_with("csubj")
}

/// Subordinators a parser may read as prepositions ("after Russian forces withdrew").
const SUBORDINATORS: &[&str] = &[
    "after", "before", "while", "since", "until", "once", "as", "nadat", "voordat", "terwijl",
    "sinds", "totdat",
];

/// For a verb `t` without a subject of its own: the noun right before it that the parser
/// made an oblique of another verb through a subordinator it took for a preposition.
fn subordinator_subject(tree: &Tree<'_>, t: usize) -> Option<usize> {
    let n = t.checked_sub(1)?;
    if !matches!(tree.upos(n), "NOUN" | "PROPN" | "PRON") || tree.base_rel(n) != "obl" {
        return None;
    }
    let verb = tree.head(n)?;
    if verb == t || !matches!(tree.upos(verb), "VERB" | "AUX") {
        return None;
    }
    let case = tree
        .children(n)
        .iter()
        .copied()
        .find(|&c| tree.deprel(c) == "case")?;
    SUBORDINATORS
        .contains(&tree.form(case).to_lowercase().as_str())
        .then_some(n)
}

/// Word-order repairs for parses that mislabel subject and object (the Dutch model confuses
/// them often): with no subject and two objects, the one before the verb is the subject
/// ("Oekraïense troepen heroveren grote delen"); in a subordinate clause, where Dutch puts the
/// subject before the object ("dat haar strijders drie districten hebben heroverd"), an object
/// that precedes the subject swaps with it unless it is a pronoun.
fn repair_roles(
    tree: &Tree<'_>,
    t: usize,
    hosts: &[usize],
    subjects: &mut Vec<usize>,
    objects: &mut Vec<usize>,
) {
    objects.sort_unstable();
    if subjects.is_empty() && objects.len() >= 2 && objects[0] < t {
        subjects.push(objects.remove(0));
        return;
    }
    // With no subject at all, a lone object before the verb (not a pronoun, which Dutch
    // fronts as object: "Dat ontkende hij") is the subject the parser mislabelled
    // ("Honderden supporters relden na de wedstrijd" with `supporters` as `obj`); also in a
    // finite Dutch subordinate clause, whose subject comes first after the subordinator ("zegt
    // dat zijn strijders nog posities bezetten"; not "om de stad te bezetten").
    if subjects.is_empty()
        && let [o] = objects.as_slice()
        && *o < t
        && tree.upos(*o) != "PRON"
        && (hosts.is_empty() || finite_subordinate(tree, t, *o))
    {
        subjects.push(objects.remove(0));
        return;
    }
    let subordinate = std::iter::once(t)
        .chain(hosts.iter().copied())
        .any(|h| tree.children(h).iter().any(|&c| tree.deprel(c) == "mark"));
    if let ([s], Some(&o)) = (subjects.as_slice(), objects.first())
        && subordinate
        && o < *s
        && *s < t
        && tree.upos(o) != "PRON"
    {
        let s = *s;
        subjects[0] = o;
        objects[0] = s;
        objects.sort_unstable();
    }
}

/// Whether verb `t` heads a finite Dutch subordinate clause ("dat", "omdat", …) that begins
/// before `first`, its first noun phrase.
fn finite_subordinate(tree: &Tree<'_>, t: usize, first: usize) -> bool {
    tree.children(t).iter().any(|&c| {
        c < first
            && tree.deprel(c) == "mark"
            && matches!(
                tree.form(c).to_lowercase().as_str(),
                "dat" | "omdat" | "nadat" | "voordat" | "terwijl" | "zodat" | "doordat" | "als"
            )
    })
}

impl Frame {
    /// An English phrasal trigger ("take in", "hand over") whose particle, right after the
    /// verb `t`, the parser made the preposition of the next noun phrase ("took in thousands
    /// of refugees" as `took [in thousands]obl`): that noun is the verb's object.
    pub fn particle_object(&mut self, tree: &Tree<'_>, t: usize) {
        let p = t + 1;
        if p >= tree.len() || !lexicon::is_particle(tree.form(p)) || tree.deprel(p) != "case" {
            return;
        }
        if let Some(n) = tree.head(p)
            && tree.head(n) == Some(t)
            && tree.base_rel(n) == "obl"
            && !self.objects.contains(&n)
        {
            self.objects.push(n);
            self.objects.sort_unstable();
        }
    }

    /// English puts the object after the verb, so a second subject before it is never a
    /// Dutch-style object: two adjacent subjects are one phrase the parser split ("Hezbollah
    /// guerrillas killed …" with both as `nsubj`), a later one an apposition it misread
    /// ("Pakistan, a key U.S. ally, has refused …" with `U.S.` as `nsubj`). It is dropped
    /// from the objects.
    pub fn english_split_subject(&mut self, tree: &Tree<'_>) {
        let t = self.trigger;
        self.objects
            .retain(|&o| !(o < t && is_subj(tree.deprel(o))));
    }

    /// Build the frame of `t`.
    pub fn new(tree: &Tree<'_>, t: usize, nominal: bool) -> Frame {
        let mut hosts = Vec::new();
        if !nominal {
            let mut cur = t;
            for _ in 0..3 {
                let Some(h) = tree.head(cur) else { break };
                let rel = tree.base_rel(cur);
                let verbal = matches!(tree.upos(h), "VERB" | "AUX");
                // A verb the parser coordinated with a noun ("noemt zichzelf leider en riep
                // op"): its conjunct is the verb that governs that noun.
                if rel == "conj" && !verbal && tree.upos(cur) == "VERB" {
                    let mut g = h;
                    for _ in 0..3 {
                        let Some(up) = tree.head(g) else { break };
                        if matches!(tree.upos(up), "VERB" | "AUX") {
                            hosts.push(up);
                            break;
                        }
                        g = up;
                    }
                    break;
                }
                let inherit = match rel {
                    "xcomp" | "ccomp" if verbal => true,
                    // "is prepared to lift", "would be ready to host": the adjective of
                    // readiness carries the subject and makes the act an offer.
                    "xcomp" | "advcl" if lexicon::is_readiness(tree.lemma(h)) => true,
                    // "were unable to question him": the adjective of failure likewise.
                    "xcomp" if lexicon::is_failure(tree.lemma(h)) => true,
                    "conj" if verbal => true,
                    // A participle adjunct without its own subject or subordinator ("rallied
                    // in Seoul, demanding higher wages", "shelled the town, killing three"):
                    // the verb it hangs on has its subject.
                    "advcl" if verbal => {
                        tree.form(cur).ends_with("ing")
                            && !tree
                                .children(cur)
                                .iter()
                                .any(|&c| is_subj(tree.deprel(c)) || tree.deprel(c) == "mark")
                    }
                    // A participle the parser hung on "hebben"/"zijn" under any label.
                    _ => verbal && h < cur && lexicon::is_auxlike(tree.lemma(h)),
                };
                if !inherit {
                    break;
                }
                hosts.push(h);
                // Only keep climbing through auxiliary-like or intention verbs.
                if !(lexicon::is_auxlike(tree.lemma(h))
                    || lexicon::is_intent(tree.lemma(h), tree.form(h))
                    || lexicon::is_failure(tree.lemma(h)))
                {
                    break;
                }
                cur = h;
            }
        }
        let own_subj: Vec<usize> = tree
            .children(t)
            .iter()
            .copied()
            .filter(|&c| is_subj(tree.deprel(c)))
            .collect();
        let mut subjects = own_subj.clone();
        if subjects.is_empty()
            && !nominal
            && let Some(n) = subordinator_subject(tree, t)
        {
            // "entered Kherson after Russian forces withdrew", parsed with "after" as a
            // preposition: the noun it governs, right before the verb, is the verb's subject,
            // and the verb is not a conjunct sharing the main clause's subject.
            subjects.push(n);
            hosts.clear();
        }
        // "Turkije heeft duizenden militairen … samengetrokken" parsed with the object as the
        // participle's subject: the auxiliary's own subject before it is the subject, and the
        // participle's "subject" between auxiliary and participle goes on as a second subject
        // (made the object below).
        if let Some(&h) = hosts.first()
            && !subjects.is_empty()
            && lexicon::is_auxlike(tree.lemma(h))
            && subjects.iter().all(|&s| h < s && s < t)
        {
            let before: Vec<usize> = tree
                .children(h)
                .iter()
                .copied()
                .filter(|&c| is_subj(tree.deprel(c)) && c < h)
                .collect();
            if !before.is_empty() {
                subjects.splice(0..0, before);
            }
        }
        if subjects.is_empty() {
            for &h in &hosts {
                subjects.extend(
                    tree.children(h)
                        .iter()
                        .copied()
                        .filter(|&c| is_subj(tree.deprel(c)) && c != t),
                );
                if !subjects.is_empty() {
                    break;
                }
            }
        }
        let mut objects: Vec<usize> = tree
            .children(t)
            .iter()
            .copied()
            .filter(|&c| tree.deprel(c) == "obj")
            .collect();
        if objects.is_empty() {
            for &h in &hosts {
                objects.extend(
                    tree.children(h)
                        .iter()
                        .copied()
                        .filter(|&c| tree.deprel(c) == "obj" && c != t),
                );
                if !objects.is_empty() {
                    break;
                }
            }
        }
        // "De kinderen werden woensdag vrijgelaten" parsed with the day as the passive subject
        // and the children as the object: in a passive clause the object before the verb is
        // the subject, and a day name never is one.
        if !nominal
            && !subjects.is_empty()
            && subjects
                .iter()
                .all(|&s| tree.deprel(s) == "nsubj:pass" && lexicon::is_time_word(tree.lemma(s)))
            && let Some(k) = objects.iter().position(|&o| o < t)
        {
            subjects = vec![objects.remove(k)];
        }
        // "lifted Friday a day-old blockade": a day name the parser made the object, with the
        // real object left as a bare (unmarked) oblique after it; also with no object at all
        // ("called up 300,000 reservists" with the phrase as `obl:unmarked`).
        if !nominal
            && objects
                .iter()
                .all(|&o| lexicon::is_time_word(tree.lemma(o)))
        {
            let o = objects.first().copied().unwrap_or(t);
            let later: Vec<usize> = tree
                .children(t)
                .iter()
                .copied()
                .filter(|&c| {
                    c > o
                        && c > t
                        && matches!(tree.deprel(c), "obl:unmarked" | "obl:npmod")
                        && tree.is_nominal(c)
                        && tree.preposition(c).is_none()
                        && !lexicon::is_time_word(tree.lemma(c))
                })
                .collect();
            if !later.is_empty() {
                objects = later;
            }
        }
        // "asked Germany for weapons": with no direct object, the indirect one is the one
        // acted on.
        if objects.is_empty() && !nominal {
            objects.extend(
                tree.children(t)
                    .iter()
                    .copied()
                    .filter(|&c| tree.deprel(c) == "iobj"),
            );
        }
        // A verb the tagger read as a modifier of the next noun ("is investigating alleged war
        // crimes", "struck militant positions"): that noun is its object, the noun's subject
        // (or the nearest one before it) its subject.
        if !nominal
            && objects.is_empty()
            && matches!(tree.deprel(t), "amod" | "compound")
            && let Some(h) = tree.head(t)
            && h > t
            && tree.is_nominal(h)
        {
            objects.push(h);
            if subjects.is_empty() {
                subjects.extend(
                    tree.children(h)
                        .iter()
                        .copied()
                        .filter(|&c| is_subj(tree.deprel(c)) && c < t),
                );
            }
        }
        // A bare number beside another subject is not the subject: it is part of a time
        // expression or a quantity the parser attached to the verb ("Twee dagen geleden vroeg
        // Massoud …").
        // A number with a noun of its own ("duizenden militairen") is a quantity phrase and
        // stays.
        let bare_number = |s: usize| {
            tree.upos(s) == "NUM"
                && !tree
                    .children(s)
                    .iter()
                    .any(|&c| matches!(tree.upos(c), "NOUN" | "PROPN"))
        };
        if subjects.len() > 1 && subjects.iter().any(|&s| !bare_number(s)) {
            subjects.retain(|&s| !bare_number(s));
        }
        // Dutch verb-final clauses: a second "subject" is the object ("X kon de vallei nooit
        // veroveren").
        if subjects.len() > 1 && !nominal {
            subjects.sort_unstable();
            objects.extend(subjects.drain(1..));
            objects.sort_unstable();
        }
        if !nominal {
            repair_roles(tree, t, &hosts, &mut subjects, &mut objects);
        }
        let host_lemma_worden = hosts.first().is_some_and(|&h| tree.lemma(h) == "worden");
        let mut passive = tree
            .children(t)
            .iter()
            .any(|&c| matches!(tree.deprel(c), "aux:pass" | "nsubj:pass" | "obl:agent"))
            || host_lemma_worden
            || subjects.iter().any(|&s| tree.deprel(s) == "nsubj:pass");
        // "have captured", "hebben … opgeheven" that the parser labelled passive: a "have" or
        // "hebben" auxiliary and no "be"/"get"/"worden"/"zijn" one is the active perfect.
        if passive && !nominal && !host_lemma_worden {
            let auxes: Vec<&str> = tree
                .children(t)
                .iter()
                .chain(hosts.iter())
                .filter(|&&c| c < t)
                .map(|&c| tree.lemma(c))
                .collect();
            if auxes.iter().any(|l| matches!(*l, "have" | "hebben"))
                && !auxes
                    .iter()
                    .any(|l| matches!(*l, "be" | "get" | "worden" | "zijn"))
            {
                passive = false;
            }
        }
        // "have been pressuring" that the parser labelled passive: a present participle is
        // the progressive, never a passive.
        if passive && !nominal && tree.form(t).len() > 4 && tree.form(t).ends_with("ing") {
            passive = false;
        }
        // English "was attacked": a "be" auxiliary and a participle.
        if !passive && !nominal {
            let be_aux = tree
                .children(t)
                .iter()
                .chain(hosts.iter())
                .any(|&c| matches!(tree.lemma(c), "be" | "get") && c < t);
            let f = tree.form(t);
            let participle = f.ends_with("ed") || f.ends_with("en") || f.ends_with('t');
            passive = be_aux && participle && f != tree.lemma(t);
        }
        if !passive && !nominal {
            // Dutch "is veroverd door": an agent makes "zijn" a passive.
            passive = tree
                .children(t)
                .iter()
                .any(|&c| tree.preposition(c) == Some("door") && tree.is_nominal(c))
                && tree.children(t).iter().chain(hosts.iter()).any(|&c| {
                    matches!(tree.lemma(c), "zijn" | "worden") && tree.base_rel(c) != "cop"
                });
        }
        Frame {
            trigger: t,
            hosts,
            subjects,
            objects,
            passive,
            nominal,
        }
    }

    /// Tokens whose dependents count: the trigger and its hosts.
    fn heads(&self) -> impl Iterator<Item = usize> + '_ {
        std::iter::once(self.trigger).chain(self.hosts.iter().copied())
    }

    /// Candidate heads for one relation, best first; `fallback` is set when a surface
    /// search found it.
    pub fn resolve(&self, tree: &Tree<'_>, rel: &Rel, fallback: &mut bool) -> Vec<usize> {
        let t = self.trigger;
        let obj = self.passive;
        match rel {
            Rel::Subj if self.passive => {
                // The agent: "door de taliban", "by rebels".
                let mut v = self.prep_deps(tree, "door");
                v.extend(self.prep_deps(tree, "by"));
                v.extend(self.heads().flat_map(|h| {
                    tree.children(h)
                        .iter()
                        .copied()
                        .filter(|&c| tree.deprel(c) == "obl:agent")
                        .collect::<Vec<_>>()
                }));
                v
            }
            Rel::Subj => self.subjects.clone(),
            Rel::Obj if obj => self.subjects.clone(),
            Rel::Obj if self.objects.is_empty() => {
                // A mis-tagged object ("sends tanks" with "tanks" as a verb).
                let v: Vec<usize> = tree
                    .children(t)
                    .iter()
                    .copied()
                    .filter(|&c| tree.deprel(c) == "xcomp" && c > t && c <= t + 3)
                    .filter(|&c| !tree.children(c).iter().any(|&g| tree.deprel(g) == "mark"))
                    .collect();
                if !v.is_empty() {
                    *fallback = true;
                }
                v
            }
            Rel::Obj => self.objects.clone(),
            Rel::Iobj => indirect_objects(tree, t),
            Rel::Comp => tree
                .children(t)
                .iter()
                .copied()
                .filter(|&c| matches!(tree.base_rel(c), "xcomp" | "ccomp" | "advcl"))
                .collect(),
            Rel::Any => tree.children(t).to_vec(),
            Rel::Poss => tree
                .children(t)
                .iter()
                .copied()
                .filter(|&c| {
                    tree.deprel(c) == "nmod:poss"
                        || tree.children(c).iter().any(|&g| tree.form(g) == "'s")
                })
                .collect(),
            Rel::Head => {
                let Some(h) = tree.head(t) else {
                    return Vec::new();
                };
                if self.nominal {
                    // "launched an attack": the governing verb's subject; not that of a verb
                    // reacting to the act ("police prevented the demonstration").
                    if matches!(tree.base_rel(t), "obj" | "obl" | "xcomp")
                        && !crate::lexicon::is_reaction_verb(tree.lemma(h))
                    {
                        let f = Frame::new(tree, h, false);
                        return f.resolve(tree, &Rel::Subj, fallback);
                    }
                    Vec::new()
                } else if let Some(s) = perfect_read_as_copula(tree, h, t) {
                    vec![s]
                } else if tree.is_nominal(h) && matches!(tree.base_rel(t), "acl" | "amod") {
                    vec![h]
                } else {
                    Vec::new()
                }
            }
            Rel::Prep(p) => {
                let v = self.prep_deps(tree, p);
                if v.is_empty() {
                    let s = self.surface_prep(tree, p);
                    if !s.is_empty() {
                        *fallback = true;
                    }
                    return s;
                }
                v
            }
        }
    }

    /// Dependents of the trigger (and hosts) introduced by preposition `p`.
    fn prep_deps(&self, tree: &Tree<'_>, p: &str) -> Vec<usize> {
        let mut v = Vec::new();
        for h in self.heads() {
            for &c in tree.children(h) {
                if tree.preposition(c) == Some(p) && !v.contains(&c) {
                    v.push(c);
                }
            }
        }
        v
    }

    /// Surface fallback for a misparsed prepositional phrase: the preposition after the
    /// trigger, then the first noun within four tokens, not across punctuation or a verb.
    fn surface_prep(&self, tree: &Tree<'_>, p: &str) -> Vec<usize> {
        let t = self.trigger;
        let end = tree.len().min(t + 12);
        for i in t + 1..end {
            if tree.is_punct(i) {
                break;
            }
            if tree.lemma(i) == p || tree.form(i) == p {
                for j in i + 1..tree.len().min(i + 5) {
                    if tree.is_punct(j) || tree.upos(j) == "VERB" {
                        break;
                    }
                    if matches!(tree.upos(j), "NOUN" | "PROPN") {
                        return vec![j];
                    }
                }
            }
        }
        // Dutch verb-final clauses put the phrase before the verb ("dat Polen Duitsland om
        // herstelbetalingen vraagt"): the nearest such phrase before the trigger, within the
        // clause (no punctuation or other verb in between). Only for a clause-final trigger,
        // so that an English "on Sunday" before the verb is not taken for its object.
        let clause_final = t + 1 >= tree.len()
            || tree.is_punct(t + 1)
            || matches!(tree.upos(t + 1), "VERB" | "AUX");
        if !clause_final {
            return Vec::new();
        }
        for i in (t.saturating_sub(10)..t).rev() {
            if tree.is_punct(i) || tree.upos(i) == "VERB" {
                break;
            }
            if tree.upos(i) == "ADP" && (tree.lemma(i) == p || tree.form(i) == p) {
                for j in i + 1..t.min(i + 5) {
                    if matches!(tree.upos(j), "NOUN" | "PROPN") {
                        return vec![j];
                    }
                }
            }
        }
        Vec::new()
    }

    /// True when a dependent in `rel` has a lemma passing `test`; sets `fallback` when found
    /// only on the surface.
    pub fn satisfies(
        &self,
        tree: &Tree<'_>,
        rel: &Rel,
        test: &LemmaTest,
        fallback: &mut bool,
    ) -> bool {
        let mut fb = false;
        let mut cands = self.resolve(tree, rel, &mut fb);
        // "opened … on Thursday" is not "opened fire on …".
        if matches!(rel, Rel::Prep(_)) {
            cands.retain(|&c| !lexicon::is_time_word(tree.lemma(c)));
        }
        let ok = |i: usize| {
            let l = tree.lemma(i);
            let f = tree.form(i);
            match test {
                LemmaTest::Any => true,
                LemmaTest::Words(ws) => ws.iter().any(|w| match w.strip_prefix('@') {
                    Some(c) => lexicon::class_matches(c, l) || lexicon::class_matches(c, f),
                    None => w == l || w == f,
                }),
            }
        };
        // The head or one of its modifiers/conjuncts ("gewapende strijd", "arms and money"),
        // also through a chain of quantities ("hundreds of tonnes of aid").
        let of_chain = |g: usize| {
            tree.deprel(g) == "nmod" && matches!(tree.preposition(g), Some("of" | "van"))
        };
        let hit = cands.iter().any(|&c| {
            ok(c)
                || tree.children(c).iter().any(|&g| {
                    (matches!(tree.base_rel(g), "amod" | "compound" | "conj" | "nmod") && ok(g))
                        || (of_chain(g) && tree.children(g).iter().any(|&k| of_chain(k) && ok(k)))
                })
        });
        if hit && fb {
            *fallback = true;
        }
        hit
    }

    /// Negated: a negation word on the trigger or its hosts, "geen" on its object, or a
    /// failure verb governing it.
    pub fn negated(&self, tree: &Tree<'_>) -> bool {
        // "This is not the first lawsuit": the negation denies "first", not the lawsuit.
        let ranked = |h: usize| {
            tree.children(h).iter().any(|&c| {
                tree.deprel(c) == "amod" && matches!(tree.lemma(c), "first" | "only" | "last")
            })
        };
        let neg_child = |h: usize| {
            !ranked(h)
                && tree
                    .children(h)
                    .iter()
                    .any(|&c| lexicon::is_negation(tree.form(c)) && tree.base_rel(c) != "conj")
        };
        if self.heads().any(neg_child) {
            return true;
        }
        // A verb under a verb of failure: "was unable to negotiate".
        let failed = |h: usize| {
            tree.base_rel(h) == "xcomp"
                && tree
                    .head(h)
                    .is_some_and(|f| lexicon::is_failure(tree.lemma(f)))
        };
        // A noun event under a negated or failed verb: "has not pursued charges", "tekende
        // het akkoord niet", "was unable to negotiate a deal".
        if tree.upos(self.trigger) == "NOUN"
            && matches!(tree.deprel(self.trigger), "obj" | "nsubj:pass")
            && tree
                .head(self.trigger)
                .is_some_and(|h| neg_child(h) || failed(h))
        {
            return true;
        }
        // A noun event that is held up, called off or blocked did not take place: "delayed
        // the military aid", "postponed the talks", "blokkeerde de hulp".
        if tree.upos(self.trigger) == "NOUN" {
            // The trigger or the noun it measures ("$400 million in military aid").
            let mut phrase = self.trigger;
            for _ in 0..2 {
                if matches!(tree.deprel(phrase), "obj" | "nsubj:pass") {
                    if tree
                        .head(phrase)
                        .is_some_and(|h| lexicon::is_halting(tree.lemma(h)))
                    {
                        return true;
                    }
                    break;
                }
                match tree.head(phrase) {
                    Some(h) if tree.base_rel(phrase) == "nmod" => phrase = h,
                    _ => break,
                }
            }
        }
        let direct_objects = tree
            .children(self.trigger)
            .iter()
            .copied()
            .filter(|&c| tree.base_rel(c) == "obj");
        if self
            .objects
            .iter()
            .copied()
            .chain(std::iter::once(self.trigger))
            .chain(direct_objects)
            .any(|o| {
                tree.children(o)
                    .iter()
                    .any(|&c| matches!(tree.form(c), "geen" | "no") && tree.deprel(c) == "det")
            })
        {
            return true;
        }
        self.hosts
            .iter()
            .any(|&h| lexicon::is_failure(tree.lemma(h)))
    }

    /// How the clause presents the event.
    pub fn modality(&self, tree: &Tree<'_>) -> Modality {
        let auxes: Vec<usize> = self
            .heads()
            .flat_map(|h| {
                let mut v: Vec<usize> = tree
                    .children(h)
                    .iter()
                    .copied()
                    .filter(|&c| tree.base_rel(c) == "aux")
                    .collect();
                if h != self.trigger {
                    v.push(h);
                }
                v
            })
            .collect();
        if auxes
            .iter()
            .any(|&a| lexicon::is_intent(tree.lemma(a), tree.form(a)))
        {
            return Modality::Intended;
        }
        if auxes.iter().any(|&a| {
            lexicon::is_possible(tree.lemma(a), tree.form(a))
                || lexicon::is_obligation(tree.lemma(a), tree.form(a))
        }) {
            return Modality::Possible;
        }
        let first = tree.form(0);
        if matches!(first, "of" | "whether")
            && (0..tree.len()).any(|i| {
                matches!(
                    tree.lemma(i),
                    "zeker" | "duidelijk" | "onzeker" | "unclear" | "uncertain"
                )
            })
        {
            return Modality::Possible;
        }
        if auxes
            .iter()
            .any(|&a| lexicon::is_reportative_aux(tree.form(a)))
        {
            return Modality::Reported;
        }
        // In the complement of a verb of saying.
        let mut cur = self.hosts.last().copied().unwrap_or(self.trigger);
        for _ in 0..3 {
            let Some(h) = tree.head(cur) else { break };
            if matches!(
                tree.base_rel(cur),
                "ccomp" | "parataxis" | "xcomp" | "advcl"
            ) && lexicon::is_say(tree.lemma(h))
            {
                return Modality::Reported;
            }
            // Inverted: "…, zegt X" / "…, officials said" attaches the say-verb to the event.
            cur = h;
        }
        if tree.children(self.trigger).iter().any(|&c| {
            lexicon::is_say(tree.lemma(c)) && matches!(tree.base_rel(c), "parataxis" | "ccomp")
        }) {
            return Modality::Reported;
        }
        if (0..tree.len()).any(|i| {
            matches!(
                tree.form(i),
                "volgens" | "according" | "reportedly" | "allegedly" | "verluidt"
            )
        }) {
            return Modality::Reported;
        }
        Modality::Asserted
    }
}

/// The trigger's indirect objects; where the parser gave none, the first of two objects ("Het
/// IMF verleent Egypte een lening", "De EU legt Rusland een embargo op") or, next to an object,
/// a second subject after the first ("De VS hebben Oekraïne raketwerpers geleverd": Dutch puts
/// the indirect object right after the finite verb, where the parser saw a subject).
fn indirect_objects(tree: &Tree<'_>, t: usize) -> Vec<usize> {
    let kids = tree.children(t);
    let of = |rel: &str| -> Vec<usize> {
        kids.iter()
            .copied()
            .filter(|&c| tree.deprel(c) == rel && tree.is_nominal(c))
            .collect()
    };
    let iobj = of("iobj");
    if !iobj.is_empty() {
        return iobj;
    }
    let objs = of("obj");
    if let [first, _, ..] = objs.as_slice() {
        return vec![*first];
    }
    let subjs = of("nsubj");
    if objs.len() == 1
        && let [_, second, ..] = subjs.as_slice()
        && *second < t
    {
        return vec![*second];
    }
    Vec::new()
}

/// A Dutch perfect that the parser read as a copular clause: in "Twee dagen geleden is ook de
/// voormalige vicepresident …, samen met …, er aangekomen" the auxiliary "is" became the
/// copula of the subject noun and the clause-final participle a `parataxis` of that noun (or,
/// when the tagger marks it a participle, a `conj` or `acl` of it or of a noun within its
/// phrase: "de minister van Defensie, …, aangekomen" under "Defensie"). The copular noun is
/// then the participle's subject. Only for a verb to the right of the noun, without a subject
/// or auxiliary of its own, after an auxiliary of the perfect (zijn, hebben).
fn perfect_read_as_copula(tree: &Tree<'_>, noun: usize, verb: usize) -> Option<usize> {
    let attached = match tree.base_rel(verb) {
        "parataxis" => true,
        "conj" | "acl" => tree.verb_form(verb) == Some("Part"),
        _ => false,
    };
    if verb <= noun
        || tree.upos(verb) != "VERB"
        || !attached
        || tree
            .children(verb)
            .iter()
            .any(|&c| matches!(tree.base_rel(c), "nsubj" | "aux" | "cop"))
    {
        return None;
    }
    // The noun itself, or the noun whose phrase it is part of (a few steps up).
    let mut n = noun;
    for _ in 0..4 {
        if tree.children(n).iter().any(|&c| {
            c < n && tree.deprel(c) == "cop" && matches!(tree.lemma(c), "zijn" | "hebben")
        }) {
            return tree.is_nominal(n).then_some(n);
        }
        if !matches!(tree.base_rel(n), "nmod" | "appos" | "flat" | "conj") {
            return None;
        }
        n = tree.head(n)?;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]
    use super::*;
    use kroniek_core::{Segments, Sentence, Span, SyntaxLayer, Token, TokenKind, TokenSyntax};

    /// A hand-written parse: (form, lemma, UPOS, 1-based head, deprel) per token.
    pub(crate) fn parsed(
        rows: &[(&str, &str, &str, u32, &str)],
    ) -> (String, Segments, SyntaxLayer) {
        let text = rows.iter().map(|r| r.0).collect::<Vec<_>>().join(" ");
        let mut tokens = Vec::new();
        let mut at = 0;
        for r in rows {
            let span = Span::new(&text, at, at + r.0.len()).unwrap();
            tokens.push(Token {
                span,
                kind: TokenKind::Word,
            });
            at += r.0.len() + 1;
        }
        let seg = Segments {
            paragraphs: Vec::new(),
            sentences: vec![Sentence {
                span: Span::new(&text, 0, text.len()).unwrap(),
                first_token: 0,
                end_token: rows.len() as u32,
            }],
            tokens,
        };
        let syntax = SyntaxLayer {
            tokens: rows
                .iter()
                .map(|r| TokenSyntax {
                    upos: r.2.into(),
                    lemma: r.1.into(),
                    head: r.3,
                    deprel: r.4.into(),
                    ..TokenSyntax::default()
                })
                .collect(),
        };
        (text, seg, syntax)
    }

    #[test]
    fn a_perfect_read_as_a_copula_finds_the_copular_noun_above_the_participle() {
        // "Gisteren is de minister van Defensie , Jan , in Kabul aangekomen ." with "is" read
        // as the copula of "minister" and the participle as a relative clause of "Defensie".
        let (text, seg, mut syntax) = parsed(&[
            ("Gisteren", "gisteren", "ADV", 4, "advmod"),
            ("is", "zijn", "AUX", 4, "cop"),
            ("de", "de", "DET", 4, "det"),
            ("minister", "minister", "NOUN", 0, "root"),
            ("van", "van", "ADP", 6, "case"),
            ("Defensie", "Defensie", "PROPN", 4, "nmod"),
            (",", ",", "PUNCT", 8, "punct"),
            ("Jan", "Jan", "PROPN", 6, "appos"),
            (",", ",", "PUNCT", 12, "punct"),
            ("in", "in", "ADP", 11, "case"),
            ("Kabul", "Kabul", "PROPN", 12, "obl"),
            ("aangekomen", "aankomen", "VERB", 6, "acl:relcl"),
            (".", ".", "PUNCT", 4, "punct"),
        ]);
        {
            let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
            // Without the tagger's verb form a relative clause is taken as one.
            assert_eq!(perfect_read_as_copula(&tree, 5, 11), None);
        }
        syntax.tokens[11].feats = Some("VerbForm=Part".into());
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        assert_eq!(perfect_read_as_copula(&tree, 5, 11), Some(3));
        // Hung from the appositive name, too; not from a word left of it.
        assert_eq!(perfect_read_as_copula(&tree, 7, 11), Some(3));
        assert_eq!(perfect_read_as_copula(&tree, 11, 5), None);
    }

    #[test]
    fn an_english_second_subject_before_the_verb_is_no_object() {
        // "Chile , a U.S. partner , has rejected the plan" with the apposition's "U.S." read
        // as a second subject (as the English parser does with long appositions).
        let (text, seg, syntax) = parsed(&[
            ("Chile", "Chile", "PROPN", 8, "nsubj"),
            (",", ",", "PUNCT", 8, "punct"),
            ("a", "a", "DET", 8, "det"),
            ("U.S.", "U.S.", "PROPN", 8, "nsubj"),
            ("partner", "partner", "ADV", 8, "advmod"),
            (",", ",", "PUNCT", 5, "punct"),
            ("has", "have", "AUX", 8, "aux"),
            ("rejected", "reject", "VERB", 0, "root"),
            ("the", "the", "DET", 10, "det"),
            ("plan", "plan", "NOUN", 8, "obj"),
        ]);
        let tree = Tree::new(&text, &seg, &syntax, &seg.sentences[0]).unwrap();
        let mut frame = Frame::new(&tree, 7, false);
        assert_eq!(frame.subjects, [0]);
        frame.english_split_subject(&tree);
        assert_eq!(frame.objects, [9], "the object is after the verb only");
    }
}
