//! The fields a registration still needs before it can be submitted for review. The
//! submission itself first runs [`super::RegistrationInput::check_draft`], so this list
//! covers only fields that are empty or unchecked.

use super::{fields, lines, Attestation, Problem, RegistrationInput};
use crate::domain::app_kind::{AppKind, TokenEndpointAuthMethod};
use crate::domain::client_authentication::ClientAuthenticationError;

/// Lists every field a submission needs that is still empty or unchecked, each with what
/// to enter. An empty list means the registration is complete.
pub fn missing_for_submission(registration: &RegistrationInput) -> Vec<Problem> {
    let mut missing = Vec::new();
    let kind = registration.kind;
    let mut require = |field: &'static str, value: &str, message: &str| {
        if value.trim().is_empty() {
            missing.push((field, message.to_owned()));
        }
    };

    require(fields::NAME, &registration.name, "Enter the app's name.");
    require(
        fields::SHORT_DESCRIPTION,
        &registration.short_description,
        "Describe what the app does in a sentence or two.",
    );
    require(
        fields::HOMEPAGE_URL,
        &registration.homepage_url,
        "Enter the app's homepage.",
    );
    require(
        fields::SUPPORT_EMAIL,
        &registration.support_email,
        "Enter the e-mail address where users get support.",
    );
    require(
        fields::SCOPES,
        &registration.scopes,
        "Enter the scopes the app requests.",
    );
    require(
        fields::PRIVACY_POLICY_URL,
        &registration.privacy_policy_url,
        "Enter the privacy policy's URL.",
    );
    require(
        fields::TERMS_OF_SERVICE_URL,
        &registration.terms_of_service_url,
        "Enter the terms of service's URL.",
    );
    require(
        fields::DATA_RETENTION,
        &registration.data_retention,
        "Say how long the app keeps users' data.",
    );
    require(
        fields::DATA_SHARING,
        &registration.data_sharing,
        "Say with whom the app shares users' data, or that it shares it with no one.",
    );
    require(
        fields::ACCESS_REVOCATION,
        &registration.access_revocation,
        "Say how a user revokes the app's access to their data.",
    );

    if kind.uses_redirect_uris() && lines(&registration.redirect_uris).is_empty() {
        missing.push((
            fields::REDIRECT_URIS,
            "Enter at least one redirect URI.".to_owned(),
        ));
    }
    if launched_from_ehr(registration) && lines(&registration.launch_uris).is_empty() {
        missing.push((
            fields::LAUNCH_URIS,
            "Enter the launch URI the EHR opens: the app requests the launch scope, so it is \
             launched from the EHR."
                .to_owned(),
        ));
    }
    if registration.token_endpoint_auth_method.trim()
        == TokenEndpointAuthMethod::PrivateKeyJwt.as_str()
        && registration.jwks_url.trim().is_empty()
        && registration.jwks.trim().is_empty()
    {
        missing.push((
            fields::JWKS_URL,
            ClientAuthenticationError::KeysMissing.to_string(),
        ));
    }

    for attestation in Attestation::ALL {
        if attestation.applies_to(kind) && !registration.attestations.get(attestation) {
            missing.push((
                attestation.field(),
                format!("Confirm: {}", attestation.statement()),
            ));
        }
    }

    missing
}

/// Returns whether the app requests the `launch` scope, which only an EHR launch grants.
fn launched_from_ehr(registration: &RegistrationInput) -> bool {
    registration.kind != AppKind::System
        && registration
            .scopes
            .split_whitespace()
            .any(|scope| scope == "launch")
}
