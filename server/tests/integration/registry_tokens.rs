//! Registry tokens through the portal: a platform administrator creates one on the admin
//! page and reads it once, the registry accepts it, and revoking it ends it at once.

use crate::support::apps::post_form;
use crate::support::people::{create_account, platform_administrator, sign_in, ADMIN_EMAIL};
use crate::support::registry::registry_get;
use crate::support::{fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN};
use app::db::entities::audit_event;
use app::domain::role::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use tower::ServiceExt;

async fn send(router: &Router, request: Request<Body>) -> (StatusCode, String) {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn create_request(cookie: &str, label: &str) -> Request<Body> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("label", label)
        .finish();
    Request::post("/admin/registry-tokens")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

/// Creates the platform administrator Ada, signs her in and returns her `Cookie` value.
async fn signed_in_admin(router: &Router, db: &sea_orm::DatabaseConnection) -> String {
    platform_administrator(db).await;
    sign_in(router, ADMIN_EMAIL).await
}

/// Returns the token the created-token page shows.
fn shown_token(html: &str) -> String {
    let start = html
        .find("id=\"registry-token\">")
        .expect("no token on the page")
        + 20;
    let end = start + html[start..].find('<').unwrap();
    html[start..end].to_owned()
}

async fn token_created_used_revoked(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let cookie = signed_in_admin(&router, db).await;

    let page = Request::get("/admin/registry-tokens")
        .header(header::COOKIE, &cookie)
        .body(Body::empty())
        .unwrap();
    let (status, html) = send(&router, page).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Create the token"), "{html}");

    let (status, html) = send(&router, create_request(&cookie, "OAuth server, production")).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    let token = shown_token(&html);
    assert!(token.starts_with("vrt_"), "{token}");
    assert_eq!(token.len(), 4 + 43, "{token}");
    let changes = registry_get(&router, "/registry/v1/changes", Some(&token)).await;
    assert_eq!(changes.status, StatusCode::OK);

    let page = Request::get("/admin/registry-tokens")
        .header(header::COOKIE, &cookie)
        .body(Body::empty())
        .unwrap();
    let (_, html) = send(&router, page).await;
    assert!(html.contains("OAuth server, production"));
    assert!(!html.contains(&token), "the list shows the token itself");

    let id = app::db::registry_tokens::list(db).await.unwrap()[0]
        .id
        .to_string();
    let revoke = post_form("revoke_registry_token", &cookie, &[("id", &id)]);
    let (status, _) = send(&router, revoke).await;
    assert!(status.is_success() || status.is_redirection(), "{status}");
    let refused = registry_get(&router, "/registry/v1/changes", Some(&token)).await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);

    let actions: Vec<String> = audit_event::Entity::find()
        .filter(audit_event::Column::SubjectType.eq("registry_token"))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect();
    assert_eq!(
        actions,
        ["registry_token.created", "registry_token.revoked"]
    );
}
on_both_backends!(token_created_used_revoked);

async fn bad_label_and_non_admin_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let admin = signed_in_admin(&router, db).await;
    create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let developer = sign_in(&router, "dana@acme.example").await;
    let long_label = "x".repeat(101);

    let (status, html) = send(&router, create_request(&admin, &long_label)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(html.contains("1 to 100 characters"), "{html}");
    assert!(html.contains(&long_label), "the typed label is lost");

    let (status, html) = send(&router, create_request(&developer, "Mine")).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(!html.contains("registry-token\""), "{html}");
    assert!(app::db::registry_tokens::list(db).await.unwrap().is_empty());
}
on_both_backends!(bad_label_and_non_admin_rejected);
