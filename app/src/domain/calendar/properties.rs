//! Property tests: the clock's rules hold for random receipts, allowances and years.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use proptest::prelude::*;

use super::{add_business_days, due_date, federal_holidays, is_business_day};

/// Returns a date-time between 1990 and 2100 from a day offset and a minute of the day.
fn receipt(day_offset: i64, minute: u32) -> NaiveDateTime {
    let day = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Duration::days(day_offset);
    let time = NaiveTime::from_num_seconds_from_midnight_opt(minute * 60, 0).unwrap();

    day.and_time(time)
}

/// Days from 1990-01-01 to 2100-12-31.
const DAYS: i64 = 40_541;

fn end_of_day() -> impl Strategy<Value = NaiveTime> {
    (8u32..=20).prop_map(|hour| NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
}

/// Up to four closure days within three weeks of the 1990 start plus `offset`.
fn closures_near(offset: i64) -> impl Strategy<Value = Vec<NaiveDate>> {
    prop::collection::vec(0i64..21, 0..4).prop_map(move |days| {
        days.into_iter()
            .map(|day| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Duration::days(offset + day))
            .collect()
    })
}

proptest! {
    #[test]
    fn due_date_is_business_day(
        (offset, closures) in (0..DAYS).prop_flat_map(|offset| (Just(offset), closures_near(offset))),
        minute in 0u32..1440,
        end in end_of_day(),
        days in 1u32..=20,
    ) {
        let due = due_date(receipt(offset, minute), end, days, &closures);

        prop_assert!(is_business_day(due, &closures), "{due} is not a business day");
    }

    #[test]
    fn due_date_after_receipt_date(
        (offset, closures) in (0..DAYS).prop_flat_map(|offset| (Just(offset), closures_near(offset))),
        minute in 0u32..1440,
        end in end_of_day(),
        days in 1u32..=20,
    ) {
        let received = receipt(offset, minute);
        let due = due_date(received, end, days, &closures);

        prop_assert!(due > received.date(), "{due} is not after {received}");
    }

    #[test]
    fn add_business_days_is_monotonic(
        offset in 0..DAYS,
        days in 0u32..30,
        later_receipt in 0i64..10,
    ) {
        let start = receipt(offset, 0).date();
        let later_start = start + Duration::days(later_receipt);

        prop_assert!(add_business_days(start, days + 1, &[]) > add_business_days(start, days, &[]));
        prop_assert!(add_business_days(later_start, days, &[]) >= add_business_days(start, days, &[]));
    }

    #[test]
    fn due_date_monotonic_in_receipt_time(
        offset in 0..DAYS,
        (first, second) in (0u32..1440, 0u32..1440),
        end in end_of_day(),
    ) {
        let (earlier, later) = (first.min(second), first.max(second));
        let end_of_day = end;

        prop_assert!(
            due_date(receipt(offset, later), end_of_day, 10, &[])
                >= due_date(receipt(offset, earlier), end_of_day, 10, &[])
        );
    }

    #[test]
    fn federal_holidays_observed_on_weekdays(year in 1990i32..=2100) {
        for holiday in federal_holidays(year) {
            let weekday = holiday.observed.weekday();

            prop_assert!(
                !matches!(weekday, Weekday::Sat | Weekday::Sun),
                "{} of {year} is observed on {weekday}",
                holiday.name()
            );
            prop_assert!((holiday.observed - holiday.date).num_days().abs() <= 1);
        }
    }
}
