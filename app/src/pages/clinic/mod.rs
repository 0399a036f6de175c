mod administrators_section;
mod change_page;
mod clinic_apps_page;
#[cfg(feature = "ssr")]
mod link_document;
mod registration_links_section;
mod registration_review_page;
mod registrations_page;

pub(crate) use administrators_section::AdministratorsSection;
pub use change_page::ClinicAppChangePage;
pub use clinic_apps_page::ClinicAppsPage;
#[cfg(feature = "ssr")]
pub use link_document::{created_link_document, link_error_document};
pub(crate) use registration_links_section::RegistrationLinksSection;
pub use registration_links_section::CREATE_LINK_PATH;
pub use registration_review_page::RegistrationReviewPage;
pub use registrations_page::RegistrationsPage;
