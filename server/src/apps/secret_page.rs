use app::domain::environment::Environment;
use app::domain::grace_period::GRACE_DAYS_FIELD;
use app::domain::role::Role;
use app::error::AppError;
use app::pages::apps::{issued_secret_document, rotation_error_document, secret_error_document};
use app::serverfns::apps::parse_grace_period;
use app::services::apps;
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderValue};
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;
use uuid::Uuid;

/// `POST /apps/{id}/sandbox-secret`: see [`secret_page`].
pub async fn sandbox_secret_page(
    State(portal): State<Portal>,
    session: Session,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    secret_page(portal, session, id, Environment::Sandbox, body).await
}

/// `POST /apps/{id}/production-secret`: see [`secret_page`].
pub async fn production_secret_page(
    State(portal): State<Portal>,
    session: Session,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    secret_page(portal, session, id, Environment::Production, body).await
}

/// Issues a new client secret and shows it in this response, which no cache keeps. A form
/// with a `grace_days` field rotates the secret, keeping the previous one valid that many
/// days; a sandbox form without it generates the first secret. The app page posts here
/// when JavaScript is off; with JavaScript it calls a server function and shows the secret
/// in place. A redirect would have to carry the secret in its URL or in the session, so the
/// page is rendered here.
async fn secret_page(
    portal: Portal,
    session: Session,
    id: String,
    environment: Environment,
    body: Bytes,
) -> Response {
    let grace_days = url::form_urlencoded::parse(&body)
        .find(|(name, _)| name == GRACE_DAYS_FIELD)
        .map(|(_, value)| value.into_owned());

    let account = match require_role(&portal, &session, &[Role::Developer]).await {
        Ok(account) => account,
        Err(error) => return failure(&id, error),
    };
    let Ok(app_id) = id.parse::<Uuid>() else {
        return failure(&id, AppError::NotFound);
    };

    let issued = match &grace_days {
        Some(grace_days) => match parse_grace_period(grace_days) {
            Ok(grace) => {
                apps::rotate_secret(
                    &portal.db,
                    &portal.credential_key,
                    &portal.public_url,
                    &account,
                    app_id,
                    environment,
                    grace,
                )
                .await
            }
            Err(error) => Err(error),
        },
        None if environment == Environment::Sandbox => {
            apps::issue_sandbox_secret(
                &portal.db,
                &portal.credential_key,
                &portal.public_url,
                &account,
                app_id,
            )
            .await
        }
        None => Err(parse_grace_period("").unwrap_err()),
    };

    match issued {
        Ok(issued) => {
            let mut response = Html(issued_secret_document(&issued)).into_response();
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Err(error) => match grace_days {
            Some(grace_days) => {
                let page = rotation_error_document(&id, environment, &grace_days, &error);
                (error.status_code(), Html(page)).into_response()
            }
            None => failure(&id, error),
        },
    }
}

fn failure(app_id: &str, error: AppError) -> Response {
    (
        error.status_code(),
        Html(secret_error_document(app_id, &error)),
    )
        .into_response()
}
