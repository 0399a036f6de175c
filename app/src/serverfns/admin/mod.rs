mod closure_days;
mod create_clinic;
mod invite_staff;
mod list_clinics;

pub use closure_days::{load_closure_days, AddClosureDay, RemoveClosureDay};
pub use create_clinic::CreateClinic;
pub use invite_staff::InviteStaff;
pub use list_clinics::{list_clinics, ClinicSummary};
