//! The verification clock on the server: the time zone and end of the business day it is
//! kept in, the closure days platform administrators add, and the due dates of reviews.

mod closure_days;
mod review_clock;

pub use closure_days::{
    add_closure_day, calendar_view, closure_day_row, holiday_rows, list_closure_days,
    remove_closure_day,
};
pub use review_clock::{clock_start_for, due_date_for, ReviewClock};
