//! A second chance for page renders that stall.

use std::time::Duration;

use app::serverfns::ShownSecrets;
use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// How long one render of a page may take before it counts as stalled.
const RENDER_LIMIT: Duration = Duration::from_secs(15);

/// How many times a page is rendered before the request fails with 503.
const ATTEMPTS: u32 = 3;

/// Renders a page again when its render stalls.
// NOTE: a Leptos page render now and then waits for good on a resource that has loaded
// (about one render in twenty of a page with nested suspense under load, on Leptos 0.8.23).
// A page GET is safe to render again: the request's shown client secrets travel with it, so
// a secret the first render took from the database still reaches the page.
pub async fn retry_stalled_render(request: Request, next: Next) -> Response {
    if !is_page(&request) {
        return next.run(request).await;
    }

    let (mut parts, _) = request.into_parts();
    parts.extensions.insert(ShownSecrets::default());
    let path = parts.uri.path().to_owned();

    for attempt in 1..=ATTEMPTS {
        let request = Request::from_parts(parts.clone(), Body::empty());
        match tokio::time::timeout(RENDER_LIMIT, render(next.clone(), request)).await {
            Ok(response) => return response,
            Err(_) => tracing::warn!(%path, attempt, "page render stalled"),
        }
    }

    tracing::error!(%path, "page render stalled on every attempt");
    (
        StatusCode::SERVICE_UNAVAILABLE,
        "The page took too long to render. Try again.",
    )
        .into_response()
}

/// Runs the request and reads the whole page, so a render that stalls mid-page counts too.
async fn render(next: Next, request: Request) -> Response {
    let (parts, body) = next.run(request).await.into_parts();

    match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => Response::from_parts(parts, Body::from(bytes)),
        Err(error) => {
            tracing::error!(%error, "a page body failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Returns whether the request is a GET of a rendered page, rather than of a file, a server
/// function or an API.
fn is_page(request: &Request) -> bool {
    let path = request.uri().path();
    let api = ["/api/", "/registry/", "/fhir/", "/pkg/"]
        .iter()
        .any(|prefix| path.starts_with(prefix));
    let file = path
        .rsplit('/')
        .next()
        .is_some_and(|last| last.contains('.'));

    request.method() == Method::GET && !api && !file && !path.ends_with("/logo")
}
