//! What a recognised expression means ([`Sem`]) and how it resolves against a reference day
//! into a calendar interval and a TIMEX3 value.
//!
//! Every meaning is evaluated for one exact reference day. A document date known only to the
//! month or year is an interval of reference days: the expression is evaluated at both ends,
//! the intervals are joined, and the value is kept at the finest granularity on which both ends
//! agree, or else the middle of the interval at the document date's precision ("twee dagen
//! geleden" in a `2021-08` article: 2021-07-30 … 2021-08-29, value `2021-08`).

use crate::calendar::{
    add_months, civil, day_number, easter, iso, iso_week, month_end, ramadan_start, weekday,
};
use crate::lexicon::{Holiday, Pod, Unit};

/// Granularity of a resolved value, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Gran {
    /// A time of day on a date.
    Time,
    /// A day.
    Day,
    /// An ISO week (or its weekend).
    Week,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// A half year (`1989-H2`).
    Half,
    /// A season.
    Season,
    /// A year.
    Year,
    /// A decade.
    Decade,
    /// A century.
    Century,
}

/// A TIMEX3 modifier that narrows or qualifies an interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mod {
    /// The first part.
    Start,
    /// The middle part.
    Mid,
    /// The last part.
    End,
    /// Roughly.
    Approx,
    /// Less than ("nearly two years", "less than a decade").
    LessThan,
    /// More than ("more than four hours", "over a week").
    MoreThan,
    /// At least.
    EqualOrMore,
    /// At most ("up to 180 days").
    EqualOrLess,
}

impl Mod {
    /// The TIMEX3 `mod` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Mod::Start => "START",
            Mod::Mid => "MID",
            Mod::End => "END",
            Mod::Approx => "APPROX",
            Mod::LessThan => "LESS_THAN",
            Mod::MoreThan => "MORE_THAN",
            Mod::EqualOrMore => "EQUAL_OR_MORE",
            Mod::EqualOrLess => "EQUAL_OR_LESS",
        }
    }
}

/// The meaning of a time expression.
#[derive(Clone, Debug, PartialEq)]
pub enum Sem {
    /// A day; the year from the reference when missing.
    Date {
        /// Year.
        y: Option<i32>,
        /// Month.
        m: u8,
        /// Day.
        d: u8,
        /// Without a year: -1 the latest not after the reference, 1 the first not before it,
        /// 0 the nearest.
        dir: i8,
    },
    /// A month; the year from the reference when missing.
    Month {
        /// Year.
        y: Option<i32>,
        /// Month.
        m: u8,
        /// -1 the last such month before the reference, 1 the next, 0 the nearest.
        dir: i8,
    },
    /// A year.
    Year(i32),
    /// A quarter.
    Quarter {
        /// Year.
        y: Option<i32>,
        /// 1–4.
        q: u8,
    },
    /// A half year ("the second half of 1989").
    Half {
        /// Year (none: the reference's).
        y: Option<i32>,
        /// 1 or 2.
        h: u8,
    },
    /// A season (1 spring … 4 winter).
    Season {
        /// Year.
        y: Option<i32>,
        /// Season.
        s: u8,
        /// -1 last, 1 next, 0 this.
        dir: i8,
    },
    /// A decade by its first three digits (199 = the 1990s).
    Decade(i32),
    /// A decade by two digits (90), placed in the latest century where it is not in the future.
    DecadeShort(u8),
    /// A century by its first two digits (19 = 1900–1999).
    Century(i32),
    /// The reference's unit shifted by `lo..=hi` units.
    Rel {
        /// Unit.
        unit: Unit,
        /// Smallest shift.
        lo: i32,
        /// Largest shift.
        hi: i32,
    },
    /// A weekday: -1 last, 1 next, 0 latest not after the reference, 2 first not before it,
    /// 3 in the reference's week, 4 as 0 but the day after the reference is that day (news
    /// names tomorrow by its weekday and six days ago as "last ...").
    Weekday {
        /// 1 = Monday.
        wd: u8,
        /// Direction.
        dir: i8,
    },
    /// A holiday.
    Holiday {
        /// Which.
        h: Holiday,
        /// Year, when stated.
        y: Option<i32>,
        /// -1 last, 1 next, 0 in the reference year.
        dir: i8,
    },
    /// The ISO week containing a day ("the week of March 6", "Easter week").
    WeekOf(Box<Sem>),
    /// English "the weekend": the last one not after the reference (`dir` ≤ 0) or the first
    /// not ending before it (`dir` > 0), as `YYYY-Www-WE`.
    Weekend {
        /// Direction from the tense.
        dir: i8,
    },
    /// A modified period.
    Mod(Mod, Box<Sem>),
    /// A clock time on a day (the reference day when `None`).
    Clock {
        /// The day.
        day: Option<Box<Sem>>,
        /// Hour.
        h: u8,
        /// Minute.
        m: u8,
    },
    /// A part of a day.
    Pod {
        /// The day.
        day: Box<Sem>,
        /// Part.
        pod: Pod,
    },
    /// A shift relative to the previous time expression of the text ("drie jaar eerder").
    Narrative {
        /// Unit.
        unit: Unit,
        /// Smallest shift.
        lo: i32,
        /// Largest shift.
        hi: i32,
    },
    /// A distance before (negative) or after a stated anchor ("enkele dagen voor 9/11").
    Anchored {
        /// Unit.
        unit: Unit,
        /// Smallest distance.
        lo: i32,
        /// Largest distance.
        hi: i32,
        /// Before the anchor (otherwise after).
        before: bool,
        /// The anchor's meaning, or `None` for an event that cannot be placed.
        anchor: Option<Box<Sem>>,
        /// The anchor's text.
        name: String,
    },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    /// "sindsdien": from the previous time expression until the reference.
    SinceThen,
    /// A duration value (`P3W`).
    Duration(String),
    /// A set: value and frequency/quantifier.
    Set(String, Option<String>),
    /// The reporting quarter of a financial text ("the quarter", "the latest period"), `back`
    /// years earlier ("a year ago", "the year-earlier quarter"); the stage supplies the quarter
    /// the text last named, and evaluates `fallback` where it has named none.
    Fiscal {
        /// Years back.
        back: i32,
        /// The meaning without a named quarter.
        fallback: Box<Sem>,
    },
    /// A month or quarter of the reference's year shifted by `shift` years ("June last year",
    /// "this year's third quarter").
    InYear {
        /// Years from the reference's.
        shift: i32,
        /// Month (1–12), or 0 for a quarter.
        m: u8,
        /// Quarter (1–4) when `m` is 0.
        q: u8,
    },
    /// The reporting quarter in a stated year ("the 1988 period"); the year where the text has
    /// named no quarter.
    FiscalOf {
        /// Year.
        y: i32,
    },
}

/// A resolved interval with the value it formats to.
#[derive(Clone, Debug, PartialEq)]
pub struct Res {
    /// First day.
    pub lo: i32,
    /// Last day.
    pub hi: i32,
    /// Granularity of the value.
    pub gran: Gran,
    /// A day inside the value's unit.
    pub base: i32,
    /// Time-of-day suffix (`T14:30`, `TEV`) for [`Gran::Time`].
    pub time: Option<String>,
}

impl Res {
    fn unit(gran: Gran, day: i32) -> Res {
        let (lo, hi) = unit_bounds(gran, day);
        Res {
            lo,
            hi,
            gran,
            base: day,
            time: None,
        }
    }

    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        let mut v = format_value(self.gran, self.base);
        if matches!(self.gran, Gran::Time | Gran::Week)
            && let Some(t) = &self.time
        {
            v.push_str(t);
        }
        v
    }
}

/// The bounds of the unit of `gran` that contains `day`.
pub fn unit_bounds(gran: Gran, day: i32) -> (i32, i32) {
    let (y, m, _) = civil(day);
    match gran {
        Gran::Time | Gran::Day => (day, day),
        Gran::Week => {
            let mon = day - i32::from(weekday(day)) + 1;
            (mon, mon + 6)
        }
        Gran::Month => (day_number(y, m, 1), month_end(y, m)),
        Gran::Quarter => {
            let q0 = (m - 1) / 3 * 3 + 1;
            (day_number(y, q0, 1), month_end(y, q0 + 2))
        }
        Gran::Half => {
            let h0 = if m <= 6 { 1 } else { 7 };
            (day_number(y, h0, 1), month_end(y, h0 + 5))
        }
        Gran::Season => {
            let (sy, s) = season_of(day);
            season_bounds(sy, s)
        }
        Gran::Year => (day_number(y, 1, 1), day_number(y, 12, 31)),
        Gran::Decade => {
            let d = y.div_euclid(10) * 10;
            (day_number(d, 1, 1), day_number(d + 9, 12, 31))
        }
        Gran::Century => {
            let c = y.div_euclid(100) * 100;
            (day_number(c, 1, 1), day_number(c + 99, 12, 31))
        }
    }
}

fn season_of(day: i32) -> (i32, u8) {
    let (y, m, _) = civil(day);
    match m {
        3..=5 => (y, 1),
        6..=8 => (y, 2),
        9..=11 => (y, 3),
        12 => (y, 4),
        _ => (y - 1, 4),
    }
}

fn season_bounds(y: i32, s: u8) -> (i32, i32) {
    match s {
        1 => (day_number(y, 3, 1), day_number(y, 5, 31)),
        2 => (day_number(y, 6, 1), day_number(y, 8, 31)),
        3 => (day_number(y, 9, 1), day_number(y, 11, 30)),
        _ => (day_number(y, 12, 1), month_end(y + 1, 2)),
    }
}

fn format_value(gran: Gran, day: i32) -> String {
    let (y, m, _) = civil(day);
    match gran {
        Gran::Time | Gran::Day => iso(day),
        Gran::Week => {
            let (wy, w) = iso_week(day);
            format!("{wy:04}-W{w:02}")
        }
        Gran::Month => format!("{y:04}-{m:02}"),
        Gran::Quarter => format!("{y:04}-Q{}", (m - 1) / 3 + 1),
        Gran::Half => format!("{y:04}-H{}", if m <= 6 { 1 } else { 2 }),
        Gran::Season => {
            let (sy, s) = season_of(day);
            let code = ["SP", "SU", "FA", "WI"][usize::from(s.clamp(1, 4) - 1)];
            format!("{sy:04}-{code}")
        }
        Gran::Year => format!("{y:04}"),
        Gran::Decade => format!("{:03}X", y.div_euclid(10)),
        Gran::Century => format!("{:02}", y.div_euclid(100)),
    }
}

fn unit_gran(unit: Unit) -> Gran {
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => Gran::Time,
        Unit::Day | Unit::Night => Gran::Day,
        Unit::Weekend | Unit::Week => Gran::Week,
        Unit::Month => Gran::Month,
        Unit::Quarter => Gran::Quarter,
        Unit::Year => Gran::Year,
        Unit::Decade => Gran::Decade,
        Unit::Century => Gran::Century,
    }
}

/// Shift a day by `n` units (calendar-aware for months and longer).
pub fn shift(day: i32, unit: Unit, n: i32) -> i32 {
    let months = |k: i32| {
        let (y, m, d) = civil(day);
        let (y2, m2) = add_months(y, m, k);
        day_number(y2, m2, d.min(kroniek_core::days_in_month(y2, m2)))
    };
    match unit {
        Unit::Second | Unit::Minute | Unit::Hour => day,
        Unit::Day | Unit::Night => day + n,
        Unit::Weekend | Unit::Week => day + 7 * n,
        Unit::Month => months(n),
        Unit::Quarter => months(3 * n),
        Unit::Year => months(12 * n),
        Unit::Decade => months(120 * n),
        Unit::Century => months(1200 * n),
    }
}

/// Join two resolutions of a vague quantity: the interval hull, valued at the finest
/// granularity (not finer than both) on which both ends agree.
pub fn join_vague(a: Res, b: Res) -> Res {
    if a.value() == b.value() {
        return a;
    }
    let lo = a.lo.min(b.lo);
    let hi = a.hi.max(b.hi);
    let start = a.gran.max(b.gran).max(Gran::Day);
    for g in [
        Gran::Day,
        Gran::Month,
        Gran::Year,
        Gran::Decade,
        Gran::Century,
    ] {
        if g >= start && format_value(g, lo) == format_value(g, hi) {
            return Res {
                lo,
                hi,
                gran: g,
                base: lo,
                time: None,
            };
        }
    }
    Res {
        lo,
        hi,
        gran: Gran::Century,
        base: lo,
        time: None,
    }
}

/// Join the resolutions at the two ends of an uncertain reference: the hull, valued at the
/// coarser of the expression's granularity and `floor` (the document date's precision) at the
/// middle of the hull.
pub fn join_reference(a: Res, b: Res, floor: Gran) -> Res {
    if a.value() == b.value() {
        return Res {
            lo: a.lo.min(b.lo),
            hi: a.hi.max(b.hi),
            ..a
        };
    }
    let lo = a.lo.min(b.lo);
    let hi = a.hi.max(b.hi);
    let mut gran = a.gran.max(floor);
    if gran == Gran::Week || gran == Gran::Time {
        gran = Gran::Month.max(floor);
    }
    Res {
        lo,
        hi,
        gran,
        base: lo + (hi - lo) / 2,
        time: None,
    }
}

/// How far back (days) a day-and-month without a year and without tense may lie; the rest of
/// the year lies ahead.
const DATE_BACK_DAYS: i32 = 244;

/// Evaluate a meaning for one exact reference day. `prev` is the previous expression's
/// resolution (for narrative shifts); `None` when the meaning cannot be placed.
pub fn eval(sem: &Sem, r: i32, prev: Option<&Res>) -> Option<Res> {
    let (ry, rm, _) = civil(r);
    Some(match sem {
        Sem::Date { y, m, d, dir } => {
            let make =
                |y: i32| (*d <= kroniek_core::days_in_month(y, *m)).then(|| day_number(y, *m, *d));
            let near = [ry, ry - 1, ry + 1].into_iter().filter_map(make);
            let day = match (y, dir) {
                (Some(y), _) => make(*y)?,
                (None, -1) => near.filter(|&x| x <= r).max()?,
                (None, 1) => near.filter(|&x| x >= r).min()?,
                // news looks back further than ahead: the one in [r - 8 months, r + 4 months)
                // (the nearest when there is none, as for 29 February)
                (None, _) => {
                    let in_window =
                        |x: &i32| (-DATE_BACK_DAYS..366 - DATE_BACK_DAYS).contains(&(x - r));
                    near.clone()
                        .find(in_window)
                        .or_else(|| near.min_by_key(|x| (x - r).abs()))?
                }
            };
            Res::unit(Gran::Day, day)
        }
        Sem::Month { y, m, dir } => {
            let year = match (y, dir) {
                (Some(y), _) => *y,
                (None, -1) => {
                    if *m < rm {
                        ry
                    } else {
                        ry - 1
                    }
                }
                (None, 1) => {
                    if *m > rm {
                        ry
                    } else {
                        ry + 1
                    }
                }
                (None, -2) => {
                    if *m <= rm {
                        ry
                    } else {
                        ry - 1
                    }
                }
                (None, 2) => {
                    if *m >= rm {
                        ry
                    } else {
                        ry + 1
                    }
                }
                // without tense: the one in [r - 7 months, r + 4 months] (news looks back)
                (None, _) => {
                    let diff = i32::from(*m) - i32::from(rm);
                    if diff > 4 {
                        ry - 1
                    } else if diff < -7 {
                        ry + 1
                    } else {
                        ry
                    }
                }
            };
            Res::unit(Gran::Month, day_number(year, *m, 1))
        }
        Sem::Year(y) => Res::unit(Gran::Year, day_number(*y, 1, 1)),
        Sem::Quarter { y, q } => {
            let y = y.unwrap_or(ry);
            Res::unit(
                Gran::Quarter,
                day_number(y, (q.clamp(&1, &4) - 1) * 3 + 1, 1),
            )
        }
        Sem::Half { y, h } => {
            let y = y.unwrap_or(ry);
            Res::unit(Gran::Half, day_number(y, if *h == 2 { 7 } else { 1 }, 1))
        }
        Sem::Season { y, s, dir } => {
            let (cy, _) = season_of(r);
            let year = match (y, dir) {
                (Some(y), _) => *y,
                (None, -1) => [ry, ry - 1, ry - 2]
                    .into_iter()
                    .find(|&y| season_bounds(y, *s).1 < r)
                    .unwrap_or(ry - 1),
                (None, 1) => [ry - 1, ry, ry + 1]
                    .into_iter()
                    .find(|&y| season_bounds(y, *s).0 > r)
                    .unwrap_or(ry + 1),
                (None, _) => {
                    if *s == 4 {
                        cy
                    } else {
                        ry
                    }
                }
            };
            let (lo, hi) = season_bounds(year, *s);
            Res {
                lo,
                hi,
                gran: Gran::Season,
                base: lo,
                time: None,
            }
        }
        Sem::Decade(d) => Res::unit(Gran::Decade, day_number(d * 10, 1, 1)),
        Sem::DecadeShort(n) => {
            let n = i32::from(*n);
            let mut start = ry.div_euclid(100) * 100 + n;
            if start > ry {
                start -= 100;
            }
            Res::unit(Gran::Decade, day_number(start, 1, 1))
        }
        Sem::Century(c) => Res::unit(Gran::Century, day_number(c * 100, 1, 1)),
        Sem::Rel { unit, lo, hi } => {
            let at = |n: i32| rel(*unit, r, n);
            let a = at(*lo);
            if lo == hi { a } else { join_vague(a, at(*hi)) }
        }
        Sem::Weekday { wd, dir } => {
            let w = i32::from(weekday(r));
            let t = i32::from(*wd);
            let day = match dir {
                -1 => r - ((w - t + 6).rem_euclid(7) + 1),
                1 => r + ((t - w + 6).rem_euclid(7) + 1),
                2 => r + (t - w).rem_euclid(7),
                3 => r - w + t,
                // the latest not after, but the day after the reference is "tomorrow"
                4 if (t - w).rem_euclid(7) == 1 => r + 1,
                _ => r - (w - t).rem_euclid(7),
            };
            Res::unit(Gran::Day, day)
        }
        Sem::WeekOf(day) => {
            let d = eval(day, r, prev)?;
            Res::unit(Gran::Week, d.base)
        }
        Sem::Weekend { dir } => {
            // Monday of the week whose weekend is meant
            let w = i32::from(weekday(r));
            let back = if *dir > 0 || w >= 6 { 0 } else { 7 };
            weekend(r - (w - 1) - back)
        }
        Sem::Holiday { h, y, dir } => {
            let on = |y: i32| holiday(*h, y);
            match (y, dir) {
                (Some(y), _) => on(*y)?,
                (None, -1) => {
                    let this = on(ry)?;
                    if this.hi < r { this } else { on(ry - 1)? }
                }
                (None, 1) => {
                    let this = on(ry)?;
                    if this.lo > r { this } else { on(ry + 1)? }
                }
                (None, -2) => {
                    let this = on(ry)?;
                    if this.lo <= r { this } else { on(ry - 1)? }
                }
                (None, 2) => {
                    let this = on(ry)?;
                    if this.hi >= r { this } else { on(ry + 1)? }
                }
                (None, _) => on(ry)?,
            }
        }
        Sem::Mod(m, inner) => {
            let mut res = eval(inner, r, prev)?;
            if res.gran >= Gran::Year {
                let (y0, _, _) = civil(res.lo);
                let (y1, _, _) = civil(res.hi);
                let months = (y1 - y0 + 1) * 12;
                let part = match res.gran {
                    Gran::Century => months / 5,
                    Gran::Decade => months * 2 / 5,
                    _ => months / 3,
                }
                .max(1);
                let at = |k: i32| {
                    let (y, m) = add_months(y0, 1, k);
                    day_number(y, m, 1)
                };
                match m {
                    Mod::Start => res.hi = at(part) - 1,
                    Mod::Mid => {
                        res.lo = at((months - part) / 2);
                        res.hi = at((months - part) / 2 + part) - 1;
                    }
                    Mod::End => res.lo = at(months - part),
                    _ => {}
                }
                return Some(res);
            }
            let len = res.hi - res.lo + 1;
            let part = (len / 3).max(1);
            match m {
                Mod::Start => res.hi = res.lo + part - 1,
                Mod::Mid => {
                    res.lo += (len - part) / 2;
                    res.hi = res.lo + part - 1;
                }
                Mod::End => res.lo = res.hi - part + 1,
                _ => {}
            }
            res
        }
        Sem::Clock { day, h, m } => {
            let mut res = match day {
                Some(d) => eval(d, r, prev)?,
                None => Res::unit(Gran::Day, r),
            };
            if res.gran != Gran::Day {
                return Some(res);
            }
            res.gran = Gran::Time;
            res.time = Some(format!("T{h:02}:{m:02}"));
            res
        }
        Sem::Pod { day, pod } => {
            let mut res = eval(day, r, prev)?;
            if res.gran != Gran::Day {
                return Some(res);
            }
            res.gran = Gran::Time;
            res.time = Some(format!("T{}", pod.code()));
            res
        }
        Sem::Narrative { unit, lo, hi } => {
            let Some(p) = prev else {
                return eval(
                    &Sem::Rel {
                        unit: *unit,
                        lo: *lo,
                        hi: *hi,
                    },
                    r,
                    None,
                );
            };
            let ug = unit_gran(*unit);
            let gran = if p.gran == Gran::Quarter && ug == Gran::Year {
                Gran::Quarter
            } else {
                p.gran.max(ug).max(Gran::Day)
            };
            let at = |n: i32| Res::unit(gran, shift(p.base, *unit, n));
            if lo == hi {
                at(*lo)
            } else {
                join_vague(at(*lo), at(*hi))
            }
        }
        Sem::Anchored {
            unit,
            lo,
            hi,
            before,
            anchor,
            ..
        } => {
            let a = eval(anchor.as_deref()?, r, prev)?;
            let (near, far) = if *before {
                (shift(a.lo, *unit, -lo), shift(a.lo, *unit, -hi))
            } else {
                (shift(a.hi, *unit, *lo), shift(a.hi, *unit, *hi))
            };
            let (x, y) = (near.min(far), near.max(far));
            join_vague(Res::unit(Gran::Day, x), Res::unit(Gran::Day, y))
        }
        Sem::Fiscal { fallback, .. } => eval(fallback, r, prev)?,
        Sem::InYear { shift, m, q } => {
            let y = ry + shift;
            if *m == 0 {
                Res::unit(
                    Gran::Quarter,
                    day_number(y, (q.clamp(&1, &4) - 1) * 3 + 1, 1),
                )
            } else {
                Res::unit(Gran::Month, day_number(y, *m, 1))
            }
        }
        Sem::FiscalOf { y } => Res::unit(Gran::Year, day_number(*y, 1, 1)),
        Sem::Ref(_) | Sem::SinceThen | Sem::Duration(_) | Sem::Set(..) => return None,
    })
}

/// The weekend (Saturday and Sunday) of the week that starts on day `mon`.
fn weekend(mon: i32) -> Res {
    Res {
        lo: mon + 5,
        hi: mon + 6,
        gran: Gran::Week,
        base: mon,
        time: Some("-WE".into()),
    }
}

fn rel(unit: Unit, r: i32, n: i32) -> Res {
    let day = shift(r, unit, n);
    match unit {
        Unit::Weekend => weekend(day - i32::from(weekday(day)) + 1),
        Unit::Second | Unit::Minute | Unit::Hour => Res::unit(Gran::Day, day),
        u => Res::unit(unit_gran(u), day),
    }
}

fn holiday(h: Holiday, y: i32) -> Option<Res> {
    let day = match h {
        Holiday::Fixed(m, d) => day_number(y, m, d),
        Holiday::Easter(off) => easter(y) + i32::from(off),
        Holiday::NthWeekday(m, wd, n) => {
            if n >= 5 {
                let end = month_end(y, m);
                end - (i32::from(weekday(end)) - i32::from(wd)).rem_euclid(7)
            } else {
                let first = day_number(y, m, 1);
                first
                    + (i32::from(wd) - i32::from(weekday(first))).rem_euclid(7)
                    + 7 * (i32::from(n) - 1)
            }
        }
        Holiday::ElectionDay => {
            let first = day_number(y, 11, 1);
            // the first Monday, then the day after
            first + (1 - i32::from(weekday(first))).rem_euclid(7) + 1
        }
        Holiday::KingsDay => {
            if y < 2014 {
                day_number(y, 4, 30)
            } else {
                let d = day_number(y, 4, 27);
                if weekday(d) == 7 { d - 1 } else { d }
            }
        }
        Holiday::Ramadan => {
            let start = ramadan_start(y);
            return Some(Res {
                lo: start,
                hi: start + 29,
                gran: Gran::Month,
                base: start + 15,
                time: None,
            });
        }
        Holiday::NineEleven => day_number(2001, 9, 11),
    };
    Some(Res::unit(Gran::Day, day))
}

/// The granularity of a document date's precision.
pub fn precision_gran(p: kroniek_core::Precision) -> Gran {
    match p {
        kroniek_core::Precision::Day => Gran::Day,
        kroniek_core::Precision::Month => Gran::Month,
        _ => Gran::Year,
    }
}

/// The ISO date of a day number (re-exported for callers).
pub fn day_iso(day: i32) -> String {
    iso(day)
}
