//! Registered apps: creating and saving a registration, its sandbox client credentials, its
//! logo, and the views its developers read. An app belongs to the account that created it
//! and to that account's developer profile, whose members share it.

mod access;
mod history;
mod logo;
mod registration;
mod rotation;
mod secrets;
mod view;

pub use access::load_for_editor;
pub use history::load as app_history;
pub use logo::{public_logo, replace_logo, LOGO_FIELD};
pub use registration::{attach_unowned_apps, create_app, record as record_app_event, update_app};
pub(crate) use registration::{check as check_registration, insert_app};
pub use rotation::{revoke_secret, rotate_secret};
pub use secrets::{
    issue_sandbox_secret, issue_secret, revoke_sandbox_secret, take_sealed_secrets, Delivery,
};
pub use view::{list_apps, load_app, registration_of};

/// The `subject_type` of every audit event about an app, its credentials and its logo.
const AUDIT_SUBJECT: &str = "app";
