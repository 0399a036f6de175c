//! The `[fhir]` section: the FHIR server this portal registers apps for.

use serde::{Deserialize, Deserializer, Serialize};
use url::Url;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct FhirSettings {
    /// The one FHIR R4 base URL every clinic's data is served at, published in the service
    /// base URL Bundle.
    #[serde(deserialize_with = "https_url")]
    pub base_url: Url,
}

impl Default for FhirSettings {
    fn default() -> Self {
        Self {
            base_url: Url::parse("https://fhir.allegiancemd.io/R4")
                .expect("the default FHIR base URL is valid"),
        }
    }
}

fn https_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Url, D::Error> {
    let value = String::deserialize(deserializer)?;
    match Url::parse(&value) {
        Ok(url) if url.scheme() == "https" && url.query().is_none() && url.fragment().is_none() => {
            Ok(url)
        }
        _ => Err(serde::de::Error::custom(format!(
            "invalid FHIR base URL {value:?}: expected an absolute https:// URL without query \
             or fragment, such as https://fhir.example.com/R4"
        ))),
    }
}
