//! The `[registry]` section: the policy the registry publishes with each client for the
//! OAuth server to enforce, and the rate limit of each registry token.

use app::domain::registry::policy::PolicySettings;
use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct RegistrySettings {
    /// How long a refresh token lasts, in days.
    pub refresh_token_lifetime_days: u32,
    /// The requests an app may make per minute in one user session, as published.
    pub requests_per_minute_per_session: u32,
    /// The registry API requests one token may make per minute in each portal process.
    pub token_requests_per_minute: u32,
}

impl Default for RegistrySettings {
    fn default() -> Self {
        let policy = PolicySettings::default();
        Self {
            refresh_token_lifetime_days: policy.refresh_token_lifetime_days,
            requests_per_minute_per_session: policy.requests_per_minute_per_session,
            // 10,000 a second: the OAuth server consults the registry on every token request.
            token_requests_per_minute: 600_000,
        }
    }
}

impl RegistrySettings {
    /// Returns the policy published with each client.
    pub fn policy(&self) -> PolicySettings {
        PolicySettings {
            refresh_token_lifetime_days: self.refresh_token_lifetime_days,
            requests_per_minute_per_session: self.requests_per_minute_per_session,
        }
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        for (key, value) in [
            (
                "registry.refresh_token_lifetime_days",
                self.refresh_token_lifetime_days,
            ),
            (
                "registry.requests_per_minute_per_session",
                self.requests_per_minute_per_session,
            ),
            (
                "registry.token_requests_per_minute",
                self.token_requests_per_minute,
            ),
        ] {
            if value == 0 {
                return Err(ConfigError::Value {
                    key,
                    value: "0".to_owned(),
                    reason: "expected at least 1".to_owned(),
                });
            }
        }
        Ok(())
    }
}
