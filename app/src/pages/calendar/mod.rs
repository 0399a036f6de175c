//! The business-day calendar of the verification clock, as platform administrators manage
//! it.

mod calendar_tables;
mod closure_days_page;

pub use calendar_tables::HolidayTable;
pub use closure_days_page::ClosureDaysPage;
