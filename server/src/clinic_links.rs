//! `POST /clinic/registration-links`: a clinic administrator creates a registration link
//! without JavaScript. The response shows the link, which no cache keeps; a redirect would
//! have to carry it in its URL or in the session.

use app::domain::registration_link::parse_days;
use app::domain::role::Role;
use app::error::AppError;
use app::pages::clinic::{created_link_document, link_error_document};
use app::services::b2b::{self, DAYS_FIELD};
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use axum::Form;
use serde::Deserialize;
use tower_sessions::Session;

#[derive(Deserialize)]
pub struct LinkForm {
    #[serde(default)]
    label: String,
    #[serde(default)]
    days: String,
}

/// Creates the link and renders it, or renders the form again with what was typed and the
/// reason nothing was created.
pub async fn create_link_page(
    State(portal): State<Portal>,
    session: Session,
    Form(form): Form<LinkForm>,
) -> Response {
    let failure = |error: AppError| {
        tracing::info!(%error, "registration link not created");
        let page = link_error_document(&error, &form.label, &form.days);
        (error.status_code(), Html(page)).into_response()
    };

    let administrator = match require_role(&portal, &session, &[Role::ClinicAdministrator]).await {
        Ok(administrator) => administrator,
        Err(error) => return failure(error),
    };
    let days = match parse_days(&form.days) {
        Ok(days) => days,
        Err(message) => return failure(AppError::invalid(DAYS_FIELD, message)),
    };

    let created = b2b::create_link(
        &portal.db,
        &portal.credential_key,
        &portal.public_url,
        &administrator,
        &form.label,
        days,
    )
    .await;

    match created {
        Ok(link) => {
            let mut response = Html(created_link_document(&link)).into_response();
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => failure(error),
    }
}
