//! Roles and CSRF through the real router: each role reaches its own pages and gets 403 on
//! the others', and a state-changing request from another origin is rejected.

use crate::support::{fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use tower::ServiceExt;

const PASSWORD: &str = "quiet harbor lantern 42";

async fn send(app: &Router, request: Request<Body>) -> axum::response::Response {
    app.clone().oneshot(request).await.unwrap()
}

/// Signs in through the sign-in server function and returns the session cookie.
async fn sign_in_cookie(app: &Router, email: &str) -> String {
    let request = Request::post("/api/sign_in")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!(
            "email={email}&password=quiet+harbor+lantern+42"
        )))
        .unwrap();

    let response = send(app, request).await;
    assert!(
        response.status().is_success() || response.status().is_redirection(),
        "sign-in failed with {}",
        response.status()
    );
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .expect("sign-in sets the session cookie")
        .to_str()
        .unwrap();
    cookie.split(';').next().unwrap().to_owned()
}

async fn page_status(app: &Router, path: &str, cookie: Option<&str>) -> StatusCode {
    let mut request = Request::get(path);
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    send(app, request.body(Body::empty()).unwrap())
        .await
        .status()
}

async fn each_role_reaches_only_its_pages(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let db = &database.db;
    app::services::accounts::create_platform_administrator(
        db,
        "admin@example.com",
        "Pat Admin",
        PASSWORD.to_owned(),
    )
    .await
    .unwrap();
    app::services::accounts::sign_up(
        db,
        &url::Url::parse(PORTAL_ORIGIN).unwrap(),
        app::services::accounts::SignUp {
            email: "dana@example.com".to_owned(),
            display_name: "Dana Developer".to_owned(),
            password: PASSWORD.to_owned(),
        },
    )
    .await
    .unwrap();

    let developer = sign_in_cookie(&app, "dana%40example.com").await;
    let admin = sign_in_cookie(&app, "admin%40example.com").await;

    assert_eq!(
        page_status(&app, "/apps", None).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        page_status(&app, "/apps", Some(&developer)).await,
        StatusCode::OK
    );
    assert_eq!(
        page_status(&app, "/review", Some(&developer)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        page_status(&app, "/clinic", Some(&developer)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        page_status(&app, "/admin", Some(&developer)).await,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        page_status(&app, "/admin", Some(&admin)).await,
        StatusCode::OK
    );
    assert_eq!(
        page_status(&app, "/apps", Some(&admin)).await,
        StatusCode::FORBIDDEN
    );
}
on_both_backends!(each_role_reaches_only_its_pages);

async fn server_function_checks_role_too(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
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
    let developer = sign_in_cookie(&app, "dana%40example.com").await;

    let request = Request::post("/api/list_clinics")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, &developer)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::empty())
        .unwrap();

    assert_eq!(send(&app, request).await.status(), StatusCode::FORBIDDEN);
}
on_both_backends!(server_function_checks_role_too);

async fn cross_site_post_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);

    for origin in [Some("https://attacker.example"), Some("null"), None] {
        let mut request = Request::post("/api/sign_out")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }

        let response = send(&app, request.body(Body::empty()).unwrap()).await;

        assert_eq!(
            response.status(),
            StatusCode::FORBIDDEN,
            "origin {origin:?}"
        );
    }
}
on_both_backends!(cross_site_post_rejected);
