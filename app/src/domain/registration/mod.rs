//! An app's registration as a developer types it, the checks every save applies, and
//! what a submission for review still needs. The same functions check the form in the
//! browser while the developer types and decide on the server when the form is saved.

mod attestation;
mod draft;
mod field_checks;
pub mod fields;
pub mod rfc7591;
mod submission;
mod values;

use serde::{Deserialize, Serialize};

use super::app_kind::AppKind;

pub use attestation::{Attestation, Attestations};
pub use draft::{CheckedDraft, DraftRegistration};
pub use field_checks::{
    check_jwks_field, check_jwks_url_field, check_launch_uris_field, check_redirect_uris_field,
    check_scopes_field, FieldReport,
};
pub use submission::missing_for_submission;

/// A field's form name and a message about it.
pub type Problem = (&'static str, String);

/// The registration form's fields, exactly as typed. Lists are text: redirect and launch
/// URIs one per line, scopes separated by spaces or line breaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationInput {
    pub kind: AppKind,
    pub name: String,
    pub short_description: String,
    pub homepage_url: String,
    pub support_email: String,
    pub client_type: String,
    pub token_endpoint_auth_method: String,
    pub redirect_uris: String,
    pub launch_uris: String,
    pub scopes: String,
    pub jwks_url: String,
    pub jwks: String,
    pub attestations: Attestations,
    pub privacy_policy_url: String,
    pub terms_of_service_url: String,
    pub data_retention: String,
    pub data_sharing: String,
    pub access_revocation: String,
}

impl RegistrationInput {
    /// Returns an empty form for a new app of `kind`, with the client type and method a
    /// new app of that kind most often uses.
    pub fn new(kind: AppKind) -> Self {
        let (client_type, method) = match kind {
            AppKind::System => ("confidential", "private_key_jwt"),
            AppKind::Patient | AppKind::Clinician => ("public", "none"),
        };

        Self {
            kind,
            name: String::new(),
            short_description: String::new(),
            homepage_url: String::new(),
            support_email: String::new(),
            client_type: client_type.to_owned(),
            token_endpoint_auth_method: method.to_owned(),
            redirect_uris: String::new(),
            launch_uris: String::new(),
            scopes: String::new(),
            jwks_url: String::new(),
            jwks: String::new(),
            attestations: Attestations::default(),
            privacy_policy_url: String::new(),
            terms_of_service_url: String::new(),
            data_retention: String::new(),
            data_sharing: String::new(),
            access_revocation: String::new(),
        }
    }
}

/// Returns the non-empty lines of `text`, trimmed.
pub fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect()
}

#[cfg(test)]
mod tests;
