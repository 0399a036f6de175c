//! Session lifetime through the real router: a new session ID at sign-in and on a role
//! change, the absolute timeout, and sign-out.

use std::time::Duration;

use crate::support::{
    fresh_database, on_both_backends, router, router_with_absolute_timeout, Backend, PORTAL_ORIGIN,
};
use app::db::entities::account;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use tower::ServiceExt;

const PASSWORD: &str = "quiet harbor lantern 42";

async fn create_developer(database: &crate::support::TestDatabase) {
    app::services::accounts::sign_up(
        &database.db,
        &url::Url::parse(PORTAL_ORIGIN).unwrap(),
        app::services::accounts::SignUp {
            email: "dana@example.com".to_owned(),
            display_name: "Dana Developer".to_owned(),
            password: PASSWORD.to_owned(),
        },
    )
    .await
    .unwrap();
}

/// Sends `request` and returns the status and the session cookie it set, if any.
async fn send(app: &Router, request: Request<Body>) -> (StatusCode, Option<String>) {
    let response = app.clone().oneshot(request).await.unwrap();
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|value| value.to_str().ok())
        .map(|value| value.split(';').next().unwrap_or_default().to_owned());
    (response.status(), cookie)
}

fn sign_in_request(cookie: Option<&str>) -> Request<Body> {
    let mut request = Request::post("/api/sign_in")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request
        .body(Body::from(
            "email=dana%40example.com&password=quiet+harbor+lantern+42",
        ))
        .unwrap()
}

fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

async fn session_cookie_flags_and_new_id_at_sign_in(backend: Backend) {
    let database = fresh_database(backend).await;
    create_developer(&database).await;
    let app = router(&database);

    let response = app.clone().oneshot(sign_in_request(None)).await.unwrap();
    let set_cookie = response.headers()[header::SET_COOKIE]
        .to_str()
        .unwrap()
        .to_owned();
    let first = set_cookie.split(';').next().unwrap().to_owned();
    let (_, second) = send(&app, sign_in_request(Some(&first))).await;

    assert!(set_cookie.starts_with("veracity_session="), "{set_cookie}");
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");
    assert!(
        !set_cookie.contains("Secure"),
        "http public URL: {set_cookie}"
    );
    let second = second.expect("signing in again sets a cookie");
    assert_ne!(first, second, "a sign-in always gets a new session ID");
}
on_both_backends!(session_cookie_flags_and_new_id_at_sign_in);

async fn role_change_takes_effect_with_new_id(backend: Backend) {
    let database = fresh_database(backend).await;
    create_developer(&database).await;
    let app = router(&database);
    let (_, cookie) = send(&app, sign_in_request(None)).await;
    let cookie = cookie.unwrap();

    let developer = account::Entity::find()
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    account::ActiveModel {
        id: Set(developer.id),
        role: Set("reviewer".to_owned()),
        ..Default::default()
    }
    .update(&database.db)
    .await
    .unwrap();
    let (status, new_cookie) = send(&app, get("/review", &cookie)).await;

    assert_eq!(status, StatusCode::OK);
    let new_cookie = new_cookie.expect("a role change sets a new session cookie");
    assert_ne!(new_cookie, cookie);
    assert_eq!(
        send(&app, get("/apps", &new_cookie)).await.0,
        StatusCode::FORBIDDEN
    );
}
on_both_backends!(role_change_takes_effect_with_new_id);

async fn session_ends_after_absolute_timeout(backend: Backend) {
    let database = fresh_database(backend).await;
    create_developer(&database).await;
    let app = router_with_absolute_timeout(&database, Duration::from_secs(1));
    let (_, cookie) = send(&app, sign_in_request(None)).await;
    let cookie = cookie.unwrap();
    assert_eq!(send(&app, get("/apps", &cookie)).await.0, StatusCode::OK);

    tokio::time::sleep(Duration::from_millis(1100)).await;

    assert_eq!(
        send(&app, get("/apps", &cookie)).await.0,
        StatusCode::UNAUTHORIZED
    );
}
on_both_backends!(session_ends_after_absolute_timeout);

async fn sign_out_ends_session(backend: Backend) {
    let database = fresh_database(backend).await;
    create_developer(&database).await;
    let app = router(&database);
    let (_, cookie) = send(&app, sign_in_request(None)).await;
    let cookie = cookie.unwrap();

    let sign_out = Request::post("/api/sign_out")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, &cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::empty())
        .unwrap();
    send(&app, sign_out).await;

    assert_eq!(
        send(&app, get("/apps", &cookie)).await.0,
        StatusCode::UNAUTHORIZED
    );
}
on_both_backends!(sign_out_ends_session);
