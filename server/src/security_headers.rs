use axum::extract::Request;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

/// Adds the response headers every page needs: no framing by other sites (clickjacking),
/// no MIME sniffing, and no Referer to other origins, because verification, reset and
/// invitation links carry their token in the URL.
pub async fn set_security_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;

    let headers = response.headers_mut();
    // A handler that set its own, stricter policy (a document download) keeps it.
    headers
        .entry(header::CONTENT_SECURITY_POLICY)
        .or_insert(HeaderValue::from_static(
            "frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
        ));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );

    response
}
