//! Recognition: patterns over the classified tokens of one sentence.
//!
//! Each pattern is a small function that tries to read an expression starting at a token and
//! returns where it ends and what it means; at each position the longest reading wins and the
//! scan continues after it. The patterns are written here from the languages themselves (no
//! other tagger's rules were consulted).

use kroniek_core::TimexType;

use crate::lexicon::{Holiday, Kw, Lex, Pod, Unit};
use crate::resolve::{Mod, Sem};

/// A recognised expression: token range `[start, end)`, meaning and type.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Meaning.
    pub sem: Sem,
    /// TIMEX3 type.
    pub kind: TimexType,
}

/// Sentence-level context for the patterns.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context {
    /// English (otherwise Dutch conventions: day before month, `over` = in).
    pub english: bool,
    /// The sentence speaks of the future (will, zal, …): bare weekdays look forward.
    pub future: bool,
}

type Read = Option<(usize, Sem, TimexType)>;

fn kw(lx: &[Lex], i: usize, k: Kw) -> bool {
    matches!(lx.get(i), Some(Lex::Kw(x)) if *x == k
        || (k == Kw::This && *x == Kw::Current)
        || (k == Kw::Last && *x == Kw::Past))
}

fn is_year(n: u32) -> bool {
    (1000..=2999).contains(&n)
}

/// A quantity at `i`: (end, lo, hi). Digits, number words, "twenty four", "een paar",
/// "a few", "a couple of", "een"/"a".
fn quantity(lx: &[Lex], i: usize) -> Option<(usize, u32, u32)> {
    match lx.get(i)? {
        Lex::Num(a) => {
            if let Some(Lex::Num(b)) = lx.get(i + 1)
                && *a >= 20
                && *a < 100
                && a % 10 == 0
                && *b < 10
            {
                return Some((i + 2, a + b, a + b));
            }
            Some((i + 1, *a, *a))
        }
        Lex::Vague(lo, hi) => {
            let e = if kw(lx, i + 1, Kw::Of) { i + 2 } else { i + 1 };
            Some((e, u32::from(*lo), u32::from(*hi)))
        }
        Lex::Kw(Kw::A) => match lx.get(i + 1) {
            Some(Lex::Vague(lo, hi)) => {
                let e = if kw(lx, i + 2, Kw::Of) { i + 3 } else { i + 2 };
                Some((e, u32::from(*lo), u32::from(*hi)))
            }
            Some(Lex::Num(12)) => Some((i + 2, 12, 12)),
            _ => Some((i + 1, 1, 1)),
        },
        _ => None,
    }
}

/// A quantity followed by a unit: (end, lo, hi, unit).
fn amount(lx: &[Lex], i: usize) -> Option<(usize, u32, u32, Unit)> {
    if let Some(Lex::NumUnit(n, u)) = lx.get(i) {
        // "three-quarters of the shares": a fraction
        if *u == Unit::Quarter && kw(lx, i + 1, Kw::Of) {
            return None;
        }
        return Some((i + 1, *n, *n, *u));
    }
    let (mut e, lo, hi) = quantity(lx, i)?;
    // "two more weeks", "20 more years": the amount still counts (not "a more ...")
    if kw(lx, e, Kw::More) && !kw(lx, i, Kw::A) && matches!(lx.get(e + 1), Some(Lex::Unit(..))) {
        e += 1;
    }
    // "an additional year", "two extra days"
    if kw(lx, e, Kw::Additional) && matches!(lx.get(e + 1), Some(Lex::Unit(..))) {
        e += 1;
    }
    // "een half jaar"
    if kw(lx, e, Kw::Half)
        && let Some(Lex::Unit(Unit::Year, _)) = lx.get(e + 1)
        && lo == 1
    {
        return Some((e + 2, 6, 6, Unit::Month));
    }
    match lx.get(e)? {
        // "a second time", "a quarter of the shares": an ordinal and a fraction
        Lex::Unit(Unit::Second, false) if kw(lx, i, Kw::A) => None,
        Lex::Unit(Unit::Quarter, false) if kw(lx, e + 1, Kw::Of) => None,
        Lex::Unit(u, _) => Some((e + 1, lo, hi, *u)),
        _ => None,
    }
}

fn dur_value(lo: u32, hi: u32, unit: Unit) -> String {
    let code = unit.duration_code();
    let (t, c) = match code.strip_prefix('T') {
        Some(c) => ("T", c),
        None => ("", code),
    };
    let (n, c) = match unit {
        Unit::Decade => (
            if lo == hi {
                (lo * 10).to_string()
            } else {
                "X".into()
            },
            "Y",
        ),
        Unit::Century => (
            if lo == hi {
                (lo * 100).to_string()
            } else {
                "X".into()
            },
            "Y",
        ),
        _ => (if lo == hi { lo.to_string() } else { "X".into() }, c),
    };
    format!("P{t}{n}{c}")
}

/// A full or partial calendar date starting at `i`.
fn date(lx: &[Lex], i: usize, cx: Context) -> Read {
    let year_at = |j: usize| -> Option<(usize, i32)> {
        let j = if kw(lx, j, Kw::Comma) { j + 1 } else { j };
        match lx.get(j) {
            Some(Lex::Num(y)) if is_year(*y) => Some((j + 1, *y as i32)),
            _ if cx.english => spoken_year(lx, j),
            _ => None,
        }
    };
    let valid_day = |d: u32| (1..=31).contains(&d);
    let mut j = i;
    // optional weekday (zaterdag 21 augustus, Saturday, August 21)
    let weekday = matches!(lx.get(j), Some(Lex::Weekday(_)));
    if weekday {
        j += 1;
        if kw(lx, j, Kw::Comma) {
            j += 1;
        }
    }
    match (lx.get(j), lx.get(j + 1)) {
        (Some(Lex::Num(d) | Lex::Ord(d)), Some(Lex::Month(m))) if valid_day(*d) => {
            let (e, y) = year_at(j + 2).map_or((j + 2, None), |(e, y)| (e, Some(y)));
            return Some((
                e,
                Sem::Date {
                    y,
                    m: *m,
                    d: *d as u8,
                    dir: 0,
                },
                TimexType::Date,
            ));
        }
        (Some(Lex::Ord(d)), Some(Lex::Kw(Kw::Of))) if valid_day(*d) => {
            if let Some(Lex::Month(m)) = lx.get(j + 2) {
                let (e, y) = year_at(j + 3).map_or((j + 3, None), |(e, y)| (e, Some(y)));
                return Some((
                    e,
                    Sem::Date {
                        y,
                        m: *m,
                        d: *d as u8,
                        dir: 0,
                    },
                    TimexType::Date,
                ));
            }
        }
        // (not "January nineteen ninety-seven": a month and a year in words)
        (Some(Lex::Month(m)), Some(Lex::Num(d) | Lex::Ord(d)))
            if valid_day(*d) && !(cx.english && spoken_year(lx, j + 1).is_some()) =>
        {
            let (e, y) = year_at(j + 2).map_or((j + 2, None), |(e, y)| (e, Some(y)));
            return Some((
                e,
                Sem::Date {
                    y,
                    m: *m,
                    d: *d as u8,
                    dir: 0,
                },
                TimexType::Date,
            ));
        }
        (Some(Lex::Month(m)), _) if !weekday => {
            // June last year, March next year
            if let Some(shift) = year_shift(lx, j + 1) {
                return Some((j + 3, Sem::InYear { shift, m: *m, q: 0 }, TimexType::Date));
            }
            let j2 = if kw(lx, j + 1, Kw::Of) { j + 2 } else { j + 1 };
            if let Some((e, y)) = year_at(j2) {
                return Some((
                    e,
                    Sem::Month {
                        y: Some(y),
                        m: *m,
                        dir: 0,
                    },
                    TimexType::Date,
                ));
            }
            return Some((
                j + 1,
                Sem::Month {
                    y: None,
                    m: *m,
                    dir: 0,
                },
                TimexType::Date,
            ));
        }
        (Some(Lex::DigitDate(p, n, iso)), _) => {
            let (y, m, d) = match (n, iso, cx.english) {
                (3, true, _) => (Some(p[0] as i32), p[1], p[2]),
                (3, false, false) => (Some(p[2] as i32), p[1], p[0]),
                (3, false, true) if p[0] <= 12 => (Some(p[2] as i32), p[0], p[1]),
                (3, false, true) => (Some(p[2] as i32), p[1], p[0]),
                (2, _, false) => (None, p[1], p[0]),
                (2, _, true) if p[0] <= 12 => (None, p[0], p[1]),
                (2, _, true) => (None, p[1], p[0]),
                _ => return None,
            };
            let y = match y {
                Some(y) if y < 100 => Some(if y < 50 { 2000 + y } else { 1900 + y }),
                y => y,
            };
            if !(1..=12).contains(&m) || !valid_day(d) || y.is_some_and(|y| !is_year(y as u32)) {
                return None;
            }
            return Some((
                j + 1,
                Sem::Date {
                    y,
                    m: m as u8,
                    d: d as u8,
                    dir: 0,
                },
                TimexType::Date,
            ));
        }
        (Some(Lex::Weekday(_)), _) => {}
        _ => {}
    }
    if weekday {
        return None;
    }
    match lx.get(i)? {
        // nineteen ninety-six, twenty twenty
        Lex::Num(_) if cx.english && word_year(lx, i).is_some() => {
            let (e, y) = word_year(lx, i)?;
            Some((e, Sem::Year(y), TimexType::Date))
        }
        Lex::Num(y) if is_year(*y) => {
            let plain = (1900..=2099).contains(y)
                || (i > 0
                    && matches!(
                        lx.get(i - 1),
                        Some(Lex::Kw(
                            Kw::In | Kw::Since | Kw::Of | Kw::Before | Kw::After | Kw::Fiscal
                        ))
                    ));
            if plain && !matches!(lx.get(i + 1), Some(Lex::Unit(..) | Lex::Num(_))) {
                return Some((i + 1, Sem::Year(*y as i32), TimexType::Date));
            }
            None
        }
        Lex::Kw(Kw::Fiscal) => match lx.get(i + 1) {
            Some(Lex::Num(y)) if is_year(*y) => {
                Some((i + 2, Sem::Year(*y as i32), TimexType::Date))
            }
            _ => None,
        },
        Lex::Decade(d) => Some((i + 1, Sem::Decade(*d), TimexType::Date)),
        Lex::DecadeShort(n) => Some((i + 1, Sem::DecadeShort(*n), TimexType::Date)),
        Lex::Unit(Unit::Year, true) => match lx.get(i + 1) {
            // de jaren negentig, jaren '90, jaren 90
            Some(Lex::Num(n)) if (10..=90).contains(n) && n % 10 == 0 => {
                Some((i + 2, Sem::DecadeShort(*n as u8), TimexType::Date))
            }
            Some(Lex::DecadeShort(n)) => Some((i + 2, Sem::DecadeShort(*n), TimexType::Date)),
            Some(Lex::Num(y)) if is_year(*y) && y % 10 == 0 => {
                Some((i + 2, Sem::Decade(*y as i32 / 10), TimexType::Date))
            }
            _ => None,
        },
        Lex::Ord(n) => match lx.get(i + 1) {
            Some(Lex::Unit(Unit::Century, false)) if (1..=30).contains(n) => {
                Some((i + 2, Sem::Century(*n as i32 - 1), TimexType::Date))
            }
            Some(Lex::Unit(Unit::Quarter, false)) if (1..=4).contains(n) => {
                quarter_year(lx, i + 2, *n as u8)
            }
            Some(Lex::Holiday(h)) => {
                // eerste/tweede kerstdag, tweede paasdag
                let h = match (h, n) {
                    (Holiday::Fixed(12, 25), 2) => Holiday::Fixed(12, 26),
                    (Holiday::Easter(0), 2) => Holiday::Easter(1),
                    (Holiday::Easter(49), 2) => Holiday::Easter(50),
                    (h, 1) => *h,
                    _ => return None,
                };
                holiday_year(lx, i + 2, h, 0)
            }
            _ => None,
        },
        Lex::OrdUnit(n, Unit::Quarter) if (1..=4).contains(n) => quarter_year(lx, i + 1, *n as u8),
        Lex::Unit(Unit::Second, false)
            if matches!(lx.get(i + 1), Some(Lex::Unit(Unit::Quarter, false))) =>
        {
            quarter_year(lx, i + 2, 2)
        }
        Lex::OrdUnit(n, Unit::Century) if (1..=30).contains(n) => {
            Some((i + 1, Sem::Century(*n as i32 - 1), TimexType::Date))
        }
        Lex::Season(s) => {
            let j = if kw(lx, i + 1, Kw::Of) { i + 2 } else { i + 1 };
            if cx.english
                && let Some((e, y)) = spoken_year(lx, j)
            {
                return Some((
                    e,
                    Sem::Season {
                        y: Some(y),
                        s: *s,
                        dir: 0,
                    },
                    TimexType::Date,
                ));
            }
            match lx.get(j) {
                Some(Lex::Num(y)) if is_year(*y) => Some((
                    j + 1,
                    Sem::Season {
                        y: Some(*y as i32),
                        s: *s,
                        dir: 0,
                    },
                    TimexType::Date,
                )),
                _ => {
                    // a bare season needs a determiner before it ("het najaar", "the summer",
                    // "the early summer")
                    let det = |k: usize| k > 0 && kw(lx, k - 1, Kw::Det);
                    let modified = i > 0
                        && matches!(lx.get(i - 1), Some(Lex::Kw(k)) if modifier(*k).is_some())
                        && det(i - 1);
                    (det(i) || modified).then(|| {
                        (
                            i + 1,
                            Sem::Season {
                                y: None,
                                s: *s,
                                dir: 0,
                            },
                            TimexType::Date,
                        )
                    })
                }
            }
        }
        Lex::Holiday(Holiday::NineEleven) => Some((
            i + 1,
            Sem::Holiday {
                h: Holiday::NineEleven,
                y: None,
                dir: 0,
            },
            TimexType::Date,
        )),
        // English "Election Day" (the word "election" alone is no time)
        Lex::Kw(Kw::Election)
            if cx.english && matches!(lx.get(i + 1), Some(Lex::Unit(Unit::Day, false))) =>
        {
            holiday_year(lx, i + 1, Holiday::ElectionDay, 0)
        }
        // English "Easter week": the week of the holiday
        Lex::Holiday(h)
            if cx.english && matches!(lx.get(i + 1), Some(Lex::Unit(Unit::Week, false))) =>
        {
            let day = Sem::Holiday {
                h: *h,
                y: None,
                dir: 0,
            };
            Some((i + 2, Sem::WeekOf(Box::new(day)), TimexType::Date))
        }
        Lex::Holiday(h) => holiday_year(lx, i + 1, *h, 0),
        Lex::ModYear(k, y) => {
            let m = modifier(*k)?;
            Some((i + 1, Sem::Mod(m, Box::new(Sem::Year(*y))), TimexType::Date))
        }
        Lex::ModMonth(k, mo) => {
            let m = modifier(*k)?;
            let (e, y) = match lx.get(i + 1) {
                Some(Lex::Num(y)) if is_year(*y) => (i + 2, Some(*y as i32)),
                _ => (i + 1, None),
            };
            Some((
                e,
                Sem::Mod(m, Box::new(Sem::Month { y, m: *mo, dir: 0 })),
                TimexType::Date,
            ))
        }
        _ => None,
    }
}

/// A year said in two numbers at `i` ("nineteen ninety-six"): (end, year).
fn word_year(lx: &[Lex], i: usize) -> Option<(usize, i32)> {
    match (lx.get(i)?, lx.get(i + 1)?) {
        (Lex::Num(c), Lex::Num(n))
            if (11..=20).contains(c)
                && (10..=99).contains(n)
                && !matches!(lx.get(i + 2), Some(Lex::Unit(..))) =>
        {
            Some((i + 2, (c * 100 + n) as i32))
        }
        _ => None,
    }
}

/// A day of the month at `i` (a number or ordinal from 1 to 31).
fn day_number_at(lx: &[Lex], i: usize) -> Option<u8> {
    match lx.get(i)? {
        Lex::Num(d) | Lex::Ord(d) if (1..=31).contains(d) => Some(*d as u8),
        _ => None,
    }
}

/// A year in words where the context says it is a year (after a month, a season, "the
/// year"): "nineteen ninety-six", and also "two thousand", "two thousand one" (which alone
/// would be a count).
fn spoken_year(lx: &[Lex], i: usize) -> Option<(usize, i32)> {
    if let Some(r) = word_year(lx, i) {
        return Some(r);
    }
    match (lx.get(i)?, lx.get(i + 1)?) {
        (Lex::Num(2), Lex::Num(1000)) => match lx.get(i + 2) {
            Some(Lex::Num(n)) if (1..100).contains(n) => Some((i + 3, 2000 + *n as i32)),
            Some(Lex::Unit(..)) => None,
            _ => Some((i + 2, 2000)),
        },
        _ => None,
    }
}

/// "last year", "this year", "next year" at `i`: the shift in years.
fn year_shift(lx: &[Lex], i: usize) -> Option<i32> {
    let shift = match lx.get(i)? {
        Lex::Kw(Kw::Last | Kw::Past) => -1,
        Lex::Kw(Kw::This | Kw::Current) => 0,
        Lex::Kw(Kw::Next) => 1,
        _ => return None,
    };
    matches!(lx.get(i + 1), Some(Lex::Unit(Unit::Year, false))).then_some(shift)
}

/// An ordinal quarter at `i` ("third quarter", "third-quarter", "second quarter"): (end, q).
fn ord_quarter(lx: &[Lex], i: usize) -> Option<(usize, u8)> {
    match (lx.get(i)?, lx.get(i + 1)) {
        (Lex::OrdUnit(q, Unit::Quarter), _) if (1..=4).contains(q) => Some((i + 1, *q as u8)),
        (Lex::Ord(q), Some(Lex::Unit(Unit::Quarter, false))) if (1..=4).contains(q) => {
            Some((i + 2, *q as u8))
        }
        (Lex::Unit(Unit::Second, false), Some(Lex::Unit(Unit::Quarter, false))) => Some((i + 2, 2)),
        _ => None,
    }
}

fn quarter_year(lx: &[Lex], j: usize, q: u8) -> Read {
    let j2 = if kw(lx, j, Kw::Of) { j + 1 } else { j };
    match lx.get(j2) {
        Some(Lex::Num(y)) if is_year(*y) => Some((
            j2 + 1,
            Sem::Quarter {
                y: Some(*y as i32),
                q,
            },
            TimexType::Date,
        )),
        _ => Some((j, Sem::Quarter { y: None, q }, TimexType::Date)),
    }
}

fn holiday_year(lx: &[Lex], j: usize, h: Holiday, dir: i8) -> Read {
    let j = if matches!(lx.get(j), Some(Lex::Unit(Unit::Day, false))) {
        j + 1
    } else {
        j
    };
    match lx.get(j) {
        Some(Lex::Num(y)) if is_year(*y) => Some((
            j + 1,
            Sem::Holiday {
                h,
                y: Some(*y as i32),
                dir,
            },
            TimexType::Date,
        )),
        _ => Some((j, Sem::Holiday { h, y: None, dir }, TimexType::Date)),
    }
}

fn modifier(k: Kw) -> Option<Mod> {
    match k {
        Kw::Start => Some(Mod::Start),
        Kw::Mid | Kw::Half => Some(Mod::Mid),
        Kw::End => Some(Mod::End),
        Kw::Approx => Some(Mod::Approx),
        _ => None,
    }
}

/// Expressions relative to the reference: vorige week, afgelopen zondag, twee dagen geleden.
fn relative(lx: &[Lex], i: usize, cx: Context) -> Read {
    match lx.get(i)? {
        Lex::DayRel(n) => {
            let day = Sem::Rel {
                unit: Unit::Day,
                lo: i32::from(*n),
                hi: i32::from(*n),
            };
            if let Some(Lex::Pod(pod)) = lx.get(i + 1) {
                return Some((
                    i + 2,
                    Sem::Pod {
                        day: Box::new(day),
                        pod: *pod,
                    },
                    TimexType::Time,
                ));
            }
            Some((i + 1, day, TimexType::Date))
        }
        Lex::DayPod(n, pod) => {
            // English "mid-afternoon yesterday": the part of the day that follows
            let (e, n) = match lx.get(i + 1) {
                Some(Lex::DayRel(d)) if cx.english && *n == 0 => (i + 2, *d),
                _ => (i + 1, *n),
            };
            let day = Sem::Rel {
                unit: Unit::Day,
                lo: i32::from(n),
                hi: i32::from(n),
            };
            Some((
                e,
                Sem::Pod {
                    day: Box::new(day),
                    pod: *pod,
                },
                TimexType::Time,
            ))
        }
        // English "at a later date": the future
        Lex::Kw(Kw::A) if cx.english && kw(lx, i + 1, Kw::Later) && kw(lx, i + 2, Kw::DateWord) => {
            Some((i + 3, Sem::Ref("FUTURE_REF"), TimexType::Date))
        }
        // English "mid afternoon (yesterday)"
        Lex::Kw(Kw::Mid) if cx.english && matches!(lx.get(i + 1), Some(Lex::Pod(_))) => {
            let Some(Lex::Pod(pod)) = lx.get(i + 1) else {
                return None;
            };
            let (e, n) = match lx.get(i + 2) {
                Some(Lex::DayRel(d)) => (i + 3, *d),
                _ => (i + 2, 0),
            };
            let day = Sem::Rel {
                unit: Unit::Day,
                lo: i32::from(n),
                hi: i32::from(n),
            };
            Some((
                e,
                Sem::Pod {
                    day: Box::new(day),
                    pod: *pod,
                },
                TimexType::Time,
            ))
        }
        Lex::RelUnit(n, u) => {
            let rel = Sem::Rel {
                unit: *u,
                lo: *n,
                hi: *n,
            };
            if cx.english && *n == -1 && *u == Unit::Year {
                // "the year-earlier nine months": the length of that period
                if let Some((e, lo, hi, au)) = amount(lx, i + 1)
                    && matches!(lx.get(i + 1), Some(Lex::Num(_)))
                {
                    return Some((e, Sem::Duration(dur_value(lo, hi, au)), TimexType::Duration));
                }
                // year-earlier, year-ago (quarter, period): TimeBank's financial convention
                let e = if quarter_word(lx, i + 1) {
                    i + 2
                } else {
                    i + 1
                };
                return Some((e, fiscal(1, rel), TimexType::Date));
            }
            Some((i + 1, rel, TimexType::Date))
        }
        Lex::Weekday(wd) => {
            if let Some(Lex::Pod(pod)) = lx.get(i + 1) {
                let dir = if cx.future { 2 } else { 0 };
                let day = Sem::Weekday { wd: *wd, dir };
                return Some((
                    i + 2,
                    Sem::Pod {
                        day: Box::new(day),
                        pod: *pod,
                    },
                    TimexType::Time,
                ));
            }
            let (e, dir) = match lx.get(i + 1) {
                Some(Lex::Kw(Kw::Jl)) => (i + 2, -1),
                Some(Lex::Kw(Kw::As)) => (i + 2, 1),
                _ => (i + 1, if cx.future { 2 } else { 0 }),
            };
            Some((e, Sem::Weekday { wd: *wd, dir }, TimexType::Date))
        }
        Lex::Kw(
            k @ (Kw::Last
            | Kw::Past
            | Kw::Next
            | Kw::This
            | Kw::Current
            | Kw::Following
            | Kw::Preceding),
        ) => {
            let dir: i8 = match k {
                Kw::Last | Kw::Past | Kw::Preceding => -1,
                Kw::Next | Kw::Following => 1,
                _ => 0,
            };
            let det_before = i > 0 && kw(lx, i - 1, Kw::Det);
            // this year's third quarter, next year's first quarter
            if let Some(shift) = year_shift(lx, i)
                && kw(lx, i + 2, Kw::ApoS)
                && let Some((e, q)) = ord_quarter(lx, i + 3)
            {
                return Some((e, Sem::InYear { shift, m: 0, q }, TimexType::Date));
            }
            // English "last year's quarter": the reporting quarter a year back
            if cx.english
                && year_shift(lx, i) == Some(-1)
                && kw(lx, i + 2, Kw::ApoS)
                && quarter_word(lx, i + 3)
            {
                let prev = Sem::Rel {
                    unit: Unit::Quarter,
                    lo: -5,
                    hi: -5,
                };
                return Some((i + 4, fiscal(1, prev), TimexType::Date));
            }
            match lx.get(i + 1) {
                // this fiscal year, last fiscal year
                Some(Lex::Kw(Kw::Fiscal))
                    if cx.english
                        && matches!(lx.get(i + 2), Some(Lex::Unit(Unit::Year, false))) =>
                {
                    let n = i32::from(dir);
                    Some((
                        i + 3,
                        Sem::Rel {
                            unit: Unit::Year,
                            lo: n,
                            hi: n,
                        },
                        TimexType::Date,
                    ))
                }
                Some(Lex::Unit(u, false)) => {
                    if det_before
                        && matches!(k, Kw::Following | Kw::Preceding)
                        && !matches!(u, Unit::Second | Unit::Minute | Unit::Hour)
                    {
                        // "the following year": the year after the narrative's time
                        let n = i32::from(dir);
                        return Some((
                            i + 2,
                            Sem::Narrative {
                                unit: *u,
                                lo: n,
                                hi: n,
                            },
                            TimexType::Date,
                        ));
                    }
                    if matches!(u, Unit::Second | Unit::Minute | Unit::Hour) {
                        return Some((
                            i + 2,
                            Sem::Duration(dur_value(1, 1, *u)),
                            TimexType::Duration,
                        ));
                    }
                    let n = i32::from(dir);
                    Some((
                        i + 2,
                        Sem::Rel {
                            unit: *u,
                            lo: n,
                            hi: n,
                        },
                        TimexType::Date,
                    ))
                }
                Some(Lex::Unit(u, true)) if dir != 0 => Some((
                    i + 2,
                    Sem::Duration(dur_value(1, 2, *u)),
                    TimexType::Duration,
                )),
                Some(Lex::Num(_) | Lex::Vague(..)) if dir != 0 => {
                    let (e, lo, hi, u) = amount(lx, i + 1)?;
                    Some((e, Sem::Duration(dur_value(lo, hi, u)), TimexType::Duration))
                }
                Some(Lex::Weekday(wd)) => {
                    let d = if dir == 0 { 3 } else { dir };
                    let day = Sem::Weekday { wd: *wd, dir: d };
                    if let Some(Lex::Pod(pod)) = lx.get(i + 2) {
                        return Some((
                            i + 3,
                            Sem::Pod {
                                day: Box::new(day),
                                pod: *pod,
                            },
                            TimexType::Time,
                        ));
                    }
                    Some((i + 2, day, TimexType::Date))
                }
                // English "these days": the present
                Some(Lex::Unit(Unit::Day, true)) if cx.english && *k == Kw::This => {
                    Some((i + 2, Sem::Ref("PRESENT_REF"), TimexType::Date))
                }
                // "last Oct. 23": that day, the latest one before the reference
                Some(Lex::Month(m))
                    if dir != 0
                        && let Some(d) = day_number_at(lx, i + 2)
                        && !matches!(lx.get(i + 3), Some(Lex::Unit(..))) =>
                {
                    Some((
                        i + 3,
                        Sem::Date {
                            y: None,
                            m: *m,
                            d,
                            dir,
                        },
                        TimexType::Date,
                    ))
                }
                Some(Lex::Month(m)) => Some((
                    i + 2,
                    Sem::Month {
                        y: None,
                        m: *m,
                        dir,
                    },
                    TimexType::Date,
                )),
                Some(Lex::Season(s)) => Some((
                    i + 2,
                    Sem::Season {
                        y: None,
                        s: *s,
                        dir,
                    },
                    TimexType::Date,
                )),
                Some(Lex::Holiday(h)) => Some((
                    i + 2,
                    Sem::Holiday {
                        h: *h,
                        y: None,
                        dir,
                    },
                    TimexType::Date,
                )),
                // "this morning"; English "last night", "last evening": the day before's
                Some(Lex::Pod(pod))
                    if dir == 0
                        || (cx.english
                            && *k == Kw::Last
                            && matches!(pod, Pod::Night | Pod::Evening)) =>
                {
                    let n = i32::from(dir);
                    let day = Sem::Rel {
                        unit: Unit::Day,
                        lo: n,
                        hi: n,
                    };
                    Some((
                        i + 2,
                        Sem::Pod {
                            day: Box::new(day),
                            pod: *pod,
                        },
                        TimexType::Time,
                    ))
                }
                _ => None,
            }
        }
        Lex::Kw(Kw::Recent) => match lx.get(i + 1) {
            // recent weeks, the recent months: an unspecified stretch up to the reference
            Some(Lex::Unit(u, true)) => Some((
                i + 2,
                Sem::Duration(dur_value(1, 2, *u)),
                TimexType::Duration,
            )),
            _ => None,
        },
        Lex::Kw(Kw::Earlier | Kw::Later) => {
            // earlier this month, later dit jaar
            if (kw(lx, i + 1, Kw::This) || kw(lx, i + 1, Kw::Det))
                && let Some(Lex::Unit(u, false)) = lx.get(i + 2)
            {
                return Some((
                    i + 3,
                    Sem::Rel {
                        unit: *u,
                        lo: 0,
                        hi: 0,
                    },
                    TimexType::Date,
                ));
            }
            None
        }
        Lex::Kw(Kw::Over) if !cx.english => {
            // over drie weken
            let (e, lo, hi, u) = amount(lx, i + 1)?;
            Some((
                e,
                Sem::Rel {
                    unit: u,
                    lo: lo as i32,
                    hi: hi as i32,
                },
                TimexType::Date,
            ))
        }
        Lex::Ref("SINCE_THEN") => Some((i + 1, Sem::SinceThen, TimexType::Date)),
        Lex::Ref(r) => Some((i + 1, Sem::Ref(r), TimexType::Date)),
        _ => None,
    }
}

/// A quantity with a unit and what follows it: geleden/ago, eerder/later, voor/na X, lang.
fn amount_phrase(lx: &[Lex], i: usize, cx: Context) -> Read {
    let (e, lo, hi, u) = amount(lx, i)?;
    let (lo_i, hi_i) = (lo as i32, hi as i32);
    match lx.get(e) {
        Some(Lex::Kw(Kw::Ago)) => {
            let rel = Sem::Rel {
                unit: u,
                lo: -hi_i,
                hi: -lo_i,
            };
            let sem = if cx.english && u == Unit::Year && lo == 1 && hi == 1 {
                fiscal(1, rel)
            } else {
                rel
            };
            return Some((e + 1, sem, TimexType::Date));
        }
        Some(Lex::Kw(Kw::Earlier)) => {
            let nar = Sem::Narrative {
                unit: u,
                lo: -hi_i,
                hi: -lo_i,
            };
            let sem = if cx.english && u == Unit::Year && lo == 1 && hi == 1 {
                fiscal(1, nar)
            } else {
                nar
            };
            return Some((e + 1, sem, TimexType::Date));
        }
        Some(Lex::Kw(Kw::Later)) => {
            return Some((
                e + 1,
                Sem::Narrative {
                    unit: u,
                    lo: lo_i,
                    hi: hi_i,
                },
                TimexType::Date,
            ));
        }
        Some(Lex::Kw(k @ (Kw::Before | Kw::After))) => {
            let before = *k == Kw::Before;
            let k2 = if kw(lx, e + 1, Kw::Of) { e + 2 } else { e + 1 };
            if let Some((ae, asem, _)) = date(lx, k2, cx).or_else(|| relative(lx, k2, cx)) {
                return Some((
                    ae,
                    Sem::Anchored {
                        unit: u,
                        lo: lo_i,
                        hi: hi_i,
                        before,
                        anchor: Some(Box::new(asem)),
                        name: String::new(),
                    },
                    TimexType::Date,
                ));
            }
            if kw(lx, k2, Kw::Det) && matches!(lx.get(k2 + 1), Some(Lex::Other)) {
                return Some((
                    k2 + 2,
                    Sem::Anchored {
                        unit: u,
                        lo: lo_i,
                        hi: hi_i,
                        before,
                        anchor: None,
                        name: String::new(),
                    },
                    TimexType::Date,
                ));
            }
        }
        _ => {}
    }
    if matches!(u, Unit::Hour) && lo == hi && (i > 0 && kw(lx, i - 1, Kw::At)) && lo <= 24 {
        return Some((
            e,
            Sem::Clock {
                day: None,
                h: lo as u8 % 24,
                m: 0,
            },
            TimexType::Time,
        ));
    }
    let e = if kw(lx, e, Kw::Long) { e + 1 } else { e };
    // "two-year" before a noun stays a duration
    Some((e, Sem::Duration(dur_value(lo, hi, u)), TimexType::Duration))
}

/// Clock times: om 14.30 uur, 8:30 p.m., half negen, kwart over acht.
fn clock(lx: &[Lex], i: usize, cx: Context) -> Read {
    let j = if kw(lx, i, Kw::At) { i + 1 } else { i };
    let (mut e, mut h, m) = match (lx.get(j), lx.get(j + 1), lx.get(j + 2)) {
        (Some(Lex::Clock(h, m)), _, _) => (j + 1, *h, *m),
        // Dutch "half zes" = 5:30 (English "half a dozen" is no clock time)
        (Some(Lex::Kw(Kw::Half)), Some(Lex::Num(h)), _) if !cx.english && (1..=12).contains(h) => {
            (j + 2, (*h as u8 + 11) % 12, 30)
        }
        (Some(Lex::Kw(Kw::QuarterWord)), Some(Lex::Kw(Kw::Over | Kw::In)), Some(Lex::Num(h)))
            if (1..=12).contains(h) =>
        {
            (j + 3, *h as u8, 15)
        }
        (Some(Lex::Kw(Kw::QuarterWord)), Some(Lex::Kw(Kw::Before)), Some(Lex::Num(h)))
            if (1..=12).contains(h) =>
        {
            (j + 3, (*h as u8 + 11) % 12, 45)
        }
        (Some(Lex::Num(h)), Some(Lex::Kw(Kw::Am | Kw::Pm | Kw::OClock)), _)
            if (1..=12).contains(h) =>
        {
            (j + 1, *h as u8, 0)
        }
        (Some(Lex::Num(h)), Some(Lex::Unit(Unit::Hour, false)), _) if j > i && *h <= 24 => {
            (j + 1, *h as u8 % 24, 0)
        }
        // English "4 in the morning"
        (Some(Lex::Num(h)), Some(Lex::Kw(Kw::In)), Some(Lex::Kw(Kw::Det)))
            if cx.english && (1..=12).contains(h) && matches!(lx.get(j + 3), Some(Lex::Pod(_))) =>
        {
            (j + 1, *h as u8, 0)
        }
        _ => return None,
    };
    match lx.get(e) {
        Some(Lex::Kw(Kw::Pm)) => {
            if h < 12 {
                h += 12;
            }
            e += 1;
        }
        Some(Lex::Kw(Kw::Am)) => {
            if h == 12 {
                h = 0;
            }
            e += 1;
        }
        Some(Lex::Kw(Kw::OClock)) | Some(Lex::Unit(Unit::Hour, false)) => e += 1,
        _ => {}
    }
    if kw(lx, e, Kw::Zone) {
        e += 1;
    }
    // English "10 in the evening", "4 in the morning"
    if cx.english
        && kw(lx, e, Kw::In)
        && kw(lx, e + 1, Kw::Det)
        && let Some(Lex::Pod(pod)) = lx.get(e + 2)
    {
        if matches!(pod, Pod::Afternoon | Pod::Evening) && h < 12 {
            h += 12;
        }
        e += 3;
    }
    // 's avonds after a clock time: "om acht uur 's avonds"
    if kw(lx, e, Kw::ApoS)
        && let Some(Lex::PodAdv(pod)) = lx.get(e + 1)
    {
        if matches!(pod, Pod::Afternoon | Pod::Evening) && h < 12 {
            h += 12;
        }
        e += 2;
    }
    Some((e, Sem::Clock { day: None, h, m }, TimexType::Time))
}

/// Sets: elke maandag, jaarlijks, twee keer per week, twice a week.
fn set(lx: &[Lex], i: usize) -> Read {
    match lx.get(i)? {
        Lex::Freq(u) => Some((i + 1, Sem::Set(dur_value(1, 1, *u), None), TimexType::Set)),
        Lex::Kw(Kw::Every) => match lx.get(i + 1)? {
            Lex::Weekday(wd) => Some((
                i + 2,
                Sem::Set(format!("XXXX-WXX-{wd}"), Some("EVERY".into())),
                TimexType::Set,
            )),
            Lex::Unit(u, _) => Some((
                i + 2,
                Sem::Set(dur_value(1, 1, *u), Some("EVERY".into())),
                TimexType::Set,
            )),
            Lex::Pod(p) => Some((
                i + 2,
                Sem::Set(format!("XXXX-XX-XXT{}", p.code()), Some("EVERY".into())),
                TimexType::Set,
            )),
            Lex::Month(m) => Some((
                i + 2,
                Sem::Set(format!("XXXX-{m:02}"), Some("EVERY".into())),
                TimexType::Set,
            )),
            Lex::Num(_) => {
                let (e, lo, hi, u) = amount(lx, i + 1)?;
                Some((
                    e,
                    Sem::Set(dur_value(lo, hi, u), Some("EVERY".into())),
                    TimexType::Set,
                ))
            }
            _ => None,
        },
        Lex::Kw(Kw::Twice) | Lex::Num(_) => {
            let (n, j) = match lx.get(i)? {
                Lex::Kw(Kw::Twice) => (2, i + 1),
                Lex::Num(n) if kw(lx, i + 1, Kw::Times) => (*n, i + 2),
                _ => return None,
            };
            if (kw(lx, j, Kw::Per) || kw(lx, j, Kw::A))
                && let Some(Lex::Unit(u, false)) = lx.get(j + 1)
            {
                return Some((
                    j + 2,
                    Sem::Set(dur_value(1, 1, *u), Some(format!("{n}X"))),
                    TimexType::Set,
                ));
            }
            None
        }
        _ => None,
    }
}

/// Modifier + expression: begin augustus, eind vorige eeuw, late last century, early 1990s.
fn modified(lx: &[Lex], i: usize, cx: Context) -> Read {
    let Some(Lex::Kw(k)) = lx.get(i) else {
        return None;
    };
    let m = modifier(*k)?;
    let mut j = i + 1;
    if kw(lx, j, Kw::Of) {
        j += 1;
    }
    if kw(lx, j, Kw::Det) {
        j += 1;
    }
    let (e, sem, kind) = best(lx, j, cx, false)?;
    if kind != TimexType::Date || matches!(sem, Sem::Ref(_) | Sem::SinceThen) {
        return None;
    }
    Some((e, Sem::Mod(m, Box::new(sem)), kind))
}

/// A quarter or period word: `quarter`, `period`.
fn quarter_word(lx: &[Lex], i: usize) -> bool {
    matches!(
        lx.get(i),
        Some(Lex::Unit(Unit::Quarter, false)) | Some(Lex::Kw(Kw::Period))
    )
}

/// The reporting quarter of a financial text, `back` years earlier; `fallback` where the text
/// has named no quarter.
fn fiscal(back: i32, fallback: Sem) -> Sem {
    Sem::Fiscal {
        back,
        fallback: Box::new(fallback),
    }
}

/// Determiner phrases: "the future", English "the quarter", "the latest period", "the
/// year-earlier quarter", "the 1988 third quarter", "the year".
fn the_unit(lx: &[Lex], i: usize, cx: Context) -> Read {
    if !kw(lx, i, Kw::Det) {
        return None;
    }
    if kw(lx, i + 1, Kw::Future) {
        return Some((i + 2, Sem::Ref("FUTURE_REF"), TimexType::Date));
    }
    // English "the near future", "the near term", "the short term"
    if cx.english
        && kw(lx, i + 1, Kw::Near)
        && (kw(lx, i + 2, Kw::Future) || kw(lx, i + 2, Kw::Term))
    {
        return Some((i + 3, Sem::Ref("FUTURE_REF"), TimexType::Date));
    }
    // English "in the past" (not "the past two years", which is a longer match)
    if cx.english
        && matches!(lx.get(i + 1), Some(Lex::Kw(Kw::Past)))
        && best(lx, i + 1, cx, true).is_none_or(|r| r.0 <= i + 2)
    {
        return Some((i + 2, Sem::Ref("PAST_REF"), TimexType::Date));
    }
    if !cx.english {
        return None;
    }
    // "the year 1999", "the year two thousand": the year
    if matches!(lx.get(i + 1), Some(Lex::Unit(Unit::Year, false))) {
        let named = match lx.get(i + 2) {
            Some(Lex::Num(y)) if is_year(*y) => Some((i + 3, *y as i32)),
            _ => spoken_year(lx, i + 2),
        };
        if let Some((e, y)) = named {
            return Some((e, Sem::Year(y), TimexType::Date));
        }
    }
    // "the quarter a year ago", "the comparable period last year": the reporting quarter a
    // year back
    let k = if kw(lx, i + 1, Kw::Comparable) {
        i + 2
    } else {
        i + 1
    };
    if quarter_word(lx, k) {
        let e = k + 1;
        let back = if year_shift(lx, e) == Some(-1) {
            Some(e + 2)
        } else if kw(lx, e, Kw::A)
            && matches!(lx.get(e + 1), Some(Lex::Unit(Unit::Year, false)))
            && (kw(lx, e + 2, Kw::Ago) || kw(lx, e + 2, Kw::Earlier))
        {
            Some(e + 3)
        } else {
            None
        };
        if let Some(end) = back {
            let prev = Sem::Rel {
                unit: Unit::Quarter,
                lo: -5,
                hi: -5,
            };
            return Some((end, fiscal(1, prev), TimexType::Date));
        }
    }
    let mut j = i + 1;
    if kw(lx, j, Kw::Fiscal) {
        j += 1;
    }
    // "the full year": the year (as "the year")
    if j == i + 1
        && kw(lx, j, Kw::Full)
        && matches!(lx.get(j + 1), Some(Lex::Unit(Unit::Year, false)))
    {
        j += 1;
    }
    if j > i + 1
        && let Some((e, q)) = ord_quarter(lx, j)
    {
        // the fiscal first quarter
        return Some((e, Sem::Quarter { y: None, q }, TimexType::Date));
    }
    match lx.get(j)? {
        // the weeks ahead, the months ahead: an unspecified stretch from the reference on
        Lex::Unit(u, true) if j == i + 1 && kw(lx, j + 1, Kw::Ahead) => Some((
            j + 2,
            Sem::Duration(dur_value(1, 2, *u)),
            TimexType::Duration,
        )),
        // the week of March 6: the ISO week of that day
        Lex::Unit(Unit::Week, false) if j == i + 1 && kw(lx, j + 1, Kw::Of) => {
            let (e, day, _) = date(lx, j + 2, cx)?;
            is_day(&day).then(|| (e, Sem::WeekOf(Box::new(day)), TimexType::Date))
        }
        // the weekend: the last or the coming one, by tense
        Lex::Unit(Unit::Weekend, false) if j == i + 1 => {
            Some((j + 1, Sem::Weekend { dir: 0 }, TimexType::Date))
        }
        Lex::Unit(u @ (Unit::Quarter | Unit::Year), false)
            if !matches!(lx.get(j + 1), Some(Lex::Kw(Kw::Of | Kw::Earlier | Kw::Ago))) =>
        {
            let rel = Sem::Rel {
                unit: *u,
                lo: 0,
                hi: 0,
            };
            let sem = if *u == Unit::Quarter {
                let prev = Sem::Rel {
                    unit: Unit::Quarter,
                    lo: -1,
                    hi: -1,
                };
                fiscal(0, prev)
            } else {
                rel
            };
            Some((j + 1, sem, TimexType::Date))
        }
        // the latest quarter, the latest period
        Lex::Kw(Kw::Latest) if quarter_word(lx, j + 1) => {
            let prev = Sem::Rel {
                unit: Unit::Quarter,
                lo: -1,
                hi: -1,
            };
            Some((j + 2, fiscal(0, prev), TimexType::Date))
        }
        // the year-earlier quarter, the year-ago period
        Lex::RelUnit(-1, Unit::Year) if quarter_word(lx, j + 1) => {
            let prev = Sem::Rel {
                unit: Unit::Quarter,
                lo: -5,
                hi: -5,
            };
            Some((j + 2, fiscal(1, prev), TimexType::Date))
        }
        // the 1988 quarter, the 1988 third quarter, the 1989 period
        Lex::Num(y) if is_year(*y) => {
            let y = *y as i32;
            if let Some((e, q)) = ord_quarter(lx, j + 1) {
                return Some((e, Sem::Quarter { y: Some(y), q }, TimexType::Date));
            }
            quarter_word(lx, j + 1).then_some((j + 2, Sem::FiscalOf { y }, TimexType::Date))
        }
        Lex::Ref(r @ ("FUTURE_REF" | "PAST_REF")) => Some((j + 1, Sem::Ref(r), TimexType::Date)),
        _ => None,
    }
}

/// A quantifier before an amount: "nearly", "more than", "at least", "up to", "over"
/// (English): (tokens, modifier).
fn quantifier(lx: &[Lex], i: usize, cx: Context) -> Option<(usize, Mod)> {
    let Lex::Kw(k) = lx.get(i)? else {
        return None;
    };
    let next = |k2: Kw| kw(lx, i + 1, k2);
    match k {
        Kw::Nearly => Some((1, Mod::LessThan)),
        Kw::More if next(Kw::Than) => Some((2, Mod::MoreThan)),
        Kw::Less if next(Kw::Than) => Some((2, Mod::LessThan)),
        Kw::At if next(Kw::Least) => Some((2, Mod::EqualOrMore)),
        Kw::Up if next(Kw::To) => Some((2, Mod::EqualOrLess)),
        Kw::Over if cx.english => Some((1, Mod::MoreThan)),
        Kw::No if next(Kw::More) && kw(lx, i + 2, Kw::Than) => Some((3, Mod::EqualOrLess)),
        _ => None,
    }
}

/// A quantified amount: "nearly two years", "more than four decades ago", "over an hour".
fn quantified(lx: &[Lex], i: usize, cx: Context) -> Read {
    if !cx.english {
        return None;
    }
    let (n, m) = quantifier(lx, i, cx)?;
    let (e, sem, kind) = amount_phrase(lx, i + n, cx)?;
    match (&sem, kind) {
        (Sem::Duration(_), TimexType::Duration) => Some((e, Sem::Mod(m, Box::new(sem)), kind)),
        // "almost two years ago" keeps its date; the quantifier joins the span
        (Sem::Rel { .. } | Sem::Fiscal { .. }, TimexType::Date) => Some((e, sem, kind)),
        _ => None,
    }
}

/// English "the first nine months", "the first two years": a duration.
fn first_amount(lx: &[Lex], i: usize, cx: Context) -> Read {
    if !cx.english || !kw(lx, i, Kw::Det) || !matches!(lx.get(i + 1), Some(Lex::Ord(1))) {
        return None;
    }
    let (e, lo, hi, u) = amount(lx, i + 2)?;
    if !matches!(lx.get(i + 2), Some(Lex::Num(_))) {
        return None;
    }
    Some((e, Sem::Duration(dur_value(lo, hi, u)), TimexType::Duration))
}

/// English "2 1/2 years", "5 1/2 hours": a whole number and a half of a unit, written with
/// the next smaller unit (`P2Y6M`, `PT5H30M`).
fn plus_half(lx: &[Lex], i: usize, cx: Context) -> Read {
    if !cx.english {
        return None;
    }
    // "a minute and a half", "two years and a half"
    if let Some((e, n, hi, u)) = amount(lx, i)
        && n == hi
        && kw(lx, e, Kw::And)
        && kw(lx, e + 1, Kw::A)
        && kw(lx, e + 2, Kw::Half)
    {
        return Some((e + 3, Sem::Duration(half_value(n, u)?), TimexType::Duration));
    }
    let (Some(Lex::Num(n)), true, Some(Lex::Unit(u, _))) =
        (lx.get(i), kw(lx, i + 1, Kw::PlusHalf), lx.get(i + 2))
    else {
        return None;
    };
    Some((
        i + 3,
        Sem::Duration(half_value(*n, *u)?),
        TimexType::Duration,
    ))
}

/// English "the first/second/last half of 1989", "the second half of the year": the half
/// year (`1989-H2`; "the year" is the reference's).
fn half_year(lx: &[Lex], i: usize, cx: Context) -> Read {
    if !cx.english {
        return None;
    }
    let h = match lx.get(i)? {
        Lex::Ord(1) => 1,
        Lex::Ord(2) | Lex::Unit(Unit::Second, false) | Lex::Kw(Kw::Last) => 2,
        _ => return None,
    };
    if !kw(lx, i + 1, Kw::Half) || !kw(lx, i + 2, Kw::Of) {
        return None;
    }
    match (lx.get(i + 3), lx.get(i + 4)) {
        (Some(Lex::Num(y)), _) if is_year(*y) => Some((
            i + 4,
            Sem::Half {
                y: Some(*y as i32),
                h,
            },
            TimexType::Date,
        )),
        (Some(Lex::Kw(Kw::Det)), Some(Lex::Unit(Unit::Year, false))) => {
            Some((i + 5, Sem::Half { y: None, h }, TimexType::Date))
        }
        _ => None,
    }
}

/// `n` and a half units, in the next smaller unit where TimeML has one.
fn half_value(n: u32, u: Unit) -> Option<String> {
    Some(match u {
        Unit::Year => format!("P{n}Y6M"),
        Unit::Day => format!("P{n}DT12H"),
        Unit::Hour => format!("PT{n}H30M"),
        Unit::Minute => format!("PT{n}M30S"),
        _ => return None,
    })
}

fn best(lx: &[Lex], i: usize, cx: Context, top: bool) -> Read {
    let mut best: Read = None;
    let mut consider = |r: Read| {
        if let Some(r) = r
            && best.as_ref().is_none_or(|b| r.0 > b.0)
        {
            best = Some(r);
        }
    };
    consider(date(lx, i, cx));
    consider(relative(lx, i, cx));
    consider(amount_phrase(lx, i, cx));
    consider(clock(lx, i, cx));
    if top {
        consider(quantified(lx, i, cx));
        consider(first_amount(lx, i, cx));
        consider(set(lx, i));
        consider(modified(lx, i, cx));
        consider(the_unit(lx, i, cx));
        consider(plus_half(lx, i, cx));
        consider(half_year(lx, i, cx));
        // English "current" alone ("current market conditions"): the present (TimeBank
        // annotates 9 of its 17 bare uses)
        if cx.english && matches!(lx.get(i), Some(Lex::Kw(Kw::Current))) {
            consider(Some((i + 1, Sem::Ref("PRESENT_REF"), TimexType::Date)));
        }
        if kw(lx, i, Kw::Approx)
            && let Some((e, sem, kind)) = best_inner(lx, i + 1, cx)
            && kind == TimexType::Date
        {
            consider(Some((e, Sem::Mod(Mod::Approx, Box::new(sem)), kind)));
        }
    }
    best
}

fn best_inner(lx: &[Lex], i: usize, cx: Context) -> Read {
    best(lx, i, cx, false)
}

/// Can an expression start at this lexeme? (A cheap filter before the patterns.)
fn can_start(l: &Lex) -> bool {
    !matches!(
        l,
        Lex::Other
            | Lex::Kw(
                Kw::Of
                    | Kw::Det
                    | Kw::Comma
                    | Kw::Ago
                    | Kw::Later
                    | Kw::Before
                    | Kw::After
                    | Kw::Since
                    | Kw::OClock
                    | Kw::Long
                    | Kw::Per
                    | Kw::Times
                    | Kw::Jl
                    | Kw::As
                    | Kw::Am
                    | Kw::Pm
                    | Kw::On
                    | Kw::ApoS
                    | Kw::Full
                    | Kw::PlusHalf
                    | Kw::Comparable
                    | Kw::DateWord
                    | Kw::Ahead
                    | Kw::And
                    | Kw::Additional
            )
            | Lex::Unit(_, false)
            | Lex::Pod(_)
    )
}

/// Find the expressions of one sentence.
pub fn recognise(lx: &[Lex], cx: Context, out: &mut Vec<Hit>) {
    let mut i = 0;
    while i < lx.len() {
        let Some(l) = lx.get(i) else { break };
        let special = the_unit(lx, i, cx)
            .or_else(|| first_amount(lx, i, cx))
            .or_else(|| pod_adverb(lx, i))
            // ("second" is also a unit, which starts nothing)
            .or_else(|| half_year(lx, i, cx));
        if !can_start(l) && special.is_none() {
            i += 1;
            continue;
        }
        let found = best(lx, i, cx, true).or(special);
        let Some((mut end, mut sem, mut kind)) = found else {
            i += 1;
            continue;
        };
        // a day followed by a clock time: "zaterdag om 14.30 uur", "Friday at 3 p.m."
        if kind == TimexType::Date
            && let Some((ce, Sem::Clock { day: None, h, m }, _)) = clock(lx, end, cx)
            && is_day(&sem)
        {
            sem = Sem::Clock {
                day: Some(Box::new(sem)),
                h,
                m,
            };
            kind = TimexType::Time;
            end = ce;
        }
        // a clock time followed by its day: "5 p.m. EST, Nov. 6", "noon Thursday"
        if kind == TimexType::Time
            && let Sem::Clock { day: None, h, m } = sem
        {
            let j = if kw(lx, end, Kw::Comma) { end + 1 } else { end };
            if let Some((de, day, TimexType::Date)) =
                date(lx, j, cx).or_else(|| relative(lx, j, cx))
                && is_day(&day)
            {
                sem = Sem::Clock {
                    day: Some(Box::new(day)),
                    h,
                    m,
                };
                end = de;
            }
        }
        // Dutch "een week na de aanslag" and the like
        let mut start = i;
        // English leaves the preposition out of the span: "at 10 p.m."
        if cx.english && kind == TimexType::Time && kw(lx, i, Kw::At) {
            start = i + 1;
        }
        // (not English "the 1992 election", "the third-quarter results": the year or the
        // adjective alone is the expression)
        if start > 0
            && kw(lx, start - 1, Kw::Det)
            && (absorbs_determiner(l)
                || (matches!(l, Lex::RelUnit(..)) && kind == TimexType::Duration))
            && !(cx.english
                && matches!(l, Lex::Num(_) | Lex::OrdUnit(..))
                && matches!(sem, Sem::Year(_) | Sem::Quarter { .. }))
            && !matches!(sem, Sem::Ref(_))
        {
            start -= 1;
        }
        if end > i {
            out.push(Hit {
                start,
                end,
                sem,
                kind,
            });
            i = end;
        } else {
            i += 1;
        }
    }
}

fn pod_adverb(lx: &[Lex], i: usize) -> Read {
    if kw(lx, i, Kw::ApoS)
        && let Some(Lex::PodAdv(pod)) = lx.get(i + 1)
    {
        let day = Sem::Rel {
            unit: Unit::Day,
            lo: 0,
            hi: 0,
        };
        return Some((
            i + 2,
            Sem::Pod {
                day: Box::new(day),
                pod: *pod,
            },
            TimexType::Time,
        ));
    }
    None
}

fn is_day(sem: &Sem) -> bool {
    match sem {
        Sem::Date { .. } | Sem::Weekday { .. } | Sem::Holiday { .. } => true,
        Sem::Rel {
            unit: Unit::Day,
            lo,
            hi,
        } => lo == hi,
        _ => false,
    }
}

fn absorbs_determiner(l: &Lex) -> bool {
    matches!(
        l,
        Lex::Kw(
            Kw::Last
                | Kw::Past
                | Kw::Next
                | Kw::This
                | Kw::Current
                | Kw::Following
                | Kw::Preceding
                | Kw::Start
                | Kw::Mid
                | Kw::End
        ) | Lex::Num(_)
            | Lex::Ord(_)
            | Lex::OrdUnit(..)
            | Lex::Unit(..)
            | Lex::Season(_)
            | Lex::Decade(_)
            | Lex::DecadeShort(_)
            | Lex::Vague(..)
    )
}
