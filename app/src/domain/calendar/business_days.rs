//! Business days: Monday to Friday, except observed federal holidays and the closure days
//! an administrator added.

use chrono::{Datelike, NaiveDate, Weekday};

use super::holidays::observed_holiday_on;

/// Returns whether `date` is a weekend day.
pub fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Returns whether reviews count `date`: a weekday that is neither an observed federal
/// holiday nor one of `closures`.
pub fn is_business_day(date: NaiveDate, closures: &[NaiveDate]) -> bool {
    !is_weekend(date) && !closures.contains(&date) && observed_holiday_on(date).is_none()
}

/// Returns the first business day after `date`.
///
/// # Panics
///
/// Panics when no such day exists before `NaiveDate::MAX`, in the year 262142.
pub fn next_business_day(date: NaiveDate, closures: &[NaiveDate]) -> NaiveDate {
    let mut day = date;

    loop {
        day = day
            .succ_opt()
            .expect("a business day follows every date before NaiveDate::MAX");
        if is_business_day(day, closures) {
            return day;
        }
    }
}

/// Returns the `count`th business day after `start`, or `start` itself when `count` is 0.
/// `start` need not be a business day.
pub fn add_business_days(start: NaiveDate, count: u32, closures: &[NaiveDate]) -> NaiveDate {
    (0..count).fold(start, |day, _| next_business_day(day, closures))
}

/// Counts the business days after `from` up to and including `to`: 0 when `to` is not
/// after `from`.
pub fn count_business_days(from: NaiveDate, to: NaiveDate, closures: &[NaiveDate]) -> u32 {
    from.iter_days()
        .skip(1)
        .take_while(|day| *day <= to)
        .filter(|day| is_business_day(*day, closures))
        .count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn is_business_day_excludes_weekends() {
        assert!(is_business_day(date("2026-03-13"), &[]));
        assert!(!is_business_day(date("2026-03-14"), &[]));
        assert!(!is_business_day(date("2026-03-15"), &[]));
    }

    #[test]
    fn is_business_day_excludes_observed_holidays() {
        assert!(!is_business_day(date("2026-07-03"), &[]));
        assert!(!is_business_day(date("2021-12-31"), &[]));
        assert!(!is_business_day(date("2026-01-19"), &[]));
        assert!(is_business_day(date("2026-01-20"), &[]));
    }

    #[test]
    fn is_business_day_excludes_closures() {
        let closures = [date("2026-03-13")];

        assert!(!is_business_day(date("2026-03-13"), &closures));
        assert!(is_business_day(date("2026-03-12"), &closures));
    }

    #[test]
    fn next_business_day_skips_weekend_and_holiday() {
        assert_eq!(
            next_business_day(date("2026-01-16"), &[]),
            date("2026-01-20")
        );
    }

    #[test]
    fn next_business_day_skips_closure() {
        let closures = [date("2026-03-16")];

        assert_eq!(
            next_business_day(date("2026-03-13"), &closures),
            date("2026-03-17")
        );
    }

    #[test]
    fn add_business_days_of_zero_is_start() {
        assert_eq!(
            add_business_days(date("2026-03-14"), 0, &[]),
            date("2026-03-14")
        );
    }

    #[test]
    fn add_business_days_crosses_thanksgiving() {
        // Thanksgiving 2026 is Thursday, November 26.
        assert_eq!(
            add_business_days(date("2026-11-24"), 3, &[]),
            date("2026-11-30")
        );
    }

    #[test]
    fn count_business_days_excludes_from_and_includes_to() {
        let monday = date("2026-03-09");

        assert_eq!(count_business_days(monday, monday, &[]), 0);
        assert_eq!(count_business_days(monday, date("2026-03-10"), &[]), 1);
        assert_eq!(count_business_days(monday, date("2026-03-16"), &[]), 5);
        assert_eq!(count_business_days(monday, date("2026-03-01"), &[]), 0);
    }

    #[test]
    fn count_business_days_skips_closure() {
        let closures = [date("2026-03-11")];

        assert_eq!(
            count_business_days(date("2026-03-09"), date("2026-03-13"), &closures),
            3
        );
    }
}
