use super::*;
use crate::domain::app_kind::AppKind;
use crate::domain::registration::RegistrationInput;

fn patient_app() -> RegistrationInput {
    let mut registration = RegistrationInput::new(AppKind::Patient);
    registration.redirect_uris =
        "https://app.example.com/callback\nhttps://app.example.com/callback2".to_owned();
    registration.scopes = "launch/patient openid fhirUser patient/Observation.rs".to_owned();
    registration.attestations.pkce_s256 = true;
    registration
}

fn system_app() -> RegistrationInput {
    let mut registration = RegistrationInput::new(AppKind::System);
    registration.scopes = "system/Observation.rs".to_owned();
    registration.jwks_url = "https://app.example.com/.well-known/jwks.json".to_owned();
    registration
}

fn check(registration: &RegistrationInput, name: PreCheckName) -> PreCheck {
    registration_prechecks(registration)
        .into_iter()
        .find(|check| check.name == name)
        .unwrap()
}

#[test]
fn registration_prechecks_pass_complete_patient_app() {
    let checks = registration_prechecks(&patient_app());

    let outcomes: Vec<_> = checks
        .iter()
        .map(|check| (check.name, check.outcome))
        .collect();
    assert_eq!(
        outcomes,
        [
            (PreCheckName::RedirectUris, PreCheckOutcome::Passed),
            (PreCheckName::Scopes, PreCheckOutcome::Passed),
            (PreCheckName::ClientAuthentication, PreCheckOutcome::Passed),
            (PreCheckName::Pkce, PreCheckOutcome::Passed),
            (PreCheckName::Jwks, PreCheckOutcome::Skipped),
        ]
    );
    assert_eq!(checks[0].evidence, "2 redirect URIs, all https.");
    assert_eq!(
        checks[1].evidence,
        "4 scopes requested: launch/patient openid fhirUser patient/Observation.rs."
    );
}

#[test]
fn redirect_uris_precheck_lists_problems() {
    let mut registration = patient_app();
    registration.redirect_uris =
        "http://app.example.com/callback\nhttps://app.example.com/*".to_owned();

    let check = check(&registration, PreCheckName::RedirectUris);

    assert_eq!(check.outcome, PreCheckOutcome::Failed);
    assert!(
        check.evidence.contains("http://app.example.com/callback"),
        "{}",
        check.evidence
    );
    assert!(
        check.evidence.contains("https://app.example.com/*"),
        "{}",
        check.evidence
    );
}

#[test]
fn redirect_uris_precheck_counts_native_redirects() {
    let mut registration = patient_app();
    registration.redirect_uris =
        "https://app.example.com/callback\nhttp://127.0.0.1/callback".to_owned();

    let check = check(&registration, PreCheckName::RedirectUris);

    assert_eq!(check.outcome, PreCheckOutcome::Passed);
    assert_eq!(
        check.evidence,
        "2 redirect URIs: 1 https, 1 native-app (loopback http or a private-use scheme)."
    );
}

#[test]
fn redirect_uris_precheck_fails_when_empty() {
    let mut registration = patient_app();
    registration.redirect_uris = " \n".to_owned();

    let check = check(&registration, PreCheckName::RedirectUris);

    assert_eq!(check.outcome, PreCheckOutcome::Failed);
    assert_eq!(check.evidence, "No redirect URI is registered.");
}

#[test]
fn scopes_precheck_reports_warnings_and_errors() {
    let mut registration = patient_app();
    registration.scopes = "openid openid".to_owned();
    assert_eq!(
        check(&registration, PreCheckName::Scopes).outcome,
        PreCheckOutcome::Warning
    );

    registration.scopes = "system/Observation.rs".to_owned();
    assert_eq!(
        check(&registration, PreCheckName::Scopes).outcome,
        PreCheckOutcome::Failed
    );

    registration.scopes = String::new();
    assert_eq!(
        check(&registration, PreCheckName::Scopes).evidence,
        "No scope is requested."
    );
}

#[test]
fn pkce_precheck_requires_attestation() {
    let mut registration = patient_app();
    registration.attestations.pkce_s256 = false;

    let check = check(&registration, PreCheckName::Pkce);

    assert_eq!(check.outcome, PreCheckOutcome::Failed);
    assert!(check.evidence.contains("PKCE"), "{}", check.evidence);
}

#[test]
fn pkce_precheck_rejects_public_client_with_secret() {
    let mut registration = patient_app();
    registration.token_endpoint_auth_method = "client_secret_basic".to_owned();

    let pkce = check(&registration, PreCheckName::Pkce);
    let authentication = check(&registration, PreCheckName::ClientAuthentication);

    assert_eq!(pkce.outcome, PreCheckOutcome::Failed);
    assert!(
        pkce.evidence.contains("client_secret_basic"),
        "{}",
        pkce.evidence
    );
    assert_eq!(authentication.outcome, PreCheckOutcome::Failed);
}

#[test]
fn system_app_prechecks_skip_user_flows() {
    let registration = system_app();

    assert_eq!(
        check(&registration, PreCheckName::RedirectUris).outcome,
        PreCheckOutcome::Skipped
    );
    assert_eq!(
        check(&registration, PreCheckName::Pkce).outcome,
        PreCheckOutcome::Skipped
    );
    assert_eq!(
        check(&registration, PreCheckName::ClientAuthentication).outcome,
        PreCheckOutcome::Passed
    );
    let jwks = check(&registration, PreCheckName::Jwks);
    assert_eq!(jwks.outcome, PreCheckOutcome::Passed);
    assert!(
        jwks.evidence.contains("is well formed"),
        "{}",
        jwks.evidence
    );
}

#[test]
fn jwks_precheck_fails_without_keys() {
    let mut registration = system_app();
    registration.jwks_url = String::new();

    let check = check(&registration, PreCheckName::Jwks);

    assert_eq!(check.outcome, PreCheckOutcome::Failed);
    assert!(check.evidence.contains("JWKS URL"), "{}", check.evidence);
}

#[test]
fn jwks_precheck_rejects_private_jwks_url() {
    let mut registration = system_app();
    registration.jwks_url = "https://169.254.169.254/jwks.json".to_owned();

    assert_eq!(
        check(&registration, PreCheckName::Jwks).outcome,
        PreCheckOutcome::Failed
    );
}

#[test]
fn precheck_serializes_to_stable_json() {
    let check = PreCheck::new(
        PreCheckName::PrivacyPolicyUrl,
        PreCheckOutcome::Warning,
        "Status 200.",
    );

    let json = serde_json::to_value(&check).unwrap();

    assert_eq!(
        json,
        serde_json::json!({
            "name": "privacy_policy_url",
            "outcome": "warning",
            "evidence": "Status 200."
        })
    );
    assert_eq!(serde_json::from_value::<PreCheck>(json).unwrap(), check);
}
