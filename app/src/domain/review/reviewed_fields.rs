//! The registration fields a review covers. After approval, a change to one of them needs
//! a new submission; a change to any other field applies at once.

use crate::domain::registration::{fields, Attestation, RegistrationInput};

/// Returns the labels of the reviewed fields whose values differ between `approved` and
/// `current`, in form order. Whitespace around a value and the order of lines or scopes do
/// not count as changes.
pub fn changed_reviewed_fields(
    approved: &RegistrationInput,
    current: &RegistrationInput,
) -> Vec<&'static str> {
    let pairs = [
        (
            fields::CLIENT_TYPE,
            &approved.client_type,
            &current.client_type,
        ),
        (
            fields::TOKEN_ENDPOINT_AUTH_METHOD,
            &approved.token_endpoint_auth_method,
            &current.token_endpoint_auth_method,
        ),
        (
            fields::REDIRECT_URIS,
            &approved.redirect_uris,
            &current.redirect_uris,
        ),
        (
            fields::LAUNCH_URIS,
            &approved.launch_uris,
            &current.launch_uris,
        ),
        (fields::SCOPES, &approved.scopes, &current.scopes),
        (fields::JWKS_URL, &approved.jwks_url, &current.jwks_url),
        (fields::JWKS, &approved.jwks, &current.jwks),
        (
            fields::PRIVACY_POLICY_URL,
            &approved.privacy_policy_url,
            &current.privacy_policy_url,
        ),
        (
            fields::TERMS_OF_SERVICE_URL,
            &approved.terms_of_service_url,
            &current.terms_of_service_url,
        ),
        (
            fields::DATA_RETENTION,
            &approved.data_retention,
            &current.data_retention,
        ),
        (
            fields::DATA_SHARING,
            &approved.data_sharing,
            &current.data_sharing,
        ),
        (
            fields::ACCESS_REVOCATION,
            &approved.access_revocation,
            &current.access_revocation,
        ),
    ];

    let mut changed: Vec<&'static str> = pairs
        .into_iter()
        .filter(|(_, before, after)| normalized(before) != normalized(after))
        .map(|(field, _, _)| fields::label(field).unwrap_or(field))
        .collect();
    for attestation in Attestation::ALL {
        if approved.attestations.get(attestation) != current.attestations.get(attestation) {
            changed.push(attestation.statement());
        }
    }
    changed
}

/// Splits a value into its sorted words, so reordered lines or scopes compare equal.
fn normalized(value: &str) -> Vec<&str> {
    let mut words: Vec<&str> = value.split_whitespace().collect();
    words.sort_unstable();
    words
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::app_kind::AppKind;

    fn registration() -> RegistrationInput {
        let mut input = RegistrationInput::new(AppKind::Patient);
        input.name = "Harbor".to_owned();
        input.scopes = "openid fhirUser patient/Patient.rs".to_owned();
        input.redirect_uris = "https://harbor.example/callback".to_owned();
        input.privacy_policy_url = "https://harbor.example/privacy".to_owned();
        input
    }

    #[test]
    fn changed_reviewed_fields_ignores_description_and_support_contact() {
        let mut current = registration();
        current.name = "Harbor Health".to_owned();
        current.short_description = "Now with charts.".to_owned();
        current.support_email = "help@harbor.example".to_owned();
        current.scopes = "patient/Patient.rs openid\nfhirUser".to_owned();

        assert!(changed_reviewed_fields(&registration(), &current).is_empty());
    }

    #[test]
    fn changed_reviewed_fields_lists_scopes_policy_and_attestations() {
        let mut current = registration();
        current.scopes.push_str(" offline_access");
        current.privacy_policy_url = "https://harbor.example/privacy-2027".to_owned();
        current.attestations.pkce_s256 = true;

        let changed = changed_reviewed_fields(&registration(), &current);

        assert_eq!(changed.len(), 3, "{changed:?}");
        assert_eq!(changed[0], fields::label(fields::SCOPES).unwrap());
        assert_eq!(
            changed[1],
            fields::label(fields::PRIVACY_POLICY_URL).unwrap()
        );
    }
}
