//! The `[api]` section: what the public documentation publishes besides the figures the
//! registry API publishes too.

use app::services::api_facts::ApiFacts;
use serde::{Deserialize, Serialize};
use url::Url;

use super::{ConfigError, FhirSettings, RegistrySettings};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ApiSettings {
    /// The support phone number shown in the documentation.
    pub support_phone: String,
}

impl Default for ApiSettings {
    fn default() -> Self {
        Self {
            support_phone: ApiFacts::default().support_phone,
        }
    }
}

impl ApiSettings {
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if self.support_phone.trim().is_empty() {
            return Err(ConfigError::Value {
                key: "api.support_phone",
                value: self.support_phone.clone(),
                reason: "expected a phone number, such as (800) 868-1923".to_owned(),
            });
        }

        Ok(())
    }

    /// Returns the facts the documentation publishes: the FHIR base URL from `fhir`, the
    /// refresh token lifetime and rate limit from `registry`, so the pages and the registry
    /// API always agree, and `public_url` as the registration portal's address.
    pub fn facts(
        &self,
        fhir: &FhirSettings,
        registry: &RegistrySettings,
        public_url: &Url,
    ) -> ApiFacts {
        ApiFacts {
            fhir_base_url: fhir.base_url.as_str().trim_end_matches('/').to_owned(),
            registration_url: public_url.as_str().trim_end_matches('/').to_owned(),
            support_phone: self.support_phone.trim().to_owned(),
            refresh_token_lifetime_days: registry.refresh_token_lifetime_days,
            rate_limit_per_minute: registry.requests_per_minute_per_session,
        }
    }
}
