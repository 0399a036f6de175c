mod invite_staff;
mod list_clinics;

pub use invite_staff::InviteStaff;
pub use list_clinics::{list_clinics, ClinicSummary};
