//! The `[oauth]` section: facts about the FHIR server's OAuth authorization server that
//! the portal checks client registrations and assertions against.

use serde::{Deserialize, Serialize};
use url::Url;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OAuthSettings {
    /// The token endpoint URL, which the `aud` claim of a client assertion must be.
    #[serde(deserialize_with = "super::http_url")]
    pub token_endpoint: Url,
}

// NOTE: the default token endpoint is the FHIR R4 base URL plus `/auth/token`, an assumed
// path. The `token_endpoint` of the server's `.well-known/smart-configuration` is the fact.
impl Default for OAuthSettings {
    fn default() -> Self {
        Self {
            token_endpoint: Url::parse("https://fhir.allegiancemd.io/R4/auth/token")
                .expect("the default token endpoint is a valid URL"),
        }
    }
}
