//! The PLOVER event coder: who did what to whom, where and when, coded from the parsed
//! sentence with patterns that analysts read and extend.
//!
//! # Design
//!
//! - **Patterns are data.** `data/events/patterns-{nl,en}.tsv` hold one row per pattern:
//!   trigger lemma(s), part of speech, required dependents (`om:@weapons`, `obj:sanctie`),
//!   PLOVER type, mode, CAMEO code, where the source and target are (`nsubj`, `obj`,
//!   `obl:op`, paths such as `obl:tot>obl:tegen`), a territorial-control effect, a base
//!   confidence and an example sentence the pattern must code (a test runs every example
//!   through the real pipeline). They are embedded and parsed once in [`EventStage::new`];
//!   a malformed row is an [`Error::Pattern`] naming file and line.
//! - **Triggers** are found by lemma, by the separable verb's compound lemma (`oproepen`),
//!   and by joining a particle the parser hung elsewhere or left next to the verb ("in te
//!   nemen"); English phrasal verbs are written `call off`. Per token the first pattern
//!   whose constraints hold wins; patterns with more constraints are tried first. A noun may
//!   stand for a verb the tagger misread, but not a noun with its own preposition ("were
//!   under pressure", "bij rellen"): that is a prepositional phrase (noun rows code it).
//! - **The clause** (`frame`) collects arguments from the trigger and from the verbs it
//!   leans on (auxiliaries, "werd … vermoord", "threatened to attack", coordinated verbs
//!   without their own subject). Passive voice (aux:pass, "worden", "is … door", English
//!   "be" + participle) swaps roles: patterns are written in the active voice and the
//!   passive subject fills `obj`, the `door`/`by` phrase fills `nsubj`. In Dutch verb-final
//!   clauses the parser often labels the object as a second subject; the first subject in
//!   text order stays the subject; English puts objects after the verb, so there a second
//!   subject before it is dropped instead. Constraints and roles fall back to a surface
//!   search ("vroeg de wereld om wapens" when `om` was misattached) at lower confidence; a
//!   role found only on the surface yields to a later role spec the parse attaches.
//! - **Participants** are noun phrases (determiners, adjectives, `van`/`of` modifiers,
//!   appositions; no relative clauses, no leading preposition, no edge punctuation);
//!   coordination gives several participants; a relative pronoun stands for the noun its
//!   clause modifies, and a personal pronoun ("hij", "he") for the last person named before
//!   it (the participant is then that name's mention). The actor comes from
//!   `ActorLayer::at` when an actor stage ran before this one.
//! - **Subjects the parse misses** (`subject`): English only, the noun phrase nearest
//!   before the verb outside prepositional phrases and time expressions ("Serbia on Thursday
//!   flatly rejected …"), at lower confidence, walking over adverbials the tagger read as
//!   adjectives ("has outright rejected"); a personal pronoun subject in a reported clause
//!   stands for the governing verb's subject ("Switzerland said it had expelled …"; "Kenya
//!   today announced that it …" with "today" parsed as that subject: the name). A non-finite
//!   clause takes the subject its governing word controls, not the object right before it:
//!   a purpose or manner clause ("began a hunger strike to protest …"), an adjective's
//!   complement ("he is prepared to lift …", the pronoun resolved through the verb of saying)
//!   and a participle on a document noun ("issued a declaration demanding …": the issuer).
//! - **Appositions the parser coordinated** (`tree`): a conjunct of a name after a comma that
//!   opens with "a"/"an"/"een" and has no conjunction ("Egypt, a key U.S. ally, …") is read
//!   as an apposition, not as a second party.
//! - **Countries** (`codes`): a participant without an actor country takes the one its words
//!   or `by`/`from` modifiers name in the actor dictionary, else a place's country inside it;
//!   a country word naming a language ("the Russian language") and a city inside a compound
//!   ("het Minsk-akkoord") name no country.
//! - **Where an act falls** (`target::location_target`): when no target is an actor or has a
//!   country ("lifted a curfew in Montenegro", "a blockade on Palestinian lorries"), the
//!   target is the nearest phrase after on/in/to/against/with/into (op/in/naar/tegen/met)
//!   on the object (and its conjuncts), the trigger or its hosts that yields a country other
//!   than a source's,
//!   as CAMEO coders code the location's country. Territorial events (a control effect)
//!   keep their territory as target, since the control stage reads it.
//! - **Targets the trigger's own roles miss** (`target::complement_target`): when no target
//!   has a code, the complement clause gives it: its own subject ("demanded that Japan
//!   cancel …"), else its object ("threatened to attack Israel"), else where its act falls
//!   ("warned that it would launch an offensive against Syria"); only another country than
//!   the source's counts there. A that-clause's subject is its first `nsubj` even when the
//!   Dutch parser reads the object as a second, passive subject or the verb as a noun ("eist
//!   dat Rusland de journalist vrijlaat"), resolved on its own words ("its NATO allies" is
//!   NATO's). A request (`REQUEST`) is made of its that-clause's subject even when a phrase
//!   deeper in the clause was found as target ("demanded that its EC partners refuse to
//!   recognize Macedonia"), as an event nested in the clause resolved that subject. A threat with no target takes the subject of the condition
//!   it hangs on ("threatened to leave the talks if the United States deploys …"). The
//!   location search also looks three noun modifiers deep, through of/for too ("on high
//!   alert on the border with Azerbaijan", "an extension of the mandate for the force in
//!   Lebanon"), takes every coordinated place it finds, and a named actor of the source's own
//!   country is a target ("lifted a ban on Imran Khan's party"; a place of that country is
//!   not). With no direct object, the indirect one is the object ("asked Germany for …").
//! - **A participant's country from its modifiers**: besides `by`/`from`, the noun's own
//!   in/at/for/of modifiers ("doctors in South Korea", "a camp for Congolese refugees") and a
//!   participle's agent ("a plane owned by a Venezuelan company"); a phrase the parser left
//!   coordinated ("X's leader A and Y's president B", a subject found on the surface) is split
//!   at its "and" when the two sides name different countries; a possessive pronoun as
//!   participant ("their withdrawal", "its demands") is the clause's subject.
//! - **Reported obligations** (`coder::demander`): "X zei dat Y moet …", "X said Y must
//!   …" is X's demand on Y: REQUEST (CAMEO 100) with X as source and the act's source as
//!   target, asserted, without control effect. Demands and denunciations by a crowd
//!   (protesters, betogers) are a demonstration (PROTEST 141), and so is a demand whose
//!   trigger hangs on a protest's ("rallied in Seoul, demanding higher wages";
//!   `recode::demands_of_protest`); demonstrators without a country take the country of the
//!   place the sentence names for the protest, which is then not also the target.
//! - **Who acts decides the type**: violence by criminals (traffickers, gangs, smugglers,
//!   bendes) is CRIME, by a crowd a riot, by the police on a crowd repression (`recode`); an
//!   English attack in words (on an abstract thing, or on someone for or as something) is an
//!   accusation, CAMEO 111 (`recode::verbal_attack`).
//! - **Readings of the clause** (`recode`): refused/failed/negated cooperative acts are
//!   REJECT, conditional announcements THREATEN, prepared attacks MOBILIZE (also an attack
//!   noun under "prepared to resume …"), crowd violence a riot and police violence on crowds
//!   repression; events dominated by another event's trigger lose confidence, so the
//!   sentence's main event is the most confident. Two surface readings back the parse up
//!   there: a trigger after "that" right behind a verbal act's verb is that act's content
//!   (the English parser often hangs the clause elsewhere), and a noun trigger that a verb
//!   trigger takes as object or through its particle ("called off a strike") is what the
//!   verb acts on, so the verb's event is the sentence's.
//! - **Offers** (`frame`): an adjective of readiness ("is prepared to lift", "would be ready
//!   to host", "bereid om") hosts its infinitive like an intention verb, so the act is
//!   intended and PLOVER's AGREE (CAMEO 03x, "express intent to …").
//! - **Objects the parser misplaced** (`frame`): a day name parsed as the object gives way
//!   to the bare noun phrase after it ("lifted Friday a blockade"), a bare noun phrase after
//!   an object-less verb is its object ("called up 300,000 reservists"), and in a Dutch
//!   perfect the participle's "subject" after the auxiliary is its object.
//! - **Figures of speech and other non-events** (`non_event`): a violent trigger whose object
//!   or against-phrase is a social ill or a disease ("the battle against the cholera
//!   epidemic") codes nothing; nor do the readings that precision audits of real news found
//!   (light verbs "took part", naming participles "a species called", disasters as agents,
//!   noun triggers inside names, "stelt" misread as *stelen*, attributive participles,
//!   "dreigt failliet te gaan" as a risk, a speaker's own doings with no actor on either side).
//!   A rejected pattern lets the next pattern for the word be tried.
//! - **Someone who acts** (`public_actor`, `leisure`): a verbal or cooperative event (all
//!   types but ASSAULT, COERCE, CRIME, MOBILIZE, SANCTION, whose agentless passives are real)
//!   needs a participant that is an actor: coded, a name, a person pronoun, a role or agency
//!   word, or a noun for people or their groups; and none of culture, sport or entertainment
//!   (a festival, a match, an actress as every participant). Checked before a place's
//!   country is lent to common nouns. Present obligations ("must be approved") are
//!   `possible`, aims ("seeks to capture") `intended`, and so is an act someone asks for
//!   ("urged Kyiv to launch an investigation": `possible`; orders keep their modality); a
//!   noun event held up ("delayed the aid", "postponed the talks") is `negated`.
//! - **General verbs in their political sense** (`sense`): "take" captures a territory,
//!   "fall to" needs a place and an actor, "surround" an actor, "seek" something one asks
//!   for, "order" someone ordered, "release", "help" and "celebrate" an actor, "visit" a
//!   place or an actor, judged by the participant's head word ("a birthday in Warsaw" is
//!   neither). A treaty's name ("the Paris Agreement", "the NATO treaty") is no agreement
//!   unless a verb of making or breaking governs it. Also: a phone call has no second
//!   complement ("called the deal 'lousy'"), hanging, feeding, protecting, receiving,
//!   requiring and stopping act on someone, "decline" needs what is declined, joining a team
//!   or parliament is membership, accidents and disasters are no assault and a contest won
//!   ("beat Martin 6-3") none either (`scene`), "asked whether" is a question, a press
//!   conference no consultation, and "an understanding" an agreement only when reached or
//!   signed; an arrival is a visit only by an actor to a place, an agreement commits to
//!   something, a warning threatens only the warner's own action, capturing things takes no
//!   ground, a trigger capitalised inside a sentence is part of a name, and a participle
//!   before its noun or after a hyphen names a state ("a banned organisation", "the
//!   Beijing-backed panel"). "Engage" is a fight only with an enemy or in violence, "cut" a
//!   sanction only of ties, aid or supplies, "contribute" aid only when something is given,
//!   a trip a visit only to a place, "asked why …" or "asked about" a question, joining a
//!   party or a race membership; the checks of a trigger's complements live in
//!   `complements`. Dutch (`sense_nl`): things
//!   received, studies, holding on, showing, arguing, asking whether or why, wondering,
//!   seats and ranking places "occupied", "in de lach", "in actie" or "te hulp schieten",
//!   money "voorgeschoten", ratings "opgewaardeerd", "aanvechten", "zich aangevallen voelen".
//! - **Who can act** (`agency`, English): a verb whose participants are all things,
//!   processes or ideas ("inflation rocketed", "warm water is attacking the ice shelves") is
//!   no event, judged by WordNet 3.0's noun classes (`data/events/inert-nouns-en.tsv.gz`); so
//!   is talk with a generic "you" or about "me", and a consultation with a news medium (an
//!   interview, a press conference). Questions report no events.
//! - **Attributes**: the date is the time expression attached to the clause, else the
//!   nearest in the sentence, else the document date; `historical` when it ends more than a
//!   year before the document date begins, or the expression says "in het verleden"; the
//!   place is the one attached with a locative preposition, else one the clause governs,
//!   else any in the sentence, else the document focus (most frequent admin-1 or city, else
//!   country). `negated` for niet/nooit/geen/evenmin/not/never/"failed to"/"unable to"
//!   (not "not the first"); modality:
//!   intended (willen, dreigen, will, plans to, seeks to), possible (kan, may, must, moet,
//!   "of … is niet zeker"),
//!   reported (zou/zouden, a verb of saying governing the clause, volgens/according to).
//! - **Plausibility** (`plausibility`): a logistic model over signals of the event and its
//!   article (type, who the participants are, the article's political density, modality,
//!   the coder's confidence), learnt from the events of real news judged by hand, gives each
//!   event the probability that it is right; verbal and cooperative events below
//!   [`DEFAULT_MIN_PLAUSIBILITY`] are left out, material ones below two thirds of it
//!   ([`EventStage::with_min_plausibility`]).
//! - **Intentions**: PLOVER codes an announced act as AGREE (cooperative acts) or THREATEN
//!   (conflictual acts), so an intended event of a material type is recoded that way
//!   (`coder::intent_shift`); the modality stays `intended`.
//! - **Choices for the seed-type cases** (documented in `data/events/README.md`): an arrival
//!   ("aankomen", "arrive") is CONSULT with mode `visit` (CAMEO 042, "make a visit"); a call
//!   to armed struggle against someone ("oproepen tot de gewapende strijd tegen X") is
//!   THREATEN (CAMEO 138, threaten with military force) with X as target; a call for
//!   calm/talks is REQUEST; capturing territory is ASSAULT with mode `occupy` (CAMEO 192).

mod agency;
pub mod candidates;
mod coder;
mod codes;
mod complements;
mod error;
mod frame;
mod guess;
mod leisure;
mod lexicon;
mod non_event;
mod pattern;
pub mod plausibility;
mod public_actor;
mod recode;
mod scene;
mod sense;
mod sense_nl;
mod sentence_lang;
mod stage;
mod subject;
mod target;
pub mod topics;
mod tree;
mod when_where;

pub use candidates::Triggers;
pub use coder::Coder;
pub use error::{Error, Result};
pub use pattern::{Constraint, LemmaTest, Pattern, Rel, RoleSpec, TriggerPos, parse};
pub use stage::{DEFAULT_MIN_PLAUSIBILITY, EventStage, PATTERNS_EN, PATTERNS_NL};
