use leptos::prelude::*;

use crate::error::AppError;
use crate::models::api_facts::ApiFacts;

/// Loads the configured facts about the FHIR API that the public documentation states.
/// Anyone may call it, signed in or not.
#[server(prefix = "/api", endpoint = "load_api_facts")]
pub async fn load_api_facts() -> Result<ApiFacts, AppError> {
    use crate::serverfns::support::portal;

    Ok(portal()?.api_facts)
}
