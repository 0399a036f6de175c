//! The `[api]` section: the FHIR API's facts that the public documentation publishes.

use app::services::api_facts::ApiFacts;
use serde::{Deserialize, Serialize};
use url::Url;

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApiSettings {
    /// The one global FHIR R4 service base URL that every app connects to.
    pub fhir_base_url: String,
    /// The support phone number shown in the documentation.
    pub support_phone: String,
    /// How long a refresh token stays valid, in days.
    pub refresh_token_days: u32,
    /// The requests per minute each user session may send before the API returns HTTP 429.
    pub rate_limit_per_minute: u32,
}

impl Default for ApiSettings {
    fn default() -> Self {
        let facts = ApiFacts::default();
        Self {
            fhir_base_url: facts.fhir_base_url,
            support_phone: facts.support_phone,
            refresh_token_days: facts.refresh_token_lifetime_days,
            rate_limit_per_minute: facts.rate_limit_per_minute,
        }
    }
}

impl ApiSettings {
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        let base_url_error = || ConfigError::Value {
            key: "api.fhir_base_url",
            value: self.fhir_base_url.clone(),
            reason: "expected an absolute https:// URL without a query, such as \
                     https://fhir.example.com/R4"
                .to_owned(),
        };
        let base_url = Url::parse(&self.fhir_base_url).map_err(|_| base_url_error())?;
        if base_url.scheme() != "https" || base_url.query().is_some() {
            return Err(base_url_error());
        }

        if self.support_phone.trim().is_empty() {
            return Err(ConfigError::Value {
                key: "api.support_phone",
                value: self.support_phone.clone(),
                reason: "expected a phone number, such as (800) 868-1923".to_owned(),
            });
        }
        for (key, value) in [
            ("api.refresh_token_days", self.refresh_token_days),
            ("api.rate_limit_per_minute", self.rate_limit_per_minute),
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

    /// Returns the facts these settings describe, with `public_url` as the registration
    /// portal's address.
    pub fn facts(&self, public_url: &Url) -> ApiFacts {
        ApiFacts {
            fhir_base_url: self.fhir_base_url.trim_end_matches('/').to_owned(),
            registration_url: public_url.as_str().trim_end_matches('/').to_owned(),
            support_phone: self.support_phone.trim().to_owned(),
            refresh_token_lifetime_days: self.refresh_token_days,
            rate_limit_per_minute: self.rate_limit_per_minute,
        }
    }
}
