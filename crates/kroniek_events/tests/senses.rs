//! General verbs code their political sense only with the participants that sense has: a
//! territory taken, a place falling to an actor, an actor surrounding a place, something one
//! asks others for; and an agreement's name is no agreement made (found by the third round of
//! the hand audits of real news; the sentences are written for the test). Each test holds a
//! neighbouring real event that must stay coded.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use common::{event_of, no_event_of};

use kroniek_core::{ControlEffect, PloverType};

#[test]
fn taking_captures_only_a_territory() {
    no_event_of(
        "en",
        "Before her first film the actress took acting lessons in Boston.",
        PloverType::Assault,
    );
    no_event_of(
        "en",
        "Larger seals can take a wider range of prey than smaller ones.",
        PloverType::Assault,
    );
    // "publicity" ends in "city", but English words are not read as compounds.
    no_event_of(
        "en",
        "Her rival took the publicity after the debate.",
        PloverType::Assault,
    );
    let ev = event_of(
        "en",
        "Rebels took the town of Kunduz on Sunday.",
        PloverType::Assault,
    );
    assert_eq!(ev.control, Some(ControlEffect::Captures));
}

#[test]
fn falling_to_needs_a_place_and_an_actor() {
    no_event_of(
        "en",
        "Parts of the ceiling fell to the ground during the earthquake.",
        PloverType::Assault,
    );
    let ev = event_of(
        "en",
        "Kabul fell to the Taliban on Sunday.",
        PloverType::Assault,
    );
    assert_eq!(ev.control, Some(ControlEffect::FallsTo));
}

#[test]
fn surrounding_needs_an_actor() {
    no_event_of(
        "en",
        "Steep mountains surround the valley on three sides.",
        PloverType::Coerce,
    );
    event_of(
        "en",
        "Government troops surrounded the city.",
        PloverType::Coerce,
    );
}

#[test]
fn seeking_is_a_request_only_for_a_favour() {
    no_event_of(
        "en",
        "The prosecutors said they would not seek the death penalty.",
        PloverType::Request,
    );
    event_of(
        "en",
        "The government of Fiji sought international assistance after the cyclone.",
        PloverType::Request,
    );
}

#[test]
fn open_is_fire_only_with_fire() {
    no_event_of(
        "en",
        "The senator said he was open to a debate on the radio show.",
        PloverType::Assault,
    );
    event_of(
        "en",
        "Soldiers opened fire at the convoy.",
        PloverType::Assault,
    );
}

#[test]
fn the_name_of_a_treaty_is_no_agreement() {
    no_event_of(
        "en",
        "Erdogan cited Article 5 of the NATO treaty on Tuesday.",
        PloverType::Agree,
    );
    no_event_of(
        "en",
        "Sweden joined the Paris Agreement in 2016.",
        PloverType::Agree,
    );
    event_of(
        "en",
        "The government announced an agreement with the unions on Friday.",
        PloverType::Agree,
    );
}

#[test]
fn a_passive_participle_on_a_light_object_is_no_event() {
    no_event_of(
        "en",
        "Questions remain over how much direct foreign assistance is received by Hezbollah.",
        PloverType::Consult,
    );
    event_of(
        "en",
        "The Iranian president was received by the emir in Doha.",
        PloverType::Consult,
    );
}

#[test]
fn orders_releases_visits_and_celebrations_need_their_participants() {
    no_event_of(
        "en",
        "The minister ordered fire safety checks at all escape rooms.",
        PloverType::Request,
    );
    event_of(
        "en",
        "The general ordered the troops to leave the town.",
        PloverType::Request,
    );
    no_event_of(
        "en",
        "The company released its quarterly earnings on Monday.",
        PloverType::Retreat,
    );
    event_of(
        "en",
        "The rebels released the hostages on Sunday.",
        PloverType::Retreat,
    );
    // "a birthday in Warsaw" holds a place, but a birthday is neither a place nor an actor.
    no_event_of(
        "en",
        "The girls were visiting an escape room to celebrate a birthday.",
        PloverType::Consult,
    );
    no_event_of(
        "en",
        "The group was visiting the room to celebrate a birthday in Koszalin.",
        PloverType::Consult,
    );
    no_event_of(
        "en",
        "The students celebrated a birthday in Warsaw.",
        PloverType::Support,
    );
    event_of(
        "en",
        "The king visited the disaster area.",
        PloverType::Consult,
    );
}

#[test]
fn a_bill_proposed_and_a_dismissal_from_office_are_no_events() {
    no_event_of(
        "en",
        "Senator Warren proposed a bill on Tuesday.",
        PloverType::Agree,
    );
    event_of(
        "en",
        "The minister promised the farmers more support.",
        PloverType::Agree,
    );
    no_event_of(
        "en",
        "The minister was dismissed from the cabinet because of his health.",
        PloverType::Reject,
    );
    no_event_of(
        "en",
        "Smith had recently been dismissed from being a minister because of his health.",
        PloverType::Reject,
    );
    event_of(
        "en",
        "The government dismissed the demands of the opposition.",
        PloverType::Reject,
    );
}

#[test]
fn help_goes_to_someone() {
    // The senator is coded as an actor inside the phrase, but the help goes to chances.
    no_event_of(
        "en",
        "The aides worked to help the senator's chances.",
        PloverType::Aid,
    );
    event_of("en", "The army helped the flood victims.", PloverType::Aid);
}

#[test]
fn calling_something_a_name_is_no_phone_call() {
    no_event_of(
        "en",
        "The senator called the ruling a disgrace.",
        PloverType::Consult,
    );
    no_event_of(
        "en",
        "The minister called the proposal \"absurd\" on Monday.",
        PloverType::Consult,
    );
    event_of(
        "en",
        "The president called the Iranian leader on Monday.",
        PloverType::Consult,
    );
}

#[test]
fn acts_on_people_need_people() {
    // Hanging, feeding and protecting are acts on people, not on banners and waters.
    no_event_of(
        "en",
        "A volunteer hangs banners in the hall before the fair.",
        PloverType::Assault,
    );
    event_of(
        "en",
        "The regime hanged two dissidents in Tehran.",
        PloverType::Assault,
    );
    no_event_of(
        "en",
        "They feed in shallow waters in winter, the biologist said.",
        PloverType::Aid,
    );
    event_of(
        "en",
        "Aid workers fed thousands of refugees in the camp.",
        PloverType::Aid,
    );
    // Questioning someone's authority disputes it; questioning a suspect investigates.
    no_event_of(
        "en",
        "Opposition leaders questioned the president's authority to close the border.",
        PloverType::Investigate,
    );
    event_of(
        "en",
        "Police questioned the suspect on Monday.",
        PloverType::Investigate,
    );
}

#[test]
fn declining_without_an_object_is_a_fall_and_joining_a_team_is_no_alliance() {
    no_event_of(
        "en",
        "Turnout in Ohio declined sharply.",
        PloverType::Reject,
    );
    event_of(
        "en",
        "The rebels declined to attend the talks in Geneva.",
        PloverType::Reject,
    );
    no_event_of(
        "en",
        "Hungarian engineers joined the design team in May.",
        PloverType::Cooperate,
    );
    event_of(
        "en",
        "Hundreds of soldiers joined the rebels in the north.",
        PloverType::Cooperate,
    );
}

#[test]
fn a_road_accident_is_no_assault() {
    no_event_of(
        "en",
        "Police said the driver was driving a pickup truck across the center line and struck a group of motorcycles, killing seven riders.",
        PloverType::Assault,
    );
    // A vehicle used as a weapon is an attack.
    event_of(
        "en",
        "A militant drove a truck into the crowd, killing six people.",
        PloverType::Assault,
    );
}

#[test]
fn receiving_requiring_and_stopping_need_someone() {
    no_event_of(
        "en",
        "The senator received criticism for his remarks.",
        PloverType::Consult,
    );
    event_of(
        "en",
        "The president received the Iranian foreign minister in Moscow.",
        PloverType::Consult,
    );
    no_event_of(
        "en",
        "Farmers there require loans for their harvest.",
        PloverType::Request,
    );
    no_event_of(
        "en",
        "They stopped to rest for a while.",
        PloverType::Coerce,
    );
    event_of(
        "en",
        "Soldiers stopped the convoy at the border.",
        PloverType::Coerce,
    );
}

#[test]
fn particles_and_prepositions_change_the_sense() {
    no_event_of(
        "en",
        "Justice Thomas swore her in at a White House ceremony.",
        PloverType::Threaten,
    );
    no_event_of(
        "en",
        "Developers can engage with Red Hat in new ways.",
        PloverType::Assault,
    );
    no_event_of(
        "en",
        "In his talk at the Atlantic Council, the prime minister praised the pipeline project.",
        PloverType::Consult,
    );
    event_of(
        "en",
        "The rebels vowed to avenge the death of their commander.",
        PloverType::Threaten,
    );
}

#[test]
fn questions_press_conferences_and_understanding_are_no_acts() {
    for (text, kind) in [
        (
            "The spokesman, when asked whether an inquiry had been opened, said the rules were followed.",
            PloverType::Request,
        ),
        (
            "Mark asked his neighbour if she could lend him a ladder.",
            PloverType::Request,
        ),
        (
            "Ratcliffe and Wray held a press conference about foreign interference.",
            PloverType::Consult,
        ),
        (
            "The minister has a very primitive understanding of economic processes.",
            PloverType::Agree,
        ),
    ] {
        no_event_of("en", text, kind);
    }
    event_of(
        "en",
        "The government asked the United Nations for emergency aid.",
        PloverType::Request,
    );
    event_of(
        "en",
        "The two countries reached an understanding on the border.",
        PloverType::Agree,
    );
    event_of(
        "en",
        "The foreign ministers held talks in Geneva on Monday.",
        PloverType::Consult,
    );
}

#[test]
fn beating_a_rival_in_a_contest_is_no_assault() {
    for s in [
        "Sampras beat Martin 6-3 6-4 in the second round on Tuesday.",
        "Yorkshire beat Kent by 95 runs at Canterbury.",
        "The governor beat his rival in the election last year.",
        "New Zealand beat South Africa in the World Cup final on Saturday.",
        "Kimiko Date (Japan) beat Gabriela Sabatini (Argentina)",
        "England beat Pakistan by five wickets at Old Trafford on Thursday.",
        "Philippoussis meets Sampras, whom he beat at the Australian Open in January.",
    ] {
        no_event_of("en", s, PloverType::Assault);
    }
    event_of(
        "en",
        "Police beat the protesters with batons in Cairo on Monday.",
        PloverType::Coerce,
    );
    event_of(
        "en",
        "Soldiers beat up two journalists who ran away.",
        PloverType::Assault,
    );
}

#[test]
fn purposes_rules_titles_and_elections_are_no_acts() {
    // Found by the judged samples of session 15 (Wikinews G and H, Reuters R).
    for (s, kind) in [
        (
            "The name must not cite a person, to prevent stigma against any group.",
            PloverType::Coerce,
        ),
        (
            "Hospitals worked on preventing the spread of the virus.",
            PloverType::Coerce,
        ),
        (
            "The Puerto Rican constitution requires the Senate to confirm the nominee.",
            PloverType::Request,
        ),
        (
            "The law requires companies to report their emissions.",
            PloverType::Request,
        ),
        (
            "Britain's 1992 Olympic 100 champion Christie confirmed on Thursday that he would run.",
            PloverType::Support,
        ),
        (
            "The governor general dissolved parliament in September, triggering elections.",
            PloverType::Coerce,
        ),
        (
            "The Senate cancelled its planned hearing.",
            PloverType::Concede,
        ),
    ] {
        no_event_of("en", s, kind);
    }
    for (s, kind) in [
        (
            "Police prevented the protesters from reaching the square.",
            PloverType::Coerce,
        ),
        (
            "The president required the ministers to resign.",
            PloverType::Request,
        ),
        (
            "The senator championed the reform of the police.",
            PloverType::Support,
        ),
        (
            "The junta dissolved the opposition party.",
            PloverType::Coerce,
        ),
        (
            "The government lifted the state of emergency in Bangkok.",
            PloverType::Concede,
        ),
    ] {
        event_of("en", s, kind);
    }
}

#[test]
fn disasters_and_diseases_are_no_assault() {
    for text in [
        "A fire at a hostel in the old town killed nine people on Tuesday.",
        "The earthquake killed more than 200 people and injured thousands.",
        "The outbreak has killed 300 people in the province since June.",
        "Eleven people were killed when lightning struck a group of pilgrims.",
        "A bus fell from a mountain road into a ravine, killing 16 people.",
    ] {
        no_event_of("en", text, PloverType::Assault);
    }
    no_event_of(
        "nl",
        "De aardbeving doodde vorige week meer dan honderd mensen.",
        PloverType::Assault,
    );
    // A fire set or opened is a weapon.
    for text in [
        "Rebels set fire to the mosque, killing five worshippers.",
        "Soldiers opened fire on the crowd, killing twelve protesters.",
    ] {
        event_of("en", text, PloverType::Assault);
    }
}

#[test]
fn a_visit_is_an_actors_to_a_place() {
    for text in [
        "Police arrived at the scene minutes later.",
        "The committee arrived at its decision within a week.",
        "The party returned to power in 1973.",
    ] {
        no_event_of("en", text, PloverType::Consult);
    }
    event_of(
        "en",
        "The German foreign minister arrived in Kabul on Tuesday.",
        PloverType::Consult,
    );
}

#[test]
fn sharing_a_view_is_no_agreement() {
    for text in [
        "The senator agreed and said the plan would fail.",
        "The mayor concurred: \"We need more buses in the city\", she said.",
    ] {
        no_event_of("en", text, PloverType::Agree);
    }
    for text in [
        "The rebels agreed to a ceasefire on Sunday.",
        "Turkey and Libya agreed on a maritime border in November.",
        "The two countries agreed to cooperate on border security.",
    ] {
        event_of("en", text, PloverType::Agree);
    }
}

#[test]
fn advice_and_predictions_are_no_threats() {
    for text in [
        "Health officials warned that the outbreak could spread to the capital.",
        "The doctor tried to warn people about the virus in December.",
    ] {
        no_event_of("en", text, PloverType::Threaten);
    }
    for text in [
        "Iran warned that it would close the strait if attacked.",
        "The rebels warned the army that they would storm the city.",
    ] {
        event_of("en", text, PloverType::Threaten);
    }
}

#[test]
fn naming_and_summoning_are_no_calls() {
    for text in [
        "The minister called the attack \"an act of barbarity\".",
        "The president had earlier called it \"a matter of public health\".",
        "Firefighters were called to the building at nine.",
        "The North Wales Fire and Rescue Service were called to the building.",
    ] {
        no_event_of("en", text, PloverType::Consult);
    }
    event_of(
        "en",
        "Biden called Putin on Tuesday to discuss the crisis.",
        PloverType::Consult,
    );
}

#[test]
fn a_capitalised_word_inside_a_sentence_names_something() {
    for (text, kind) in [
        (
            "The Committee to Protect Journalists reports sixteen other deaths since 2015.",
            PloverType::Aid,
        ),
        (
            "The agency quoted police spokesman Umar Shelling as saying six were killed.",
            PloverType::Assault,
        ),
        (
            "Shares of H&R Block rose after the spinoff of its stake in CompuServe.",
            PloverType::Coerce,
        ),
    ] {
        no_event_of("en", text, kind);
    }
    // At the start of a quotation the capital starts a phrase; headlines capitalise their words.
    event_of(
        "en",
        "The senator wrote, \"Congratulations to the mayor on his victory.\"",
        PloverType::Support,
    );
    event_of(
        "en",
        "Rebels Attack Army Base Near Border",
        PloverType::Assault,
    );
}

#[test]
fn capturing_or_seizing_things_takes_no_ground() {
    for text in [
        "Tourists captured pictures and video of the incident.",
        "The city can seize the opportunity to become a business centre.",
    ] {
        no_event_of("en", text, PloverType::Assault);
    }
    for text in [
        "Rebels captured the airport on Sunday.",
        "The army seized the town of Kunduz in the night.",
    ] {
        event_of("en", text, PloverType::Assault);
    }
}

#[test]
fn a_participle_before_its_noun_names_a_state() {
    for (text, kind) in [
        (
            "Critics called the prime minister's proposed Brexit deal lousy.",
            PloverType::Agree,
        ),
        (
            "The PKK is a banned militant organisation in Turkey.",
            PloverType::Coerce,
        ),
        (
            "Visitors may not enter the restricted zone of the base.",
            PloverType::Coerce,
        ),
        (
            "Officials said most of the injured were minors.",
            PloverType::Assault,
        ),
    ] {
        no_event_of("en", text, kind);
    }
    event_of(
        "en",
        "Students backed by opposition parties battled police in the north.",
        PloverType::Assault,
    );
    event_of(
        "en",
        "The British relinquished control of Hong Kong to China in 1997.",
        PloverType::Retreat,
    );
}

#[test]
fn an_attack_in_words_is_an_accusation() {
    for text in [
        "On live television Erdogan also attacked the proclamation of the new border.",
        "Trump attacked Biden for accumulating wealth since leaving public office.",
    ] {
        no_event_of("en", text, PloverType::Assault);
        let ev = event_of("en", text, PloverType::Accuse);
        assert_eq!(ev.cameo, "111", "{text}");
    }
    for text in [
        "Rebels attacked an army base near the border on Sunday.",
        "Multiple assailants attacked the journalist shortly after he left his home.",
    ] {
        event_of("en", text, PloverType::Assault);
    }
}

#[test]
fn engaging_is_fighting_only_with_an_enemy_or_in_violence() {
    no_event_of(
        "en",
        "Lawmakers vowed to investigate whether the minister used embassy staff to engage in partisan activities.",
        PloverType::Assault,
    );
    no_event_of(
        "en",
        "The newspaper wants its volunteers to engage readers in the villages.",
        PloverType::Assault,
    );
    event_of(
        "en",
        "Serb forces were engaged in ethnic cleansing against the Albanian population.",
        PloverType::Assault,
    );
    event_of(
        "en",
        "Government troops engaged the rebels near the border on Sunday.",
        PloverType::Assault,
    );
}

#[test]
fn cutting_is_a_sanction_only_of_ties_aid_or_supplies() {
    no_event_of(
        "en",
        "The Bank of New Zealand said on Thursday it was cutting its fixed home lending rates.",
        PloverType::Sanction,
    );
    no_event_of(
        "en",
        "The retailer has cut expenditures by closing stores in the east.",
        PloverType::Sanction,
    );
    event_of(
        "en",
        "Morocco cut diplomatic ties with Iran on Tuesday.",
        PloverType::Sanction,
    );
}

#[test]
fn contributing_gives_something_and_sponsoring_is_no_aid() {
    no_event_of(
        "en",
        "The ambassador said the airline had contributed to incredible human suffering in Syria.",
        PloverType::Aid,
    );
    no_event_of(
        "en",
        "The senator who sponsored the bill said it could not be enforced.",
        PloverType::Aid,
    );
    event_of(
        "en",
        "France contributed 4,000 troops to the peacekeeping force in Liberia.",
        PloverType::Aid,
    );
    event_of(
        "en",
        "Kenya contributed up to 1,000 soldiers to the mission in Haiti last year.",
        PloverType::Aid,
    );
}

#[test]
fn joining_a_party_or_a_race_is_no_cooperation() {
    no_event_of(
        "en",
        "The mayor joined the presidential race in May.",
        PloverType::Cooperate,
    );
    no_event_of(
        "en",
        "Eventually the lawyer joined the Solidarity Party and became its chairman.",
        PloverType::Cooperate,
    );
    event_of(
        "en",
        "Hundreds of soldiers joined the resistance in the north.",
        PloverType::Cooperate,
    );
}

#[test]
fn units_and_partners_are_nouns_not_cooperation() {
    no_event_of(
        "en",
        "The commandant ordered Coast Guard units nearby to assist the stranded ship.",
        PloverType::Cooperate,
    );
    event_of(
        "en",
        "The two agencies partnered with the police on the investigation.",
        PloverType::Cooperate,
    );
}

#[test]
fn a_trip_is_a_visit_only_to_a_place() {
    no_event_of(
        "en",
        "The governor took a train trip to the party convention in the capital.",
        PloverType::Consult,
    );
    no_event_of(
        "en",
        "Australia opened their short tour of Sri Lanka with a five-run win on Thursday.",
        PloverType::Consult,
    );
    event_of(
        "en",
        "The envoy made a secret trip to Syria in March.",
        PloverType::Consult,
    );
}

#[test]
fn questions_with_who_what_why_or_about_are_no_requests() {
    no_event_of(
        "en",
        "The senator repeatedly asked why the governor did not implement the policies.",
        PloverType::Request,
    );
    no_event_of(
        "en",
        "Reporters asked the minister about the report on Monday.",
        PloverType::Request,
    );
    event_of(
        "en",
        "The minister asked the United Nations for food aid on Monday.",
        PloverType::Request,
    );
}

#[test]
fn hyphenated_backing_describes_and_backing_away_withdraws() {
    no_event_of(
        "en",
        "The Armenian-backed separatist republic occupies the region.",
        PloverType::Support,
    );
    no_event_of(
        "en",
        "The rapper backed away from the president after the riots.",
        PloverType::Support,
    );
    event_of(
        "en",
        "Russia backed the separatists in eastern Ukraine.",
        PloverType::Support,
    );
}
