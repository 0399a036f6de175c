//! The verification clock: the business day a submission's review starts from and the day
//! its decision is due.
//!
//! A submission received on a business day before the end of that business day counts that
//! day as day 0. One received at or after the end of the business day, on a weekend, on an
//! observed holiday or on a closure day is treated as received at the start of the next
//! business day, which becomes day 0. The decision is due on the `n`th business day after
//! day 0. So a Friday 16:59 receipt before a Monday holiday starts on Friday, and a Friday
//! 17:01 receipt starts on Tuesday.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::business_days::{add_business_days, is_business_day, next_business_day};

/// Business days reviewers have to decide a first submission.
pub const FIRST_SUBMISSION_BUSINESS_DAYS: u32 = 10;

/// Business days reviewers have to decide a resubmission made in response to a Notice of
/// Non-Conformance.
pub const RESUBMISSION_BUSINESS_DAYS: u32 = 5;

/// The end of the business day when the configuration sets none: 17:00.
pub const DEFAULT_END_OF_BUSINESS_DAY: NaiveTime = match NaiveTime::from_hms_opt(17, 0, 0) {
    Some(time) => time,
    None => panic!("17:00:00 is a valid time"),
};

/// Returns day 0 of the clock for a submission received at `received_local`, the date and
/// time in the time zone the business day is kept in.
pub fn clock_start(
    received_local: NaiveDateTime,
    end_of_day: NaiveTime,
    closures: &[NaiveDate],
) -> NaiveDate {
    let date = received_local.date();

    if received_local.time() < end_of_day && is_business_day(date, closures) {
        date
    } else {
        next_business_day(date, closures)
    }
}

/// Returns the day a decision on a submission received at `received_local` is due: the
/// `business_days`th business day after [`clock_start`]. It is always a business day and
/// always after the receipt date when `business_days` is at least 1.
pub fn due_date(
    received_local: NaiveDateTime,
    end_of_day: NaiveTime,
    business_days: u32,
    closures: &[NaiveDate],
) -> NaiveDate {
    let start = clock_start(received_local, end_of_day, closures);

    add_business_days(start, business_days, closures)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    const FIVE_PM: NaiveTime = DEFAULT_END_OF_BUSINESS_DAY;

    #[test]
    fn clock_start_before_end_of_day_is_same_day() {
        assert_eq!(
            clock_start(at("2026-01-16 16:59"), FIVE_PM, &[]),
            date("2026-01-16")
        );
    }

    #[test]
    fn clock_start_at_end_of_day_moves_to_next() {
        assert_eq!(
            clock_start(at("2026-03-10 17:00"), FIVE_PM, &[]),
            date("2026-03-11")
        );
    }

    #[test]
    fn clock_start_after_friday_close_skips_holiday() {
        // Monday, January 19, 2026 is the Birthday of Martin Luther King, Jr.
        assert_eq!(
            clock_start(at("2026-01-16 17:01"), FIVE_PM, &[]),
            date("2026-01-20")
        );
    }

    #[test]
    fn clock_start_on_weekend_morning_moves_to_monday() {
        assert_eq!(
            clock_start(at("2026-03-14 09:00"), FIVE_PM, &[]),
            date("2026-03-16")
        );
    }

    #[test]
    fn clock_start_on_closure_day_moves_to_next() {
        let closures = [date("2026-03-10")];

        assert_eq!(
            clock_start(at("2026-03-10 08:00"), FIVE_PM, &closures),
            date("2026-03-11")
        );
    }

    #[test]
    fn due_date_friday_before_close() {
        // Day 0 is Friday, January 16. Business days 1 to 10: January 20, 21, 22, 23, 26,
        // 27, 28, 29, 30 and February 2.
        let received = at("2026-01-16 16:59");

        assert_eq!(due_date(received, FIVE_PM, 10, &[]), date("2026-02-02"));
        assert_eq!(due_date(received, FIVE_PM, 5, &[]), date("2026-01-26"));
    }

    #[test]
    fn due_date_friday_after_close() {
        // Day 0 is Tuesday, January 20. Business days 1 to 10: January 21, 22, 23, 26, 27,
        // 28, 29, 30 and February 2, 3.
        let received = at("2026-01-16 17:01");

        assert_eq!(due_date(received, FIVE_PM, 10, &[]), date("2026-02-03"));
        assert_eq!(due_date(received, FIVE_PM, 5, &[]), date("2026-01-27"));
    }

    #[test]
    fn due_date_skips_closure_day() {
        let received = at("2026-03-09 10:00");

        assert_eq!(due_date(received, FIVE_PM, 5, &[]), date("2026-03-16"));
        assert_eq!(
            due_date(received, FIVE_PM, 5, &[date("2026-03-12")]),
            date("2026-03-17")
        );
    }

    #[test]
    fn due_date_honors_configured_end_of_day() {
        let received = at("2026-03-09 16:30");
        let four_pm = NaiveTime::from_hms_opt(16, 0, 0).unwrap();

        assert_eq!(due_date(received, FIVE_PM, 1, &[]), date("2026-03-10"));
        assert_eq!(due_date(received, four_pm, 1, &[]), date("2026-03-11"));
    }

    #[test]
    fn due_date_over_year_end_skips_new_years_day_observed() {
        // January 1, 2022 was a Saturday, observed on Friday, December 31, 2021.
        let received = at("2021-12-29 12:00");

        assert_eq!(due_date(received, FIVE_PM, 2, &[]), date("2022-01-03"));
    }
}
