use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use leptos::prelude::*;
use tower_sessions::Session;

use crate::error::AppError;
use crate::services::portal::Portal;

/// The running portal, which the server provides to every request.
pub fn portal() -> Result<Portal, AppError> {
    use_context::<Portal>().ok_or_else(|| {
        tracing::error!("the portal context is missing from the request");
        AppError::Internal
    })
}

/// The request's session, set by the session layer.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|error| {
        tracing::error!(%error, "the session layer is missing from the request");
        AppError::Internal
    })
}

/// The client's IP address, or `unknown` when the server was not started with connection
/// information (as in router tests).
pub async fn client_address() -> String {
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(address)| address.ip().to_string())
        .unwrap_or_else(|_| "unknown".to_owned())
}

/// Sets the response status for `error` and returns it, for `map_err`.
pub fn respond(error: AppError) -> AppError {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(error.status_code());
        if let AppError::TooManyAttempts { retry_after_secs } = &error {
            if let Ok(value) = http::HeaderValue::from_str(&retry_after_secs.to_string()) {
                response.insert_header(http::header::RETRY_AFTER, value);
            }
        }
    }
    error
}
