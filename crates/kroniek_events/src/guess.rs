//! Lemma guesses for verb forms the trained lemmatiser gets wrong (rare past tenses,
//! strong verbs): tried only after the parser's lemma found no pattern, and only a guess
//! that is some pattern's trigger can match.

/// Strong and irregular past forms → infinitive (Dutch), matched at the end of the form so
/// that prefixed verbs follow ("verwierp" → "verwerpen").
const NL_STRONG: &[(&str, &str)] = &[
    ("hieven", "heffen"),
    ("hief", "heffen"),
    ("verweet", "verwijten"),
    ("verweten", "verwijten"),
    ("schoten", "schieten"),
    ("schoot", "schieten"),
    ("boden", "bieden"),
    ("bood", "bieden"),
    ("sloegen", "slaan"),
    ("sloeg", "slaan"),
    ("namen", "nemen"),
    ("nam", "nemen"),
    ("riepen", "roepen"),
    ("riep", "roepen"),
    ("wezen", "wijzen"),
    ("wees", "wijzen"),
    ("gaven", "geven"),
    ("gaf", "geven"),
    ("lieten", "laten"),
    ("liet", "laten"),
    ("brachten", "brengen"),
    ("bracht", "brengen"),
    ("zonden", "zenden"),
    ("zond", "zenden"),
    ("vochten", "vechten"),
    ("vocht", "vechten"),
    ("streden", "strijden"),
    ("streed", "strijden"),
    ("braken", "breken"),
    ("brak", "breken"),
    ("spraken", "spreken"),
    ("sprak", "spreken"),
    ("vroegen", "vragen"),
    ("vroeg", "vragen"),
    ("sloten", "sluiten"),
    ("sloot", "sluiten"),
    ("hielden", "houden"),
    ("hield", "houden"),
    ("traden", "treden"),
    ("trad", "treden"),
    ("vielen", "vallen"),
    ("viel", "vallen"),
    ("bliezen", "blazen"),
    ("blies", "blazen"),
    ("verboden", "verbieden"),
    ("verbood", "verbieden"),
    ("wierpen", "werpen"),
    ("wierp", "werpen"),
    ("trokken", "trekken"),
    ("trok", "trekken"),
    ("kwamen", "komen"),
    ("kwam", "komen"),
    ("gingen", "gaan"),
    ("ging", "gaan"),
    ("stonden", "staan"),
    ("stond", "staan"),
    ("zochten", "zoeken"),
    ("zocht", "zoeken"),
    ("dwongen", "dwingen"),
    ("dwong", "dwingen"),
    ("schonken", "schenken"),
    ("schonk", "schenken"),
    ("prezen", "prijzen"),
    ("prees", "prijzen"),
    ("verloren", "verliezen"),
    ("verloor", "verliezen"),
    ("dreven", "drijven"),
    ("dreef", "drijven"),
    ("grepen", "grijpen"),
    ("greep", "grijpen"),
    ("schreven", "schrijven"),
    ("schreef", "schrijven"),
    ("belegerd", "belegeren"),
    ("gedood", "doden"),
];

const EN_IRREGULAR: &[(&str, &str)] = &[
    ("spoke", "speak"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("sent", "send"),
    ("took", "take"),
    ("taken", "take"),
    ("fought", "fight"),
    ("met", "meet"),
    ("held", "hold"),
    ("gave", "give"),
    ("given", "give"),
    ("began", "begin"),
    ("begun", "begin"),
    ("struck", "strike"),
    ("shot", "shoot"),
    ("sought", "seek"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("broke", "break"),
    ("broken", "break"),
    ("led", "lead"),
    ("cut", "cut"),
    ("set", "set"),
    ("beat", "beat"),
    ("beaten", "beat"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("overran", "overrun"),
    ("retook", "retake"),
    ("retaken", "retake"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("threw", "throw"),
    ("forbade", "forbid"),
    ("told", "tell"),
    ("said", "say"),
    ("stood", "stand"),
    ("won", "win"),
    ("drove", "drive"),
    ("slew", "slay"),
    ("slain", "slay"),
    ("bade", "bid"),
    ("brought", "bring"),
    ("laid", "lay"),
    ("hit", "hit"),
    ("wound", "wind"),
    ("bound", "bind"),
    ("fled", "flee"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("swept", "sweep"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("overthrew", "overthrow"),
    ("overthrown", "overthrow"),
    ("withheld", "withhold"),
    ("upheld", "uphold"),
    ("kept", "keep"),
    ("left", "leave"),
    ("lent", "lend"),
    ("shut", "shut"),
    ("spoken", "speak"),
    ("stuck", "stick"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("burnt", "burn"),
    ("dealt", "deal"),
    ("sold", "sell"),
    ("fed", "feed"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("rode", "ride"),
    ("drew", "draw"),
    ("drawn", "draw"),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Candidate infinitives for a Dutch finite verb or participle.
fn dutch(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    // "opgeschort" → "op" + "schorten"
    for prt in [
        "op", "aan", "af", "in", "uit", "terug", "mee", "over", "toe", "vrij", "samen",
    ] {
        if let Some(rest) = form.strip_prefix(prt)
            && rest.starts_with("ge")
            && rest.len() > 5
        {
            out.extend(dutch(rest).into_iter().map(|l| format!("{prt}{l}")));
        }
    }
    for (past, inf) in NL_STRONG {
        if let Some(prefix) = form.strip_suffix(past) {
            out.push(format!("{prefix}{inf}"));
        }
    }
    // "geschort" → "schorten" (stem ending in t/d).
    if let Some(rest) = form.strip_prefix("ge")
        && rest.len() > 3
    {
        out.push(format!("{rest}en"));
    }
    // A present-tense form is the stem itself ("schort … op" → "schorten", "trekt" below).
    let mut stems: Vec<&str> = Vec::new();
    if !form.ends_with("en") && form.chars().count() >= 3 {
        stems.push(form);
    }
    for suf in ["den", "ten", "de", "te", "d", "t"] {
        if let Some(s) = form.strip_suffix(suf)
            && s.chars().count() >= 2
        {
            stems.push(s);
        }
    }
    for stem in stems {
        let stem = stem
            .strip_prefix("ge")
            .filter(|s| s.len() > 3)
            .unwrap_or(stem);
        out.push(format!("{stem}en"));
        let cs: Vec<char> = stem.chars().collect();
        let n = cs.len();
        if n >= 3 {
            let (a, b, c) = (cs[n - 3], cs[n - 2], cs[n - 1]);
            if a == b && is_vowel(a) && !is_vowel(c) {
                // "dood" → "doden", "deporteer" → "deporteren"
                let mut s: String = cs[..n - 2].iter().collect();
                s.push(c);
                out.push(format!("{s}en"));
                if c == 'f' || c == 's' {
                    let mut t: String = cs[..n - 2].iter().collect();
                    t.push(if c == 'f' { 'v' } else { 'z' });
                    out.push(format!("{t}en"));
                }
            } else if is_vowel(b) && !is_vowel(c) && !is_vowel(a) {
                // "bel" → "bellen"
                out.push(format!("{stem}{c}en"));
            }
        }
    }
    out
}

/// Candidate base forms for an English verb form.
fn english(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (f, l) in EN_IRREGULAR {
        if form == *f {
            out.push((*l).to_string());
        }
    }
    for suf in ["ed", "ing", "es", "s"] {
        if let Some(s) = form.strip_suffix(suf)
            && s.len() >= 2
        {
            out.push(s.to_string());
            out.push(format!("{s}e"));
            if let Some(y) = s.strip_suffix('i') {
                out.push(format!("{y}y"));
            }
            let cs: Vec<char> = s.chars().collect();
            if cs.len() >= 2 && cs[cs.len() - 1] == cs[cs.len() - 2] {
                out.push(cs[..cs.len() - 1].iter().collect());
            }
        }
    }
    out
}

/// Whether an English form is an irregular past tense or participle of the list ("laid",
/// "struck"): a verb even where the tagger read it as an adjective or a noun modifier.
pub fn is_irregular_past(form: &str) -> bool {
    EN_IRREGULAR
        .iter()
        .any(|(f, l)| *f == form && f != l && !matches!(*f, "left" | "wound" | "bound" | "led"))
}

/// Lemma guesses for a lowercase form.
pub fn lemmas(form: &str, english_lang: bool) -> Vec<String> {
    if english_lang {
        english(form)
    } else {
        dutch(form)
    }
}
