mod closure_days;
mod create_clinic;
mod invite_staff;
mod list_clinics;
mod registry_tokens;

pub use closure_days::{load_closure_days, AddClosureDay, RemoveClosureDay};
pub use create_clinic::CreateClinic;
pub use invite_staff::InviteStaff;
pub use list_clinics::{list_clinics, ClinicSummary};
pub use registry_tokens::{load_registry_tokens, RevokeRegistryToken};
