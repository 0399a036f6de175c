//! The rate limit of state-changing portal requests: every POST (or other unsafe method)
//! outside `/registry/`, whether a server function call under `/api/` or a form posted
//! without JavaScript. Page loads and static files are never counted. Server functions that
//! only read are POSTs too, so a page that loads its data after client-side navigation
//! counts against the limit.
//!
//! A request whose session has a record in the store is counted against that session. A request
//! without one (signing in, signing up) is counted against the client's IP address under a
//! separate, higher limit, and is not counted when the server runs without connection
//! information, as in router tests.
// NOTE: the IP address is the TCP peer, so behind a reverse proxy every visitor without a
// session shares the proxy's address and its limit.

use std::net::{IpAddr, SocketAddr};
use std::time::Instant;

use app::error::AppError;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::session::Id;
use tower_sessions::Session;

use crate::rate_limit::RateLimiter;

/// The per-minute limits of state-changing requests, with and without a session.
#[derive(Clone, Debug)]
pub struct FormRateLimits {
    per_session: RateLimiter<Id>,
    per_address: RateLimiter<IpAddr>,
}

impl FormRateLimits {
    pub fn new(per_session: u32, per_address_without_session: u32) -> Self {
        Self {
            per_session: RateLimiter::new(per_session),
            per_address: RateLimiter::new(per_address_without_session),
        }
    }
}

/// Passes a state-changing request on while its session (or, without one, its IP address)
/// is within its limit, and returns 429 with `Retry-After` otherwise. The layer must run
/// inside the session layer.
pub async fn limit_form_posts(
    State(limits): State<FormRateLimits>,
    request: Request,
    next: Next,
) -> Response {
    if !is_counted(&request) {
        return next.run(request).await;
    }

    let session = request.extensions().get::<Session>().cloned();
    let now = Instant::now();
    let verdict = match stored_session_id(session).await {
        Some(id) => limits.per_session.check(id, now),
        None => match peer_address(&request) {
            Some(address) => limits.per_address.check(address, now),
            None => Ok(()),
        },
    };

    match verdict {
        Ok(()) => next.run(request).await,
        Err(retry_after_secs) => {
            tracing::info!(
                path = request.uri().path(),
                retry_after_secs,
                "rejected a request over the form rate limit"
            );
            too_many_requests(&request, retry_after_secs)
        }
    }
}

fn is_counted(request: &Request) -> bool {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );

    // The registry API has its own limit per registry token.
    !safe && !request.uri().path().starts_with("/registry/")
}

/// Returns the ID of the request's session when the store has a record for it, so a made-up
/// cookie value does not get a fresh limit.
async fn stored_session_id(session: Option<Session>) -> Option<Id> {
    let session = session?;

    // Reading any value loads the record, and loading clears the ID of an unknown session.
    session.get_value("account").await.ok()?;
    session.id()
}

fn peer_address(request: &Request) -> Option<IpAddr> {
    request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(address)| address.ip())
}

/// Builds the 429 response. A server function called by script gets the error as JSON,
/// which the form shows while keeping what was typed. A browser that posted a form itself
/// gets a page saying that nothing was saved.
fn too_many_requests(request: &Request, retry_after_secs: u64) -> Response {
    let error = AppError::TooManyRequests { retry_after_secs };
    let accepts_html = request
        .headers()
        .get(header::ACCEPT)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.contains("text/html"));
    let server_function = request.uri().path().starts_with("/api/");

    let mut response = if server_function && !accepts_html {
        let body = serde_json::to_vec(&error).unwrap_or_default();
        (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response()
    } else {
        (StatusCode::TOO_MANY_REQUESTS, Html(rejection_page(&error))).into_response()
    };

    let headers = response.headers_mut();
    headers.insert(header::RETRY_AFTER, HeaderValue::from(retry_after_secs));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Returns the page a form posted without JavaScript gets. The message contains no input,
/// so it needs no escaping.
fn rejection_page(error: &AppError) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">\
         <title>{title} – Veracity Developer Portal</title></head>\n<body>\n<main>\n\
         <h1>{title}</h1>\n<p>{error}</p>\n<p>Go back to the form and send it again \
         then.</p>\n</main>\n</body>\n</html>\n",
        title = error.title(),
    )
}
