//! The fields of a submitted registration as a reviewer reads them, and the fields that
//! changed between two submissions of one app.

use serde::{Deserialize, Serialize};

use crate::domain::registration::{fields, Attestation, RegistrationInput};

/// One field of a registration whose value differs from the previous submission's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub label: String,
    pub before: String,
    pub after: String,
}

/// Lists every field of `registration` with its label and its value as text; an attestation
/// reads "Attested" or "Not attested".
pub fn registration_fields(registration: &RegistrationInput) -> Vec<(&'static str, String)> {
    let text = [
        (fields::KIND, registration.kind.label().to_owned()),
        (fields::NAME, registration.name.clone()),
        (
            fields::SHORT_DESCRIPTION,
            registration.short_description.clone(),
        ),
        (fields::HOMEPAGE_URL, registration.homepage_url.clone()),
        (fields::SUPPORT_EMAIL, registration.support_email.clone()),
        (fields::CLIENT_TYPE, registration.client_type.clone()),
        (
            fields::TOKEN_ENDPOINT_AUTH_METHOD,
            registration.token_endpoint_auth_method.clone(),
        ),
        (fields::REDIRECT_URIS, registration.redirect_uris.clone()),
        (fields::LAUNCH_URIS, registration.launch_uris.clone()),
        (fields::SCOPES, registration.scopes.clone()),
        (fields::JWKS_URL, registration.jwks_url.clone()),
        (fields::JWKS, registration.jwks.clone()),
        (
            fields::PRIVACY_POLICY_URL,
            registration.privacy_policy_url.clone(),
        ),
        (
            fields::TERMS_OF_SERVICE_URL,
            registration.terms_of_service_url.clone(),
        ),
        (fields::DATA_RETENTION, registration.data_retention.clone()),
        (fields::DATA_SHARING, registration.data_sharing.clone()),
        (
            fields::ACCESS_REVOCATION,
            registration.access_revocation.clone(),
        ),
    ];
    let attestations = Attestation::ALL.into_iter().map(|attestation| {
        let value = match registration.attestations.get(attestation) {
            true => "Attested",
            false => "Not attested",
        };
        (attestation.field(), value.to_owned())
    });

    text.into_iter()
        .chain(attestations)
        .map(|(name, value)| (fields::label(name).unwrap_or(name), value))
        .collect()
}

/// Lists the fields whose value differs between `before` and `after`, in form order.
pub fn changed_fields(before: &RegistrationInput, after: &RegistrationInput) -> Vec<FieldChange> {
    registration_fields(before)
        .into_iter()
        .zip(registration_fields(after))
        .filter(|((_, old), (_, new))| old.trim() != new.trim())
        .map(|((label, old), (_, new))| FieldChange {
            label: label.to_owned(),
            before: old,
            after: new,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::app_kind::AppKind;

    #[test]
    fn changed_fields_lists_changed_values_and_attestations() {
        let before = RegistrationInput::new(AppKind::Patient);
        let mut after = before.clone();
        after.scopes = "openid fhirUser".to_owned();
        after.attestations.pkce_s256 = true;

        let changes = changed_fields(&before, &after);

        assert_eq!(changes.len(), 2);
        assert_eq!(changes[0].label, "Scopes");
        assert_eq!(changes[0].after, "openid fhirUser");
        assert_eq!(changes[1].before, "Not attested");
        assert_eq!(changes[1].after, "Attested");
    }

    #[test]
    fn changed_fields_is_empty_for_equal_registrations() {
        let registration = RegistrationInput::new(AppKind::Clinician);

        assert!(changed_fields(&registration, &registration).is_empty());
    }
}
