//! English conventions (TimeML/TimeBank), on sentences written for this project: tense of
//! bare weekdays and months, the reporting quarter of financial text, ages and fractions that
//! are not time expressions, clock times with their day.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

mod common;

/// (expression, type, value) of every time expression in `text`.
fn tag(date: &str, text: &str) -> Vec<(String, String, String)> {
    let doc = common::annotate(text, "en", common::date(date));
    common::timexes(&doc)
        .timexes
        .iter()
        .map(|t| {
            (
                t.span.slice(doc.text()).to_string(),
                format!("{:?}", t.kind).to_uppercase(),
                t.value.clone(),
            )
        })
        .collect()
}

fn has(got: &[(String, String, String)], expr: &str, value: &str) -> bool {
    got.iter().any(|(e, _, v)| e == expr && v == value)
}

#[track_caller]
fn check(date: &str, text: &str, expr: &str, value: &str) {
    let got = tag(date, text);
    assert!(
        has(&got, expr, value),
        "`{text}` ({date}): want [{expr}] {value}, got {got:?}"
    );
}

#[test]
fn weekdays_follow_tense() {
    // 2021-08-18 is a Wednesday
    check(
        "2021-08-18",
        "The minister resigned on Monday.",
        "Monday",
        "2021-08-16",
    );
    check(
        "2021-08-18",
        "The minister will resign on Friday.",
        "Friday",
        "2021-08-20",
    );
    check(
        "2021-08-18",
        "Talks are scheduled to resume Monday.",
        "Monday",
        "2021-08-23",
    );
    check(
        "2021-08-18",
        "Officials said Friday that talks failed.",
        "Friday",
        "2021-08-13",
    );
    check(
        "2021-08-18",
        "Lawyers would appeal Friday's ruling.",
        "Friday",
        "2021-08-13",
    );
}

#[test]
fn months_follow_tense() {
    check(
        "2021-02-10",
        "The factory closed in November.",
        "November",
        "2020-11",
    );
    check(
        "2021-11-10",
        "The factory will close in February.",
        "February",
        "2022-02",
    );
    check(
        "2021-08-18",
        "Turnout fell in June last year.",
        "June last year",
        "2020-06",
    );
}

#[test]
fn reporting_quarter_of_financial_text() {
    let text = "Third-quarter profit rose 5%. Revenue in the quarter fell from a year ago, \
                and the year-earlier period included a gain.";
    let got = tag("2021-10-26", text);
    assert!(has(&got, "Third-quarter", "2021-Q3"), "{got:?}");
    assert!(has(&got, "the quarter", "2021-Q3"), "{got:?}");
    assert!(has(&got, "a year ago", "2020-Q3"), "{got:?}");
    assert!(has(&got, "the year-earlier period", "2020-Q3"), "{got:?}");
    // no quarter named: a year ago is the year before
    check(
        "2021-10-26",
        "Prices were lower a year ago.",
        "a year ago",
        "2020",
    );
    check(
        "2021-10-26",
        "Sales in this year's second quarter doubled.",
        "this year's second quarter",
        "2021-Q2",
    );
    check(
        "2021-10-26",
        "Sales in the 2019 third quarter doubled.",
        "the 2019 third quarter",
        "2019-Q3",
    );
}

#[test]
fn ages_fractions_and_names_are_not_time() {
    let got = tag(
        "2021-08-18",
        "The 52-year-old trader saw the stock rise 3/8 to 12 1/2.",
    );
    assert!(got.is_empty(), "{got:?}");
    let got = tag("2021-08-18", "Jan Peters met the press.");
    assert!(got.is_empty(), "{got:?}");
    let got = tag(
        "2021-08-18",
        "The recent rally may end soon, and future growth is unclear.",
    );
    assert!(got.is_empty(), "{got:?}");
    check(
        "2021-08-18",
        "Shares fell in recent weeks.",
        "recent weeks",
        "PXW",
    );
    check(
        "2021-08-18",
        "Nobody can predict the future.",
        "the future",
        "FUTURE_REF",
    );
}

#[test]
fn clock_times_with_their_day() {
    check(
        "2021-08-18",
        "Bids are due by 5 p.m. EST, Aug. 20.",
        "5 p.m. EST, Aug. 20",
        "2021-08-20T17:00",
    );
    check(
        "2021-08-18",
        "The vote will be at noon Thursday.",
        "noon Thursday",
        "2021-08-19T12:00",
    );
    // the preposition stays outside the span in English
    check(
        "2021-08-18",
        "The plane landed at 10 p.m.",
        "10 p.m.",
        "2021-08-18T22:00",
    );
}

#[test]
fn narrative_and_word_years() {
    let text = "The war began in 1996. The following year the army withdrew.";
    check("2021-08-18", text, "The following year", "1997");
    check(
        "2021-08-18",
        "It happened in nineteen ninety-six.",
        "nineteen ninety-six",
        "1996",
    );
    check(
        "2021-08-18",
        "The talks took a couple of years.",
        "a couple of years",
        "P2Y",
    );
}

#[test]
fn quantified_durations() {
    check(
        "2021-08-18",
        "The strike lasted nearly two years.",
        "nearly two years",
        "P2Y",
    );
    check(
        "2021-08-18",
        "It took more than four hours.",
        "more than four hours",
        "PT4H",
    );
    check(
        "2021-08-18",
        "Sales in the first nine months rose.",
        "the first nine months",
        "P9M",
    );
    let doc = common::annotate(
        "Talks took at least 30 days.",
        "en",
        common::date("2021-08-18"),
    );
    let t = &common::timexes(&doc).timexes[0];
    assert_eq!(t.span.slice(doc.text()), "at least 30 days");
    assert_eq!(t.modifier.as_deref(), Some("EQUAL_OR_MORE"));
}

fn absent(date: &str, text: &str, expr: &str) {
    let got = tag(date, text);
    assert!(
        !got.iter().any(|(e, _, _)| e == expr),
        "`{text}` ({date}): [{expr}] should not be tagged, got {got:?}"
    );
}

#[test]
fn days_and_months_without_year_look_back_further_than_ahead() {
    // seven months back is still the past; four months ahead is still the future
    check(
        "2021-05-06",
        "Investigators have searched for him since the Oct. 23 attack.",
        "Oct. 23",
        "2020-10-23",
    );
    check(
        "2021-05-06",
        "The hearing on Sept. 2 drew a crowd.",
        "Sept. 2",
        "2021-09-02",
    );
    check(
        "2021-10-30",
        "Sales in the period to March 31 rose.",
        "March 31",
        "2021-03-31",
    );
    // no 29 February in the window: the nearest one
    check(
        "2021-08-18",
        "It rained on Feb. 29.",
        "Feb. 29",
        "2020-02-29",
    );
    // a bare month in a text without tense: up to seven months back, four ahead
    check(
        "2021-10-25",
        "In March, a week after that.",
        "March",
        "2021-03",
    );
    check(
        "2021-10-25",
        "In February, the list grows.",
        "February",
        "2022-02",
    );
}

#[test]
fn the_weekday_after_the_document_date_is_tomorrow() {
    // 2021-08-16 is a Monday: "Tuesday" is tomorrow, even in an advance story's past tense,
    // while other weekdays stay in the past
    check(
        "2021-08-16",
        "The secretary headed Tuesday to East Africa.",
        "Tuesday",
        "2021-08-17",
    );
    check(
        "2021-08-16",
        "The talks began Wednesday in Geneva.",
        "Wednesday",
        "2021-08-11",
    );
}

#[test]
fn the_weekend_follows_tense() {
    // 2021-08-16 is a Monday
    check(
        "2021-08-16",
        "Over the weekend, officials said the talks failed.",
        "the weekend",
        "2021-W32-WE",
    );
    check(
        "2021-08-16",
        "Traders will square positions ahead of the weekend.",
        "the weekend",
        "2021-W33-WE",
    );
}

#[test]
fn accounting_years_are_durations() {
    check(
        "2021-10-30",
        "Net income for the year ended March 31 rose.",
        "the year",
        "P1Y",
    );
    check(
        "2021-10-30",
        "It expects a loss in the fiscal year ending June 30.",
        "the fiscal year",
        "P1Y",
    );
    // without "ended" it is the year itself
    check(
        "2021-10-30",
        "For the year, volume was flat.",
        "the year",
        "2021",
    );
    check(
        "2021-10-30",
        "Sales in the current fiscal year will rise.",
        "the current fiscal year",
        "2021",
    );
}

#[test]
fn vague_durations_and_references() {
    check(
        "2021-08-18",
        "For weeks the government has rallied.",
        "weeks",
        "PXW",
    );
    check("2021-08-18", "It may end within months.", "months", "PXM");
    check(
        "2021-08-18",
        "He had lived there for decades.",
        "decades",
        "PXY",
    );
    check(
        "2021-08-18",
        "They stay two more weeks.",
        "two more weeks",
        "P2W",
    );
    check(
        "2021-08-18",
        "In the past, the firm considered it.",
        "the past",
        "PAST_REF",
    );
    check(
        "2021-08-18",
        "Over the past two years prices rose.",
        "the past two years",
        "P2Y",
    );
    check(
        "2021-08-18",
        "It cited current market conditions.",
        "current",
        "PRESENT_REF",
    );
    check(
        "2021-08-18",
        "It may go public in the near future.",
        "the near future",
        "FUTURE_REF",
    );
    check(
        "2021-08-18",
        "In the short term, it hurts.",
        "the short term",
        "FUTURE_REF",
    );
    absent("2021-08-18", "They took a short term loan.", "short term");
    // plural units without for/within, fractions and dozens are not time
    absent("2021-08-18", "After weeks of talks they agreed.", "weeks");
    absent(
        "2021-08-18",
        "Three-quarters of the shares were sold.",
        "Three-quarters",
    );
    absent("2021-08-18", "A half dozen firms bid.", "half dozen");
}

#[test]
fn bare_clock_times_are_on_the_narrated_day() {
    check(
        "2021-08-18",
        "The bomb exploded on Aug. 7. The blast occurred at about 10:35 a.m.",
        "10:35 a.m.",
        "2021-08-07T10:35",
    );
    check(
        "2021-08-18",
        "The office opens at 9 a.m.",
        "9 a.m.",
        "2021-08-18T09:00",
    );
}

#[test]
fn error_categories_count_shapes() {
    let r = kroniek_time::TimeReport {
        mistakes: vec![
            kroniek_time::eval::Mistake {
                file: "a".into(),
                gold: "last week [DATE 1989-WXX]".into(),
                predicted: "last week [DATE 1989-W43]".into(),
            },
            kroniek_time::eval::Mistake {
                file: "b".into(),
                gold: "last week [DATE 1990-WXX]".into(),
                predicted: "last week [DATE 1990-W02]".into(),
            },
            kroniek_time::eval::Mistake {
                file: "b".into(),
                gold: String::new(),
                predicted: "now [Date PRESENT_REF]".into(),
            },
        ],
        ..Default::default()
    };
    assert_eq!(
        r.error_categories(),
        vec![
            ("value DATE 9999-WXX -> DATE 9999-W99".to_string(), 2),
            ("spurious DATE PRESENT_REF".to_string(), 1),
        ]
    );
}
