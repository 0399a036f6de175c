//! Reading an RFC 7591 dynamic client registration (JSON metadata) into the registration
//! form's input, with the SMART `launch_uri` extension.

use serde_json::Value;

use super::RegistrationInput;
use crate::domain::app_kind::AppKind;

/// Infers the kind of app from its scopes, because RFC 7591 metadata does not state it: any
/// `system/` scope makes a B2B (system) app, otherwise any `user/` scope a clinician-facing
/// app, otherwise a patient-facing app.
pub fn infer_kind(scope: &str) -> AppKind {
    let tokens: Vec<&str> = scope.split_whitespace().collect();

    if tokens.iter().any(|token| token.starts_with("system/")) {
        AppKind::System
    } else if tokens.iter().any(|token| token.starts_with("user/")) {
        AppKind::Clinician
    } else {
        AppKind::Patient
    }
}

/// Converts RFC 7591 client metadata to the registration form's input. The kind comes from
/// [`infer_kind`]. An omitted `token_endpoint_auth_method` means `client_secret_basic`
/// (RFC 7591 §2), and `none` makes a public client. `client_uri`, `policy_uri`, `tos_uri`
/// and the first of `contacts` fill the homepage, privacy policy, terms of service and
/// support e-mail fields. Members the form has no field for are ignored.
pub fn registration_from_rfc7591(metadata: &Value) -> RegistrationInput {
    let text = |member: &str| {
        metadata
            .get(member)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let method = metadata
        .get("token_endpoint_auth_method")
        .and_then(Value::as_str)
        .unwrap_or("client_secret_basic")
        .to_owned();
    let client_type = match method.as_str() {
        "none" => "public",
        _ => "confidential",
    };

    let redirect_uris = metadata
        .get("redirect_uris")
        .and_then(Value::as_array)
        .map(|uris| {
            uris.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    let jwks = metadata
        .get("jwks")
        .and_then(|jwks| serde_json::to_string_pretty(jwks).ok())
        .unwrap_or_default();
    let support_email = metadata
        .get("contacts")
        .and_then(Value::as_array)
        .and_then(|contacts| contacts.first())
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();

    let mut input = RegistrationInput::new(infer_kind(&text("scope")));
    input.name = text("client_name");
    input.homepage_url = text("client_uri");
    input.support_email = support_email;
    input.client_type = client_type.to_owned();
    input.token_endpoint_auth_method = method;
    input.redirect_uris = redirect_uris;
    input.launch_uris = text("launch_uri");
    input.scopes = text("scope");
    input.jwks_url = text("jwks_uri");
    input.jwks = jwks;
    input.privacy_policy_url = text("policy_uri");
    input.terms_of_service_url = text("tos_uri");
    input
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn infer_kind_prefers_system_over_user() {
        assert_eq!(infer_kind("user/Patient.rs system/*.rs"), AppKind::System);
        assert_eq!(infer_kind("launch user/Patient.rs"), AppKind::Clinician);
        assert_eq!(infer_kind("launch/patient patient/*.rs"), AppKind::Patient);
    }

    #[test]
    fn registration_from_rfc7591_maps_members() {
        let metadata = json!({
            "client_name": "Example",
            "redirect_uris": ["https://app.example.com/a", "https://app.example.com/b"],
            "token_endpoint_auth_method": "none",
            "scope": "launch/patient patient/Patient.rs",
            "launch_uri": "https://app.example.com/launch",
            "policy_uri": "https://app.example.com/privacy",
            "contacts": ["support@app.example.com"],
        });

        let input = registration_from_rfc7591(&metadata);

        assert_eq!(input.kind, AppKind::Patient);
        assert_eq!(input.name, "Example");
        assert_eq!(input.client_type, "public");
        assert_eq!(
            input.redirect_uris,
            "https://app.example.com/a\nhttps://app.example.com/b"
        );
        assert_eq!(input.launch_uris, "https://app.example.com/launch");
        assert_eq!(input.privacy_policy_url, "https://app.example.com/privacy");
        assert_eq!(input.support_email, "support@app.example.com");
    }

    #[test]
    fn registration_from_rfc7591_defaults_to_secret_basic() {
        let input = registration_from_rfc7591(&json!({ "scope": "system/*.rs" }));

        assert_eq!(input.kind, AppKind::System);
        assert_eq!(input.client_type, "confidential");
        assert_eq!(input.token_endpoint_auth_method, "client_secret_basic");
    }
}
