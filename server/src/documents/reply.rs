use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde_json::json;

use super::PROFILE_DOCUMENTS;

/// Returns whether the caller accepts JSON (a script) rather than HTML (a browser form).
pub fn wants_json(headers: &HeaderMap) -> bool {
    let accept = headers
        .get(header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default();

    accept.contains("application/json") && !accept.contains("text/html")
}

/// Builds the response to a rejected upload: JSON with the status for a script, or a
/// redirect to the profile page with the message for a browser form. `field` names the
/// form field at fault.
pub fn rejection(json: bool, status: StatusCode, field: &str, message: &str) -> Response {
    if json {
        let body = json!({ "error": { "field": field, "message": message } });
        return (status, Json(body)).into_response();
    }

    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("document_error", message)
        .append_pair("document_field", field)
        .finish();
    Redirect::to(&format!("{PROFILE_DOCUMENTS}?{query}#documents")).into_response()
}
