use kroniek_core::{Segments, TokenKind};
use proptest::prelude::*;

use super::segment;

fn toks(text: &str, lang: &str) -> Vec<String> {
    let seg = segment(text, lang);
    seg.tokens
        .iter()
        .map(|t| t.span.slice(text).to_string())
        .collect()
}

fn kinds(text: &str, lang: &str) -> Vec<(String, TokenKind)> {
    let seg = segment(text, lang);
    seg.tokens
        .iter()
        .map(|t| (t.span.slice(text).to_string(), t.kind))
        .collect()
}

fn kind_of(text: &str, lang: &str, tok: &str) -> Option<TokenKind> {
    kinds(text, lang)
        .into_iter()
        .find(|(t, _)| t == tok)
        .map(|(_, k)| k)
}

fn sents(text: &str, lang: &str) -> Vec<String> {
    let seg = segment(text, lang);
    seg.sentences
        .iter()
        .map(|s| s.span.slice(text).to_string())
        .collect()
}

fn paras(text: &str, lang: &str) -> Vec<String> {
    let seg = segment(text, lang);
    seg.paragraphs
        .iter()
        .map(|s| s.slice(text).to_string())
        .collect()
}

#[test]
fn simple_sentence() {
    assert_eq!(toks("Hallo wereld.", "nl"), ["Hallo", "wereld", "."]);
    assert!(segment("", "nl").tokens.is_empty());
    assert!(segment("  \n\n ", "en").sentences.is_empty());
}

#[test]
fn dutch_abbreviations() {
    let t = "Dhr. Jansen en mevr. De Vries zagen o.a. bijv. m.b.t. i.p.v. d.w.z. ca. 5 mensen op blz. 3 en nr. 4, resp. jl. dinsdag.";
    let got = toks(t, "nl");
    for a in [
        "Dhr.", "mevr.", "o.a.", "bijv.", "m.b.t.", "i.p.v.", "d.w.z.", "ca.", "blz.", "nr.",
        "resp.", "jl.",
    ] {
        assert!(got.iter().any(|g| g == a), "{a} missing in {got:?}");
    }
    assert_eq!(sents(t, "nl").len(), 1);
    assert_eq!(kind_of(t, "nl", "o.a."), Some(TokenKind::Abbreviation));
}

#[test]
fn english_abbreviations() {
    let t = "Mr. Smith and Dr. Jones met Mrs. Brown at St. Paul's in the U.S. on Jan. 5, e.g. at noon, i.e. late, etc. and left.";
    let got = toks(t, "en");
    for a in [
        "Mr.", "Dr.", "Mrs.", "St.", "U.S.", "Jan.", "e.g.", "i.e.", "etc.",
    ] {
        assert!(got.iter().any(|g| g == a), "{a} missing in {got:?}");
    }
    assert_eq!(sents(t, "en").len(), 1);
}

#[test]
fn sentence_final_ender_abbreviation() {
    let t = "Ze verkochten appels, peren enz. De markt sloot om vijf uur.";
    let s = sents(t, "nl");
    assert_eq!(
        s,
        [
            "Ze verkochten appels, peren enz.",
            "De markt sloot om vijf uur."
        ]
    );
    assert!(toks(t, "nl").contains(&"enz.".to_string()));
    // etc. followed by a lowercase word does not end the sentence
    assert_eq!(sents("Apples, pears, etc. were sold.", "en").len(), 1);
    // dhr. followed by a capital does not end a sentence
    assert_eq!(
        sents("Gisteren sprak dhr. Jansen de pers toe.", "nl").len(),
        1
    );
}

#[test]
fn initials() {
    let t = "Commandant A.S. Massoud en J. Smit vochten.";
    let got = toks(t, "nl");
    assert!(got.contains(&"A.S.".to_string()), "{got:?}");
    assert!(got.contains(&"J.".to_string()), "{got:?}");
    assert_eq!(sents(t, "nl").len(), 1);
}

#[test]
fn numbers() {
    let t = "Er vluchtten 150.000 mensen, 3,5 miljoen dollar en 1,000.50 euro; €2,5 miljard.";
    let k = kinds(t, "nl");
    let find = |w: &str| k.iter().find(|(t, _)| t == w).map(|(_, k)| *k);
    assert_eq!(find("150.000"), Some(TokenKind::Number));
    assert_eq!(find("3,5"), Some(TokenKind::Number));
    assert_eq!(find("1,000.50"), Some(TokenKind::Number));
    assert_eq!(find("€"), Some(TokenKind::Symbol));
    assert_eq!(find("2,5"), Some(TokenKind::Number));
    assert_eq!(sents(t, "nl").len(), 1);
    // a sentence-final number keeps its period apart
    assert_eq!(toks("Het was in 2003. Daarna niet.", "nl")[3], "2003");
    assert_eq!(sents("Het was in 2003. Daarna niet.", "nl").len(), 2);
    // percentages: one token in Dutch (UD Dutch), split in English (EWT)
    assert!(toks("Ze kregen 50% van de stemmen.", "nl").contains(&"50%".to_string()));
    assert_eq!(toks("They got 50% of it.", "en")[2..4], ["50", "%"]);
}

#[test]
fn dates_and_times() {
    let t = "Na 9/11 en op 20-08-2021 of 20/8 om 14.30 uur en 09:15 gebeurde het.";
    let k = kinds(t, "nl");
    let find = |w: &str| k.iter().find(|(t, _)| t == w).map(|(_, k)| *k);
    assert_eq!(find("9/11"), Some(TokenKind::Date));
    assert_eq!(find("20-08-2021"), Some(TokenKind::Date));
    assert_eq!(find("20/8"), Some(TokenKind::Date));
    assert_eq!(find("14.30"), Some(TokenKind::Time));
    assert_eq!(find("09:15"), Some(TokenKind::Time));
    assert_eq!(sents(t, "nl").len(), 1);
}

#[test]
fn ordinals() {
    assert_eq!(
        kind_of("de 1e en 2de ronde", "nl", "1e"),
        Some(TokenKind::Ordinal)
    );
    assert_eq!(
        kind_of("de 1e en 2de ronde", "nl", "2de"),
        Some(TokenKind::Ordinal)
    );
    assert_eq!(
        kind_of("the 21st and 3rd", "en", "21st"),
        Some(TokenKind::Ordinal)
    );
    assert_eq!(
        kind_of("the 21st and 3rd", "en", "3rd"),
        Some(TokenKind::Ordinal)
    );
}

#[test]
fn dutch_quotes() {
    let t = ",,Wij blijven,'' zei hij. ,,Dat is zeker.'' Daarna vertrok hij.";
    assert_eq!(toks(t, "nl")[..5], [",,", "Wij", "blijven", ",", "''"]);
    assert_eq!(
        sents(t, "nl"),
        [
            ",,Wij blijven,'' zei hij.",
            ",,Dat is zeker.''",
            "Daarna vertrok hij."
        ]
    );
    // a closing '' separated by a space still closes the sentence
    assert_eq!(
        sents(",,Ik ga. '' Hij ging.", "nl"),
        [",,Ik ga. ''", "Hij ging."]
    );
}

#[test]
fn curly_and_straight_quotes() {
    let t = "“Wij gaan,” zei hij. „Nu?” ‘Ja.’ 'Goed.' \"Klaar.\" Einde.";
    let got = toks(t, "nl");
    assert_eq!(got[0], "“");
    assert!(got.contains(&"„".to_string()));
    assert!(got.contains(&"‘".to_string()));
    assert_eq!(
        sents(t, "nl"),
        [
            "“Wij gaan,” zei hij.",
            "„Nu?”",
            "‘Ja.’",
            "'Goed.'",
            "\"Klaar.\"",
            "Einde."
        ]
    );
    // a spaced straight quote closes when one is open
    assert_eq!(
        sents("\"Ik ga weg. \" Toen ging hij.", "nl"),
        ["\"Ik ga weg. \"", "Toen ging hij."]
    );
}

#[test]
fn dutch_apostrophes() {
    let t = "Hij kwam 's avonds en 's nachts met zo'n auto, d'r fiets en m'n boek van Saleh's broer naar 's-Hertogenbosch in de jaren '30.";
    let got = toks(t, "nl");
    for w in [
        "'s",
        "zo'n",
        "d'r",
        "m'n",
        "Saleh's",
        "'s-Hertogenbosch",
        "'30",
    ] {
        assert!(got.contains(&w.to_string()), "{w} missing in {got:?}");
    }
    assert_eq!(got.iter().filter(|g| *g == "'s").count(), 2);
    assert_eq!(sents("Het was laat. 's Avonds kwam hij.", "nl").len(), 2);
}

#[test]
fn english_clitics() {
    assert_eq!(toks("I don't know.", "en"), ["I", "do", "n't", "know", "."]);
    assert_eq!(
        toks("The Taliban's leader", "en"),
        ["The", "Taliban", "'s", "leader"]
    );
    assert_eq!(toks("We can't, they won't", "en")[1..3], ["ca", "n't"]);
    assert_eq!(
        toks("they're here, I'll go, I'm sure, we've, he'd", "en")[..3],
        ["they", "'re", "here"]
    );
    assert_eq!(toks("You cannot stay", "en"), ["You", "can", "not", "stay"]);
    assert_eq!(toks("O'Brien left", "en"), ["O'Brien", "left"]);
    assert_eq!(
        toks("the students' books", "en"),
        ["the", "students", "'", "books"]
    );
    // curly apostrophe
    assert_eq!(toks("don’t", "en"), ["do", "n’t"]);
}

#[test]
fn hyphenated_compounds() {
    let t = "De ex-president vluchtte uit Noord-Afghanistan voor de Taliban-strijders en land- en tuinbouw.";
    let got = toks(t, "nl");
    for w in [
        "ex-president",
        "Noord-Afghanistan",
        "Taliban-strijders",
        "land-",
    ] {
        assert!(got.contains(&w.to_string()), "{w} missing in {got:?}");
    }
    // English follows EWT: split, except after common prefixes
    assert_eq!(
        toks("a 15-year term", "en"),
        ["a", "15", "-", "year", "term"]
    );
    assert_eq!(toks("an e-mail from the ex-president", "en")[1], "e-mail");
    assert_eq!(
        toks("an e-mail from the ex-president", "en")[4],
        "ex-president"
    );
}

#[test]
fn urls_emails_hashtags_mentions() {
    let t = "Zie https://www.kroniek.nl/a?b=1. Mail naar info@kroniek.nl of volg @kroniek en #Kaboel (www.nos.nl).";
    let k = kinds(t, "nl");
    let find = |w: &str| k.iter().find(|(t, _)| t == w).map(|(_, k)| *k);
    assert_eq!(find("https://www.kroniek.nl/a?b=1"), Some(TokenKind::Url));
    assert_eq!(find("info@kroniek.nl"), Some(TokenKind::Email));
    assert_eq!(find("@kroniek"), Some(TokenKind::Mention));
    assert_eq!(find("#Kaboel"), Some(TokenKind::Hashtag));
    assert_eq!(find("www.nos.nl"), Some(TokenKind::Url));
    assert_eq!(sents(t, "nl").len(), 2);
    assert_eq!(
        kind_of("Lees nu.nl vandaag", "nl", "nu.nl"),
        Some(TokenKind::Url)
    );
}

#[test]
fn ellipses() {
    let t = "Hij wachtte... en wachtte… Toen kwam de bus.";
    let got = toks(t, "nl");
    assert!(got.contains(&"...".to_string()));
    assert!(got.contains(&"…".to_string()));
    assert_eq!(
        sents(t, "nl"),
        ["Hij wachtte... en wachtte…", "Toen kwam de bus."]
    );
}

#[test]
fn questions_and_exclamations() {
    let t = "Wat nu?! Niemand weet het! Echt? Ja.";
    assert_eq!(sents(t, "nl").len(), 4);
    assert!(toks(t, "nl").contains(&"?!".to_string()));
    // lowercase after a question mark inside a quote: same sentence
    assert_eq!(sents(",,Waarom?'' vroeg ze.", "nl").len(), 1);
}

#[test]
fn brackets_after_final_mark() {
    let t = "Hij vertrok (naar Kaboel.) Daarna niets.";
    assert_eq!(
        sents(t, "nl"),
        ["Hij vertrok (naar Kaboel.)", "Daarna niets."]
    );
    let t = "Hij vertrok (naar Kaboel). Daarna niets.";
    assert_eq!(
        sents(t, "nl"),
        ["Hij vertrok (naar Kaboel).", "Daarna niets."]
    );
}

#[test]
fn headings_and_paragraphs() {
    let t = "Taliban nemen Kaboel in\nDe taliban hebben zondag de hoofdstad ingenomen. De president vluchtte.\n\nReacties\nDe VS reageerden geschokt.";
    let p = paras(t, "nl");
    assert_eq!(
        p,
        [
            "Taliban nemen Kaboel in",
            "De taliban hebben zondag de hoofdstad ingenomen. De president vluchtte.",
            "Reacties",
            "De VS reageerden geschokt."
        ]
    );
    assert_eq!(sents(t, "nl").len(), 5);
    // wrapped lines of one paragraph are joined
    let t = "De taliban hebben zondag\nde hoofdstad ingenomen.";
    assert_eq!(paras(t, "nl").len(), 1);
    assert_eq!(sents(t, "nl").len(), 1);
}

#[test]
fn bulleted_lines() {
    let t = "De eisen:\n- een staakt-het-vuren\n* vrije doorgang\n• hulp\n1. Overleg in Doha\n2) Verkiezingen";
    let p = paras(t, "nl");
    assert_eq!(p.len(), 6, "{p:?}");
    assert_eq!(p[1], "- een staakt-het-vuren");
    let s = sents(t, "nl");
    assert_eq!(s.len(), 6, "{s:?}");
    assert_eq!(kind_of(t, "nl", "1."), Some(TokenKind::Ordinal));
    assert!(toks(t, "nl").contains(&"staakt-het-vuren".to_string()));
}

#[test]
fn emoji() {
    let t = "Top 👍🏽! Vlag 🇳🇱 en 👨‍👩‍👧 familie ❤️ :-)";
    let k = kinds(t, "nl");
    let emo: Vec<&str> = k
        .iter()
        .filter(|(_, k)| *k == TokenKind::Emoji)
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(emo, ["👍🏽", "🇳🇱", "👨‍👩‍👧", "❤️", ":-)"]);
}

#[test]
fn symbols_and_punct() {
    let k = kinds("Prijs: € 5 & $ 3 = 100%!", "en");
    assert!(k.contains(&("€".to_string(), TokenKind::Symbol)));
    assert!(k.contains(&("&".to_string(), TokenKind::Symbol)));
    assert!(k.contains(&(":".to_string(), TokenKind::Punct)));
    assert_eq!(toks("=====", "en"), ["====="]);
}

#[test]
fn languages_other_than_nl_en() {
    let t = "Dr. Müller kam um 14.30 Uhr. Er ging.";
    assert_eq!(sents(t, "de").len(), 2);
    assert!(toks(t, "de").contains(&"Dr.".to_string()));
}

#[test]
fn diacritics_and_ij() {
    let t = "Het ĳs in Genève was één centimeter dik. Daarna dooide het.";
    let got = toks(t, "nl");
    assert!(got.contains(&"ĳs".to_string()));
    assert!(got.contains(&"Genève".to_string()));
    assert!(got.contains(&"één".to_string()));
    assert_eq!(sents(t, "nl").len(), 2);
}

#[test]
fn control_chars_are_separators() {
    let t = "a\u{0}b\r\nc";
    assert_eq!(toks(t, "nl"), ["a", "b", "c"]);
}

fn check_invariants(text: &str, seg: &Segments) {
    let ok = |s: kroniek_core::Span| {
        s.start() <= s.end()
            && s.end() <= text.len()
            && text.is_char_boundary(s.start())
            && text.is_char_boundary(s.end())
    };
    let mut last = 0;
    for t in &seg.tokens {
        assert!(ok(t.span), "token span {:?} in {text:?}", t.span);
        assert!(!t.span.is_empty());
        assert!(t.span.start() >= last, "tokens out of order in {text:?}");
        last = t.span.end();
    }
    let mut last_end_tok = 0usize;
    let mut last = 0;
    for s in &seg.sentences {
        assert!(ok(s.span));
        assert!(s.span.start() >= last);
        last = s.span.end();
        assert_eq!(
            s.first_token as usize, last_end_tok,
            "sentences must tile tokens"
        );
        assert!(s.first_token < s.end_token);
        last_end_tok = s.end_token as usize;
        for t in seg.sentence_tokens(s) {
            assert!(s.span.contains(t.span));
        }
        assert!(
            seg.paragraphs.iter().any(|p| p.contains(s.span)),
            "sentence crosses a paragraph in {text:?}"
        );
    }
    assert_eq!(last_end_tok, seg.tokens.len());
    let mut last = 0;
    for p in &seg.paragraphs {
        assert!(ok(*p));
        assert!(p.start() >= last);
        last = p.end();
    }
}

#[test]
fn invariants_on_examples() {
    for t in [
        "",
        "...",
        "''",
        "'",
        "- ",
        "-\n-",
        "1.",
        "http://",
        "a@b",
        "@",
        "#",
        "::-)",
        "\"\" \" \"",
        "A.",
        "e.g",
        "x.com.",
        "'s-",
        "1e",
        "1-",
        "3,",
        "Taliban's\r\n\r\nKabul",
    ] {
        for lang in ["nl", "en", "fr"] {
            check_invariants(t, &segment(t, lang));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_are_valid_for_any_text(s in any::<String>()) {
        for lang in ["nl", "en", "xx"] {
            check_invariants(&s, &segment(&s, lang));
        }
    }

    #[test]
    fn spans_are_valid_for_newsy_text(
        s in proptest::collection::vec(
            prop_oneof![
                Just("Kaboel"), Just("ĳs"), Just("é"), Just("👍🏽"), Just("🇳🇱"), Just("\u{200D}"),
                Just("\r\n"), Just("\n\n"), Just("\0"), Just(" "), Just("."), Just("..."),
                Just("…"), Just("'s"), Just("'"), Just("''"), Just(",,"), Just("\""), Just("-"),
                Just("o.a."), Just("Dr."), Just("U.S."), Just("A."), Just("3,5"), Just("150.000"),
                Just("9/11"), Just("14.30"), Just("1e"), Just("@x"), Just("#y"), Just("a@b.nl"),
                Just("https://x.nl/a"), Just("("), Just(")"), Just("?"), Just("!"), Just("€"),
                Just("- "), Just("1. "), Just("n't"), Just(":-)"), Just("\u{301}"), Just("\t"),
            ],
            0..40,
        )
    ) {
        let text: String = s.concat();
        for lang in ["nl", "en", "xx"] {
            check_invariants(&text, &segment(&text, lang));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    /// The word-at-a-time scans agree with byte-at-a-time ones, at any start and end.
    #[test]
    fn byte_scans_match_naive_ones(
        bytes in proptest::collection::vec(
            prop_oneof![
                Just(b'a'), Just(b'Z'), Just(b'@'), Just(b'['), Just(b'`'), Just(b'{'),
                Just(b' '), Just(b'!'), Just(b'~'), Just(0x7f), Just(0x80), Just(0xc3),
                Just(0xff), Just(b'\n'), Just(0), Just(0x20 | 0x80), any::<u8>(),
            ],
            0..40,
        ),
        a in 0usize..40,
        len in 0usize..40,
    ) {
        use super::chars::{find_byte, letter_run, printable_run};
        let i = a.min(bytes.len());
        let end = (i + len).min(bytes.len());
        let part = &bytes[i..end];
        let naive = |f: fn(&u8) -> bool| part.iter().take_while(|x| f(x)).count();
        prop_assert_eq!(letter_run(&bytes, i, end), naive(u8::is_ascii_alphabetic));
        prop_assert_eq!(
            printable_run(&bytes, i, end),
            naive(|x| x.is_ascii_graphic())
        );
        for needle in [b'@', b'\n', 0, 0xff, 0x80] {
            prop_assert_eq!(find_byte(part, needle), part.iter().position(|x| *x == needle));
        }
    }
}
