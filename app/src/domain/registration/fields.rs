//! The registration form's field names, which the form, the server function, the error
//! messages and the audit trail share, and the label a person reads for each.

pub const KIND: &str = "kind";
pub const NAME: &str = "name";
pub const SHORT_DESCRIPTION: &str = "short_description";
pub const HOMEPAGE_URL: &str = "homepage_url";
pub const SUPPORT_EMAIL: &str = "support_email";
pub const CLIENT_TYPE: &str = "client_type";
pub const TOKEN_ENDPOINT_AUTH_METHOD: &str = "token_endpoint_auth_method";
pub const REDIRECT_URIS: &str = "redirect_uris";
pub const LAUNCH_URIS: &str = "launch_uris";
pub const SCOPES: &str = "scopes";
pub const JWKS_URL: &str = "jwks_url";
pub const JWKS: &str = "jwks";
pub const PRIVACY_POLICY_URL: &str = "privacy_policy_url";
pub const TERMS_OF_SERVICE_URL: &str = "terms_of_service_url";
pub const DATA_RETENTION: &str = "data_retention";
pub const DATA_SHARING: &str = "data_sharing";
pub const ACCESS_REVOCATION: &str = "access_revocation";

/// Returns the label of a field of the registration form, or `None` for a name the form
/// does not have.
pub fn label(name: &str) -> Option<&'static str> {
    let label = match name {
        KIND => "Kind of app",
        NAME => "App name",
        SHORT_DESCRIPTION => "Short description",
        HOMEPAGE_URL => "Homepage",
        SUPPORT_EMAIL => "Support e-mail address",
        CLIENT_TYPE => "Client type",
        TOKEN_ENDPOINT_AUTH_METHOD => "Token endpoint authentication method",
        REDIRECT_URIS => "Redirect URIs",
        LAUNCH_URIS => "Launch URIs",
        SCOPES => "Scopes",
        JWKS_URL => "JWKS URL",
        JWKS => "JWKS document",
        PRIVACY_POLICY_URL => "Privacy policy URL",
        TERMS_OF_SERVICE_URL => "Terms of service URL",
        DATA_RETENTION => "How long data is kept",
        DATA_SHARING => "With whom data is shared",
        ACCESS_REVOCATION => "How a user revokes access",
        other => {
            return super::Attestation::ALL
                .into_iter()
                .find(|attestation| attestation.field() == other)
                .map(|attestation| attestation.short_label())
        }
    };
    Some(label)
}
