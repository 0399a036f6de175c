use serde::{Deserialize, Serialize};

/// The published facts about the FHIR API that the public documentation states, taken from
/// configuration so the pages and the registry API never disagree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiFacts {
    /// The one global FHIR R4 service base URL, without a trailing slash.
    pub fhir_base_url: String,
    /// This portal's public URL, where developers register apps.
    pub registration_url: String,
    /// The support phone number, as displayed.
    pub support_phone: String,
    /// How long a refresh token stays valid, in days.
    pub refresh_token_lifetime_days: u32,
    /// The requests each user session may send per minute before receiving HTTP 429.
    pub rate_limit_per_minute: u32,
}

impl ApiFacts {
    /// Returns the URL of the server's CapabilityStatement.
    pub fn capability_statement_url(&self) -> String {
        format!("{}/metadata", self.fhir_base_url)
    }

    /// Returns the URL of the SMART App Launch configuration document.
    pub fn smart_configuration_url(&self) -> String {
        format!("{}/.well-known/smart-configuration", self.fhir_base_url)
    }
}

impl Default for ApiFacts {
    fn default() -> Self {
        Self {
            fhir_base_url: "https://fhir.allegiancemd.io/R4".to_owned(),
            registration_url: "https://fhir-register.allegiancemd.com".to_owned(),
            support_phone: "(800) 868-1923".to_owned(),
            refresh_token_lifetime_days: 90,
            rate_limit_per_minute: 60,
        }
    }
}
