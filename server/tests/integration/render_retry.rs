//! A page render that stalls is run again, and a page that stalls every time gets 503.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::routing::get;
use axum::{middleware, Router};
use http_body_util::BodyExt;
use server::render_retry::retry_stalled_render;
use tower::ServiceExt;

/// Builds a router whose one page stalls on its first `stalls` renders.
fn stalling_page(stalls: usize) -> (Router, Arc<AtomicUsize>) {
    let renders = Arc::new(AtomicUsize::new(0));
    let counter = renders.clone();
    let page = move || {
        let counter = counter.clone();
        async move {
            if counter.fetch_add(1, Ordering::SeqCst) < stalls {
                std::future::pending::<()>().await;
            }
            "the page"
        }
    };

    let router = Router::new()
        .route("/apps", get(page))
        .layer(middleware::from_fn(retry_stalled_render));
    (router, renders)
}

async fn get_page(router: Router) -> (StatusCode, String) {
    let request = Request::get("/apps").body(Body::empty()).unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();

    (status, String::from_utf8(body.to_vec()).unwrap())
}

#[tokio::test(start_paused = true)]
async fn stalled_render_is_run_again() {
    let (router, renders) = stalling_page(1);

    let (status, body) = get_page(router).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, "the page");
    assert_eq!(renders.load(Ordering::SeqCst), 2);
}

#[tokio::test(start_paused = true)]
async fn render_that_always_stalls_gets_503() {
    let (router, renders) = stalling_page(usize::MAX);

    let (status, _) = get_page(router).await;

    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(renders.load(Ordering::SeqCst), 3);
}
