use app::domain::role::Role;
use app::error::AppError;
use app::pages::registry_tokens::{created_token_document, token_error_document};
use app::services::portal::Portal;
use app::services::registry::tokens;
use app::services::session::require_role;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    label: String,
}

/// `POST /admin/registry-tokens`: creates a registry token and shows it in this response,
/// which no cache keeps. A redirect would have to carry the token in its URL or in the
/// session, so the page is rendered here.
pub async fn create_token_page(
    State(portal): State<Portal>,
    session: Session,
    Form(form): Form<TokenForm>,
) -> Response {
    let admin = match require_role(&portal, &session, &[Role::PlatformAdministrator]).await {
        Ok(admin) => admin,
        Err(error) => return failure(error, &form.label),
    };

    let created =
        match tokens::create_token(&portal.db, &portal.credential_key, &admin, &form.label).await {
            Ok(created) => created,
            Err(error) => return failure(error, &form.label),
        };

    let mut response = Html(created_token_document(&created)).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn failure(error: AppError, label: &str) -> Response {
    (
        error.status_code(),
        Html(token_error_document(&error, label)),
    )
        .into_response()
}
