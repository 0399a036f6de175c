//! Developer identity: the profile a developer fills in on their pathway, its documents,
//! the reviewers' decisions on each part, and an organization's members.

pub mod documents;
mod members;
mod parts;
mod profile;
mod reviews;
mod view;

pub use documents::{
    attach_document, download_document, DocumentStore, DownloadedDocument, PendingUpload,
    StoredFile, UploadError,
};
pub use members::{
    accept_invitation, invitation_details, invite_member, remove_member, revoke_invitation,
};
pub use profile::{owned_profile, save_profile};
pub use reviews::{decide_part, list_profiles, PartDecision};
pub use view::{load_for_developer, load_for_reviewer};

use chrono::{DateTime, Utc};

/// Formats a moment for pages and e-mails, in UTC so every viewer reads the same time.
pub fn display_time(moment: DateTime<Utc>) -> String {
    moment.format("%b %-d, %Y, %H:%M UTC").to_string()
}
