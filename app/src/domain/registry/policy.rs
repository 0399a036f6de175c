//! The policy the OAuth server applies to a client, published with it by the registry.

use crate::domain::app_kind::AppKind;

/// The configured figures every client's policy shares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PolicySettings {
    /// How long a refresh token lasts, in days.
    pub refresh_token_lifetime_days: u32,
    /// The requests an app may make per minute in one user session.
    pub requests_per_minute_per_session: u32,
}

impl Default for PolicySettings {
    fn default() -> Self {
        Self {
            refresh_token_lifetime_days: 90,
            requests_per_minute_per_session: 60,
        }
    }
}

/// Returns the OAuth grant types an app of `kind` may use: the authorization code grant for apps
/// with users, the client credentials grant for B2B (system) apps only.
pub fn grant_types(kind: AppKind) -> &'static [&'static str] {
    match kind {
        AppKind::Patient | AppKind::Clinician => &["authorization_code"],
        AppKind::System => &["client_credentials"],
    }
}

/// Returns the response types an app of `kind` may request at the authorization endpoint.
pub fn response_types(kind: AppKind) -> &'static [&'static str] {
    match kind {
        AppKind::Patient | AppKind::Clinician => &["code"],
        AppKind::System => &[],
    }
}

/// Returns whether an app of `kind` registered with `scopes` may receive refresh tokens:
/// only with `offline_access`, and never under the client credentials grant.
pub fn refresh_tokens_allowed(kind: AppKind, scopes: &str) -> bool {
    kind != AppKind::System && scopes.split_whitespace().any(|s| s == "offline_access")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_b2b_apps_use_client_credentials() {
        assert_eq!(grant_types(AppKind::Patient), ["authorization_code"]);
        assert_eq!(grant_types(AppKind::Clinician), ["authorization_code"]);
        assert_eq!(grant_types(AppKind::System), ["client_credentials"]);
        assert!(response_types(AppKind::System).is_empty());
    }

    #[test]
    fn refresh_tokens_need_offline_access_and_a_user() {
        let with_offline = "launch/patient patient/Observation.rs offline_access";

        assert!(refresh_tokens_allowed(AppKind::Patient, with_offline));
        assert!(!refresh_tokens_allowed(
            AppKind::Patient,
            "patient/Observation.rs"
        ));
        assert!(!refresh_tokens_allowed(AppKind::Patient, "offline_accessx"));
        assert!(!refresh_tokens_allowed(
            AppKind::System,
            "system/Patient.r offline_access"
        ));
    }
}
