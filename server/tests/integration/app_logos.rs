//! App logo uploads through the real router: a PNG is stored and served under a
//! sandboxing policy, while an SVG with a script and an oversize file are rejected.

use crate::support::apps::{body_text, developer_with_app, public_app, send};
use crate::support::people::{create_account, sign_in};
use crate::support::{
    fresh_database, on_both_backends, router, Backend, MAX_LOGO_BYTES, PORTAL_ORIGIN,
};
use app::db::entities::app_logo;
use app::domain::role::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::{EntityTrait, PaginatorTrait};

const BOUNDARY: &str = "veracity-logo-boundary";

/// Builds a 1×1 PNG: the signature and a complete image header.
fn png() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    bytes
        .extend_from_slice(b"\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89");
    bytes
}

/// Builds a multipart upload of `content` as the `file` field; `json` requests a JSON
/// response.
fn upload(cookie: &str, app_id: &str, content: &[u8], json: bool) -> Request<Body> {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"logo\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());

    Request::post(format!("/apps/{app_id}/logo"))
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(
            header::ACCEPT,
            if json {
                "application/json"
            } else {
                "text/html"
            },
        )
        .body(Body::from(body))
        .unwrap()
}

/// Signs in a developer with one app; returns the cookie and the app's ID.
async fn developer_with_logo_app(
    database: &crate::support::TestDatabase,
    app: &Router,
) -> (String, String) {
    developer_with_app(database, app, "dana@example.com", &public_app("Harbor")).await
}

async fn png_stored_and_served_sandboxed(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = developer_with_logo_app(&database, &app).await;

    let response = send(&app, upload(&cookie, &id, &png(), false)).await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_eq!(
        response.headers()[header::LOCATION],
        format!("/apps/{id}?logo=uploaded#logo").as_str()
    );
    let served = send(
        &app,
        Request::get(format!("/apps/{id}/logo"))
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(served.status(), StatusCode::OK);
    let headers = served.headers().clone();
    assert_eq!(headers[header::CONTENT_TYPE], "image/png");
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .unwrap()
        .starts_with("sandbox"));
    let bytes = served.into_body().collect().await.unwrap().to_bytes();
    assert_eq!(bytes.to_vec(), png());
}
on_both_backends!(png_stored_and_served_sandboxed);

async fn svg_with_script_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = developer_with_logo_app(&database, &app).await;
    let svg =
        br#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>"#;

    let response = send(&app, upload(&cookie, &id, svg, true)).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert_eq!(body["error"]["field"], "file");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("<script>"));
    assert_eq!(
        app_logo::Entity::find().count(&database.db).await.unwrap(),
        0
    );

    let browser = send(&app, upload(&cookie, &id, svg, false)).await;
    let location = browser.headers()[header::LOCATION].to_str().unwrap();
    assert!(
        location.starts_with(&format!("/apps/{id}?logo_error=")),
        "{location}"
    );
}
on_both_backends!(svg_with_script_rejected);

async fn oversize_logo_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = developer_with_logo_app(&database, &app).await;
    let mut large = png();
    large.resize(MAX_LOGO_BYTES as usize + 1, 0);

    let response = send(&app, upload(&cookie, &id, &large, true)).await;

    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body: serde_json::Value = serde_json::from_str(&body_text(response).await).unwrap();
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("larger than 512 KB"));
    assert_eq!(
        app_logo::Entity::find().count(&database.db).await.unwrap(),
        0
    );
}
on_both_backends!(oversize_logo_rejected);

async fn other_developer_cannot_upload(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, id) = developer_with_logo_app(&database, &app).await;
    create_account(&database.db, "sam@example.com", "Sam Lee", Role::Developer).await;
    let stranger = sign_in(&app, "sam@example.com").await;

    let response = send(&app, upload(&stranger, &id, &png(), true)).await;

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(
        app_logo::Entity::find().count(&database.db).await.unwrap(),
        0
    );
}
on_both_backends!(other_developer_cannot_upload);
