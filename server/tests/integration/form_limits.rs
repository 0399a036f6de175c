//! The per-session limit of state-changing portal requests, through the real router with a
//! limit of three a minute.

use std::net::SocketAddr;

use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router_with_form_limit, Backend};
use crate::support::{TestDatabase, PORTAL_ORIGIN};
use app::db::entities::{email_outbox, session};
use app::domain::role::Role;
use app::error::AppError;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{header, Request, Response, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::{EntityTrait, PaginatorTrait};
use tower::ServiceExt;

const LIMIT: u32 = 3;

/// Builds a server function call as the browser's script sends it.
fn server_function(path: &str, cookie: Option<&str>, body: &str) -> Request<Body> {
    let mut request = Request::post(path)
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::ACCEPT, "application/json")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(body.to_owned())).unwrap()
}

/// Builds a password-reset request posted by a browser form from `address`, without a session.
fn reset_form_from(address: &str, cookie: Option<&str>) -> Request<Body> {
    let mut request = server_function(
        "/api/request_password_reset",
        cookie,
        "email=dana%40example.com",
    );
    request.headers_mut().insert(
        header::ACCEPT,
        "text/html,application/xhtml+xml".parse().unwrap(),
    );
    let peer: SocketAddr = format!("{address}:50000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone().oneshot(request).await.unwrap()
}

async fn body_text(response: Response<Body>) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn retry_after(response: &Response<Body>) -> u64 {
    response
        .headers()
        .get(header::RETRY_AFTER)
        .expect("a 429 response carries Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

async fn session_count(database: &TestDatabase) -> u64 {
    session::Entity::find().count(&database.db).await.unwrap()
}

async fn session_over_limit_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router_with_form_limit(&database, LIMIT);
    create_account(&database.db, "dana@example.com", "Dana", Role::Developer).await;
    create_account(&database.db, "eli@example.com", "Eli", Role::Developer).await;
    let dana = sign_in(&app, "dana@example.com").await;
    let eli = sign_in(&app, "eli@example.com").await;

    for _ in 0..LIMIT {
        let load = server_function("/api/load_developer_profile", Some(&dana), "");
        let response = send(&app, load).await;
        assert_eq!(response.status(), StatusCode::OK);
    }

    let sessions_before = session_count(&database).await;
    let sign_out = server_function("/api/sign_out", Some(&dana), "");
    let rejected = send(&app, sign_out).await;
    assert_eq!(rejected.status(), StatusCode::TOO_MANY_REQUESTS);
    let seconds = retry_after(&rejected);
    assert!((1..=60).contains(&seconds), "Retry-After was {seconds}");
    let error: AppError = serde_json::from_str(&body_text(rejected).await).unwrap();
    assert_eq!(
        error,
        AppError::TooManyRequests {
            retry_after_secs: seconds
        }
    );
    assert_eq!(session_count(&database).await, sessions_before);

    let page = Request::get("/")
        .header(header::COOKIE, &dana)
        .body(Body::empty())
        .unwrap();
    assert_eq!(send(&app, page).await.status(), StatusCode::OK);

    let other = server_function("/api/load_developer_profile", Some(&eli), "");
    assert_eq!(send(&app, other).await.status(), StatusCode::OK);
}
on_both_backends!(session_over_limit_rejected);

async fn form_without_session_limited_by_address(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router_with_form_limit(&database, LIMIT);
    create_account(&database.db, "dana@example.com", "Dana", Role::Developer).await;

    for _ in 0..LIMIT {
        let response = send(&app, reset_form_from("192.0.2.7", None)).await;
        assert_ne!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    }

    let queued = email_outbox::Entity::find()
        .count(&database.db)
        .await
        .unwrap();
    let rejected = send(&app, reset_form_from("192.0.2.7", None)).await;
    assert_eq!(rejected.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&rejected) >= 1);
    let content_type = rejected.headers()[header::CONTENT_TYPE].to_str().unwrap();
    assert!(content_type.starts_with("text/html"), "{content_type}");
    let page = body_text(rejected).await;
    assert!(page.contains("nothing was saved"), "{page}");
    let queued_after = email_outbox::Entity::find()
        .count(&database.db)
        .await
        .unwrap();
    assert_eq!(queued_after, queued);

    let made_up_cookie = reset_form_from("192.0.2.7", Some("veracity_session=made-up"));
    let response = send(&app, made_up_cookie).await;
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);

    let other_address = send(&app, reset_form_from("192.0.2.8", None)).await;
    assert_ne!(other_address.status(), StatusCode::TOO_MANY_REQUESTS);
}
on_both_backends!(form_without_session_limited_by_address);
