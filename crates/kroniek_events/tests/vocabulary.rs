//! The trigger words added from the CAMEO verb dictionaries (session 8): each word, in a
//! sentence of my own, is coded by the pattern that lists it, with that pattern's type.
//! (The pattern files' own examples cover one word per row; these cover the rest of a batch.)
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

use kroniek_events::{PATTERNS_EN, PATTERNS_NL, parse};

/// One case a line, `pattern-id sentence`: the sentence's event must come from that pattern.
const EN: &str = "\
en:condemn The opposition ridiculed the new budget.
en:end-protest The dockers halted their strike after two weeks.
en:end-protest The union suspended the protest on Friday.
en:end-protest The students called off the march.
en:end-protest The farmers cancelled the demonstration.
en:end-protest The opposition abandoned its boycott of parliament.
en:end-protest The nurses postponed their walkout.
en:end-protest The workers scaled back their protests.
en:grant-bases Japan gave American ships the use of two ports.
en:grant-bases Oman offered British troops access to its airfields.
en:grant-bases Kenya extended French jets access to two bases.
en:expel The junta expelled the UN monitors.
en:expel The regime expelled two aid agencies.
en:expel Israel expelled the peacekeepers.
en:expel The government expelled the observer mission.
en:expel The military expelled several foreign NGOs.
en:commit-crime The gang carried out a burglary in the suburbs.
en:commit-crime Thieves staged a heist at the museum.
en:commit-crime The gang perpetrated a fraud against pensioners.
en:condemn State television mocked the protesters.
en:condemn The minister derided the report as nonsense.
en:condemn The newspaper vilified the union leaders.
en:condemn The general disparaged the peace plan.
en:condemn The regime denigrated the exiled writers.
en:condemn The senator excoriated the administration.
en:condemn The press pilloried the finance minister.
en:condemn The president chastised his own party.
en:condemn The court admonished the prosecutors.
en:condemn The ministry reprimanded the ambassador.
en:condemn The bishop upbraided the government.
en:condemn The farmers bemoaned the new tariffs.
en:condemn The church lamented the violence.
en:condemn The spokesman belittled the rebels.
en:condemn The tabloid slandered the judge.
en:condemn The rebels defamed the president.
en:condemn The ambassador insulted the host government.
en:accusation-n The opposition issued a sharp denunciation of the police.
en:accusation-n The church issued a rebuke to the government.
en:accusation-n The minister received a reprimand from the parliament.
en:accusation-n The union rejected criticisms from the employers.
en:accusation-n The prosecutor filed an indictment against the former minister.
en:accusation-n The company filed a lawsuit against the state.
en:sue Prosecutors arraigned the former mayor on Monday.
en:praise The newspaper extolled the rescue workers.
en:praise The committee rewarded the volunteers.
en:support The party advocates a negotiated settlement.
en:support The students espoused the cause of the strikers.
en:support-n The king expressed his sympathy to the families of the victims.
en:negotiate The unions haggled with the employers over wages.
en:mediate The pope interceded on behalf of the prisoners.
en:reject Iran renounced the nuclear treaty.
en:reject The government abrogated the agreement.
en:reject The ministry disputed the report.
en:reject The army scoffed at the rebels' claims.
en:defy The rebels disregarded the ultimatum.
en:defy The company contravened the embargo.
en:threaten The gang blackmailed the mayor.
en:attack Government troops routed the rebels near the border.
en:attack The army repelled the insurgents.
en:attack The defenders repulsed the attackers.
en:kill The regime hanged three dissidents.
en:attack-n The army reported fresh incursions by the rebels.
en:attack-n Rights groups documented atrocities by the militia.
en:arrest Police locked up the protest leaders.
en:arrest The court remanded the suspects in custody.
en:rally-n Dockworkers staged walkouts at three ports.
en:rally-n Mourners held vigils outside the prison.
en:sign Israel and Egypt signed an armistice on the island of Rhodes.
en:sign The two ministries signed a memorandum on energy cooperation.
en:sign Russia and Belarus signed a protocol on border controls.
en:ceasefire The warring factions declared an armistice.
en:encourage The envoy persuaded the rebels to lay down their arms.
en:encourage The mediators cajoled both sides into new talks.
en:encourage The United States coaxed the junta into holding elections.
en:encourage Washington nudged Seoul to resume the talks.
en:encourage The European Union prodded Serbia to arrest the suspects.
en:reject Thailand turned away boats carrying refugees.
en:complain-v Farmers grumbled about the new tax.
en:agree The king assented to the new constitution.
en:cooperate The police liaised with Interpol on the case.
en:demand-n The villagers sent a petition to the governor.
en:rejection-n The union's refusals angered the employers.
en:rejection-n The ministry issued denials of the report.
en:support-n The candidate collected endorsements from three unions.
en:cooperation-n The summit improved coordination between the two armies.
en:withdrawal-n The rebels began their withdrawal from the front line.
en:arrest-n Rights groups condemned the internment of the refugees.
en:arrest-n The court ordered the incarceration of the former minister.
en:investigation-n Parliament ordered inquiries into the massacre.
en:talks-n The two presidents held summits in Geneva and Moscow.
en:pay-visit The Chinese premier paid a visit to Pakistan.
en:pay-tribute The king paid homage to the fallen soldiers.
en:form-alliance The two parties formed a coalition with the Greens.
en:apply-for The country applied for membership of NATO.";

const NL: &str = "\
nl:veroordelen De oppositie kraakte het plan af.
nl:veroordelen De minister berispte de burgemeester.
nl:veroordelen De bisschop kapittelde de regering.
nl:veroordelen De regering betreurde het geweld.
nl:prijzen De premier roemde de hulpverleners.
nl:prijzen De koning eerde de gevallen soldaten.
nl:prijzen De vakbond juichte het besluit toe.
nl:steunen De partij onderschrijft het vredesplan.
nl:afwijzen Het ministerie ontkende het bericht.
nl:arresteren De politie rekende drie verdachten in.
nl:doden Het regime executeerde twee opposanten.
nl:aanvallen Het leger bestormde de rebellenbasis.
nl:aanvallen Het leger viel het buurland binnen.
nl:betoging Het protest van de boeren trok duizenden mensen.
nl:betoging De manifestatie tegen de regering verliep rustig.
nl:aanval Het bombardement op de stad duurde de hele nacht.
nl:aanval De invasie van het buurland begon in februari.
nl:overleg De ministers hielden een bespreking met de vakbonden.
nl:overleg Rusland en Oekraïne hielden een topoverleg in Minsk.
nl:overleg De ministers hielden beraad met de burgemeesters.
nl:onderzoek Het parlement startte een enquête naar de fraude.
nl:eisen De bond vordert een schadevergoeding van de regering.
nl:oproepen De VN maande beide partijen tot kalmte aan.
nl:beloven De regering garandeerde de veiligheid van de waarnemers.
nl:staking-beeindigen De boeren beëindigden hun protest.
nl:staking-beeindigen De vakbond blies de staking af.
nl:staking-beeindigen De studenten stopten hun acties.
nl:diplomaten-uitzetten Het regime heeft de waarnemers uitgezet.
nl:diplomaten-uitzetten De junta zette twee hulporganisaties het land uit.
nl:diplomaten-uitzetten De regering heeft de inspecteurs uitgezet.
nl:diplomaten-uitzetten Rusland zette de consul uit.
nl:beroven De bende perste winkeliers af.
nl:oproepen-reservisten Het ministerie riep alle dienstplichtigen op.
nl:samentrekken De regering zet duizend agenten in.";

fn check(lang: &str, file: &'static str, text: &str, cases: &str) {
    let patterns = parse(file, text).unwrap();
    let cases: Vec<(&str, &str)> = cases.lines().map(|l| l.split_once(' ').unwrap()).collect();
    let typed = cases.iter().map(|&(id, sentence)| {
        let p = patterns.iter().find(|p| p.id == id).unwrap();
        (id, sentence, p.kind)
    });
    let failures = common::uncoded(lang, typed, false);
    assert!(
        failures.is_empty(),
        "{} of {} not coded:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn added_english_triggers_are_coded() {
    check("en", "patterns-en.tsv", PATTERNS_EN, EN);
}

#[test]
fn added_dutch_triggers_are_coded() {
    check("nl", "patterns-nl.tsv", PATTERNS_NL, NL);
}
