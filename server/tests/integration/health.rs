use crate::support::{fresh_database, on_both_backends, router, Backend};
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;

async fn get_health(app: axum::Router) -> (StatusCode, serde_json::Value) {
    let response = app
        .oneshot(Request::get("/healthz").body(Body::empty()).unwrap())
        .await
        .unwrap();

    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, serde_json::from_slice(&body).unwrap())
}

async fn health_ok_when_database_answers(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, body) = get_health(router(&database)).await;

    assert_eq!(status, StatusCode::OK);
    assert_eq!(body["status"], "ok");
}
on_both_backends!(health_ok_when_database_answers);

async fn health_unavailable_when_database_closed(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    database.db.clone().close().await.unwrap();

    let (status, body) = get_health(app).await;

    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(body["status"], "unavailable");
    assert!(
        !body.to_string().contains("closed"),
        "no database text: {body}"
    );
}
on_both_backends!(health_unavailable_when_database_closed);
