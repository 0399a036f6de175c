use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use leptos::prelude::*;
use leptos::server_fn::error::ServerFnUrlError;
use tower_sessions::Session;

use crate::error::AppError;
use crate::services::portal::Portal;

/// Returns the running portal, which the server provides to every request.
pub fn portal() -> Result<Portal, AppError> {
    use_context::<Portal>().ok_or_else(|| {
        tracing::error!("the portal context is missing from the request");
        AppError::Internal
    })
}

/// Extracts the request's session, set by the session layer.
pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|error| {
        tracing::error!(%error, "the session layer is missing from the request");
        AppError::Internal
    })
}

/// Extracts the client's IP address, or `unknown` when the server was not started with connection
/// information (as in router tests).
// NOTE: this is the TCP peer; behind a reverse proxy every client shares the proxy's address,
// so per-address sign-in throttling needs a trusted forwarded-for header first.
pub async fn client_address() -> String {
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .map(|ConnectInfo(address)| address.ip().to_string())
        .unwrap_or_else(|_| "unknown".to_owned())
}

/// Sets the response for `error` and returns it, for `map_err`. A browser that posted the
/// form itself, without JavaScript, is sent back to the form's page with the error in the
/// URL, where the page's action reads and shows it. Any other caller gets the error's status.
pub fn respond(error: AppError) -> AppError {
    respond_keeping(error, &[])
}

/// Like [`respond`], and a form posted without JavaScript gets `fields` (name and typed value)
/// back in the URL, so its inputs show what the person typed. Never pass a password.
pub fn respond_keeping(error: AppError, fields: &[(&str, &str)]) -> AppError {
    let Some(response) = use_context::<leptos_axum::ResponseOptions>() else {
        return error;
    };

    if let Some(location) = form_page_with_error(&error, fields) {
        response.set_status(http::StatusCode::SEE_OTHER);
        response.insert_header(http::header::LOCATION, location);
        return error;
    }

    response.set_status(error.status_code());
    if let AppError::TooManyAttempts { retry_after_secs } = &error {
        if let Ok(value) = http::HeaderValue::from_str(&retry_after_secs.to_string()) {
            response.insert_header(http::header::RETRY_AFTER, value);
        }
    }
    error
}

/// Builds the Referer with `error` encoded for the server function at the request's path, when the
/// request is a plain form post (it accepts HTML and names its page).
fn form_page_with_error(error: &AppError, fields: &[(&str, &str)]) -> Option<http::HeaderValue> {
    let parts = use_context::<http::request::Parts>()?;
    let accepts_html = parts
        .headers
        .get(http::header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("text/html"));
    if !accepts_html {
        return None;
    }

    let mut referer = parts
        .headers
        .get(http::header::REFERER)?
        .to_str()
        .ok()?
        .to_owned();
    ServerFnUrlError::<AppError>::strip_error_info(&mut referer);
    let mut page = url::Url::parse(&referer).ok()?;
    let other_pairs: Vec<(String, String)> = page
        .query_pairs()
        .filter(|(key, _)| !fields.iter().any(|(name, _)| name == key))
        .map(|(key, value)| (key.into_owned(), value.into_owned()))
        .collect();
    page.query_pairs_mut()
        .clear()
        .extend_pairs(other_pairs)
        .extend_pairs(fields.iter().copied());
    let url = ServerFnUrlError::new(parts.uri.path(), error.clone())
        .to_url(page.as_str())
        .ok()?;
    http::HeaderValue::from_str(url.as_str()).ok()
}
