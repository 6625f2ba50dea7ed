//! Subjects the parse does not give: the noun phrase before the verb when the parser left the
//! verb without a subject ("Serbia on Thursday flatly rejected …" parsed with "rejected" as a
//! dependent of "Serbia"), the governing verb's subject for a non-finite clause ("began a
//! hunger strike to protest …", "issued a declaration demanding …"), and the subject a pronoun
//! stands for in a reporting frame ("Switzerland said it had expelled …": "it" is Switzerland).

use kroniek_core::Span;

use crate::frame::Frame;
use crate::lexicon::is_time_word;
use crate::tree::Tree;

/// Tokens a subject search walks over between the subject and its verb: adverbs, auxiliaries,
/// particles ("has once again outright rejected").
fn skippable(tree: &Tree<'_>, i: usize) -> bool {
    matches!(tree.upos(i), "ADV" | "AUX" | "PART")
        // An adverbial the tagger read as an adjective ("has outright rejected").
        || (tree.deprel(i) == "advmod" && tree.head(i).is_some_and(|h| h > i))
        || matches!(
            tree.form(i),
            "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "did"
        )
}

/// The noun phrase (first, last token) nearest before the verb, outside prepositional
/// phrases and time expressions, not across a comma, a verb or a subordinator; English
/// only (noun phrases are head-final there).
pub fn surface_subject(tree: &Tree<'_>, frame: &Frame, timexes: &[Span]) -> Option<(usize, usize)> {
    if let Some(s) = controller(tree, frame.trigger) {
        return Some(tree.phrase(s));
    }
    let start = frame
        .hosts
        .iter()
        .copied()
        .filter(|&h| h < frame.trigger)
        .fold(frame.trigger, usize::min);
    let in_timex = |i: usize| timexes.iter().any(|t| t.contains(tree.span(i)));
    // The current chunk: (first, head) while walking left.
    let mut chunk: Option<(usize, usize)> = None;
    let mut i = start;
    while i > 0 {
        i -= 1;
        let upos = tree.upos(i);
        if in_timex(i) {
            if chunk.is_some() {
                break;
            }
            continue;
        }
        if chunk.is_none() && skippable(tree, i) {
            continue;
        }
        match upos {
            "NOUN" | "PROPN" | "NUM" => {
                chunk = Some(chunk.map_or((i, i), |(_, h)| (i, h)));
            }
            "PRON" if chunk.is_none() && !crate::lexicon::is_relative(tree.form(i)) => {
                return Some((i, i));
            }
            "ADJ" | "DET" if chunk.is_some() => {
                chunk = chunk.map(|(_, h)| (i, h));
            }
            "CCONJ" if chunk.is_some() => {
                chunk = chunk.map(|(_, h)| (i, h));
            }
            "PUNCT" if chunk.is_some() && matches!(tree.form(i), "'s" | "'" | "-") => {
                chunk = chunk.map(|(_, h)| (i, h));
            }
            "PART" if tree.form(i) == "'s" && chunk.is_some() => {
                chunk = chunk.map(|(_, h)| (i, h));
            }
            "ADP" if chunk.is_some() && tree.form(i) == "of" => {
                // "Thousands of Kenyans", "members of the union": one phrase.
                chunk = chunk.map(|(_, h)| (i, h));
            }
            "ADP" => {
                // A preposition: the chunk passed was its object ("rebels in the Ivory
                // Coast"); the subject is further left.
                if tree.head(i).is_some_and(in_timex) || chunk.is_none() {
                    continue;
                }
                chunk = None;
            }
            _ => break,
        }
    }
    let (mut a, b) = chunk?;
    while a < b && matches!(tree.upos(a), "CCONJ" | "PUNCT") {
        a += 1;
    }
    Some((a, b))
}

/// Nouns that name a text or a message: what it says is said by whoever issues it ("issued a
/// statement demanding …", "sent a letter urging …").
fn is_document_noun(lemma: &str) -> bool {
    matches!(
        lemma,
        "statement"
            | "declaration"
            | "communique"
            | "communiqué"
            | "letter"
            | "resolution"
            | "report"
            | "message"
            | "note"
            | "decree"
            | "petition"
            | "memorandum"
            | "manifesto"
    )
}

/// The subject a non-finite trigger without its own takes from the verb it depends on, as
/// English grammar assigns it (subject control), where the noun right before the trigger is
/// that verb's object and not the one who acts: a purpose or manner clause ("began a hunger
/// strike to protest …", "blocked the roads, demanding …": the verb's subject), an
/// adjective's complement ("is prepared to lift …": the adjective's subject), and a
/// participle on a document noun the verb governs ("issued a declaration demanding …": the
/// issuer). `None` when the governing verb has no nominal subject of its own.
fn controller(tree: &Tree<'_>, t: usize) -> Option<usize> {
    let h = tree.head(t)?;
    let to_clause = tree
        .children(t)
        .iter()
        .any(|&m| tree.deprel(m) == "mark" && tree.form(m) == "to");
    let gerund = tree.form(t).ends_with("ing");
    let verb = match tree.base_rel(t) {
        "advcl" if tree.upos(h) == "VERB" && (to_clause || gerund) => h,
        // "he is prepared to lift …", "Serbia is ready to negotiate …": the adjective's subject;
        // a personal pronoun there stands for the subject of the verb that reports it ("X said
        // he is prepared to …").
        "xcomp" if tree.upos(h) == "ADJ" && to_clause => {
            let s = tree
                .children(h)
                .iter()
                .copied()
                .find(|&c| tree.deprel(c) == "nsubj")?;
            if tree.upos(s) != "PRON" {
                return tree.is_nominal(s).then_some(s);
            }
            if !matches!(tree.form(s), "he" | "she" | "it" | "they" | "we") {
                return None;
            }
            return governing_subject(tree, &Frame::new(tree, h, false));
        }
        "acl"
            if gerund
                && is_document_noun(tree.lemma(h))
                && tree.base_rel(h) == "obj"
                && tree.head(h).is_some_and(|v| tree.upos(v) == "VERB") =>
        {
            tree.head(h)?
        }
        _ => return None,
    };
    tree.children(verb)
        .iter()
        .copied()
        .find(|&c| tree.deprel(c) == "nsubj" && tree.upos(c) != "PRON" && tree.is_nominal(c))
}

/// The verbs that govern the trigger's clause as a complement, adjunct or conjunct, nearest
/// first (at most four levels), each with the child it governs.
fn governing_verbs(tree: &Tree<'_>, frame: &Frame) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut cur = frame.trigger;
    for _ in 0..4 {
        let Some(h) = tree.head(cur) else { break };
        if !matches!(
            tree.base_rel(cur),
            "ccomp" | "xcomp" | "advcl" | "conj" | "parataxis"
        ) {
            break;
        }
        out.push((h, cur));
        cur = h;
    }
    out
}

/// The subject of a verb that governs the trigger's clause as a complement ("X said it …",
/// "X announced that they …"), when that subject is not itself a pronoun.
pub fn governing_subject(tree: &Tree<'_>, frame: &Frame) -> Option<usize> {
    governing_verbs(tree, frame)
        .into_iter()
        .find_map(|(h, cur)| {
            tree.children(h).iter().copied().find_map(|c| {
                if !tree.deprel(c).starts_with("nsubj") || tree.upos(c) == "PRON" || c == cur {
                    return None;
                }
                if is_day_word(tree.form(c)) {
                    // "Kenya today announced that it …" parsed with "today" as the subject
                    // and the name as its modifier: the name is the subject.
                    return tree.children(c).iter().copied().find(|&k| {
                        k < c
                            && matches!(tree.upos(k), "PROPN" | "NOUN")
                            && matches!(tree.base_rel(k), "compound" | "nmod" | "flat")
                    });
                }
                Some(c)
            })
        })
}

/// Words for a day the parser may take for a subject ("Kenya today announced …", "Kenya
/// Monday announced …"): the deictic days and the calendar words of [`is_time_word`].
fn is_day_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "today" | "yesterday" | "tonight" | "tomorrow" | "vandaag" | "gisteren"
    ) || is_time_word(w)
}

/// The surface subject of the verb that governs the trigger's clause as a complement, when
/// the parser gave that verb no subject at all ("Nigeria today announced that it will …"
/// parsed with "announced" hanging from "Nigeria"); English only.
pub fn governing_surface_subject(
    tree: &Tree<'_>,
    frame: &Frame,
    timexes: &[Span],
) -> Option<(usize, usize)> {
    for (h, _) in governing_verbs(tree, frame) {
        if tree
            .children(h)
            .iter()
            .any(|&c| tree.deprel(c).starts_with("nsubj"))
        {
            return None;
        }
        if tree.upos(h) == "VERB" {
            let (a, b) = surface_subject(tree, &Frame::new(tree, h, false), timexes)?;
            return (tree.upos(b) != "PRON").then_some((a, b));
        }
    }
    None
}
