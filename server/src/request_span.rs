use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use tracing::{field, Instrument};

/// Wraps each request in a span with its method and matched route, and logs one line when
/// the response is ready with its status and duration in milliseconds. The raw path is not
/// recorded because it can carry tokens (registration links, password resets).
pub async fn trace_request(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .to_owned();

    let span = tracing::info_span!(
        "request",
        http.method = %request.method(),
        http.route = %route,
        http.status = field::Empty,
        duration_ms = field::Empty,
    );

    let started = Instant::now();
    let response = next.run(request).instrument(span.clone()).await;
    let duration_ms = started.elapsed().as_secs_f64() * 1000.0;

    span.record("http.status", response.status().as_u16());
    span.record("duration_ms", duration_ms);
    span.in_scope(|| tracing::info!("request finished"));

    response
}
