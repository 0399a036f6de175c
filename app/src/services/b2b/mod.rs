//! System-to-system (B2B) registrations. A clinic administrator sends a developer a
//! single-use registration link, and the developer registers a system app through it and
//! submits it. The clinic, not a vendor reviewer, approves or denies it, and may revoke its
//! credentials later.

mod decisions;
mod links;
mod registration;
mod requests;
mod revocation;

use crate::services::review::record;

pub use decisions::{approve_request, deny_request, REASON_FIELD};
pub use links::{
    create_link, hash_link_token, link_url, list_links, open_link, revoke_link, DAYS_FIELD,
    LABEL_FIELD,
};
pub use registration::register_through_link;
pub use requests::{list_requests, load_request};
pub use revocation::revoke_client;

/// The `subject_type` of audit events about a registration link.
const LINK_SUBJECT: &str = "registration_link";
/// The `subject_type` of audit events about an app: the clinic's decisions and revocations.
const APP_SUBJECT: &str = "app";
