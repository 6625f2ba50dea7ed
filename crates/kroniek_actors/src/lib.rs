//! kroniek actors: the actor dictionary and the stage that resolves who a document is about.
//!
//! **Dictionary.** Four readable TSV files under `data/actors/` (countries, organisations,
//! generic agencies, role words; sources and licences in its README) are embedded with
//! `include_str!` and parsed once per process into one hash index keyed by folded phrase
//! ([`kroniek_text::fold()`]: case, diacritics and hyphens folded). How an alias is written in the
//! file decides how the text must be written: acronyms ("IS", "VN") match only in capitals, so
//! the Dutch verb "is" is not Islamic State; capitalised names and adjectives must be
//! capitalised ("Pool" the Pole, not "pool"); lower-case aliases ("taliban") match in any case.
//!
//! **Matching.** Tokens are split at hyphens into words, so "Taliban-strijders", "VN-gezant" and
//! "oud-premier" match their parts; the longest phrase wins; a possessive the tokenizer split
//! off joins its word again ("Lord's Resistance Army", "Kurdistan Workers' Party"). A word without a match is tried
//! with its inflection removed ("Ruslands", "talibans"), as a closed compound of a group name
//! and a member or role noun ("talibanstrijders", "talibanwoordvoerder") or with an agency noun
//! as its head ("oproerpolitie"), and as the short form of a group already named in the
//! document ("de Alliantie" after "de Noordelijke Alliantie").
//!
//! **Resolution.** Organisations resolve to their dictionary id. A country name is a state
//! actor (`rus`) unless a locative preposition makes it a place ("in Afghanistan"). A country
//! adjective before an agency noun makes an agency (`afg-gov` for "de Afghaanse regering");
//! before another noun it is only a cue ("Amerikaanse wapens"); standing alone it is the state
//! ("de Russen"). An agency noun without a country takes one from "van Afghanistan", else the
//! document's focus country (the most frequent country of its places): "het leger" → `afg-mil`.
//! A capital is its government only as a subject ("Kabul said"), which the parse tells.
//!
//! **Persons.** Each PER name chain is one actor (id: the slug of its fullest name). Its role,
//! `former`, country, sector and affiliation come from the role phrase before the name (back to
//! a verb, punctuation or a determiner not after "van") or an apposition after it. The first
//! role word is the head; the affiliation is the last group or agency after it ("leider van de
//! moedjahedien van de Alliantie" → the Alliance), else the nearest before it ("Taliban
//! spokesman"). Chains are used as the entity stage gives them, with one exception: "Massoud
//! junior" put in the chain of someone named as a father ("zoon van …") moves to the one other
//! chain of that surname. Organisations the dictionary lacks become groups with unknown codes.
//!
//! **Known persons.** `data/actors/persons.tsv` lists several hundred office holders and group
//! leaders (heads of state and government, foreign and defence ministers, envoys, rebel and
//! party leaders, 1990s to now, all regions) with CAMEO country, sector and role. A person the
//! text gives no country ("Arafat", "President Bush") takes the table's; a country the text
//! names around the mention always wins. Full names match as found; a surname alone or after a
//! title only when no entry of another country shares it ("Hussein", "Saleh" are never used
//! alone). Known names the entity stage missed ("Bush" read as a town) are found in the text
//! (capitalised, a single word only as a proper noun) and become persons, and the places read
//! there do not count for the focus country. A person with a state role and no country
//! ("President Mbeleko") takes the one country the document names, when it names exactly one
//! (a country named inside a group's name counts: "… demands from the National Union for the
//! Total Independence of Angola");
//! a country or city a verb of travel takes ("visited Kabul") does not count.
//!
//! **Peoples.** A people of one country standing after another country's name or adjective
//! ("Bosnian Serbs", "Kosovo Albanians") is the first country, as CAMEO codes ethnic groups by
//! where they live, and so is one named with where it lives ("the Albanians of southern
//! Serbia"); "ethnic Albanians" takes the document's focus country. Members named after
//! a group ("Hezbollah guerrillas", "NATO troops") are the group.
//!
//! Stages are deterministic: no clock, no randomness, hash maps are never iterated for output.

mod dictionary;
mod entity_types;
mod error;
mod known;
mod matcher;
mod persons;
mod resolve;
mod stage;

pub use dictionary::{AgencyNoun, Country, Dictionary, Organisation, Role, Sense};
pub use entity_types::ner_stage;
pub use error::{Error, Result};
pub use known::{KnownPerson, KnownPersons};
pub use resolve::slug;
pub use stage::ActorStage;
