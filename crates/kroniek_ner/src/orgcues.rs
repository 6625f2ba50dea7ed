//! Organisation cues in the context of a name (feature group [`crate::features::FeatureSet::ORG_CUES`]):
//! nouns that head an organisation (`bedrijf`, `luchtvaartmaatschappij`, `carmaker`) and nouns
//! for people who work for one (`topman`, `woordvoerder`, `spokesman`), written for kroniek.
//! A noun matches as written or as the last part of a compound (Dutch writes
//! `oliedienstverlener`, `softwarebedrijf` as one word), so unknown company names next to such
//! a noun get the cue that `ned.train` cannot teach word by word.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Nouns that name a kind of organisation (Dutch and English, lowercase).
const HEADS: &[&str] = &[
    "bedrijf",
    "concern",
    "groep",
    "holding",
    "maatschappij",
    "fabrikant",
    "producent",
    "verlener",
    "leverancier",
    "keten",
    "bank",
    "verzekeraar",
    "uitgever",
    "uitgeverij",
    "distributeur",
    "rederij",
    "brouwerij",
    "firma",
    "onderneming",
    "multinational",
    "dochter",
    "club",
    "ploeg",
    "partij",
    "vakbond",
    "krant",
    "dagblad",
    "weekblad",
    "zender",
    "omroep",
    "agentschap",
    "operator",
    "constructeur",
    "bouwer",
    "handelaar",
    "company",
    "firm",
    "group",
    "carrier",
    "airline",
    "maker",
    "manufacturer",
    "producer",
    "retailer",
    "insurer",
    "publisher",
    "broker",
    "brokerage",
    "lender",
    "party",
    "union",
    "newspaper",
    "agency",
    "network",
    "chain",
    "giant",
    "conglomerate",
    "subsidiary",
    "supplier",
    "distributor",
];

/// Nouns for people who work for or own an organisation.
const ROLES: &[&str] = &[
    "topman",
    "topvrouw",
    "directeur",
    "voorzitter",
    "woordvoerder",
    "woordvoerster",
    "ceo",
    "bestuurder",
    "werknemers",
    "personeel",
    "aandeelhouder",
    "aandeelhouders",
    "chef",
    "baas",
    "oprichter",
    "spokesman",
    "spokeswoman",
    "chairman",
    "executive",
    "director",
    "shareholders",
    "employees",
    "founder",
];

/// No cue.
pub const NONE: u8 = 0;
/// A noun naming a kind of organisation.
pub const HEAD: u8 = 1;
/// A noun for someone working for an organisation.
pub const ROLE: u8 = 2;

/// The cue class of a lowercase word: [`HEAD`], [`ROLE`] or [`NONE`]. A list word matches
/// the whole word, or its end when the list word has at least 4 letters and the word at least
/// 3 more (a compound).
pub fn cue(lower: &str) -> u8 {
    // Every list word has at least 3 bytes, so a match shares its last 3 bytes: one set
    // look-up turns most words away before the lists are scanned.
    let Some(end) = lower.as_bytes().last_chunk::<3>() else {
        return NONE;
    };
    if !endings().contains(end) || !lower.bytes().all(|b| b.is_ascii_lowercase() || b >= 0x80) {
        return NONE;
    }
    let matches = |w: &&str| {
        lower == *w || (w.len() >= 4 && lower.len() >= w.len() + 3 && lower.ends_with(*w))
    };
    if HEADS.iter().any(matches) {
        HEAD
    } else if ROLES.iter().any(matches) {
        ROLE
    } else {
        NONE
    }
}

/// The last 3 bytes of every list word.
fn endings() -> &'static HashSet<[u8; 3]> {
    static SET: OnceLock<HashSet<[u8; 3]>> = OnceLock::new();
    SET.get_or_init(|| {
        HEADS
            .iter()
            .chain(ROLES)
            .filter_map(|w| w.as_bytes().last_chunk::<3>().copied())
            .collect()
    })
}

/// Short words that may stand between a cue noun and the name (`topman van`, `bij de`).
pub fn is_link(lower: &str) -> bool {
    matches!(
        lower,
        "van" | "bij" | "voor" | "de" | "het" | "of" | "at" | "for" | "the" | "from" | "met"
    )
}

/// Determiners between an apposition's comma and its noun (`X , de softwareproducent`).
pub fn is_determiner(lower: &str) -> bool {
    matches!(lower, "de" | "het" | "een" | "the" | "a" | "an")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_and_whole_words() {
        assert_eq!(cue("oliedienstverlener"), HEAD);
        assert_eq!(cue("luchtvaartmaatschappij"), HEAD);
        assert_eq!(cue("bank"), HEAD);
        assert_eq!(cue("kredietbank"), HEAD);
        assert_eq!(cue("carmaker"), HEAD);
        assert_eq!(cue("topman"), ROLE);
        assert_eq!(cue("persvoorzitter"), ROLE);
        assert_eq!(cue("woordvoerder"), ROLE);
        // Too short a remainder or no list word: no cue.
        assert_eq!(cue("banks"), NONE);
        assert_eq!(cue("huis"), NONE);
        assert_eq!(cue("Bank"), NONE, "lowercase forms only");
        assert_eq!(cue("1996"), NONE);
    }
}
