use app::services::portal::Portal;
use app::services::service_base_urls::load_service_base_urls;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;

/// The media type of FHIR resources in JSON.
const FHIR_JSON: &str = "application/fhir+json";

/// `GET /fhir/service-base-urls`: the public FHIR R4 Bundle of the service base URL and
/// every clinic's `Organization`.
pub async fn list_service_base_urls(State(portal): State<Portal>) -> Response {
    match load_service_base_urls(&portal.db, &portal.fhir_base_url).await {
        Ok(bundle) => {
            let mut response = Json(bundle).into_response();
            response
                .headers_mut()
                .insert(header::CONTENT_TYPE, HeaderValue::from_static(FHIR_JSON));
            response
        }
        Err(error) => (error.status_code(), error.to_string()).into_response(),
    }
}
