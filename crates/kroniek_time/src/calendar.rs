//! Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).

use kroniek_core::days_in_month;

pub use kroniek_core::{civil_date as civil, day_number};

/// ISO weekday, 1 = Monday … 7 = Sunday.
pub fn weekday(z: i32) -> u8 {
    ((z + 3).rem_euclid(7) + 1) as u8
}

/// Last day of a month.
pub fn month_end(y: i32, m: u8) -> i32 {
    day_number(y, m, days_in_month(y, m))
}

/// Add `n` months to (year, month).
pub fn add_months(y: i32, m: u8, n: i32) -> (i32, u8) {
    let idx = y * 12 + i32::from(m) - 1 + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u8)
}

/// ISO week-numbering year and week of a day.
pub fn iso_week(z: i32) -> (i32, u8) {
    let wd = i32::from(weekday(z));
    let thursday = z - wd + 4;
    let (y, _, _) = civil(thursday);
    let week = (thursday - day_number(y, 1, 1)) / 7 + 1;
    (y, week as u8)
}

/// Easter Sunday of a year (anonymous Gregorian algorithm).
pub fn easter(y: i32) -> i32 {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    day_number(y, month as u8, day as u8)
}

/// First day of Ramadan (1 Ramadan) in a Gregorian year, from the arithmetical (tabular)
/// Islamic calendar; the observed start can differ by a day or two.
pub fn ramadan_start(y: i32) -> i32 {
    // Tabular Islamic calendar: epoch 622-07-16 (Julian 622-07-16 = day number below).
    let epoch = day_number(622, 7, 19);
    let target = day_number(y, 1, 1);
    // Islamic year roughly containing the start of the Gregorian year.
    let mut hy = ((f64::from(target - epoch)) / 354.366_7).floor() as i32 + 1;
    loop {
        let start = islamic_day(hy, 9, 1, epoch);
        if start >= target {
            return start;
        }
        hy += 1;
    }
}

fn islamic_day(y: i32, m: i32, d: i32, epoch: i32) -> i32 {
    d + (29.5 * f64::from(m - 1)).ceil() as i32
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + epoch
        - 1
}

/// An ISO date string of a day number.
pub fn iso(z: i32) -> String {
    let (y, m, d) = civil(z);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_weekday() {
        for z in -800_000..800_000 {
            let (y, m, d) = civil(z);
            assert_eq!(day_number(y, m, d), z);
        }
        assert_eq!(weekday(day_number(2021, 8, 21)), 6);
        assert_eq!(iso_week(day_number(2021, 8, 12)), (2021, 32));
        assert_eq!(iso_week(day_number(2021, 1, 3)), (2020, 53));
        assert_eq!(iso(easter(2024)), "2024-03-31");
        assert_eq!(iso(easter(2021)), "2021-04-04");
        assert_eq!(add_months(2021, 1, -2), (2020, 11));
        assert_eq!(iso(ramadan_start(2024)), "2024-03-11");
    }
}
