//! App registration: the form for a new app and for changes, an app's page with its
//! credentials, logo and history, and the developer's list of apps.

mod app_form;
mod app_page;
mod apps_list;
#[cfg(feature = "ssr")]
mod assertion_document;
mod assertion_tester;
mod credentials_section;
mod edit_app_page;
mod field_feedback;
mod grace_days_field;
mod logo_section;
mod new_app_page;
mod register_b2b_page;
mod registration_summary;
mod review_section;
mod secret_controls;
#[cfg(feature = "ssr")]
mod secret_document;
mod technical_fields;

pub use app_page::AppPage;
pub use apps_list::AppsList;
#[cfg(feature = "ssr")]
pub use assertion_document::assertion_test_document;
pub use edit_app_page::EditAppPage;
pub use new_app_page::NewAppPage;
pub use register_b2b_page::RegisterB2bPage;
#[cfg(feature = "ssr")]
pub(crate) use secret_document::document;
#[cfg(feature = "ssr")]
pub use secret_document::{issued_secret_document, rotation_error_document, secret_error_document};

/// Returns the app's name, or a placeholder for a draft without one.
fn display_name(name: &str) -> String {
    match name.trim() {
        "" => "Unnamed app".to_owned(),
        name => name.to_owned(),
    }
}
