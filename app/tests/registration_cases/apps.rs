//! Complete registrations (RFC 7591 bodies plus `launch_uri`), each with the verdict a
//! correct portal gives in `x_expected_verdict`.

use std::path::Path;

use app::domain::app_kind::{AppKind, TokenEndpointAuthMethod};
use app::domain::client_authentication::{
    check_client_authentication, check_client_keys, ClientKeysWarning,
};
use app::domain::jwks::{check_jwks, check_jwks_url};
use app::domain::redirect_uri::{check_launch_uri, check_redirect_uris};
use app::domain::scope::{check_scopes, ScopeError, ScopeLevel};
use serde_json::Value;

use crate::support::{assert_no_failures, case_files, infer_kind};

/// What the rules concluded about one registration: its kind, and every error and warning
/// as the message a developer would read.
#[derive(Debug, Default)]
struct Outcome {
    kind: Option<AppKind>,
    errors: Vec<String>,
    scope_errors: Vec<ScopeError>,
    warnings: Vec<String>,
}

/// Runs every rule that applies to the registration. The kind is inferred from the scopes
/// (see `infer_kind`) and the client type from `token_endpoint_auth_method`.
fn check_registration(registration: &Value) -> Outcome {
    let mut outcome = Outcome::default();
    let text = |field: &str| registration.get(field).and_then(Value::as_str);

    let scope = text("scope").unwrap_or_default();
    let kind = infer_kind(scope);
    outcome.kind = Some(kind);
    match check_scopes(scope, kind) {
        Ok(checked) => outcome
            .warnings
            .extend(checked.warnings.iter().map(ToString::to_string)),
        Err(errors) => outcome.scope_errors = errors,
    }

    // RFC 7591 §2: an omitted method means client_secret_basic.
    let method_name = text("token_endpoint_auth_method").unwrap_or("client_secret_basic");
    let Some(method) = TokenEndpointAuthMethod::parse(method_name) else {
        outcome.errors.push(format!("unknown method {method_name}"));
        return outcome;
    };
    let client_type = method.client_type();
    if let Err(error) = check_client_authentication(kind, client_type, method) {
        outcome.errors.push(error.to_string());
    }

    let redirect_uris: Vec<&str> = registration
        .get("redirect_uris")
        .and_then(Value::as_array)
        .map(|uris| uris.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    if kind.uses_redirect_uris() {
        match check_redirect_uris(&redirect_uris, client_type) {
            Ok(warnings) => outcome
                .warnings
                .extend(warnings.iter().map(ToString::to_string)),
            Err(errors) => outcome
                .errors
                .extend(errors.iter().map(ToString::to_string)),
        }
    } else if !redirect_uris.is_empty() {
        outcome
            .errors
            .push("a B2B (system) app has no redirect URIs".to_owned());
    }

    if let Some(launch_uri) = text("launch_uri") {
        match check_launch_uri(launch_uri) {
            Ok(warnings) => outcome
                .warnings
                .extend(warnings.iter().map(ToString::to_string)),
            Err(error) => outcome.errors.push(error.to_string()),
        }
    }

    let jwks_uri = text("jwks_uri");
    let jwks = registration.get("jwks").map(Value::to_string);
    match check_client_keys(method, jwks_uri, jwks.as_deref()) {
        Ok(warnings) => outcome
            .warnings
            .extend(warnings.iter().map(ToString::to_string)),
        Err(error) => outcome.errors.push(error.to_string()),
    }
    if let Some(url) = jwks_uri {
        if let Err(error) = check_jwks_url(url) {
            outcome.errors.push(error.to_string());
        }
    }
    if let Some(document) = &jwks {
        match check_jwks(document) {
            Ok(checked) => outcome
                .warnings
                .extend(checked.warnings.iter().map(ToString::to_string)),
            Err(errors) => outcome
                .errors
                .extend(errors.iter().map(ToString::to_string)),
        }
    }

    outcome
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

fn read_app(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn read_app_named(name: &str) -> Value {
    read_app(&case_files("apps", name)[0])
}

#[test]
fn every_app_has_its_verdict() {
    let mut failures = Vec::new();

    for path in case_files("apps", ".json") {
        let name = file_name(&path);
        let registration = read_app(&path);
        let verdict = registration["x_expected_verdict"].as_str().unwrap();
        let outcome = check_registration(&registration);

        let accepted = outcome.errors.is_empty() && outcome.scope_errors.is_empty();
        let expected_accept = verdict.starts_with("ACCEPT");
        assert!(
            expected_accept || verdict.starts_with("REJECT"),
            "{name}: unreadable verdict {verdict}"
        );
        if accepted != expected_accept {
            failures.push(format!("{name}: expected {verdict}, got {outcome:#?}"));
        }
    }

    assert_no_failures(&failures);
}

#[test]
fn malformed_scope_is_only_problem() {
    let registration = read_app_named("clientjs_examples_react_spa.json");

    let outcome = check_registration(&registration);

    assert_eq!(outcome.errors, Vec::<String>::new());
    assert_eq!(
        outcome.scope_errors,
        vec![ScopeError::MissingResourceType {
            scope: "patient/read".to_owned(),
            level: ScopeLevel::Patient,
        }]
    );
}

#[test]
fn kinds_inferred_from_scopes() {
    let expected = [
        ("clientjs_examples_react_spa.json", AppKind::Patient),
        ("hl7_example_backend_services.json", AppKind::System),
        (
            "inferno_g10_bulk_data_backend_services.json",
            AppKind::System,
        ),
        ("inferno_g10_ehr_patient_launch.json", AppKind::Patient),
        ("inferno_g10_ehr_practitioner.json", AppKind::Clinician),
        ("inferno_g10_public_standalone.json", AppKind::Patient),
    ];

    for (name, kind) in expected {
        let registration = read_app_named(name);

        assert_eq!(check_registration(&registration).kind, Some(kind), "{name}");
    }
}

#[test]
fn jwks_by_value_warned() {
    for name in [
        "hl7_example_app_confidential_asymmetric.json",
        "hl7_example_backend_services.json",
    ] {
        let registration = read_app_named(name);

        let outcome = check_registration(&registration);

        assert!(
            outcome
                .warnings
                .contains(&ClientKeysWarning::JwksByValue.to_string()),
            "{name}: {:?}",
            outcome.warnings
        );
    }
}
