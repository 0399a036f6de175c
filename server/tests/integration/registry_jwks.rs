//! `POST /registry/v1/clients/{client_id}/jwks-refresh` against a JWKS server on 127.0.0.1:
//! the key set fetched again whatever the cache's expiry, at most once a minute, failures
//! named in a problem document, and clients without a JWKS URL rejected.

use crate::support::key_server::{
    cached, case, fetcher, key_app, start_key_server, ES384_SET, RS384_SET,
};
use crate::support::registry::{registry_get, registry_post, registry_token, Reply};
use crate::support::{fresh_database, on_both_backends, router_with_fetcher, Backend};
use app::db::app_clients;
use app::db::entities::{app as app_entity, jwks_cache};
use app::domain::environment::Environment;
use axum::http::StatusCode;
use axum::Router;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, IntoActiveModel, Set};
use serde_json::Value;

const PROBLEM: &str = "urn:veracity:registry:problem:";

async fn sandbox_client_id(db: &DatabaseConnection, app: &app_entity::Model) -> String {
    app_clients::find(db, app.id, Environment::Sandbox)
        .await
        .unwrap()
        .unwrap()
        .client_id
}

async fn refresh(router: &Router, token: &str, client_id: &str) -> Reply {
    let path = format!("/registry/v1/clients/{client_id}/jwks-refresh");
    registry_post(router, &path, token, "").await
}

fn first_kid(reply: &Reply) -> &str {
    reply.body["jwks"]["keys"][0]["kid"]
        .as_str()
        .unwrap_or_default()
}

fn kid_of(key_set: &str) -> String {
    let value: Value = serde_json::from_str(key_set).unwrap();
    value["keys"][0]["kid"].as_str().unwrap().to_owned()
}

/// Moves the cached copy's fetch time back two minutes, leaving its expiry as it is.
async fn age_cache_entry(db: &DatabaseConnection, url: &str) {
    let entry = cached(db, url).await;
    let fetched_at = entry.fetched_at - Duration::minutes(2);
    let mut row: jwks_cache::ActiveModel = entry.into_active_model();
    row.fetched_at = Set(fetched_at);
    row.update(db).await.unwrap();
}

async fn set_app(
    db: &DatabaseConnection,
    app: app_entity::Model,
    change: impl FnOnce(&mut app_entity::ActiveModel),
) {
    let mut row = app.into_active_model();
    change(&mut row);
    row.update(db).await.unwrap();
}

async fn refresh_bypasses_cache_expiry(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let server = start_key_server().await;
    let url = server.url("rotating");
    let (_, app) = key_app(db, "", Some(url.clone())).await;
    let router = router_with_fetcher(&database, fetcher());
    let token = registry_token(db).await;
    let client_id = sandbox_client_id(db, &app).await;

    let first = refresh(&router, &token, &client_id).await;
    assert_eq!(first.status, StatusCode::OK, "{}", first.body);
    assert_eq!(first_kid(&first), kid_of(&case(RS384_SET)));
    assert_eq!(first.body["client_id"], client_id.as_str());
    assert_eq!(first.body["jwks_uri"], url.as_str());
    assert_eq!(server.hits("rotating"), 1);

    *server.rotating.lock().unwrap() = case(ES384_SET);
    age_cache_entry(db, &url).await;
    assert!(cached(db, &url).await.expires_at > Utc::now());
    let rotated = refresh(&router, &token, &client_id).await;
    assert_eq!(rotated.status, StatusCode::OK, "{}", rotated.body);
    assert_eq!(first_kid(&rotated), kid_of(&case(ES384_SET)));
    assert_eq!(server.hits("rotating"), 2);
    let entry = cached(db, &url).await;
    assert_eq!(entry.body.as_deref(), Some(case(ES384_SET).as_str()));
    assert_eq!(entry.last_error, None);

    let again = refresh(&router, &token, &client_id).await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(first_kid(&again), kid_of(&case(ES384_SET)));
    assert_eq!(
        server.hits("rotating"),
        2,
        "a fetch within a minute is reused"
    );
}
on_both_backends!(refresh_bypasses_cache_expiry);

async fn failed_fetch_named_in_problem(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let server = start_key_server().await;
    let (_, app) = key_app(db, "", Some(server.url("missing"))).await;
    let router = router_with_fetcher(&database, fetcher());
    let token = registry_token(db).await;
    let client_id = sandbox_client_id(db, &app).await;

    let missing = refresh(&router, &token, &client_id).await;
    assert_eq!(missing.status, StatusCode::BAD_GATEWAY);
    assert_eq!(missing.body["type"], format!("{PROBLEM}jwks-fetch-failed"));
    let detail = missing.body["detail"].as_str().unwrap();
    assert!(detail.contains("status 404"), "{detail}");
    assert_eq!(
        cached(db, &server.url("missing"))
            .await
            .last_error
            .as_deref()
            .map(|e| e.contains("404")),
        Some(true)
    );

    let text_url = server.url("text");
    set_app(db, app, |row| row.jwks_url = Set(Some(text_url))).await;
    let not_json = refresh(&router, &token, &client_id).await;
    assert_eq!(not_json.status, StatusCode::BAD_GATEWAY);
    let detail = not_json.body["detail"].as_str().unwrap();
    assert!(detail.contains("valid key set"), "{detail}");
}
on_both_backends!(failed_fetch_named_in_problem);

async fn client_without_jwks_url_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let (_, app) = key_app(db, &case(RS384_SET), None).await;
    let router = router_with_fetcher(&database, fetcher());
    let token = registry_token(db).await;
    let client_id = sandbox_client_id(db, &app).await;

    let inline = refresh(&router, &token, &client_id).await;
    assert_eq!(inline.status, StatusCode::CONFLICT);
    assert_eq!(inline.body["type"], format!("{PROBLEM}no-jwks-url"));
    let detail = inline.body["detail"].as_str().unwrap();
    assert!(detail.contains("JWKS document"), "{detail}");

    set_app(db, app, |row| {
        row.token_endpoint_auth_method = Set("client_secret_basic".to_owned());
    })
    .await;
    let secret = refresh(&router, &token, &client_id).await;
    assert_eq!(secret.status, StatusCode::CONFLICT);
    let detail = secret.body["detail"].as_str().unwrap();
    assert!(detail.contains("client_secret_basic"), "{detail}");

    let unknown = refresh(&router, &token, "no-such-client").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown.body["type"], format!("{PROBLEM}unknown-client"));

    let anonymous = registry_get(&router, "/registry/v1/openapi.json", None).await;
    let operation =
        &anonymous.body["paths"]["/registry/v1/clients/{client_id}/jwks-refresh"]["post"];
    for status in ["200", "401", "404", "409", "429", "502"] {
        assert!(
            operation["responses"][status].is_object(),
            "{status}: {operation}"
        );
    }
    assert!(anonymous.body["components"]["schemas"]["ClientJwks"].is_object());
}
on_both_backends!(client_without_jwks_url_rejected);
