use app::domain::logo::{LogoError, LogoFormat};
use app::domain::role::Role;
use app::error::AppError;
use app::services::apps;
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::extract::multipart::Field;
use axum::extract::{Multipart, Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde_json::json;
use tower_sessions::Session;
use uuid::Uuid;

use crate::documents::reply::wants_json;

/// `POST /apps/{id}/logo`: stores the `file` field of a multipart form as the app's logo,
/// for a developer of the app. A browser form returns to the app page.
pub async fn upload_logo(
    State(portal): State<Portal>,
    session: Session,
    headers: HeaderMap,
    Path(id): Path<String>,
    multipart: Multipart,
) -> Response {
    let json = wants_json(&headers);
    let page = format!("/apps/{id}");
    let reject = |status: StatusCode, message: String| rejection(json, &page, status, &message);
    let reject_error = |error: AppError| {
        let status = error.status_code();
        let message = error
            .field_message(apps::LOGO_FIELD)
            .unwrap_or_else(|| error.to_string());
        rejection(json, &page, status, &message)
    };

    let account = match require_role(&portal, &session, &[Role::Developer]).await {
        Ok(account) => account,
        Err(error) => return reject_error(error),
    };
    let Ok(app_id) = id.parse::<Uuid>() else {
        return reject_error(AppError::NotFound);
    };
    let content = match read_file(multipart, portal.max_logo_bytes).await {
        Ok(content) => content,
        Err((status, message)) => return reject(status, message),
    };

    match apps::replace_logo(&portal.db, &account, app_id, content, portal.max_logo_bytes).await {
        Ok(()) if json => (StatusCode::CREATED, Json(json!({ "stored": true }))).into_response(),
        Ok(()) => Redirect::to(&format!("{page}?logo=uploaded#logo")).into_response(),
        Err(error) => reject_error(error),
    }
}

/// Reads the `file` field into memory, stopping as soon as it passes `max_bytes`.
async fn read_file(
    mut multipart: Multipart,
    max_bytes: u64,
) -> Result<Vec<u8>, (StatusCode, String)> {
    let too_large = || {
        (
            StatusCode::PAYLOAD_TOO_LARGE,
            LogoError::TooLarge { max_bytes }.to_string(),
        )
    };

    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        if field.name() == Some("file") {
            return read_limited(field, max_bytes)
                .await
                .map_err(|error| match error {
                    ReadError::TooLarge => too_large(),
                    ReadError::Malformed(error) => malformed(error),
                });
        }
    }
    Err((
        StatusCode::UNPROCESSABLE_ENTITY,
        LogoError::Empty.to_string(),
    ))
}

enum ReadError {
    TooLarge,
    Malformed(axum::extract::multipart::MultipartError),
}

async fn read_limited(mut field: Field<'_>, max_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let mut content = Vec::new();

    loop {
        match field.chunk().await {
            Ok(Some(chunk)) => {
                if (content.len() + chunk.len()) as u64 > max_bytes {
                    // Reads the rest so the browser receives the response rather than a reset.
                    while let Ok(Some(_)) = field.chunk().await {}
                    return Err(ReadError::TooLarge);
                }
                content.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(content),
            Err(error) if error.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                return Err(ReadError::TooLarge)
            }
            Err(error) => return Err(ReadError::Malformed(error)),
        }
    }
}

fn malformed(error: axum::extract::multipart::MultipartError) -> (StatusCode, String) {
    tracing::info!(%error, "malformed logo upload");
    (
        StatusCode::BAD_REQUEST,
        "The upload was interrupted or malformed; choose the logo and send it again.".to_owned(),
    )
}

/// Builds the response to a rejected upload: JSON with the status for a script, or a
/// redirect to the app page with the message for a browser form.
fn rejection(json: bool, page: &str, status: StatusCode, message: &str) -> Response {
    if json {
        let body = json!({ "error": { "field": apps::LOGO_FIELD, "message": message } });
        return (status, Json(body)).into_response();
    }

    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("logo_error", message)
        .finish();
    Redirect::to(&format!("{page}?{query}#logo")).into_response()
}

/// `GET /apps/{id}/logo`: sends an app's logo to anyone, under a sandboxing policy that lets
/// an SVG opened on its own run nothing and load nothing from elsewhere.
pub async fn serve_logo(State(portal): State<Portal>, Path(id): Path<String>) -> Response {
    let Ok(app_id) = id.parse::<Uuid>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let logo = match apps::public_logo(&portal.db, app_id).await {
        Ok(Some(logo)) => logo,
        Ok(None) => return StatusCode::NOT_FOUND.into_response(),
        Err(error) => return (error.status_code(), error.to_string()).into_response(),
    };
    let Some(format) = LogoFormat::parse_content_type(&logo.content_type) else {
        tracing::error!(app.id = %app_id, "a stored logo has an unknown content type");
        return StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };

    let etag = format!("\"{}\"", logo.sha256);
    let mut response = logo.content.into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, format.content_type()),
        (
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "public, max-age=300"),
        (header::ETAG, etag.as_str()),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    response
}
