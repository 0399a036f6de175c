//! The blockers of a submission for review: an unverified e-mail address, an
//! incomplete identity profile, or a registration field a submission needs.

use crate::db::entities::account;
use crate::domain::identity::PartStatus;
use crate::domain::registration::{missing_for_submission, RegistrationInput};
use crate::error::FieldError;
use crate::models::identity::ProfileView;

/// The field name of problems with the developer's identity profile.
pub const IDENTITY_FIELD: &str = "identity";
/// The field name of a problem with the developer's e-mail address.
pub const EMAIL_FIELD: &str = "email";

/// Lists everything a submission still needs, each under the field it concerns. An empty
/// list means the materials are complete.
pub fn submission_blockers(
    account: &account::Model,
    profile: Option<&ProfileView>,
    registration: &RegistrationInput,
) -> Vec<FieldError> {
    let mut blockers = Vec::new();

    if account.email_verified_at.is_none() {
        blockers.push(FieldError::new(
            EMAIL_FIELD,
            "Verify your e-mail address with the link we sent you; the account page can send \
             a new one.",
        ));
    }

    match profile {
        None => blockers.push(FieldError::new(
            IDENTITY_FIELD,
            "Fill in your developer identity profile on the Identity page, with its documents.",
        )),
        Some(profile) => {
            for part in &profile.parts {
                let message = match part.status {
                    PartStatus::Missing => "missing: add it on the Identity page.",
                    PartStatus::Rejected => {
                        "rejected by a reviewer: correct it on the Identity page."
                    }
                    _ => continue,
                };
                blockers.push(FieldError::new(
                    IDENTITY_FIELD,
                    format!("{} is {message}", part.part.label()),
                ));
            }
        }
    }

    for (field, message) in missing_for_submission(registration) {
        blockers.push(FieldError::new(field, message));
    }
    blockers
}
