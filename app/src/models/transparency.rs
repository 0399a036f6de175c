use serde::{Deserialize, Serialize};

use super::calendar::{ClosureDayRow, HolidayRow};
use crate::domain::review::statistics::DecisionStatistics;

/// The public transparency page: the settings of the review clock, the coming days it
/// skips, and the statistics of recent decisions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TransparencyView {
    /// The clock's time zone, an IANA name.
    pub time_zone: String,
    /// The local time a business day ends, as HH:MM.
    pub end_of_business_day: String,
    /// The last day of the calendar shown, formatted for display.
    pub calendar_until: String,
    /// The federal holidays observed from today to `calendar_until`, earliest first.
    pub holidays: Vec<HolidayRow>,
    /// The closure days from today to `calendar_until`, earliest first.
    pub closure_days: Vec<ClosureDayRow>,
    /// The statistics of each period, shortest first.
    pub periods: Vec<PeriodStatistics>,
    /// The time the statistics were computed, formatted in the clock's time zone.
    pub as_of: String,
}

/// The statistics of the decisions made in the last `days` days.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodStatistics {
    pub days: u32,
    pub statistics: DecisionStatistics,
}
