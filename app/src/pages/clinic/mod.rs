mod administrators_section;
mod change_page;
mod clinic_apps_page;

pub(crate) use administrators_section::AdministratorsSection;
pub use change_page::ClinicAppChangePage;
pub use clinic_apps_page::ClinicAppsPage;
