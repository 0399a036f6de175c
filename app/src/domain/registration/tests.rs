use super::*;
use crate::domain::app_kind::{ClientType, TokenEndpointAuthMethod};

const INFERNO_REDIRECT: &str = "https://inferno.healthit.gov/suites/custom/smart/redirect";
const ES384_JWKS: &str = r#"{"keys": [{"kty": "EC", "crv": "P-384",
    "x": "wcE8O55ro6aOuTf5Ty1k_IG4mTcuLiVercHouge1G5Ri-leevhev4uJzlHpi3U8r",
    "y": "mLRgz8Giu6XA_AqG8bywqbygShmd8jowflrdx0KQtM5X4s4aqDeCRfcpexykp3aI",
    "kid": "afb27c284f2d93959c18fa0320e32060", "alg": "ES384"}]}"#;

fn complete_patient_app() -> RegistrationInput {
    RegistrationInput {
        name: "Harbor Health Records".into(),
        short_description: "Shows patients their lab results.".into(),
        homepage_url: "https://harbor.example.com".into(),
        support_email: "Support@Harbor.example.com".into(),
        redirect_uris: format!("{INFERNO_REDIRECT}\n"),
        launch_uris: "https://inferno.healthit.gov/suites/custom/smart/launch".into(),
        scopes: "launch launch/patient openid fhirUser patient/Observation.rs".into(),
        attestations: Attestations {
            smart_app_launch: true,
            openid_connect: true,
            pkce_s256: true,
            no_ehr_credentials: true,
        },
        privacy_policy_url: "https://harbor.example.com/privacy".into(),
        terms_of_service_url: "https://harbor.example.com/terms".into(),
        data_retention: "Until the user deletes their account.".into(),
        data_sharing: "No one.".into(),
        access_revocation: "Settings, then Disconnect.".into(),
        ..RegistrationInput::new(AppKind::Patient)
    }
}

fn fields_of(problems: &[Problem]) -> Vec<&'static str> {
    problems.iter().map(|(field, _)| *field).collect()
}

#[test]
fn empty_draft_saves_and_lists_everything_missing() {
    let input = RegistrationInput::new(AppKind::Patient);

    let checked = input.check_draft().unwrap();

    assert_eq!(checked.draft.client_type, ClientType::Public);
    assert_eq!(checked.draft.name, None);
    assert_eq!(checked.draft.redirect_uris, Vec::<String>::new());
    let missing = fields_of(&missing_for_submission(&input));
    for field in [
        fields::NAME,
        fields::REDIRECT_URIS,
        fields::SCOPES,
        fields::PRIVACY_POLICY_URL,
        fields::ACCESS_REVOCATION,
        "attest_pkce_s256",
    ] {
        assert!(missing.contains(&field), "{field} in {missing:?}");
    }
}

#[test]
fn complete_app_has_nothing_missing() {
    let input = complete_patient_app();

    let checked = input.check_draft().unwrap();

    assert_eq!(missing_for_submission(&input), vec![]);
    assert_eq!(
        checked.draft.support_email.as_deref(),
        Some("support@harbor.example.com")
    );
    assert_eq!(checked.draft.redirect_uris, vec![INFERNO_REDIRECT]);
}

#[test]
fn every_malformed_value_reported_at_once() {
    let input = RegistrationInput {
        name: "x".repeat(101),
        homepage_url: "http://harbor.example.com".into(),
        support_email: "support-at-harbor".into(),
        redirect_uris: "https://harbor.example.com/cb#top".into(),
        launch_uris: "http://harbor.example.com/launch".into(),
        scopes: "patient/read".into(),
        jwks_url: "http://harbor.example.com/jwks.json".into(),
        privacy_policy_url: "harbor.example.com/privacy".into(),
        terms_of_service_url: "ftp://harbor.example.com/terms".into(),
        data_sharing: "y".repeat(2001),
        ..RegistrationInput::new(AppKind::Patient)
    };

    let problems = input.check_draft().unwrap_err();

    let fields = fields_of(&problems);
    for field in [
        fields::NAME,
        fields::HOMEPAGE_URL,
        fields::SUPPORT_EMAIL,
        fields::REDIRECT_URIS,
        fields::LAUNCH_URIS,
        fields::SCOPES,
        fields::JWKS_URL,
        fields::PRIVACY_POLICY_URL,
        fields::TERMS_OF_SERVICE_URL,
        fields::DATA_SHARING,
    ] {
        assert!(fields.contains(&field), "{field} in {problems:?}");
    }
}

#[test]
fn http_policy_url_names_https() {
    let input = RegistrationInput {
        privacy_policy_url: "http://harbor.example.com/privacy".into(),
        ..RegistrationInput::new(AppKind::Patient)
    };

    let problems = input.check_draft().unwrap_err();

    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].0, fields::PRIVACY_POLICY_URL);
    assert!(problems[0].1.contains("https URL"), "{}", problems[0].1);
}

#[test]
fn v1_scope_warned_with_v2_meaning() {
    let input = RegistrationInput {
        scopes: "patient/Observation.read patient/Observation.read".into(),
        ..RegistrationInput::new(AppKind::Patient)
    };

    let checked = input.check_draft().unwrap();

    assert_eq!(
        checked.draft.scopes.as_deref(),
        Some("patient/Observation.read")
    );
    assert!(checked
        .warnings
        .iter()
        .any(|(field, message)| *field == fields::SCOPES
            && message.contains("patient/Observation.rs")));
}

#[test]
fn system_app_limits_enforced() {
    let input = RegistrationInput {
        client_type: "public".into(),
        token_endpoint_auth_method: "none".into(),
        redirect_uris: INFERNO_REDIRECT.into(),
        scopes: "system/Observation.rs offline_access".into(),
        ..RegistrationInput::new(AppKind::System)
    };

    let problems = input.check_draft().unwrap_err();

    let fields = fields_of(&problems);
    assert!(fields.contains(&fields::CLIENT_TYPE), "{problems:?}");
    assert!(fields.contains(&fields::REDIRECT_URIS), "{problems:?}");
    assert!(fields.contains(&fields::SCOPES), "{problems:?}");
}

#[test]
fn system_app_client_secret_rejected() {
    let input = RegistrationInput {
        token_endpoint_auth_method: "client_secret_basic".into(),
        ..RegistrationInput::new(AppKind::System)
    };

    let problems = input.check_draft().unwrap_err();

    assert_eq!(
        fields_of(&problems),
        vec![fields::TOKEN_ENDPOINT_AUTH_METHOD]
    );
}

#[test]
fn system_app_skips_user_attestations() {
    let mut input = RegistrationInput::new(AppKind::System);
    input.attestations = Attestations {
        smart_app_launch: true,
        openid_connect: true,
        pkce_s256: true,
        no_ehr_credentials: true,
    };

    let checked = input.check_draft().unwrap();

    assert!(!checked.draft.attestations.pkce_s256);
    assert!(!checked.draft.attestations.openid_connect);
    let missing = fields_of(&missing_for_submission(&input));
    assert!(!missing.iter().any(|field| field.starts_with("attest_")));
    assert!(!missing.contains(&fields::REDIRECT_URIS));
    assert!(missing.contains(&fields::JWKS_URL));
}

#[test]
fn launch_scope_needs_launch_uri() {
    let mut input = complete_patient_app();
    input.launch_uris.clear();

    assert_eq!(
        fields_of(&missing_for_submission(&input)),
        vec![fields::LAUNCH_URIS]
    );

    input.scopes = "launch/patient openid fhirUser patient/Observation.rs".into();
    assert_eq!(missing_for_submission(&input), vec![]);
}

#[test]
fn jwks_document_accepted_with_warning() {
    let input = RegistrationInput {
        client_type: "confidential".into(),
        token_endpoint_auth_method: "private_key_jwt".into(),
        jwks: ES384_JWKS.into(),
        ..RegistrationInput::new(AppKind::Clinician)
    };

    let checked = input.check_draft().unwrap();

    assert_eq!(
        checked.draft.token_endpoint_auth_method,
        TokenEndpointAuthMethod::PrivateKeyJwt
    );
    assert!(checked
        .warnings
        .iter()
        .any(|(field, message)| *field == fields::JWKS && message.contains("JWKS URL")));
}

#[test]
fn jwks_url_and_document_rejected_together() {
    let input = RegistrationInput {
        client_type: "confidential".into(),
        token_endpoint_auth_method: "private_key_jwt".into(),
        jwks_url: "https://harbor.example.com/jwks.json".into(),
        jwks: ES384_JWKS.into(),
        ..RegistrationInput::new(AppKind::Clinician)
    };

    let problems = input.check_draft().unwrap_err();

    assert_eq!(fields_of(&problems), vec![fields::JWKS_URL]);
}

#[test]
fn keys_without_private_key_jwt_rejected() {
    let input = RegistrationInput {
        client_type: "confidential".into(),
        token_endpoint_auth_method: "client_secret_basic".into(),
        jwks: ES384_JWKS.into(),
        ..RegistrationInput::new(AppKind::Clinician)
    };

    let problems = input.check_draft().unwrap_err();

    assert_eq!(fields_of(&problems), vec![fields::JWKS]);
    assert!(problems[0].1.contains("Only a private_key_jwt client"));
}

#[test]
fn private_key_in_jwks_rejected() {
    let with_private =
        ES384_JWKS.replace(r#""alg": "ES384""#, r#""alg": "ES384", "d": "c2VjcmV0""#);
    let input = RegistrationInput {
        client_type: "confidential".into(),
        token_endpoint_auth_method: "private_key_jwt".into(),
        jwks: with_private,
        ..RegistrationInput::new(AppKind::Patient)
    };

    let problems = input.check_draft().unwrap_err();

    assert_eq!(fields_of(&problems), vec![fields::JWKS]);
    assert!(
        problems[0].1.contains("private key members"),
        "{problems:?}"
    );
}

#[test]
fn every_field_has_a_label() {
    for attestation in Attestation::ALL {
        assert!(fields::label(attestation.field()).is_some());
    }
    assert_eq!(fields::label(fields::JWKS_URL), Some("JWKS URL"));
    assert_eq!(fields::label("no_such_field"), None);
}
