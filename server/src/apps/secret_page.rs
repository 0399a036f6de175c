use app::domain::role::Role;
use app::error::AppError;
use app::pages::apps::{issued_secret_document, secret_error_document};
use app::services::apps;
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;
use uuid::Uuid;

/// `POST /apps/{id}/sandbox-secret`: issues a new sandbox client secret and shows it in this
/// response, which no cache keeps. The app page posts here when JavaScript is off; with
/// JavaScript it calls the server function and shows the secret in place. A redirect would
/// have to carry the secret in its URL or in the session, so the page is rendered here.
pub async fn issue_secret_page(
    State(portal): State<Portal>,
    session: Session,
    Path(id): Path<String>,
) -> Response {
    let account = match require_role(&portal, &session, &[Role::Developer]).await {
        Ok(account) => account,
        Err(error) => return failure(&id, error),
    };
    let Ok(app_id) = id.parse::<Uuid>() else {
        return failure(&id, AppError::NotFound);
    };

    let issued = match apps::issue_sandbox_secret(
        &portal.db,
        &portal.credential_key,
        &account,
        app_id,
    )
    .await
    {
        Ok(issued) => issued,
        Err(error) => return failure(&id, error),
    };

    let mut response = Html(issued_secret_document(&issued)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn failure(app_id: &str, error: AppError) -> Response {
    (
        error.status_code(),
        Html(secret_error_document(app_id, &error)),
    )
        .into_response()
}
