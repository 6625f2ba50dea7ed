//! A document's publication date with its precision.
//!
//! News dates come as full timestamps, as days, and, in archives and wire feeds, as only a month
//! or a year. Later stages resolve relative time expressions against this date, so the
//! precision is kept rather than guessed: a month-precision date is an interval of days.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Year, month and day.
    Day,
    /// Year and month.
    Month,
    /// Year only.
    Year,
    /// Nothing known.
    Unknown,
}

impl Precision {
    /// The lower-case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Unknown => "unknown",
        }
    }
}

/// A time of day with an optional UTC offset, kept when the source gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeOfDay {
    /// Hour, 0–23.
    pub hour: u8,
    /// Minute, 0–59.
    pub minute: u8,
    /// Second, 0–60 (leap second).
    pub second: u8,
    /// Offset from UTC in minutes, when stated.
    pub offset_minutes: Option<i16>,
}

/// A calendar date of day, month or year precision, or an unknown date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct DocDate {
    year: Option<i32>,
    month: Option<u8>,
    day: Option<u8>,
    time: Option<TimeOfDay>,
}

/// Day number (days since 1970-01-01) of a date of the proleptic Gregorian calendar.
pub fn day_number(y: i32, m: u8, d: u8) -> i32 {
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::from(m);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i32::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date `(year, month, day)` of a day number (days since 1970-01-01).
pub fn civil_date(z: i32) -> (i32, u8, u8) {
    // Howard Hinnant's civil_from_days.
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

fn check_year(year: i32) -> Result<()> {
    if (1..=9999).contains(&year) {
        Ok(())
    } else {
        Err(Error::InvalidDate(format!("year {year} outside 1–9999")))
    }
}

impl DocDate {
    /// No date known.
    pub fn unknown() -> DocDate {
        DocDate::default()
    }

    /// A year-precision date.
    pub fn from_year(year: i32) -> Result<DocDate> {
        check_year(year)?;
        Ok(DocDate {
            year: Some(year),
            ..DocDate::default()
        })
    }

    /// A month-precision date.
    pub fn from_year_month(year: i32, month: u8) -> Result<DocDate> {
        check_year(year)?;
        if !(1..=12).contains(&month) {
            return Err(Error::InvalidDate(format!("month {month} outside 1–12")));
        }
        Ok(DocDate {
            year: Some(year),
            month: Some(month),
            ..DocDate::default()
        })
    }

    /// A day-precision date.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Result<DocDate> {
        let mut d = DocDate::from_year_month(year, month)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(Error::InvalidDate(format!(
                "day {day} does not exist in {year:04}-{month:02}"
            )));
        }
        d.day = Some(day);
        Ok(d)
    }

    /// The same day with a time of day (only for day-precision dates).
    pub fn with_time(mut self, time: TimeOfDay) -> Result<DocDate> {
        if self.day.is_none() {
            return Err(Error::InvalidDate("a time needs a full date".into()));
        }
        if time.hour > 23 || time.minute > 59 || time.second > 60 {
            return Err(Error::InvalidDate(format!(
                "time {:02}:{:02}:{:02} out of range",
                time.hour, time.minute, time.second
            )));
        }
        if let Some(off) = time.offset_minutes
            && off.abs() > 18 * 60
        {
            return Err(Error::InvalidDate(format!(
                "UTC offset {off} min out of range"
            )));
        }
        self.time = Some(time);
        Ok(self)
    }

    /// How much is known.
    pub fn precision(&self) -> Precision {
        match (self.year, self.month, self.day) {
            (Some(_), Some(_), Some(_)) => Precision::Day,
            (Some(_), Some(_), None) => Precision::Month,
            (Some(_), None, _) => Precision::Year,
            _ => Precision::Unknown,
        }
    }

    /// The year, if known.
    pub fn year(&self) -> Option<i32> {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, if known.
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// The time of day, if the source gave one.
    pub fn time(&self) -> Option<TimeOfDay> {
        self.time
    }

    /// The ISO 8601 / TIMEX3 value at the known precision (`2021-08-20`, `2021-08`, `2021`);
    /// `None` when unknown.
    pub fn value(&self) -> Option<String> {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            (Some(y), None, _) => Some(format!("{y:04}")),
            _ => None,
        }
    }

    /// The full ISO 8601 timestamp when a time of day is known (`2021-08-20T14:30:00+02:00`).
    pub fn timestamp(&self) -> Option<String> {
        let t = self.time?;
        let day = self.value()?;
        let zone = match t.offset_minutes {
            None => String::new(),
            Some(0) => "Z".to_string(),
            Some(off) => {
                let sign = if off < 0 { '-' } else { '+' };
                let a = off.unsigned_abs();
                format!("{sign}{:02}:{:02}", a / 60, a % 60)
            }
        };
        Some(format!(
            "{day}T{:02}:{:02}:{:02}{zone}",
            t.hour, t.minute, t.second
        ))
    }

    /// The first day the date can denote, as (year, month, day).
    pub fn earliest(&self) -> Option<(i32, u8, u8)> {
        let y = self.year?;
        Some((y, self.month.unwrap_or(1), self.day.unwrap_or(1)))
    }

    /// The last day the date can denote, as (year, month, day).
    pub fn latest(&self) -> Option<(i32, u8, u8)> {
        let y = self.year?;
        let m = self.month.unwrap_or(12);
        Some((y, m, self.day.unwrap_or_else(|| days_in_month(y, m))))
    }
}

impl fmt::Display for DocDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.timestamp().or_else(|| self.value()) {
            Some(v) => f.write_str(&v),
            None => f.write_str("unknown"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_and_value() {
        let d = DocDate::from_year_month(2021, 8).unwrap();
        assert_eq!(d.precision(), Precision::Month);
        assert_eq!(d.value().as_deref(), Some("2021-08"));
        assert_eq!(d.earliest(), Some((2021, 8, 1)));
        assert_eq!(d.latest(), Some((2021, 8, 31)));
        assert_eq!(DocDate::unknown().precision(), Precision::Unknown);
        assert_eq!(
            DocDate::from_year(2024).unwrap().latest(),
            Some((2024, 12, 31))
        );
    }

    #[test]
    fn rejects_impossible_days() {
        assert!(DocDate::from_ymd(2021, 2, 29).is_err());
        assert!(DocDate::from_ymd(2024, 2, 29).is_ok());
        assert!(DocDate::from_ymd(2021, 13, 1).is_err());
        assert!(DocDate::from_ymd(2021, 4, 31).is_err());
    }

    #[test]
    fn timestamp_with_zone() {
        let t = TimeOfDay {
            hour: 14,
            minute: 30,
            second: 0,
            offset_minutes: Some(120),
        };
        let d = DocDate::from_ymd(2021, 8, 20)
            .unwrap()
            .with_time(t)
            .unwrap();
        assert_eq!(d.timestamp().as_deref(), Some("2021-08-20T14:30:00+02:00"));
        assert_eq!(d.precision(), Precision::Day);
    }
}
