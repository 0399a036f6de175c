use app::error::AppError;
use app::services::identity;
use app::services::portal::Portal;
use app::services::session::current_account;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use tokio_util::io::ReaderStream;
use tower_sessions::Session;
use uuid::Uuid;

/// `GET /developer/documents/{id}`: sends a document to its profile's owner or a reviewer,
/// always as an attachment under a sandboxing policy, so it never renders inside the
/// portal's origin.
pub async fn download_document(
    State(portal): State<Portal>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let account = match current_account(&portal, &session).await {
        Ok(Some(account)) => account,
        Ok(None) => return failure(AppError::Unauthenticated),
        Err(error) => return failure(error),
    };
    let Ok(id) = id.parse::<Uuid>() else {
        return failure(AppError::NotFound);
    };

    let document = match identity::download_document(&portal.db, &portal.documents, &account, id)
        .await
    {
        Ok(document) => document,
        Err(error) => {
            tracing::info!(document.id = %id, status = %error.status_code(), "document download rejected");
            return failure(error);
        }
    };
    let file = match tokio::fs::File::open(&document.path).await {
        Ok(file) => file,
        Err(error) => {
            tracing::error!(%error, document.id = %id, "a recorded document is missing from storage");
            return failure(AppError::Internal);
        }
    };

    let disposition = format!(
        "attachment; filename=\"{}\"",
        document.file_name.replace('"', "")
    );
    let mut response = Body::from_stream(ReaderStream::new(file)).into_response();
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_TYPE, document.content_type.as_str()),
        (header::CONTENT_DISPOSITION, disposition.as_str()),
        (
            header::CONTENT_SECURITY_POLICY,
            "sandbox; default-src 'none'; frame-ancestors 'none'",
        ),
        (header::CACHE_CONTROL, "private, no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        if let Ok(value) = HeaderValue::from_str(value) {
            headers.insert(name, value);
        }
    }
    response
}

fn failure(error: AppError) -> Response {
    let status = error.status_code();
    let status = if status == StatusCode::UNPROCESSABLE_ENTITY {
        StatusCode::BAD_REQUEST
    } else {
        status
    };
    (status, error.to_string()).into_response()
}
