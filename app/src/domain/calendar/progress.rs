//! How far a review has run on the clock: business days used and left, and how urgent the
//! decision is.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::business_days::count_business_days;

/// Business days left at or below which a review is at risk of missing its due date.
pub const AT_RISK_BUSINESS_DAYS: i64 = 2;

/// Counts the business days of the clock used by `today`: those after day 0 (`start`) up
/// to and including `today`. It is 0 on day 0 and equals the allowance on the due date.
pub fn business_days_used(start: NaiveDate, today: NaiveDate, closures: &[NaiveDate]) -> u32 {
    count_business_days(start, today, closures)
}

/// Counts the business days left after `today` up to and including `due`. It is 0 on the
/// due date and negative once `due` has passed: -1 on the first business day after it.
pub fn business_days_left(today: NaiveDate, due: NaiveDate, closures: &[NaiveDate]) -> i64 {
    if today <= due {
        i64::from(count_business_days(today, due, closures))
    } else {
        -i64::from(count_business_days(due, today, closures))
    }
}

/// An urgency of a pending decision, for flags and colors on review lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Urgency {
    /// More than [`AT_RISK_BUSINESS_DAYS`] business days are left.
    OnTrack,
    /// The due date is at most [`AT_RISK_BUSINESS_DAYS`] business days away, or today.
    AtRisk,
    /// The due date has passed.
    Overdue,
}

impl Urgency {
    /// Classifies a review by the business days left, as [`business_days_left`] counts
    /// them.
    pub fn from_days_left(days_left: i64) -> Urgency {
        if days_left < 0 {
            Urgency::Overdue
        } else if days_left <= AT_RISK_BUSINESS_DAYS {
            Urgency::AtRisk
        } else {
            Urgency::OnTrack
        }
    }

    /// Classifies a review due on `due` as of `today`. A review is overdue from the day
    /// after its due date, even when that day is a weekend and no business day has passed.
    pub fn on(today: NaiveDate, due: NaiveDate, closures: &[NaiveDate]) -> Urgency {
        if today > due {
            return Urgency::Overdue;
        }

        Urgency::from_days_left(business_days_left(today, due, closures))
    }

    /// Returns the label reviewers read.
    pub fn label(self) -> &'static str {
        match self {
            Urgency::OnTrack => "On track",
            Urgency::AtRisk => "At risk",
            Urgency::Overdue => "Overdue",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn business_days_used_zero_on_start() {
        let start = date("2026-01-16");

        assert_eq!(business_days_used(start, start, &[]), 0);
        assert_eq!(business_days_used(start, date("2026-01-19"), &[]), 0);
        assert_eq!(business_days_used(start, date("2026-01-20"), &[]), 1);
        assert_eq!(business_days_used(start, date("2026-02-02"), &[]), 10);
    }

    #[test]
    fn business_days_left_counts_down_to_zero() {
        let due = date("2026-02-02");

        assert_eq!(business_days_left(date("2026-01-16"), due, &[]), 10);
        assert_eq!(business_days_left(date("2026-01-29"), due, &[]), 2);
        assert_eq!(business_days_left(date("2026-01-31"), due, &[]), 1);
        assert_eq!(business_days_left(due, due, &[]), 0);
    }

    #[test]
    fn business_days_left_negative_after_due() {
        let due = date("2026-02-02");

        assert_eq!(business_days_left(date("2026-02-03"), due, &[]), -1);
        assert_eq!(business_days_left(date("2026-02-09"), due, &[]), -5);
    }

    #[test]
    fn business_days_left_zero_on_weekend_after_due() {
        // The due date was Friday, March 13, 2026; no business day has passed since.
        assert_eq!(
            business_days_left(date("2026-03-14"), date("2026-03-13"), &[]),
            0
        );
    }

    #[test]
    fn urgency_from_days_left_boundaries() {
        assert_eq!(Urgency::from_days_left(3), Urgency::OnTrack);
        assert_eq!(Urgency::from_days_left(2), Urgency::AtRisk);
        assert_eq!(Urgency::from_days_left(0), Urgency::AtRisk);
        assert_eq!(Urgency::from_days_left(-1), Urgency::Overdue);
    }

    #[test]
    fn urgency_on_weekend_after_due_is_overdue() {
        assert_eq!(
            Urgency::on(date("2026-03-14"), date("2026-03-13"), &[]),
            Urgency::Overdue
        );
        assert_eq!(
            Urgency::on(date("2026-03-13"), date("2026-03-13"), &[]),
            Urgency::AtRisk
        );
    }

    #[test]
    fn urgency_on_counts_closures() {
        let due = date("2026-03-13");

        assert_eq!(Urgency::on(date("2026-03-09"), due, &[]), Urgency::OnTrack);
        assert_eq!(
            Urgency::on(
                date("2026-03-09"),
                due,
                &[date("2026-03-11"), date("2026-03-12")]
            ),
            Urgency::AtRisk
        );
    }
}
