//! The business-day calendar of the verification clock: U.S. federal holidays, business
//! days, the day a review starts and the day its decision is due. Dates are plain local
//! dates and times, already in the time zone the business day is kept in, so the browser
//! computes the same dates as the server.

mod business_days;
mod clock;
pub mod closure_day;
mod holidays;
mod progress;

#[cfg(test)]
mod holidays_tests;
#[cfg(test)]
mod properties;

use chrono::NaiveDate;

pub use business_days::{
    add_business_days, count_business_days, is_business_day, is_weekend, next_business_day,
};
pub use clock::{
    clock_start, due_date, DEFAULT_END_OF_BUSINESS_DAY, FIRST_SUBMISSION_BUSINESS_DAYS,
    RESUBMISSION_BUSINESS_DAYS,
};
pub use holidays::{
    federal_holidays, observed_holiday_on, FederalHoliday, ObservedHoliday, JUNETEENTH_FIRST_YEAR,
};
pub use progress::{business_days_left, business_days_used, Urgency, AT_RISK_BUSINESS_DAYS};

/// Formats a date for pages and messages, such as "Friday, July 3, 2026".
pub fn long_date(date: NaiveDate) -> String {
    date.format("%A, %B %-d, %Y").to_string()
}
