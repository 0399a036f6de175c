use serde::{Deserialize, Serialize};

/// The business-day calendar as platform administrators see it: the coming federal
/// holidays and the closure days.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarView {
    /// The observed holidays from today to the end of next year, earliest first.
    pub holidays: Vec<HolidayRow>,
    /// Every closure day, earliest first.
    pub closure_days: Vec<ClosureDayRow>,
    /// The clock's time zone, an IANA name.
    pub time_zone: String,
    /// The local time a business day ends, as HH:MM.
    pub end_of_business_day: String,
}

/// A federal holiday on the day offices close for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayRow {
    pub name: String,
    /// The observed date, formatted for display.
    pub observed: String,
    /// The date in the statute when the weekend rule moved it, formatted for display.
    pub moved_from: Option<String>,
}

/// A closure day an administrator added.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosureDayRow {
    /// The date as YYYY-MM-DD, as the remove form sends it back.
    pub date: String,
    /// The date formatted for display.
    pub label: String,
    pub reason: String,
}
