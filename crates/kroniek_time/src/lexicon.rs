//! The words of time: each token is classified once into a [`Lex`], from a table of Dutch and
//! English words plus rules for numerals, number words, ordinals, digit dates and hyphenated
//! compounds (`third-quarter`, `two-year`, `mid-2021`).

use std::collections::HashMap;

use kroniek_core::TokenKind;
use kroniek_text::calendar::MONTHS;

use crate::numbers::{parse_en, parse_nl, parse_ordinal};

/// A calendar or clock unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// Second.
    Second,
    /// Minute.
    Minute,
    /// Hour.
    Hour,
    /// Day.
    Day,
    /// Night (as a length: "drie nachten").
    Night,
    /// Weekend.
    Weekend,
    /// Week.
    Week,
    /// Month.
    Month,
    /// Quarter of a year.
    Quarter,
    /// Year.
    Year,
    /// Decade.
    Decade,
    /// Century.
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter, with `T` for clock units.
    pub fn duration_code(self) -> &'static str {
        match self {
            Unit::Second => "TS",
            Unit::Minute => "TM",
            Unit::Hour => "TH",
            Unit::Day | Unit::Night => "D",
            Unit::Weekend => "WE",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
}

/// A part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pod {
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
}

impl Pod {
    /// The TIMEX3 code.
    pub fn code(self) -> &'static str {
        match self {
            Pod::Morning => "MO",
            Pod::Afternoon => "AF",
            Pod::Evening => "EV",
            Pod::Night => "NI",
        }
    }
}

/// Holidays and named days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Holiday {
    /// A fixed month and day every year.
    Fixed(u8, u8),
    /// Days after Easter Sunday (negative before).
    Easter(i16),
    /// The n-th weekday of a month (n = 5: last).
    NthWeekday(u8, u8, u8),
    /// King's Day in the Netherlands (27 April, 26 when that is a Sunday; 30 April before 2014).
    KingsDay,
    /// The month of Ramadan (tabular calendar).
    Ramadan,
    /// The attacks of 11 September 2001.
    NineEleven,
    /// US Election Day: the Tuesday after the first Monday in November.
    ElectionDay,
}

/// Function words and modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kw {
    /// geleden, ago
    Ago,
    /// vorige, afgelopen, last, past, previous
    Last,
    /// volgende, komende, next, coming
    Next,
    /// past (as "last" before an amount; English "the past" alone is the past)
    Past,
    /// deze, dit, this
    This,
    /// current (as "this" before a unit; English "current" alone is the present)
    Current,
    /// begin, early
    Start,
    /// midden, medio, mid
    Mid,
    /// eind, late
    End,
    /// van, of
    Of,
    /// in, over, within
    In,
    /// over (Dutch: in the future; also "kwart over")
    Over,
    /// later, daarna
    Later,
    /// eerder, earlier
    Earlier,
    /// voor, before, prior
    Before,
    /// na, after
    After,
    /// elke, iedere, every, each
    Every,
    /// sinds, since
    Since,
    /// de, het, the
    Det,
    /// een, a, an
    A,
    /// om, at
    At,
    /// uur, o'clock
    OClock,
    /// half
    Half,
    /// kwart
    QuarterWord,
    /// over (past the hour), past
    PastHour,
    /// lang, long
    Long,
    /// rond, ongeveer, around, about, circa
    Approx,
    /// keer, maal, times
    Times,
    /// per
    Per,
    /// 's
    ApoS,
    /// jl. (jongstleden)
    Jl,
    /// a.s. (aanstaande)
    As,
    /// a.m.
    Am,
    /// p.m.
    Pm,
    /// op, on
    On,
    /// eeuw, century follows ordinal: handled as unit
    Jaren,
    /// fiscal
    Fiscal,
    /// dag (in "op de dag van")
    Comma,
    /// one, een (also number 1)
    Twice,
    /// recent (before a plural unit: "recent weeks")
    Recent,
    /// future, toekomst (after a determiner)
    Future,
    /// latest (the latest quarter, the latest period)
    Latest,
    /// period (the latest period, the year-earlier period)
    Period,
    /// a time zone after a clock time (EST, GMT, CET)
    Zone,
    /// following (after a determiner: the next unit after the narrative's time)
    Following,
    /// previous, preceding (after a determiner: the unit before the narrative's time)
    Preceding,
    /// nearly, almost
    Nearly,
    /// more (than)
    More,
    /// English "near", "short" ("the near future", "the short term")
    Near,
    /// English "term" ("the near term")
    Term,
    /// less, fewer (than)
    Less,
    /// than
    Than,
    /// (at) least
    Least,
    /// up (to)
    Up,
    /// to
    To,
    /// full ("the full year")
    Full,
    /// 1/2 after a whole number ("2 1/2 years")
    PlusHalf,
    /// comparable, corresponding, same ("the comparable period a year ago")
    Comparable,
    /// English "election" (in "Election Day")
    Election,
    /// English "no" (in "no more than")
    No,
    /// English "date" ("at a later date")
    DateWord,
    /// English "ahead" ("the weeks ahead")
    Ahead,
    /// English "and" ("a minute and a half")
    And,
    /// English "additional", "extra" ("an additional year")
    Additional,
}

/// What a token can mean for time expressions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Lex {
    /// Not a time word.
    Other,
    /// A cardinal number (digits or words).
    Num(u32),
    /// A vague quantity ("enkele", "a few"), with a plausible range.
    Vague(u8, u8),
    /// An ordinal.
    Ord(u32),
    /// A month name.
    Month(u8),
    /// A weekday, 1 = Monday.
    Weekday(u8),
    /// A unit, and whether plural.
    Unit(Unit, bool),
    /// A season: 1 spring, 2 summer, 3 autumn, 4 winter.
    Season(u8),
    /// vandaag (0), gisteren (-1), morgen (1).
    DayRel(i8),
    /// A day relative to today with a part of the day (gisteravond, vanochtend).
    DayPod(i8, Pod),
    /// A part of the day as a noun (ochtend, evening).
    Pod(Pod),
    /// A part of the day after `'s` (nachts, ochtends).
    PodAdv(Pod),
    /// A holiday or named day.
    Holiday(Holiday),
    /// A clock time (14.30, 8:30).
    Clock(u8, u8),
    /// A digit date: parts as written, and the number of parts; ISO order when `true`.
    DigitDate([u32; 3], u8, bool),
    /// A decade written in full (`1990s` → 199).
    Decade(i32),
    /// A two-digit decade (`'90s`, `'90`, `negentig` after `jaren`).
    DecadeShort(u8),
    /// A keyword.
    Kw(Kw),
    /// A frequency adverb (dagelijks, weekly).
    Freq(Unit),
    /// A reference word: PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// A modifier glued to a year (`mid-2021`).
    ModYear(Kw, i32),
    /// A modifier glued to a month (`eind-augustus`).
    ModMonth(Kw, u8),
    /// A number glued to a unit (`two-year`, `30-day`).
    NumUnit(u32, Unit),
    /// An ordinal glued to a unit (`third-quarter`).
    OrdUnit(u32, Unit),
    /// A relative unit word (`year-earlier`, `year-ago`): offset and unit.
    RelUnit(i32, Unit),
}

/// FNV-1a: the table's keys are short words, for which it is much faster than SipHash (and
/// the keys are fixed, so hash flooding is no concern).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FnvBuild = std::hash::BuildHasherDefault<Fnv>;

/// Endings that every Dutch or English number word or ordinal word has; anything else is not
/// worth parsing.
const NUMBER_ENDINGS: &[&str] = &[
    "een", "één", "twee", "drie", "vier", "vijf", "zes", "ven", "cht", "gen", "tien", "elf", "alf",
    "tig", "erd", "end", "nul", "ste", "de", "one", "two", "ree", "our", "ive", "six", "ght",
    "ine", "ten", "een", "lve", "nty", "rty", "fty", "ety", "red", "and", "zen", "th", "rst",
    "ond", "ird", "ies", "xty", "hty", "ero",
];

fn maybe_number(s: &str) -> bool {
    number_start(s) && NUMBER_ENDINGS.iter().any(|e| s.ends_with(e))
}

/// Whether `s` starts as a Dutch or English number word, ordinal or "-ies" decade can (their
/// first two bytes): every word the number parsers accept begins with one of these, so this
/// cheap test (two byte compares instead of forty suffix compares) changes no result.
fn number_start(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&x), Some(&y)) = (b.first(), b.get(1)) else {
        return false;
    };
    matches!(
        (x, y),
        (b'n', b'u' | b'e' | b'i')
            | (b'e', b'e' | b'l' | b'i' | 0xc3)
            | (0xc3, 0xa9)
            | (b't', b'w' | b'i' | b'a' | b'h' | b'e')
            | (b'd', b'r' | b'e' | b'u' | b'o')
            | (b'v', b'i' | b'e')
            | (b'z', b'e')
            | (b'a', b'c')
            | (b'h', b'o' | b'u')
            | (b'o', b'n')
            | (b'f', b'o' | b'i')
            | (b's', b'i' | b'e')
    )
}

/// The word table.
pub struct Lexicon {
    words: HashMap<&'static str, Lex, FnvBuild>,
}

const WEEKDAYS: &[(&str, u8)] = &[
    ("maandag", 1),
    ("monday", 1),
    ("dinsdag", 2),
    ("tuesday", 2),
    ("woensdag", 3),
    ("wednesday", 3),
    ("donderdag", 4),
    ("thursday", 4),
    ("vrijdag", 5),
    ("friday", 5),
    ("zaterdag", 6),
    ("saturday", 6),
    ("zondag", 7),
    ("sunday", 7),
];

const UNITS: &[(&str, Unit, bool)] = &[
    ("seconde", Unit::Second, false),
    ("seconden", Unit::Second, true),
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minuut", Unit::Minute, false),
    ("minuten", Unit::Minute, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("uur", Unit::Hour, false),
    ("uren", Unit::Hour, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("dag", Unit::Day, false),
    ("dagen", Unit::Day, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("etmaal", Unit::Day, false),
    ("nacht", Unit::Night, false),
    ("nachten", Unit::Night, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("weekeinde", Unit::Weekend, false),
    ("week", Unit::Week, false),
    ("weken", Unit::Week, true),
    ("weeks", Unit::Week, true),
    ("maand", Unit::Month, false),
    ("maanden", Unit::Month, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("kwartaal", Unit::Quarter, false),
    ("kwartalen", Unit::Quarter, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("jaar", Unit::Year, false),
    ("jaren", Unit::Year, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("decennium", Unit::Decade, false),
    ("decennia", Unit::Decade, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("eeuw", Unit::Century, false),
    ("eeuwen", Unit::Century, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

const KEYWORDS: &[(&str, Kw)] = &[
    ("geleden", Kw::Ago),
    ("ago", Kw::Ago),
    ("vorige", Kw::Last),
    ("vorig", Kw::Last),
    ("afgelopen", Kw::Last),
    ("voorbije", Kw::Last),
    ("voorbij", Kw::Last),
    ("verleden", Kw::Last),
    ("last", Kw::Last),
    ("past", Kw::Past),
    ("previous", Kw::Preceding),
    ("preceding", Kw::Preceding),
    ("volgende", Kw::Next),
    ("volgend", Kw::Next),
    ("komende", Kw::Next),
    ("komend", Kw::Next),
    ("aanstaande", Kw::Next),
    ("eerstvolgende", Kw::Next),
    ("next", Kw::Next),
    ("coming", Kw::Next),
    ("following", Kw::Following),
    ("deze", Kw::This),
    ("dit", Kw::This),
    ("huidige", Kw::This),
    ("this", Kw::This),
    ("current", Kw::Current),
    ("begin", Kw::Start),
    ("begin-", Kw::Start),
    ("start", Kw::Start),
    ("early", Kw::Start),
    ("earlier", Kw::Earlier),
    ("midden", Kw::Mid),
    ("medio", Kw::Mid),
    ("half", Kw::Half),
    ("halverwege", Kw::Mid),
    ("mid", Kw::Mid),
    ("middle", Kw::Mid),
    ("eind", Kw::End),
    ("einde", Kw::End),
    ("eind-", Kw::End),
    ("late", Kw::End),
    ("end", Kw::End),
    ("van", Kw::Of),
    ("of", Kw::Of),
    ("in", Kw::In),
    ("over", Kw::Over),
    ("binnen", Kw::In),
    ("within", Kw::In),
    ("later", Kw::Later),
    ("daarna", Kw::Later),
    ("nadien", Kw::Later),
    ("eerder", Kw::Earlier),
    ("daarvoor", Kw::Earlier),
    ("voordien", Kw::Earlier),
    ("before", Kw::Before),
    ("voor", Kw::Before),
    ("vóór", Kw::Before),
    ("prior", Kw::Before),
    ("na", Kw::After),
    ("after", Kw::After),
    ("elke", Kw::Every),
    ("elk", Kw::Every),
    ("iedere", Kw::Every),
    ("ieder", Kw::Every),
    ("every", Kw::Every),
    ("each", Kw::Every),
    ("sinds", Kw::Since),
    ("since", Kw::Since),
    ("de", Kw::Det),
    ("het", Kw::Det),
    ("the", Kw::Det),
    ("a", Kw::A),
    ("an", Kw::A),
    ("om", Kw::At),
    ("at", Kw::At),
    ("o'clock", Kw::OClock),
    ("kwart", Kw::QuarterWord),
    ("lang", Kw::Long),
    ("long", Kw::Long),
    ("rond", Kw::Approx),
    ("rondom", Kw::Approx),
    ("omstreeks", Kw::Approx),
    ("ongeveer", Kw::Approx),
    ("circa", Kw::Approx),
    ("ca.", Kw::Approx),
    ("around", Kw::Approx),
    ("about", Kw::Approx),
    ("approximately", Kw::Approx),
    ("keer", Kw::Times),
    ("maal", Kw::Times),
    ("times", Kw::Times),
    ("per", Kw::Per),
    ("'s", Kw::ApoS),
    ("’s", Kw::ApoS),
    ("jl.", Kw::Jl),
    ("jl", Kw::Jl),
    ("a.s.", Kw::As),
    ("a.m.", Kw::Am),
    ("am", Kw::Am),
    ("p.m.", Kw::Pm),
    ("pm", Kw::Pm),
    ("op", Kw::On),
    ("on", Kw::On),
    ("fiscal", Kw::Fiscal),
    ("boekjaar", Kw::Fiscal),
    (",", Kw::Comma),
    ("twice", Kw::Twice),
    ("recent", Kw::Recent),
    ("nearly", Kw::Nearly),
    ("almost", Kw::Nearly),
    ("bijna", Kw::Nearly),
    ("more", Kw::More),
    ("near", Kw::Near),
    ("short", Kw::Near),
    ("term", Kw::Term),
    ("less", Kw::Less),
    ("fewer", Kw::Less),
    ("than", Kw::Than),
    ("least", Kw::Least),
    ("up", Kw::Up),
    ("to", Kw::To),
    ("full", Kw::Full),
    ("comparable", Kw::Comparable),
    ("election", Kw::Election),
    ("no", Kw::No),
    ("date", Kw::DateWord),
    ("ahead", Kw::Ahead),
    ("and", Kw::And),
    ("additional", Kw::Additional),
    ("extra", Kw::Additional),
    ("these", Kw::This),
    ("corresponding", Kw::Comparable),
    ("same", Kw::Comparable),
    ("1/2", Kw::PlusHalf),
    ("½", Kw::PlusHalf),
    ("future", Kw::Future),
    ("toekomst", Kw::Future),
    ("latest", Kw::Latest),
    ("period", Kw::Period),
    ("est", Kw::Zone),
    ("edt", Kw::Zone),
    ("cst", Kw::Zone),
    ("cdt", Kw::Zone),
    ("mst", Kw::Zone),
    ("mdt", Kw::Zone),
    ("pst", Kw::Zone),
    ("pdt", Kw::Zone),
    ("gmt", Kw::Zone),
    ("utc", Kw::Zone),
    ("cet", Kw::Zone),
    ("cest", Kw::Zone),
    ("tweemaal", Kw::Twice),
];

const OTHERS: &[(&str, Lex)] = &[
    ("vandaag", Lex::DayRel(0)),
    ("heden", Lex::DayRel(0)),
    ("today", Lex::DayRel(0)),
    ("gisteren", Lex::DayRel(-1)),
    ("yesterday", Lex::DayRel(-1)),
    ("eergisteren", Lex::DayRel(-2)),
    ("morgen", Lex::DayRel(1)),
    ("tomorrow", Lex::DayRel(1)),
    ("overmorgen", Lex::DayRel(2)),
    ("vanochtend", Lex::DayPod(0, Pod::Morning)),
    ("vanmorgen", Lex::DayPod(0, Pod::Morning)),
    ("vanmiddag", Lex::DayPod(0, Pod::Afternoon)),
    ("vanavond", Lex::DayPod(0, Pod::Evening)),
    ("vannacht", Lex::DayPod(0, Pod::Night)),
    ("tonight", Lex::DayPod(0, Pod::Night)),
    ("gisterochtend", Lex::DayPod(-1, Pod::Morning)),
    ("gistermorgen", Lex::DayPod(-1, Pod::Morning)),
    ("gistermiddag", Lex::DayPod(-1, Pod::Afternoon)),
    ("gisteravond", Lex::DayPod(-1, Pod::Evening)),
    ("gisternacht", Lex::DayPod(-1, Pod::Night)),
    ("morgenochtend", Lex::DayPod(1, Pod::Morning)),
    ("morgenvroeg", Lex::DayPod(1, Pod::Morning)),
    ("morgenmiddag", Lex::DayPod(1, Pod::Afternoon)),
    ("morgenavond", Lex::DayPod(1, Pod::Evening)),
    ("morgennacht", Lex::DayPod(1, Pod::Night)),
    ("ochtend", Lex::Pod(Pod::Morning)),
    ("morning", Lex::Pod(Pod::Morning)),
    ("middag", Lex::Pod(Pod::Afternoon)),
    ("namiddag", Lex::Pod(Pod::Afternoon)),
    ("afternoon", Lex::Pod(Pod::Afternoon)),
    ("avond", Lex::Pod(Pod::Evening)),
    ("evening", Lex::Pod(Pod::Evening)),
    ("night", Lex::Pod(Pod::Night)),
    ("nachts", Lex::PodAdv(Pod::Night)),
    ("ochtends", Lex::PodAdv(Pod::Morning)),
    ("morgens", Lex::PodAdv(Pod::Morning)),
    ("middags", Lex::PodAdv(Pod::Afternoon)),
    ("avonds", Lex::PodAdv(Pod::Evening)),
    ("lente", Lex::Season(1)),
    ("voorjaar", Lex::Season(1)),
    ("spring", Lex::Season(1)),
    ("zomer", Lex::Season(2)),
    ("summer", Lex::Season(2)),
    ("herfst", Lex::Season(3)),
    ("najaar", Lex::Season(3)),
    ("autumn", Lex::Season(3)),
    ("fall", Lex::Season(3)),
    ("winter", Lex::Season(4)),
    ("enkele", Lex::Vague(2, 7)),
    ("enige", Lex::Vague(2, 7)),
    ("paar", Lex::Vague(2, 4)),
    ("couple", Lex::Vague(2, 2)),
    ("few", Lex::Vague(2, 5)),
    ("several", Lex::Vague(3, 9)),
    ("meerdere", Lex::Vague(3, 9)),
    ("verscheidene", Lex::Vague(3, 9)),
    ("tientallen", Lex::Vague(20, 90)),
    ("nu", Lex::Ref("PRESENT_REF")),
    ("now", Lex::Ref("PRESENT_REF")),
    ("momenteel", Lex::Ref("PRESENT_REF")),
    ("thans", Lex::Ref("PRESENT_REF")),
    ("tegenwoordig", Lex::Ref("PRESENT_REF")),
    ("currently", Lex::Ref("PRESENT_REF")),
    ("nowadays", Lex::Ref("PRESENT_REF")),
    ("onlangs", Lex::Ref("PAST_REF")),
    ("recentelijk", Lex::Ref("PAST_REF")),
    ("recently", Lex::Ref("PAST_REF")),
    ("lately", Lex::Ref("PAST_REF")),
    ("binnenkort", Lex::Ref("FUTURE_REF")),
    ("sindsdien", Lex::Ref("SINCE_THEN")),
    ("dagelijks", Lex::Freq(Unit::Day)),
    ("daily", Lex::Freq(Unit::Day)),
    ("wekelijks", Lex::Freq(Unit::Week)),
    ("weekly", Lex::Freq(Unit::Week)),
    ("maandelijks", Lex::Freq(Unit::Month)),
    ("monthly", Lex::Freq(Unit::Month)),
    ("jaarlijks", Lex::Freq(Unit::Year)),
    ("yearly", Lex::Freq(Unit::Year)),
    ("annually", Lex::Freq(Unit::Year)),
    ("hourly", Lex::Freq(Unit::Hour)),
    ("kerstmis", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("kerst", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("kerstdag", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("christmas", Lex::Holiday(Holiday::Fixed(12, 25))),
    ("kerstavond", Lex::Holiday(Holiday::Fixed(12, 24))),
    ("oudejaarsavond", Lex::Holiday(Holiday::Fixed(12, 31))),
    ("oudjaar", Lex::Holiday(Holiday::Fixed(12, 31))),
    ("oudejaarsdag", Lex::Holiday(Holiday::Fixed(12, 31))),
    ("nieuwjaarsdag", Lex::Holiday(Holiday::Fixed(1, 1))),
    ("nieuwjaar", Lex::Holiday(Holiday::Fixed(1, 1))),
    ("valentijnsdag", Lex::Holiday(Holiday::Fixed(2, 14))),
    ("halloween", Lex::Holiday(Holiday::Fixed(10, 31))),
    ("bevrijdingsdag", Lex::Holiday(Holiday::Fixed(5, 5))),
    ("dodenherdenking", Lex::Holiday(Holiday::Fixed(5, 4))),
    ("sinterklaas", Lex::Holiday(Holiday::Fixed(12, 5))),
    ("sinterklaasavond", Lex::Holiday(Holiday::Fixed(12, 5))),
    ("pakjesavond", Lex::Holiday(Holiday::Fixed(12, 5))),
    ("koninginnedag", Lex::Holiday(Holiday::Fixed(4, 30))),
    ("koningsdag", Lex::Holiday(Holiday::KingsDay)),
    ("pasen", Lex::Holiday(Holiday::Easter(0))),
    ("paaszondag", Lex::Holiday(Holiday::Easter(0))),
    ("easter", Lex::Holiday(Holiday::Easter(0))),
    ("paasmaandag", Lex::Holiday(Holiday::Easter(1))),
    ("witte donderdag", Lex::Holiday(Holiday::Easter(-3))),
    ("hemelvaartsdag", Lex::Holiday(Holiday::Easter(39))),
    ("hemelvaart", Lex::Holiday(Holiday::Easter(39))),
    ("pinksteren", Lex::Holiday(Holiday::Easter(49))),
    ("pinksterzondag", Lex::Holiday(Holiday::Easter(49))),
    ("pinkstermaandag", Lex::Holiday(Holiday::Easter(50))),
    ("pentecost", Lex::Holiday(Holiday::Easter(49))),
    ("carnaval", Lex::Holiday(Holiday::Easter(-49))),
    ("aswoensdag", Lex::Holiday(Holiday::Easter(-46))),
    ("prinsjesdag", Lex::Holiday(Holiday::NthWeekday(9, 2, 3))),
    ("thanksgiving", Lex::Holiday(Holiday::NthWeekday(11, 4, 4))),
    ("ramadan", Lex::Holiday(Holiday::Ramadan)),
    ("9/11", Lex::Holiday(Holiday::NineEleven)),
    ("noon", Lex::Clock(12, 0)),
    ("midday", Lex::Clock(12, 0)),
    ("midnight", Lex::Clock(0, 0)),
    ("middernacht", Lex::Clock(0, 0)),
];

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::new()
    }
}

impl Lexicon {
    /// Build the table.
    pub fn new() -> Lexicon {
        let mut words = HashMap::with_capacity_and_hasher(700, FnvBuild::default());
        for &(w, m) in MONTHS {
            words.insert(w, Lex::Month(m));
        }
        for &(w, d) in WEEKDAYS {
            words.insert(w, Lex::Weekday(d));
        }
        for &(w, u, p) in UNITS {
            words.insert(w, Lex::Unit(u, p));
        }
        for &(w, k) in KEYWORDS {
            words.insert(w, Lex::Kw(k));
        }
        for &(w, l) in OTHERS {
            words.insert(w, l);
        }
        Lexicon { words }
    }

    /// Classify one token (`lower` is its lower-cased form).
    pub fn classify(&self, lower: &str, kind: TokenKind) -> Lex {
        match kind {
            TokenKind::Number if !lower.starts_with(['\'', '’']) => return number(lower),
            TokenKind::Ordinal => return parse_ordinal(lower).map_or(Lex::Other, Lex::Ord),
            TokenKind::Time => return clock(lower),
            TokenKind::Date => {
                if let Some(l) = self.words.get(lower) {
                    return *l;
                }
                return digit_date(lower);
            }
            TokenKind::Punct => {
                return if lower == "," {
                    Lex::Kw(Kw::Comma)
                } else {
                    Lex::Other
                };
            }
            _ => {}
        }
        if let Some(l) = self.words.get(lower) {
            return *l;
        }
        let trimmed = lower.strip_suffix('.').unwrap_or(lower);
        if trimmed.len() != lower.len()
            && let Some(l @ Lex::Month(_)) = self.words.get(trimmed)
        {
            return *l;
        }
        let first = lower.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_digit() {
            return digits_word(lower);
        }
        if first == b'\'' || lower.starts_with('’') {
            // '90s, '90
            let rest = lower.trim_start_matches(['\'', '’']);
            let rest = rest.strip_suffix('s').unwrap_or(rest);
            if rest.len() == 2
                && let Ok(n) = rest.parse::<u8>()
                && n % 10 == 0
            {
                return Lex::DecadeShort(n);
            }
            return Lex::Other;
        }
        if let Some((a, b)) = lower.split_once('-') {
            return self.hyphenated(a, b);
        }
        if !maybe_number(lower) {
            return Lex::Other;
        }
        if let Some(n) = parse_nl(lower).or_else(|| parse_en(lower)) {
            return Lex::Num(n);
        }
        if let Some(n) = parse_ordinal(lower) {
            return Lex::Ord(n);
        }
        if let Some(stem) = lower.strip_suffix("ies")
            && let Some(n) = parse_en(&format!("{stem}y"))
            && n >= 20
            && n % 10 == 0
        {
            // the nineties
            return Lex::DecadeShort(n as u8);
        }
        Lex::Other
    }

    /// Classify a hyphenated compound `a-b` (`third-quarter`, `two-year`, `mid-2021`).
    pub fn hyphenated(&self, a: &str, b: &str) -> Lex {
        let left = self.words.get(a).copied();
        let right = self.words.get(b).copied();
        match (left, right) {
            (Some(Lex::Kw(k @ (Kw::Mid | Kw::Start | Kw::End))), Some(Lex::Month(m))) => {
                return Lex::ModMonth(k, m);
            }
            (Some(Lex::Kw(Kw::Half)), Some(Lex::Month(m))) => return Lex::ModMonth(Kw::Mid, m),
            // "day-long", "year-long": one unit
            (Some(Lex::Unit(u, false)), Some(Lex::Kw(Kw::Long))) => return Lex::NumUnit(1, u),
            // "mid-afternoon", "mid-morning": that part of the day
            (Some(Lex::Kw(Kw::Mid)), Some(Lex::Pod(p))) => return Lex::DayPod(0, p),
            (Some(Lex::Unit(u, _)), Some(Lex::Kw(Kw::Earlier | Kw::Ago))) => {
                return Lex::RelUnit(-1, u);
            }
            (Some(Lex::Kw(Kw::Mid | Kw::Start | Kw::End)), _) | (Some(Lex::Kw(Kw::Half)), _) => {
                if let Ok(y) = b.parse::<i32>()
                    && (1000..=2999).contains(&y)
                {
                    let k = match left {
                        Some(Lex::Kw(Kw::Half)) => Kw::Mid,
                        Some(Lex::Kw(k)) => k,
                        _ => Kw::Mid,
                    };
                    return Lex::ModYear(k, y);
                }
            }
            _ => {}
        }
        if let Some(Lex::Unit(u, _)) = right {
            if let Some(n) = parse_en(a)
                .or_else(|| parse_nl(a))
                .or_else(|| a.parse().ok())
            {
                return Lex::NumUnit(n, u);
            }
            if let Some(n) = parse_ordinal(a) {
                return Lex::OrdUnit(n, u);
            }
        }
        if let Some(n) = parse_en(&format!("{a}-{b}")) {
            return Lex::Num(n);
        }
        if let Some(n) = parse_ordinal(&format!("{a}-{b}")) {
            return Lex::Ord(n);
        }
        Lex::Other
    }
}

fn number(s: &str) -> Lex {
    if s.len() <= 4
        && let Ok(n) = s.parse::<u32>()
    {
        return Lex::Num(n);
    }
    Lex::Other
}

fn digits_word(s: &str) -> Lex {
    // 1990s
    if let Some(d) = s.strip_suffix('s')
        && d.len() == 4
        && let Ok(n) = d.parse::<i32>()
        && n % 10 == 0
    {
        return Lex::Decade(n / 10);
    }
    if let Some(n) = parse_ordinal(s) {
        return Lex::Ord(n);
    }
    if let Some((a, b)) = s.split_once('-')
        && let (Ok(n), Some(Lex::Unit(u, _))) = (
            a.parse::<u32>(),
            UNITS.iter().find(|x| x.0 == b).map(|x| Lex::Unit(x.1, x.2)),
        )
    {
        return Lex::NumUnit(n, u);
    }
    number(s)
}

fn clock(s: &str) -> Lex {
    let Some((h, m)) = s.split_once(['.', ':']) else {
        return Lex::Other;
    };
    let m = m.get(..2).unwrap_or(m);
    match (h.parse::<u8>(), m.parse::<u8>()) {
        (Ok(h), Ok(m)) if h < 24 && m < 60 && !h_is_decimalish(s) => Lex::Clock(h, m),
        _ => Lex::Other,
    }
}

fn h_is_decimalish(s: &str) -> bool {
    s.split([':', '.']).count() > 3
}

fn digit_date(s: &str) -> Lex {
    let iso = s.len() == 10 && s.as_bytes().get(4) == Some(&b'-');
    let mut parts = [0u32; 3];
    let mut n = 0u8;
    for p in s.split(['-', '/', '.']) {
        if n == 3 {
            return Lex::Other;
        }
        match p.parse::<u32>() {
            Ok(v) => parts[usize::from(n)] = v,
            Err(_) => return Lex::Other,
        }
        n += 1;
    }
    if n < 2 {
        return Lex::Other;
    }
    // 1/2, 3/8, 7/16: a fraction (odd numerator below a power-of-two denominator), not a date
    if n == 2
        && s.contains('/')
        && parts[0] % 2 == 1
        && parts[1].is_power_of_two()
        && parts[0] < parts[1]
    {
        return Lex::Other;
    }
    Lex::DigitDate(parts, n, iso)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_pass_the_start_filter() {
        let words = [
            "nul",
            "een",
            "één",
            "eén",
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
            "twintig",
            "dertig",
            "veertig",
            "vijftig",
            "zestig",
            "zeventig",
            "tachtig",
            "negentig",
            "honderd",
            "duizend",
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "dozen",
            "eerste",
            "first",
            "derde",
            "third",
            "second",
            "fifth",
            "eighth",
            "ninth",
            "twelfth",
            "achtste",
            "nineties",
        ];
        for w in words {
            assert!(number_start(w), "{w}");
        }
        let l = Lexicon::new();
        assert_eq!(l.classify("tweeduizend", TokenKind::Word), Lex::Num(2000));
        assert_eq!(l.classify("thirsty", TokenKind::Word), Lex::Other);
        for (w, n) in [("sixty", 60), ("eighty", 80), ("zero", 0), ("ninety", 90)] {
            assert_eq!(l.classify(w, TokenKind::Word), Lex::Num(n), "{w}");
        }
    }

    #[test]
    fn classifies() {
        let l = Lexicon::new();
        assert_eq!(l.classify("augustus", TokenKind::Word), Lex::Month(8));
        assert_eq!(l.classify("aug.", TokenKind::Abbreviation), Lex::Month(8));
        assert_eq!(l.classify("eenentwintig", TokenKind::Word), Lex::Num(21));
        assert_eq!(l.classify("1990s", TokenKind::Word), Lex::Decade(199));
        assert_eq!(
            l.classify("third-quarter", TokenKind::Word),
            Lex::OrdUnit(3, Unit::Quarter)
        );
        assert_eq!(
            l.classify("mid-2021", TokenKind::Word),
            Lex::ModYear(Kw::Mid, 2021)
        );
        assert_eq!(l.classify("14.30", TokenKind::Time), Lex::Clock(14, 30));
        assert_eq!(
            l.classify("20-08-2021", TokenKind::Date),
            Lex::DigitDate([20, 8, 2021], 3, false)
        );
        assert_eq!(
            l.classify("nineties", TokenKind::Word),
            Lex::DecadeShort(90)
        );
    }
}
