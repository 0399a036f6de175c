use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use sea_orm::ConnectionTrait;

use crate::db::closure_days;
use crate::domain::calendar::{clock_start, due_date, DEFAULT_END_OF_BUSINESS_DAY};
use crate::error::AppError;

/// The time zone the verification clock keeps business days in, and the local time a
/// business day ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewClock {
    pub time_zone: Tz,
    pub end_of_business_day: NaiveTime,
}

impl Default for ReviewClock {
    /// Returns the clock of the default configuration: Eastern Time, ending at 17:00.
    fn default() -> Self {
        Self {
            time_zone: chrono_tz::America::New_York,
            end_of_business_day: DEFAULT_END_OF_BUSINESS_DAY,
        }
    }
}

impl ReviewClock {
    /// Converts `moment` to the date and time on the clock's wall.
    pub fn local(&self, moment: DateTime<Utc>) -> NaiveDateTime {
        moment.with_timezone(&self.time_zone).naive_local()
    }

    /// Returns the clock's date at `moment`.
    pub fn date_at(&self, moment: DateTime<Utc>) -> NaiveDate {
        self.local(moment).date()
    }
}

/// Computes the day a decision is due on a submission received at `received_at`, after
/// `business_days` business days: [`FIRST_SUBMISSION_BUSINESS_DAYS`] for a first
/// submission, [`RESUBMISSION_BUSINESS_DAYS`] for a resubmission. It converts the receipt
/// to the clock's time zone and skips the closure days stored in `connection`.
///
/// [`FIRST_SUBMISSION_BUSINESS_DAYS`]: crate::domain::calendar::FIRST_SUBMISSION_BUSINESS_DAYS
/// [`RESUBMISSION_BUSINESS_DAYS`]: crate::domain::calendar::RESUBMISSION_BUSINESS_DAYS
pub async fn due_date_for<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    received_at: DateTime<Utc>,
    business_days: u32,
) -> Result<NaiveDate, AppError> {
    let received_local = clock.local(received_at);
    let closures = closure_days::dates_from(connection, received_local.date()).await?;

    Ok(due_date(
        received_local,
        clock.end_of_business_day,
        business_days,
        &closures,
    ))
}

/// Returns the business day a submission received at `received_at` counts from (day 0),
/// skipping the closure days stored in `connection`.
pub async fn clock_start_for<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    received_at: DateTime<Utc>,
) -> Result<NaiveDate, AppError> {
    let received_local = clock.local(received_at);
    let closures = closure_days::dates_from(connection, received_local.date()).await?;

    Ok(clock_start(
        received_local,
        clock.end_of_business_day,
        &closures,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_clock_local_converts_to_eastern_time() {
        let clock = ReviewClock::default();
        // 22:01 UTC on Friday, January 16, 2026 is 17:01 EST.
        let moment = "2026-01-16T22:01:00Z".parse().unwrap();

        assert_eq!(
            clock.local(moment),
            "2026-01-16T17:01:00".parse::<NaiveDateTime>().unwrap()
        );
    }

    #[test]
    fn review_clock_date_at_follows_daylight_saving_time() {
        let clock = ReviewClock::default();
        // 03:30 UTC on July 4, 2026 is 23:30 EDT on July 3.
        let moment = "2026-07-04T03:30:00Z".parse().unwrap();

        assert_eq!(
            clock.date_at(moment),
            "2026-07-03".parse::<NaiveDate>().unwrap()
        );
    }
}
