//! Closed word lists the coder needs: lemma classes for pattern constraints (`@weapons`), and
//! the function words behind negation, modality and particles, per language.

/// Lemmas of a word class named in a pattern (`@weapons`); Dutch compounds match on their
/// last part (`wapenleveranties` ends in a weapons word only when listed; see
/// [`class_matches`]).
pub fn class(name: &str) -> &'static [&'static str] {
    match name {
        "weapons" => &[
            "wapen",
            "geweer",
            "munitie",
            "raket",
            "tank",
            "artillerie",
            "drone",
            "granaat",
            "luchtafweer",
            "straaljager",
            "gevechtsvliegtuig",
            "raketwerper",
            "houwitser",
            "pantservoertuig",
            "wapensysteem",
            "luchtafweersysteem",
            "kogel",
            "weapon",
            "arm",
            "arms",
            "gun",
            "rifle",
            "ammunition",
            "missile",
            "rocket",
            "artillery",
            "munition",
            "munitions",
            "tank",
            "drone",
            "jet",
            "warplane",
            "howitzer",
            "helicopter",
            "launcher",
            "interceptor",
            "system",
            "shell",
            "bomb",
        ],
        "aid" => &[
            "hulp",
            "steun",
            "noodhulp",
            "voedsel",
            "geld",
            "financiering",
            "subsidie",
            "subsidies",
            "medicijn",
            "hulpgoederen",
            "voedselhulp",
            "voedselpakket",
            "hulppakket",
            "graan",
            "tarwe",
            "deken",
            "tent",
            "drinkwater",
            "reddingswerker",
            "reddingsteam",
            "hulpverlener",
            "hulpteam",
            "konvooi",
            "arts",
            "miljoen",
            "miljard",
            "euro",
            "dollar",
            "lening",
            "krediet",
            "subsidie",
            "million",
            "billion",
            "aid",
            "assistance",
            "help",
            "food",
            "medicine",
            "supplies",
            "relief",
            "money",
            "grant",
            "loan",
            "fund",
            "funding",
            "support",
        ],
        "troops" => &[
            "troep",
            "troepen",
            "soldaat",
            "militair",
            "leger",
            "strijdkracht",
            "eenheid",
            "vredesmacht",
            "troop",
            "troops",
            "soldier",
            "force",
            "forces",
            "army",
            "unit",
            "peacekeeper",
            "warship",
            "battalion",
            // Police deployed in force (CAMEO 153, mobilise police power).
            "agenten",
            "politieagent",
            "politieagenten",
            "oproerpolitie",
            "policemen",
        ],
        "fight" => &[
            "strijd",
            "verzet",
            "opstand",
            "oorlog",
            "jihad",
            "wapen",
            "gewapend",
            "aanval",
            "struggle",
            "fight",
            "war",
            "uprising",
            "resistance",
            "jihad",
            "attack",
            "arms",
        ],
        "talks" => &[
            "gesprek",
            "overleg",
            "onderhandeling",
            "dialoog",
            "vrede",
            "vredesoverleg",
            "talk",
            "talks",
            "negotiation",
            "dialogue",
            "meeting",
            "peace",
            "summit",
            "mediation",
            "bemiddeling",
        ],
        "calm" => &[
            "kalmte",
            "rust",
            "terughoudendheid",
            "wapenstilstand",
            "bestand",
            "staakt-het-vuren",
            "calm",
            "restraint",
            "ceasefire",
            "truce",
            "armistice",
        ],
        "sanctions" => &[
            "sanctie",
            "strafmaatregel",
            "embargo",
            "boycot",
            "sanction",
            "embargo",
            "boycott",
        ],
        "agreement" => &[
            "akkoord",
            "overeenkomst",
            "verdrag",
            "deal",
            "agreement",
            "accord",
            "treaty",
            "deal",
            "pact",
            "truce",
            "ceasefire",
            "armistice",
            "memorandum",
            "protocol",
        ],
        "refugees" => &[
            "vluchteling",
            "asielzoeker",
            "migrant",
            "ontheemde",
            "vluchtelingen",
            "asielzoekers",
            "refugee",
            "refugees",
            "asylum-seeker",
            "migrants",
        ],
        "strike" => &["staking", "hongerstaking", "strike", "hunger"],
        // What one "fights" or "battles" only in a figure of speech: the war on poverty, the
        // battle against a crisis, the fight against a disease (no one is attacked).
        "scourge" => &[
            "crisis",
            "poverty",
            "hunger",
            "famine",
            "disease",
            "diseases",
            "epidemic",
            "pandemic",
            "virus",
            "malaria",
            "cholera",
            "ebola",
            "tuberculosis",
            "cancer",
            "hiv",
            "corruption",
            "inflation",
            "unemployment",
            "illiteracy",
            "drought",
            "desertification",
            "pollution",
            "warming",
            "drugs",
            "addiction",
            "obesity",
            "racism",
            "discrimination",
            "inequality",
            "impunity",
            "wildfire",
            "wildfires",
            "blaze",
            "flames",
            "floods",
            "armoede",
            "hongersnood",
            "ziekte",
            "epidemie",
            "pandemie",
            "corruptie",
            "inflatie",
            "werkloosheid",
            "droogte",
            "vervuiling",
            "klimaatverandering",
            "racisme",
            "discriminatie",
            "bosbrand",
            "bosbranden",
            "overstromingen",
        ],
        "curfew" => &["avondklok", "noodtoestand", "curfew"],
        _ => &[],
    }
}

/// True when `lemma` is in the class, or (compounds) ends with a member of at least four letters.
pub fn class_matches(name: &str, lemma: &str) -> bool {
    class(name)
        .iter()
        .any(|w| lemma == *w || (w.len() >= 4 && lemma.len() > w.len() && lemma.ends_with(w)))
}

/// Negation words (lemma or lowercase form).
pub fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "niet"
            | "nooit"
            | "geen"
            | "evenmin"
            | "nergens"
            | "not"
            | "n't"
            | "never"
            | "no"
            | "neither"
            | "nor"
    )
}

/// Verbs of saying: a trigger in their complement is reported speech.
pub fn is_say(lemma: &str) -> bool {
    matches!(
        lemma,
        "zeggen"
            | "verklaren"
            | "melden"
            | "stellen"
            | "beweren"
            | "vertellen"
            | "schrijven"
            | "berichten"
            | "meedelen"
            | "say"
            | "tell"
            | "claim"
            | "report"
            | "state"
            | "allege"
            | "add"
            | "conclude"
    )
}

/// Adjectives of readiness ("is prepared to lift", "would be ready to host", "bereid om"):
/// the infinitive they govern is an offered act, announced rather than done.
pub fn is_readiness(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "ready" | "prepared" | "willing" | "bereid"
    )
}

/// Verbs and auxiliaries of intention: the act is planned, wanted or threatened, not done.
pub fn is_intent(lemma: &str, form: &str) -> bool {
    is_readiness(lemma)
        || matches!(
            lemma,
            "willen"
                | "dreigen"
                | "plannen"
                | "beloven"
                | "overwegen"
                | "voornemen"
                | "want"
                | "plan"
                | "threaten"
                | "intend"
                | "promise"
                | "vow"
                | "pledge"
                | "prepare"
                | "offer"
                | "will"
                | "would"
                | "shall"
                | "going"
                | "seek"
                | "aim"
                | "beogen"
                | "streven"
        )
        || (lemma == "zullen" && matches!(form, "zal" | "zullen" | "zult"))
        || matches!(form, "will" | "'ll" | "would" | "wo")
}

/// Verbs that make, sign or end an agreement ("signed the treaty", "sloten een akkoord"):
/// with them an agreement's name reports an act.
pub fn is_making_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "sign"
            | "reach"
            | "conclude"
            | "strike"
            | "seal"
            | "ink"
            | "negotiate"
            | "broker"
            | "agree"
            | "announce"
            | "approve"
            | "ratify"
            | "finalize"
            | "finalise"
            | "clinch"
            | "hammer"
            | "renew"
            | "extend"
            | "suspend"
            | "abandon"
            | "scrap"
            | "withdraw"
            | "violate"
            | "breach"
            | "ondertekenen"
            | "tekenen"
            | "sluiten"
            | "bereiken"
            | "afsluiten"
            | "ratificeren"
            | "goedkeuren"
            | "opzeggen"
            | "schenden"
            | "verlengen"
    )
}

/// Auxiliaries of possibility.
pub fn is_possible(lemma: &str, form: &str) -> bool {
    (lemma == "kunnen" && matches!(form, "kan" | "kunnen" | "kun" | "kunt"))
        || (lemma == "mogen" && matches!(form, "mag" | "mogen"))
        || matches!(form, "may" | "might" | "could" | "can")
        || matches!(lemma, "may" | "might" | "could")
}

/// Auxiliaries of obligation in the present ("must be approved by the Senate", "moet
/// worden goedgekeurd"): the act is required, not done. The past ("had to flee", "moest
/// vluchten") reports what happened and is not one.
pub fn is_obligation(lemma: &str, form: &str) -> bool {
    matches!(form, "must" | "should" | "ought")
        || (lemma == "moeten" && matches!(form, "moet" | "moeten"))
        || (lemma == "dienen" && matches!(form, "dient" | "dienen"))
}

/// The Dutch reportative "zou/zouden (… hebben)".
pub fn is_reportative_aux(form: &str) -> bool {
    matches!(form, "zou" | "zouden")
}

/// Verbs that deny their complement ("failed to capture").
pub fn is_failure(lemma: &str) -> bool {
    matches!(
        lemma,
        "fail" | "falen" | "mislukken" | "refuse" | "decline" | "weigeren" | "unable"
    )
}

/// Verbs that hold up, call off or block an act named as their object: the act did not take
/// place ("delayed the aid", "postponed the talks", "de top werd afgelast").
pub fn is_halting(lemma: &str) -> bool {
    matches!(
        lemma,
        "delay"
            | "postpone"
            | "defer"
            | "withhold"
            | "freeze"
            | "block"
            | "halt"
            | "cancel"
            | "scrap"
            | "prevent"
            | "obstruct"
            | "veto"
            | "call off"
            | "uitstellen"
            | "opschorten"
            | "blokkeren"
            | "tegenhouden"
            | "bevriezen"
            | "annuleren"
            | "afblazen"
            | "afgelasten"
            | "verhinderen"
    )
}

/// Verbs that refuse their complement ("refused to deploy", "weigerde te vertrekken").
pub fn is_refusal(lemma: &str) -> bool {
    matches!(
        lemma,
        "refuse" | "decline" | "weigeren" | "reject" | "resist"
    )
}

/// Verbs that react to an act named as their object without taking part in it: "police
/// prevented the demonstration", "the rebels dismissed an appeal", "de regering veroordeelde
/// de aanslag". The object noun's own agent is not their subject.
pub fn is_reaction_verb(lemma: &str) -> bool {
    matches!(
        lemma,
        "prevent"
            | "block"
            | "ban"
            | "forbid"
            | "prohibit"
            | "outlaw"
            | "disperse"
            | "crush"
            | "suppress"
            | "reject"
            | "dismiss"
            | "refuse"
            | "decline"
            | "condemn"
            | "denounce"
            | "criticize"
            | "criticise"
            | "deplore"
            | "welcome"
            | "praise"
            | "hail"
            | "applaud"
            | "oppose"
            | "accept"
            | "heed"
            | "ignore"
            | "answer"
            | "concede"
            | "investigate"
            | "verhinderen"
            | "voorkomen"
            | "verbieden"
            | "afwijzen"
            | "verwerpen"
            | "weigeren"
            | "veroordelen"
            | "bekritiseren"
            | "verwelkomen"
            | "toejuichen"
            | "prijzen"
            | "accepteren"
            | "aanvaarden"
            | "negeren"
            | "beantwoorden"
            | "onderzoeken"
            | "uiteenslaan"
            | "neerslaan"
    )
}

/// Auxiliary-like verbs whose subject is the subject of the verb they govern.
pub fn is_auxlike(lemma: &str) -> bool {
    matches!(
        lemma,
        "zijn"
            | "worden"
            | "hebben"
            | "zullen"
            | "kunnen"
            | "moeten"
            | "mogen"
            | "willen"
            | "gaan"
            | "blijven"
            | "lijken"
            | "be"
            | "have"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "do"
            | "get"
    )
}

/// Separable-verb particles (Dutch) and phrasal-verb particles (English).
pub fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "op" | "aan"
            | "af"
            | "in"
            | "uit"
            | "terug"
            | "mee"
            | "over"
            | "toe"
            | "vrij"
            | "bij"
            | "door"
            | "neer"
            | "samen"
            | "weg"
            | "los"
            | "vast"
            | "voor"
            | "tegen"
            | "up"
            | "off"
            | "down"
            | "out"
            | "back"
            | "away"
    )
}

/// Relative pronouns: a participant that is one stands for the noun its clause modifies.
pub fn is_relative(w: &str) -> bool {
    matches!(
        w,
        "die" | "dat" | "wie" | "welke" | "who" | "which" | "that" | "whom"
    )
}

/// Demonstrative and interrogative pronouns ("dit", "this", "wat"): they point at a
/// statement or a thing, never at an actor.
pub fn is_demonstrative(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "dit" | "deze" | "wat" | "this" | "these" | "those" | "what"
    )
}

/// Words in a time expression or clause that mark the past as background ("in het verleden").
pub fn is_historical_cue(w: &str) -> bool {
    matches!(
        w,
        "verleden" | "vroeger" | "destijds" | "toenmalig" | "past" | "formerly" | "once"
    )
}

/// Words of calendar time ("on Thursday", "op maandag", "in June"): a prepositional phrase
/// headed by one says when, not on whom or what an act falls.
pub fn is_time_word(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "day"
            | "days"
            | "week"
            | "weeks"
            | "weekend"
            | "month"
            | "months"
            | "year"
            | "years"
            | "night"
            | "morning"
            | "evening"
            | "afternoon"
            | "maandag"
            | "dinsdag"
            | "woensdag"
            | "donderdag"
            | "vrijdag"
            | "zaterdag"
            | "zondag"
            | "januari"
            | "februari"
            | "maart"
            | "mei"
            | "juni"
            | "juli"
            | "augustus"
            | "oktober"
            | "dag"
            | "maand"
            | "jaar"
            | "nacht"
            | "ochtend"
            | "avond"
            | "middag"
    )
}

/// English: things that kill, wound or force people without being anyone's act (disasters,
/// accidents, vehicles, illnesses) and research that "supports" or "shows": as the agent of a
/// trigger ("the typhoon killed six", "the crash injured three", "the findings support the
/// idea", "struck by a truck") they make it no political event.
pub fn is_non_agent_en(lemma: &str) -> bool {
    matches!(
        lemma,
        "typhoon"
            | "hurricane"
            | "cyclone"
            | "tornado"
            | "storm"
            | "snowstorm"
            | "blizzard"
            | "earthquake"
            | "quake"
            | "tremor"
            | "aftershock"
            | "tsunami"
            | "flood"
            | "flooding"
            | "blaze"
            | "wildfire"
            | "bushfire"
            | "avalanche"
            | "landslide"
            | "mudslide"
            | "eruption"
            | "volcano"
            | "lightning"
            | "heatwave"
            | "drought"
            | "rain"
            | "wind"
            | "crash"
            | "accident"
            | "collision"
            | "derailment"
            | "car"
            | "truck"
            | "lorry"
            | "bus"
            | "train"
            | "vehicle"
            | "van"
            | "motorcycle"
            | "virus"
            | "coronavirus"
            | "covid-19"
            | "disease"
            | "illness"
            | "infection"
            | "outbreak"
            | "pandemic"
            | "epidemic"
            | "cancer"
            | "leak"
            | "finding"
            | "findings"
            | "study"
            | "research"
            | "result"
            | "evidence"
            | "data"
            | "analysis"
            | "experiment"
            | "hypothesis"
            | "theory"
    )
}

/// English light-verb idioms: the verb with this object names no act of its own ("take part",
/// "take place", "take advantage", "take lessons", "take office", "take a look").
pub fn is_light_object_en(verb: &str, object: &str) -> bool {
    match verb {
        "take" => matches!(
            object,
            "part"
                | "place"
                | "advantage"
                | "care"
                | "note"
                | "notice"
                | "lesson"
                | "time"
                | "step"
                | "action"
                | "measure"
                | "effect"
                | "shape"
                | "office"
                | "seat"
                | "look"
                | "break"
                | "turn"
                | "risk"
                | "responsibility"
                | "pride"
                | "photo"
                | "picture"
                | "course"
                | "class"
                | "test"
                | "exam"
                | "oath"
                | "breath"
                | "stand"
                | "walk"
                | "trip"
                | "flight"
                | "home"
                | "life"
                | "precaution"
                | "approach"
                | "view"
                | "decision"
                | "while"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "minute"
                | "second"
                | "lead"
                | "medal"
                | "title"
                | "gold"
                | "silver"
                | "bronze"
                | "victory"
                | "win"
                | "wicket"
                | "point"
                | "goal"
        ),
        "receive" => matches!(
            object,
            "degree"
                | "diploma"
                | "award"
                | "prize"
                | "medal"
                | "nomination"
                | "sentence"
                | "call"
                | "letter"
                | "message"
                | "email"
                | "e-mail"
                | "card"
                | "treatment"
                | "care"
                | "vote"
                | "money"
                | "payment"
                | "salary"
                | "grant"
                | "loan"
                | "donation"
                | "funding"
                | "assistance"
                | "help"
                | "education"
                | "training"
                | "injury"
                | "threat"
                | "attention"
                | "content"
                | "report"
                | "complaint"
                | "score"
                | "mark"
                | "rating"
                | "review"
                | "title"
                | "honour"
                | "honor"
                | "dose"
                | "vaccine"
                | "vaccination"
                | "test"
                | "result"
                | "signal"
                | "end"
        ),
        // "proposed legislation", "propose a budget": a domestic bill, not a pledge to
        // anyone.
        "propose" => matches!(
            object,
            "legislation"
                | "bill"
                | "law"
                | "amendment"
                | "budget"
                | "measure"
                | "reform"
                | "tax"
                | "rule"
                | "regulation"
                | "change"
                | "name"
                | "idea"
                | "theory"
                | "model"
                | "design"
                | "policy"
        ),
        "release" | "publish" => matches!(
            object,
            "document"
                | "report"
                | "statement"
                | "video"
                | "album"
                | "film"
                | "song"
                | "single"
                | "record"
                | "data"
                | "detail"
                | "information"
                | "figure"
                | "result"
                | "return"
                | "footage"
                | "image"
                | "photo"
                | "picture"
                | "book"
                | "game"
                | "software"
                | "version"
                | "update"
                | "list"
                | "name"
                | "transcript"
                | "recording"
                | "audio"
                | "letter"
                | "post"
                | "budget"
                | "trailer"
                | "study"
                | "paper"
                | "findings"
                | "manifesto"
                | "guidance"
                | "guideline"
                | "schedule"
        ),
        _ => false,
    }
}

/// English idioms made with a complement that is no object ("pleaded guilty", "treated it as
/// a terrorism case", "treated them well").
pub fn is_idiom_complement_en(verb: &str, child: &str) -> bool {
    match verb {
        "plead" => matches!(child, "guilty" | "innocent"),
        "treat" => matches!(child, "as" | "well" | "badly" | "fairly" | "equally"),
        _ => false,
    }
}

/// English verbs that name someone or something ("a species called the rhea", "a man named
/// Smith"): as a participle modifying a noun, never a phone call or an act.
pub fn is_naming_verb_en(lemma: &str) -> bool {
    matches!(
        lemma,
        "call" | "name" | "dub" | "term" | "nickname" | "title" | "label"
    )
}

/// English first- and second-person pronouns ("I", "we", "you"): a participant that is one of
/// them names no one the reader can code.
pub fn is_first_second_person_en(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "i" | "me" | "we" | "us" | "you" | "myself" | "ourselves" | "yourself" | "yourselves"
    )
}

/// Dutch first and second person singular pronouns (and the polite "u").
pub fn is_nl_singular_person(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "ik" | "mij" | "me" | "jij" | "je" | "jou" | "u" | "mezelf" | "jezelf" | "uzelf"
    )
}

/// Dutch: the stem of a verb lemma, with whether it ends in a doubled consonant ("stellen" →
/// "stel", true; "stelen" → "steel", false: a one-syllable stem from an open syllable keeps its
/// long vowel).
fn nl_stem(lemma: &str) -> Option<(String, bool)> {
    let stem = lemma.strip_suffix("en")?;
    let c: Vec<char> = stem.chars().collect();
    let vowel = |x: char| "aeiou".contains(x);
    match c.as_slice() {
        [.., x, y] if x == y && !vowel(*x) => Some((c[..c.len() - 1].iter().collect(), true)),
        // Only a one-syllable stem: "kapittelen" keeps its unstressed "-el".
        [.., p, v, k]
            if !vowel(*p)
                && "aeou".contains(*v)
                && !vowel(*k)
                && c.windows(2).filter(|w| vowel(w[1]) && !vowel(w[0])).count()
                    + usize::from(c.first().is_some_and(|&x| vowel(x)))
                    == 1 =>
        {
            let mut out: String = c[..c.len() - 1].iter().collect();
            out.push(*v);
            out.push(*k);
            Some((out, false))
        }
        _ => Some((stem.to_string(), false)),
    }
}

/// Dutch: is `form` a regular (weak) form of the verb `lemma` ("stelde", "gesteld", "stelt"
/// of "stellen")?
fn nl_regular_form_of(lemma: &str, form: &str) -> bool {
    let Some((stem, _)) = nl_stem(lemma) else {
        return false;
    };
    stem.chars().count() >= 3
        && (["", "t", "de", "den", "te", "ten"]
            .iter()
            .any(|e| form == format!("{stem}{e}"))
            || ["d", "t"].iter().any(|e| form == format!("ge{stem}{e}")))
}

/// Dutch: is `guess`, a lemma guessed from the form alone, a misreading of a form the tagger
/// lemmatised right? True when the form is a regular form of the tagger's lemma, a verb with a
/// doubled consonant, and not one of the guess ("stelde": "stellen", not "stelen").
pub fn nl_misguessed(lemma: &str, form: &str, guess: &str) -> bool {
    let (lemma, form, guess) = (
        lemma.to_lowercase(),
        form.to_lowercase(),
        guess.to_lowercase(),
    );
    guess != lemma
        && nl_stem(&lemma).is_some_and(|(_, doubled)| doubled)
        && nl_regular_form_of(&lemma, &form)
        && !nl_regular_form_of(&guess, &form)
}

/// Dutch: is `form` a weak past or participle of a verb with a short vowel that the tagger
/// lemmatised as its long-vowel neighbour ("stelden", "gesteld" read as *stelen*, whose
/// forms are "stal", "gestolen"; the verb is *stellen*)? A strong verb's lemma never takes
/// the weak endings on its short stem.
pub fn nl_weak_form_misread(lemma: &str, form: &str) -> bool {
    let (lemma, form) = (lemma.to_lowercase(), form.to_lowercase());
    let short = ["den", "ten", "de", "te"]
        .iter()
        .find_map(|e| form.strip_suffix(e))
        .or_else(|| {
            form.strip_prefix("ge")
                .and_then(|f| f.strip_suffix('d').or_else(|| f.strip_suffix('t')))
        });
    let Some(short) = short else {
        return false;
    };
    short.chars().count() >= 3
        && lemma == format!("{short}en")
        && nl_stem(&lemma).is_some_and(|(long, doubled)| !doubled && long != short)
}

/// Dutch verbs and adjectives that, as the infinitive or predicate under "dreigen", make it a
/// risk ("dreigt failliet te gaan", "dreigt verloren te lopen"), not a threat by the subject.
pub fn is_nl_risk_complement(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "worden"
            | "zijn"
            | "raken"
            | "gaan"
            | "lopen"
            | "komen"
            | "blijven"
            | "vallen"
            | "verdwijnen"
            | "mislukken"
            | "ontsporen"
            | "uitdraaien"
            | "ontstaan"
            | "sterven"
            | "overlijden"
            | "verdrinken"
            | "bezwijken"
            | "instorten"
            | "stranden"
            | "sneuvelen"
            | "verliezen"
            | "kosten"
            | "oplopen"
            | "stijgen"
            | "dalen"
            | "verloren"
            | "failliet"
            | "kapot"
    )
}

/// Dutch fixed expressions whose trigger word is no event: the trigger's lemma (or compound
/// lemma) and the dependents that make the expression ("een standpunt huldigen" = hold a view,
/// "vragen oproepen" = raise questions, "ter hulp schieten" = come to help, "tijd in beslag
/// nemen" = take up time, "goed ontvangen" = well received, "steunen op" = rest on).
pub fn nl_idiom_dependents(trigger: &str) -> &'static [&'static str] {
    match trigger {
        "huldigen" => &[
            "standpunt",
            "mening",
            "opvatting",
            "principe",
            "idee",
            "theorie",
            "visie",
        ],
        "oproepen" => &[
            "vraag",
            "vragen",
            "herinnering",
            "herinneringen",
            "beeld",
            "beelden",
            "emotie",
            "emoties",
            "gevoel",
            "gevoelens",
            "sfeer",
            "weerstand",
            "ergernis",
            "verbazing",
            "associatie",
            "associaties",
        ],
        "schieten" => &["hulp", "binnen", "wortel", "tekort", "raak"],
        "nemen" | "innemen" => &[
            "tijd", "jaar", "jaren", "uur", "uren", "maand", "maanden", "dag", "dagen", "week",
            "weken", "minuut", "minuten", "plaats", "ruimte",
        ],
        "ontvangen" => &[
            "goed",
            "slecht",
            "lauw",
            "positief",
            "negatief",
            "enthousiast",
            "gunstig",
            "koel",
        ],
        "steunen" => &["op"],
        _ => &[],
    }
}

/// Dutch modifiers that make "onderzoek" research, not an inquiry into someone ("wetenschappelijk
/// onderzoek", "medisch onderzoek").
pub fn is_nl_research_modifier(lemma: &str) -> bool {
    matches!(
        lemma.to_lowercase().as_str(),
        "wetenschappelijk"
            | "medisch"
            | "klinisch"
            | "archeologisch"
            | "sociologisch"
            | "psychologisch"
            | "statistisch"
            | "epidemiologisch"
            | "genetisch"
            | "biologisch"
            | "historisch"
            | "academisch"
            | "empirisch"
            | "fundamenteel"
            | "toegepast"
            | "vergelijkend"
            | "recent"
            | "vroeger"
            | "eerder"
            | "nieuw"
            | "internationaal"
    )
}
