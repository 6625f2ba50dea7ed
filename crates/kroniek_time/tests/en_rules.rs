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

#[test]
fn ages_eras_scores_and_measures_are_not_time() {
    absent(
        "2021-08-18",
        "The chairman, 61 years old, will retire.",
        "61 years",
    );
    absent(
        "2021-08-18",
        "Today's teenagers read less than their parents did.",
        "Today",
    );
    check(
        "2021-08-18",
        "Today's hearing was postponed.",
        "Today",
        "2021-08-18",
    );
    absent(
        "2021-08-18",
        "The court ruled by a 5-4 vote that the law stands.",
        "5-4",
    );
    check("2021-08-18", "The court met on 8/14.", "8/14", "2021-08-14");
    absent(
        "2021-08-18",
        "The average daily volume was 12 million shares.",
        "daily",
    );
    check("2021-08-18", "The paper appears daily.", "daily", "P1D");
    absent(
        "2021-08-18",
        "Revenue should grow 7% annually through 2025.",
        "annually",
    );
    check(
        "2021-08-18",
        "The committee meets annually in Geneva.",
        "annually",
        "P1Y",
    );
}

#[test]
fn years_in_words_after_a_month_or_the_year() {
    check(
        "2021-08-18",
        "He was born in March nineteen sixty-two.",
        "March nineteen sixty-two",
        "1962-03",
    );
    check(
        "2021-08-18",
        "The bridge opened March nineteen.",
        "March nineteen",
        "2021-03-19",
    );
    check(
        "1998-02-05",
        "Computers may fail in the year two thousand.",
        "the year two thousand",
        "2000",
    );
    check(
        "1998-02-05",
        "The treaty expires in the year two thousand five.",
        "the year two thousand five",
        "2005",
    );
    check(
        "2021-08-18",
        "The law dates from the year 1848.",
        "the year 1848",
        "1848",
    );
    absent("2021-08-18", "Two thousand people marched.", "Two thousand");
}

#[test]
fn the_full_year_last_night_and_halves() {
    check(
        "2021-08-18",
        "Profit for the full year will rise.",
        "the full year",
        "2021",
    );
    check(
        "2021-08-18",
        "Rebels shelled the city last night.",
        "last night",
        "2021-08-17TNI",
    );
    check(
        "2021-08-18",
        "The talks lasted 5 1/2 hours.",
        "5 1/2 hours",
        "PT5H30M",
    );
    check(
        "2021-08-18",
        "She served 2 1/2 years in prison.",
        "2 1/2 years",
        "P2Y6M",
    );
}

#[test]
fn after_the_nine_months_a_year_earlier_is_the_year() {
    let text = "Third-quarter profit rose 5% from a year earlier. For the nine months, net \
                income fell from a year earlier. In the quarter, sales rose from a year ago.";
    let got = tag("2021-10-26", text);
    let values: Vec<&str> = got
        .iter()
        .filter(|(e, _, _)| e == "a year earlier" || e == "a year ago")
        .map(|(_, _, v)| v.as_str())
        .collect();
    assert_eq!(values, ["2020-Q3", "2020", "2020-Q3"], "{got:?}");
    check(
        "2021-10-26",
        "For the first six months, sales rose; the 2020 period had a loss.",
        "the 2020 period",
        "2020",
    );
    check(
        "2021-10-26",
        "Net for the year-earlier nine months included a gain.",
        "the year-earlier nine months",
        "P9M",
    );
}

#[test]
fn a_march_is_not_always_the_month() {
    absent(
        "2021-08-18",
        "Thousands joined the March for Peace on Sunday.",
        "March",
    );
    absent(
        "2021-08-18",
        "She led the March of the Mothers through the city.",
        "March",
    );
    check(
        "2021-08-18",
        "Prices rose in March for the first time.",
        "March",
        "2021-03",
    );
    check(
        "2021-08-18",
        "The law took effect March 1.",
        "March 1",
        "2021-03-01",
    );
}

#[test]
fn midday_and_hours_in_the_morning() {
    check(
        "2021-08-18",
        "The ceasefire began at midday.",
        "midday",
        "2021-08-18T12:00",
    );
    check(
        "2021-08-18",
        "The blast woke residents at 4 in the morning.",
        "4 in the morning",
        "2021-08-18T04:00",
    );
    check(
        "2021-08-18",
        "The polls closed at 9 in the evening.",
        "9 in the evening",
        "2021-08-18T21:00",
    );
}

#[test]
fn a_forecast_quarter_does_not_become_the_reporting_quarter() {
    let text = "Third-quarter profit rose 5%. The company expects fourth-quarter sales to \
                fall. Costs in the latest quarter were higher than a year ago.";
    let got = tag("2021-10-26", text);
    assert!(has(&got, "the latest quarter", "2021-Q3"), "{got:?}");
    assert!(has(&got, "a year ago", "2020-Q3"), "{got:?}");
    // the first quarter a text names is its own, even when not yet over (a fiscal quarter)
    let text = "Fourth-quarter earnings fell 47%. Sales in the latest period rose.";
    let got = tag("2021-11-02", text);
    assert!(has(&got, "the latest period", "2021-Q4"), "{got:?}");
}

#[test]
fn the_comparable_period_a_year_back() {
    let text = "Third-quarter profit rose 5%. Sales in the corresponding period last year \
                were lower, and costs in last year's quarter were higher than in the quarter \
                a year ago.";
    let got = tag("2021-10-26", text);
    assert!(
        has(&got, "the corresponding period last year", "2020-Q3"),
        "{got:?}"
    );
    assert!(has(&got, "last year's quarter", "2020-Q3"), "{got:?}");
    assert!(has(&got, "the quarter a year ago", "2020-Q3"), "{got:?}");
    // "last year" alone stays the year
    check(
        "2021-10-26",
        "Third-quarter profit rose. Last year the company lost money.",
        "Last year",
        "2020",
    );
}

#[test]
fn the_week_of_a_day() {
    check(
        "2000-02-24",
        "The hearing was set for the week of March 6.",
        "the week of March 6",
        "2000-W10",
    );
    check(
        "2000-04-17",
        "Crowds gathered during Easter week.",
        "Easter week",
        "2000-W16",
    );
}

#[test]
fn election_day() {
    check(
        "1998-10-26",
        "Voters go to the polls on Election Day.",
        "Election Day",
        "1998-11-03",
    );
    check(
        "2022-10-01",
        "Results are due after Election Day.",
        "Election Day",
        "2022-11-08",
    );
    absent("2022-10-01", "The election was close.", "election");
}

#[test]
fn last_month_and_day() {
    check(
        "1999-04-19",
        "The doctor was shot last Oct. 23 in his home.",
        "last Oct. 23",
        "1998-10-23",
    );
    check(
        "1999-04-19",
        "The trial opens next June 2.",
        "next June 2",
        "1999-06-02",
    );
}

#[test]
fn mid_afternoon() {
    check(
        "2021-08-18",
        "Trading stopped in mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        "2021-08-17TAF",
    );
    check(
        "2021-08-18",
        "The storm hit at mid afternoon.",
        "mid afternoon",
        "2021-08-18TAF",
    );
}

#[test]
fn these_days_day_long_and_no_more_than() {
    check(
        "2021-08-18",
        "Few people write letters these days.",
        "these days",
        "PRESENT_REF",
    );
    check(
        "2021-08-18",
        "The envoy has no more than sixty days to report.",
        "no more than sixty days",
        "P60D",
    );
    check(
        "2021-08-18",
        "The strike lasted eighty days.",
        "eighty days",
        "P80D",
    );
    check(
        "2021-08-18",
        "A day-long strike closed the port.",
        "day-long",
        "P1D",
    );
}

#[test]
fn a_later_date_and_the_weeks_ahead() {
    check(
        "2021-08-18",
        "The vote was put off to a later date.",
        "a later date",
        "FUTURE_REF",
    );
    check(
        "2021-08-18",
        "Prices may rise in the weeks ahead.",
        "the weeks ahead",
        "PXW",
    );
    absent("2021-08-18", "The road ahead is long.", "ahead");
}

#[test]
fn and_a_half_additional_and_the_early_summer() {
    check(
        "2021-08-18",
        "The clip lasts a minute and a half.",
        "a minute and a half",
        "PT1M30S",
    );
    check(
        "2021-08-18",
        "The contract runs for an additional year.",
        "an additional year",
        "P1Y",
    );
    check(
        "1989-10-30",
        "Output should recover by the early summer.",
        "the early summer",
        "1989-SU",
    );
    absent("2021-08-18", "Bread and butter sold well.", "and");
}

#[test]
fn irregular_past_forms_mark_the_past_and_present_passives_do_not() {
    // without a tense marker a bare month lies within seven months back, four ahead
    check(
        "2021-08-18",
        "The ferry sank in November.",
        "November",
        "2020-11",
    );
    check(
        "2021-08-18",
        "The ferry sinks in November.",
        "November",
        "2021-11",
    );
    check(
        "2021-08-18",
        "The thieves stole the paintings in December.",
        "December",
        "2020-12",
    );
    // "is decided": a present passive, not a past
    check(
        "2021-08-18",
        "The appeal is decided in December.",
        "December",
        "2021-12",
    );
    check(
        "2021-08-18",
        "The appeal was decided in December.",
        "December",
        "2020-12",
    );
}

#[test]
fn that_year_is_the_narrative_year() {
    check(
        "2021-08-18",
        "The firm was founded in 1995 and that year it hired 40 people.",
        "that year",
        "1995",
    );
    check(
        "2021-08-18",
        "He left in May 2003 and returned later that year.",
        "later that year",
        "2003",
    );
    check(
        "2021-08-18",
        "The plant closed in March 2010; that same month the union went on strike.",
        "that same month",
        "2010-03",
    );
    // "that day" is as often generic as anaphoric: not tagged
    absent(
        "2021-08-18",
        "Traders who sold that day lost heavily.",
        "that day",
    );
    absent(
        "2021-08-18",
        "She said that years of work were lost.",
        "that years",
    );
}

#[test]
fn half_years() {
    check(
        "1989-10-30",
        "Sales rose in the first half of 1988.",
        "the first half of 1988",
        "1988-H1",
    );
    check(
        "1989-10-30",
        "Profit should recover in the second half of the year.",
        "the second half of the year",
        "1989-H2",
    );
    check(
        "1989-10-30",
        "Losses are expected for the last half of 1990.",
        "the last half of 1990",
        "1990-H2",
    );
    absent(
        "1989-10-30",
        "He scored in the second half of the game.",
        "second",
    );
}

#[test]
fn plan_after_a_determiner_is_a_noun() {
    // "plans" as a verb puts the date ahead; "the plan" as a noun does not
    check(
        "1989-10-27",
        "The bank announced the plan Aug. 21.",
        "Aug. 21",
        "1989-08-21",
    );
    check(
        "1989-10-27",
        "The bank plans to sell the unit Aug. 21.",
        "Aug. 21",
        "1990-08-21",
    );
}
