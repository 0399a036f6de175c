//! The public transparency page: the verification criteria, the review timelines, the days
//! the review clock skips, and the statistics of recent decisions.

mod calendar_section;
mod criteria_section;
mod statistics_section;
mod timelines_section;
mod transparency_page;

pub use transparency_page::TransparencyPage;
