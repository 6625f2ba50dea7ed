//! Who the act falls on, and who does it, where the parse does not say it directly: one
//! sentence per kind of miss, written for these tests (each a one-sentence document, with the
//! actor stage, as the event evaluation runs it).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use common::{codes, event_at as at};
use kroniek_core::{Event, PloverType};

/// The events of one English sentence.
fn events(text: &str) -> Vec<Event> {
    common::sentence_events("en", text)
}

/// The event of the one-sentence document `text` whose trigger is `word`.
fn event(text: &str, word: &str) -> Event {
    at(&events(text), text, word)
}

#[test]
fn target_in_the_complement_clause() {
    // The complement's object.
    let s = "Iran threatened to attack Israel if the strikes continued.";
    let e = event(s, "threatened");
    assert_eq!(e.kind, PloverType::Threaten);
    assert_eq!(codes(&e.targets), ["ISR"]);
    // The complement's own subject is the one the demand is made of.
    let s = "The Chinese government demanded that Japan cancel the planned arms sale.";
    let e = event(s, "demanded");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.targets), ["JPN"]);
    // Where the complement's act falls.
    let s = "Turkey warned that it would launch an offensive against Syria.";
    let e = event(s, "warned");
    assert_eq!(codes(&e.targets), ["SYR"]);
}

#[test]
fn the_source_country_in_the_complement_is_no_target() {
    let s = "The Serbian president promised to democratize Serbia.";
    let e = event(s, "promised");
    assert_eq!(codes(&e.sources), ["SRB"]);
    assert!(e.targets.is_empty(), "{:?}", e.targets);
}

#[test]
fn named_actor_of_the_source_country_in_a_modifier() {
    // A person the actor stage knows, in the object's "on" phrase: a target even though the
    // source is of the same country (a place would not be).
    let s = "Pakistan lifted a ban on Imran Khan's party.";
    let e = event(s, "lifted");
    assert_eq!(codes(&e.targets), ["PAK"]);
}

#[test]
fn target_one_phrase_deeper() {
    let s = "Armenia put its army on high alert on the border with Azerbaijan.";
    let e = events(s)
        .into_iter()
        .find(|e| e.kind == PloverType::Mobilize)
        .unwrap();
    assert_eq!(codes(&e.targets), ["AZE"]);
}

#[test]
fn country_in_a_noun_modifier() {
    let s = "Doctors in South Korea went on strike over pay.";
    let e = event(s, "went");
    assert_eq!(codes(&e.sources), ["KOR"]);
    let s = "A camp for Congolese refugees was attacked by militiamen.";
    let e = event(s, "attacked");
    assert_eq!(codes(&e.targets), ["COD"]);
    // A participle modifier's agent.
    let s = "The police seized a cargo plane owned by a Venezuelan company.";
    let e = event(s, "seized");
    assert_eq!(codes(&e.targets), ["VEN"]);
}

#[test]
fn indirect_object_without_direct_object() {
    let s = "Ukraine asked Germany for more weapons.";
    let e = event(s, "asked");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.targets), ["DEU"]);
}

#[test]
fn a_day_is_not_what_a_preposition_requires() {
    // "opened … on Thursday" is not "opened fire on …".
    let s = "An inquiry into the sinking was opened by Greek prosecutors on Thursday.";
    assert!(
        events(s).iter().all(|e| e.kind != PloverType::Assault),
        "{:#?}",
        events(s)
    );
}

#[test]
fn english_subject_split_in_two() {
    let s = "Hezbollah guerrillas killed two soldiers near the border.";
    let e = event(s, "killed");
    assert!(
        e.targets.iter().all(|t| !t.text.contains("guerrillas")),
        "{:?}",
        e.targets
    );
    assert_eq!(codes(&e.sources), ["LBN"]);
}

#[test]
fn quantity_of_people_as_subject() {
    let s = "Thousands of Kenyans protested against the new taxes.";
    let e = event(s, "protested");
    assert_eq!(codes(&e.sources), ["KEN"]);
}

#[test]
fn demands_made_in_a_demonstration() {
    let s = "Thousands of workers rallied in Seoul, demanding higher wages.";
    let evs = events(s);
    let d = at(&evs, s, "demanding");
    assert_eq!(d.kind, PloverType::Protest);
    // Demonstrators without a country take the country of the place they protest in.
    assert_eq!(codes(&d.sources), ["KOR"]);
    let r = at(&evs, s, "rallied");
    assert_eq!(codes(&r.sources), ["KOR"]);
    assert!(r.targets.is_empty(), "{:?}", r.targets);
}

#[test]
fn violence_by_criminals_is_crime() {
    let s = "Drug traffickers murdered a local journalist in Mexico.";
    let e = event(s, "murdered");
    assert_eq!(e.kind, PloverType::Crime);
    // By soldiers it stays an assault.
    let s = "Soldiers murdered a local journalist in Mexico.";
    let e = event(s, "murdered");
    assert_eq!(e.kind, PloverType::Assault);
}

#[test]
fn verbs_of_the_new_rows() {
    // Each with a sentence of its own (the pattern examples are in patterns-en.tsv).
    let s = "The United States sent air defence systems to Poland.";
    let e = event(s, "sent");
    assert_eq!(e.kind, PloverType::Aid);
    assert_eq!(codes(&e.targets), ["POL"]);
    let s = "Hungary blocked the sanctions package.";
    let e = event(s, "blocked");
    assert_eq!(e.kind, PloverType::Reject);
    let s = "A Lebanese army convoy came under fire from Israeli tanks.";
    let e = event(s, "came");
    assert_eq!(e.kind, PloverType::Assault);
    assert_eq!(codes(&e.sources), ["ISR"]);
}

#[test]
fn coordinated_persons_of_two_countries() {
    let s = "Canadian Prime Minister Justin Trudeau and Mexican President Andres Manuel Lopez \
             Obrador today signed a trade agreement.";
    let e = event(s, "signed");
    assert_eq!(codes(&e.sources), ["CAN", "MEX"]);
}

#[test]
fn possessive_pronoun_as_participant() {
    // "their withdrawal": the owner is the clause's subject, whose own "their" is the
    // subject of the verb of saying.
    let s = "Sudanese rebels said on Monday their fighters had completed their withdrawal \
             from the town.";
    let e = event(s, "withdrawal");
    assert_eq!(codes(&e.sources), ["SDN"]);
    // "its demands" on a verb the parser hung on its subject.
    let s = "The opposition party in Kenya insisted on its demands that the government cut taxes.";
    let e = event(s, "demands");
    assert_eq!(codes(&e.sources), ["KEN"]);
}

#[test]
fn a_subordinator_read_as_a_preposition_keeps_its_clause_subject() {
    // "after" parsed as the preposition of "forces", "withdrew" as a conjunct of "entered".
    let s = "Ukrainian troops entered Kherson on Friday after Russian forces withdrew across the river.";
    let e = event(s, "withdrew");
    assert_eq!(e.kind, PloverType::Retreat);
    assert_eq!(codes(&e.sources), ["RUS"]);
}

#[test]
fn another_sector_of_the_source_country_in_the_complement() {
    // The president threatens his own country's opposition: a target, another sector.
    let s = "President Ruto threatened to ban Kenyan opposition parties from the vote.";
    let e = event(s, "threatened");
    assert_eq!(e.kind, PloverType::Threaten);
    assert_eq!(codes(&e.targets), ["KEN"]);
}

#[test]
fn target_of_an_event_nested_in_the_object() {
    // "aid … for Bosnia" is what the suspension falls on.
    let s = "Germany suspended part of a military aid program for Bosnia.";
    let e = event(s, "suspended");
    assert_eq!(codes(&e.sources), ["DEU"]);
    assert_eq!(codes(&e.targets), ["BIH"]);
}

#[test]
fn country_adjective_before_a_compound_and_an_agency_noun() {
    // "Israeli intelligence officials": the adjective codes the officials past the compound.
    let s = "Israeli intelligence officials shared evidence with Jordan.";
    let e = event(s, "shared");
    assert_eq!(codes(&e.sources), ["ISR"]);
    assert_eq!(codes(&e.targets), ["JOR"]);
}

#[test]
fn the_author_of_a_rejected_appeal_is_the_target() {
    // The appeal is the president's, not the rebels' who dismiss it.
    let s = "Rebels in Mali dismissed an appeal from President Amadou Toumani Toure to lay down their arms.";
    let e = event(s, "dismissed");
    assert_eq!(e.kind, PloverType::Reject);
    assert_eq!(codes(&e.sources), ["MLI"]);
    assert_eq!(codes(&e.targets), ["MLI"]);
    assert!(
        e.targets.iter().any(|t| t.text.contains("Toure")),
        "{:?}",
        e.targets
    );
    let appeal = event(s, "appeal");
    assert!(
        appeal.sources.iter().all(|p| !p.text.contains("Rebels")),
        "{:?}",
        appeal.sources
    );
}

#[test]
fn a_day_after_the_subject_is_not_the_subject() {
    // "today" and "Wednesday" between subject and verb, which the parser takes into the
    // subject or makes the subject.
    let s = "The German government today welcomed the Dutch proposal.";
    let e = event(s, "welcomed");
    assert_eq!(codes(&e.sources), ["DEU"]);
    let s = "Palestinian leader Yasser Arafat Wednesday rejected an Israeli offer.";
    let e = event(s, "rejected");
    assert_eq!(codes(&e.sources), ["PSE"]);
}

#[test]
fn a_progressive_is_not_a_passive() {
    let s = "Iranian authorities have been pressuring Turkish truck drivers to end the strike.";
    let e = event(s, "pressuring");
    assert_eq!(e.kind, PloverType::Request);
    assert_eq!(codes(&e.sources), ["IRN"]);
}

#[test]
fn the_phrase_before_an_including_participle_is_the_subject() {
    let s = "Russian aircraft including helicopter gunships killed 12 Syrian civilians.";
    let e = event(s, "killed");
    assert_eq!(codes(&e.sources), ["RUS"]);
    assert_eq!(codes(&e.targets), ["SYR"]);
}

#[test]
fn a_country_adjective_is_the_agent_of_a_noun_trigger() {
    let s = "Palestinian riots against the new checkpoints are still continuing.";
    let evs = events(s);
    let e = at(&evs, s, "riots");
    assert_eq!(e.kind, PloverType::Protest);
    assert_eq!(codes(&e.sources), ["PSE"]);
}

#[test]
fn a_coded_common_noun_phrase_of_a_nested_event_is_a_target() {
    let s = "President Hakainde Hichilema has reneged on his commitment to the Zambian people.";
    let e = event(s, "reneged");
    assert_eq!(e.kind, PloverType::Reject);
    assert_eq!(codes(&e.targets), ["ZMB"], "{:?}", e.targets);
}

#[test]
fn a_people_of_one_country_codes_as_that_country() {
    let s = "Igbo traditional elders demanded that Hausa politicians give up the ministry.";
    let e = event(s, "demanded");
    assert_eq!(codes(&e.sources), ["NGA"]);
    // With no place in the sentence to lend a country, only the people's name codes them.
    let s = "Uighur activists demanded the release of the detained scholars.";
    let e = event(s, "demanded");
    assert_eq!(codes(&e.sources), ["CHN"], "{:?}", e.sources);
}

#[test]
fn target_of_an_event_in_a_purpose_clause() {
    let s = "Egypt reopened its border to send emergency aid to Sudanese refugees.";
    let e = event(s, "reopened");
    assert_eq!(codes(&e.sources), ["EGY"]);
    assert_eq!(codes(&e.targets), ["SDN"], "{:?}", e.targets);
}

#[test]
fn people_without_a_country_take_the_country_of_the_place() {
    let s = "Security forces detained hundreds of students in Tehran on Sunday.";
    let e = event(s, "detained");
    assert_eq!(codes(&e.targets), ["IRN"], "{:?}", e.targets);
}

#[test]
fn ending_a_mediation_is_ending_talks() {
    let s = "Qatari officials ended their mediation efforts between Israel and Hamas.";
    let e = event(s, "ended");
    assert_eq!(e.kind, PloverType::Sanction);
    assert_eq!(codes(&e.sources), ["QAT"]);
}

#[test]
fn the_more_specific_of_two_places_is_where_it_happened() {
    let s = "Israeli soldiers shot dead a Palestinian man in the West Bank city of Nablus.";
    let e = event(s, "shot");
    assert_eq!(
        e.place.as_ref().map(|p| p.name.as_str()),
        Some("Nablus"),
        "{:?}",
        e.place
    );
}

#[test]
fn a_participant_cut_inside_an_actor_mention_is_the_whole_mention() {
    let s = "Secretary of State Antony Blinken, who visited Kyiv last Thursday, announced new military aid to Ukraine.";
    let evs = events(s);
    assert!(
        evs.iter()
            .flat_map(|e| e.sources.iter())
            .all(|p| !p.text.starts_with("State")),
        "{evs:#?}"
    );
}

#[test]
fn a_noun_with_its_own_preposition_is_no_verb() {
    // "under pressure" is a prepositional phrase: no one demands anything here.
    let s = "Analysts said the army's positions near the river were under pressure.";
    let evs = events(s);
    assert!(
        evs.iter().all(|e| e.kind != PloverType::Request),
        "{evs:#?}"
    );
}

#[test]
fn coordinated_places_are_each_a_target() {
    let s = "Al-Qaeda threatened to deliver heavy blows to the United States and Israel.";
    let e = event(s, "threatened");
    assert_eq!(codes(&e.targets), ["ISR", "USA"]);
}

#[test]
fn a_threat_falls_on_the_one_it_is_conditioned_on() {
    // The condition hangs on the complement ("leave"), not on "threatened".
    let s = "Moscow threatened to leave the arms talks if the United States deploys new missiles in Europe.";
    let e = event(s, "threatened");
    assert_eq!(codes(&e.sources), ["RUS"]);
    assert_eq!(codes(&e.targets), ["USA"]);
    let s = "Iran threatened to close the Strait of Hormuz if the European Union imposes an oil embargo.";
    let e = event(s, "threatened");
    assert_eq!(codes(&e.targets), ["IGO"]);
}

#[test]
fn a_riot_at_a_place_abroad_falls_on_that_country() {
    // "at" names where the act falls, like "in".
    let s = "Syrian refugees rioted at a camp in southern Turkey.";
    let e = event(s, "rioted");
    assert_eq!(codes(&e.sources), ["SYR"]);
    assert_eq!(codes(&e.targets), ["TUR"]);
}

#[test]
fn a_role_in_the_parse_beats_one_found_on_the_surface() {
    // `agree` takes `with` before `to`; "with the Palestinians" hangs on "talks", so only a
    // surface search finds it, and the parsed "to" phrase wins.
    let s = "Israel agreed to Egyptian mediation in the talks with the Palestinians.";
    let e = event(s, "agreed");
    assert_eq!(codes(&e.targets), ["EGY"]);
}

#[test]
fn the_european_community_is_the_european_union() {
    let s = "Denmark signed an accord on fishing rights with its European Community partners.";
    let e = event(s, "signed");
    assert_eq!(codes(&e.targets), ["IGO"]);
}

#[test]
fn target_three_phrases_deep() {
    // agreed to [an extension [of the mandate [for the observer mission [in Georgia]]]]
    let s = "The European Union agreed to a one-year extension of the mandate for the observer \
             mission in Georgia.";
    let e = event(s, "agreed");
    assert_eq!(codes(&e.targets), ["GEO"]);
}
