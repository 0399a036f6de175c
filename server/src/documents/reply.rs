use app::domain::upload_problem::UploadProblem;
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

/// Returns the HTTP status of an upload problem.
pub fn status_of(problem: UploadProblem) -> StatusCode {
    match problem {
        UploadProblem::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
        UploadProblem::UnsupportedFormat => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        UploadProblem::NoProfile | UploadProblem::Malformed => StatusCode::BAD_REQUEST,
        UploadProblem::NotOwner => StatusCode::FORBIDDEN,
        UploadProblem::SignedOut => StatusCode::UNAUTHORIZED,
        UploadProblem::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        UploadProblem::Empty
        | UploadProblem::MissingFile
        | UploadProblem::UnknownKind
        | UploadProblem::KindNotOnPathway
        | UploadProblem::StaleReplacement => StatusCode::UNPROCESSABLE_ENTITY,
    }
}

/// Builds the response to a rejected upload: JSON with the status, field and message for a
/// script, or a redirect to the profile page with the problem's code for a browser form.
pub fn rejection(json: bool, problem: UploadProblem, max_bytes: u64) -> Response {
    if json {
        let body = json!({
            "error": {
                "code": problem.code(),
                "field": problem.field(),
                "message": problem.message(max_bytes),
            }
        });
        return (status_of(problem), Json(body)).into_response();
    }

    Redirect::to(&format!(
        "{PROFILE_DOCUMENTS}?document_error={}#documents",
        problem.code()
    ))
    .into_response()
}
