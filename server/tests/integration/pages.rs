use crate::support::{fresh_database, on_both_backends, router, Backend};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn get_page(app: axum::Router, path: &str) -> (StatusCode, String) {
    let response = app
        .oneshot(Request::get(path).body(Body::empty()).unwrap())
        .await
        .unwrap();

    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(body.to_vec()).unwrap())
}

async fn home_page_renders_layout(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, html) = get_page(router(&database), "/").await;

    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("<h1>Veracity Developer Portal</h1>"),
        "{html}"
    );
    assert!(
        html.contains(r#"<nav aria-label="Main" class="site-nav">"#),
        "{html}"
    );
    assert!(html.contains(r#"<a href="/sign-in">Sign in</a>"#), "{html}");
    assert!(html.contains("<footer"));
    assert!(
        html.contains("/pkg/veracity.js"),
        "the hydration script is linked"
    );
}
on_both_backends!(home_page_renders_layout);

async fn unknown_path_gets_not_found_page(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, html) = get_page(router(&database), "/no/such/page").await;

    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(html.contains("Page not found"), "{html}");
    assert!(html.contains("Veracity"), "the 404 page keeps the layout");
}
on_both_backends!(unknown_path_gets_not_found_page);

async fn pages_forbid_framing_and_sniffing(backend: Backend) {
    let database = fresh_database(backend).await;

    let response = router(&database)
        .oneshot(Request::get("/sign-in").body(Body::empty()).unwrap())
        .await
        .unwrap();

    let headers = response.headers();
    assert_eq!(headers["x-frame-options"], "DENY");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
}
on_both_backends!(pages_forbid_framing_and_sniffing);
