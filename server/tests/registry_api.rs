//! The registry API through the router and the real database: token authentication, a
//! client as published, secret verification, the change feed and the OpenAPI document.

mod support;

use app::db::entities::client_secret;
use app::domain::environment::Environment;
use app::domain::registry::policy::PolicySettings;
use app::domain::role::Role;
use app::services::apps::{issue_sandbox_secret, revoke_sandbox_secret};
use app::services::registry::tokens::revoke_token;
use app::services::review::{restore_app, suspend_app};
use axum::http::{header, StatusCode};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::Value;
use server::registry::RegistryState;
use support::people::create_account;
use support::registry::{approve, client_id, registry_get, registry_post, registry_token, Reply};
use support::submissions::create_test_app;
use support::{
    credential_key, fresh_database, on_both_backends, router, router_with_registry, Backend,
    PORTAL_ORIGIN,
};

const PROBLEM: &str = "application/problem+json";

/// Creates the developer Dana and her clinician-facing app with a client secret.
async fn secret_app(
    db: &sea_orm::DatabaseConnection,
) -> (
    app::db::entities::account::Model,
    app::db::entities::app::Model,
) {
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let app = create_test_app(db, &developer, "Harbor Notes", true).await;
    (developer, app)
}

fn assert_problem(reply: &Reply, status: StatusCode, type_suffix: &str) {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.header(header::CONTENT_TYPE), PROBLEM);
    assert_eq!(
        reply.body["type"],
        format!("urn:veracity:registry:problem:{type_suffix}")
    );
    assert_eq!(reply.body["status"], status.as_u16());
    assert!(reply.body["title"].as_str().is_some_and(|t| !t.is_empty()));
    assert!(reply.body["detail"].as_str().is_some_and(|d| !d.is_empty()));
}

async fn bad_tokens_get_401(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let path = "/registry/v1/changes";

    assert_eq!(
        registry_get(&router, path, Some(&token)).await.status,
        StatusCode::OK
    );
    for presented in [None, Some("vrt_not-a-token"), Some("")] {
        let reply = registry_get(&router, path, presented).await;
        assert_problem(&reply, StatusCode::UNAUTHORIZED, "unauthorized");
        assert!(reply.header(header::WWW_AUTHENTICATE).starts_with("Bearer"));
    }

    let admin = create_account(
        db,
        "root@veracity.example",
        "Root",
        Role::PlatformAdministrator,
    )
    .await;
    let listed = app::services::registry::tokens::list_tokens(db, &admin)
        .await
        .unwrap();
    assert!(listed[0].last_used_at.is_some(), "the use was not recorded");
    revoke_token(db, &admin, listed[0].id.parse().unwrap())
        .await
        .unwrap();

    let reply = registry_get(&router, path, Some(&token)).await;
    assert_problem(&reply, StatusCode::UNAUTHORIZED, "unauthorized");
}
on_both_backends!(bad_tokens_get_401);

async fn client_reads_as_rfc_7591(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let (developer, app) = secret_app(db).await;
    approve(db, &app, &developer, "rita@veracity.example").await;
    let production = client_id(db, &app, Environment::Production).await;

    let reply = registry_get(
        &router,
        &format!("/registry/v1/clients/{production}"),
        Some(&token),
    )
    .await;

    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let client = &reply.body;
    assert_eq!(client["client_id"], production);
    assert_eq!(client["client_name"], "Harbor Notes");
    assert_eq!(client["kind"], "clinician");
    assert_eq!(client["status"], "approved");
    assert_eq!(client["environment"], "production");
    assert_eq!(client["token_endpoint_auth_method"], "client_secret_basic");
    assert_eq!(
        client["grant_types"],
        serde_json::json!(["authorization_code"])
    );
    assert_eq!(client["response_types"], serde_json::json!(["code"]));
    assert!(client["redirect_uris"].is_array());
    let policy = &client["policy"];
    assert_eq!(policy["pkce_required"], true);
    assert_eq!(
        policy["code_challenge_methods"],
        serde_json::json!(["S256"])
    );
    assert_eq!(policy["refresh_tokens_allowed"], false);
    assert_eq!(policy["refresh_token_lifetime_days"], 90);
    assert_eq!(policy["refresh_token_single_use"], true);
    assert_eq!(policy["requests_per_minute_per_session"], 60);

    let sandbox = client_id(db, &app, Environment::Sandbox).await;
    let reply = registry_get(
        &router,
        &format!("/registry/v1/clients/{sandbox}"),
        Some(&token),
    )
    .await;
    assert_eq!(reply.body["environment"], "sandbox");

    let reply = registry_get(&router, "/registry/v1/clients/no-such-client", Some(&token)).await;
    assert_problem(&reply, StatusCode::NOT_FOUND, "unknown-client");
    let reply = registry_get(&router, "/registry/v1/no-such-endpoint", Some(&token)).await;
    assert_problem(&reply, StatusCode::NOT_FOUND, "not-found");
}
on_both_backends!(client_reads_as_rfc_7591);

async fn secret_verification(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let (developer, app) = secret_app(db).await;
    let issued = issue_sandbox_secret(db, &credential_key(), &developer, app.id)
        .await
        .unwrap();
    let path = format!(
        "/registry/v1/clients/{}/secret-verification",
        issued.client_id
    );
    let verify = |secret: &str| serde_json::json!({ "client_secret": secret }).to_string();

    let good = registry_post(&router, &path, &token, &verify(&issued.client_secret)).await;
    let wrong = registry_post(&router, &path, &token, &verify("not-the-secret")).await;
    assert_eq!(good.status, StatusCode::OK);
    assert_eq!(good.body, serde_json::json!({ "valid": true }));
    assert_eq!(wrong.body, serde_json::json!({ "valid": false }));

    let in_grace = Utc::now() + Duration::hours(1);
    set_expiry(db, app.id, in_grace).await;
    let graced = registry_post(&router, &path, &token, &verify(&issued.client_secret)).await;
    assert_eq!(
        graced.body["valid"], true,
        "a secret in its grace period was rejected"
    );
    set_expiry(db, app.id, Utc::now() - Duration::seconds(1)).await;
    let expired = registry_post(&router, &path, &token, &verify(&issued.client_secret)).await;
    assert_eq!(
        expired.body["valid"], false,
        "an expired secret was accepted"
    );

    let fresh = issue_sandbox_secret(db, &credential_key(), &developer, app.id)
        .await
        .unwrap();
    let working = registry_post(&router, &path, &token, &verify(&fresh.client_secret)).await;
    assert_eq!(working.body["valid"], true);
    revoke_sandbox_secret(db, &developer, app.id).await.unwrap();
    let revoked = registry_post(&router, &path, &token, &verify(&fresh.client_secret)).await;
    assert_eq!(
        revoked.body["valid"], false,
        "a revoked secret was accepted"
    );

    let unknown = registry_post(
        &router,
        "/registry/v1/clients/nobody/secret-verification",
        &token,
        &verify("x"),
    )
    .await;
    assert_problem(&unknown, StatusCode::NOT_FOUND, "unknown-client");
    let malformed = registry_post(&router, &path, &token, "{\"secret\": 1}").await;
    assert_problem(&malformed, StatusCode::BAD_REQUEST, "invalid-body");
}
on_both_backends!(secret_verification);

async fn set_expiry(
    db: &sea_orm::DatabaseConnection,
    app_id: uuid::Uuid,
    expires_at: chrono::DateTime<Utc>,
) {
    let secrets = client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app_id))
        .all(db)
        .await
        .unwrap();
    for secret in secrets {
        let mut model: client_secret::ActiveModel = secret.into();
        model.expires_at = Set(Some(expires_at));
        model.update(db).await.unwrap();
    }
}

async fn feed_lists_changes_in_order(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let app = create_test_app(db, &developer, "Harbor Notes", false).await;
    let reviewer = approve(db, &app, &developer, "rita@veracity.example").await;
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let reason = "Credential stuffing traffic from this app's backend.";
    suspend_app(db, &public_url, &reviewer, app.id, reason)
        .await
        .unwrap();
    restore_app(db, &public_url, &reviewer, app.id)
        .await
        .unwrap();
    let sandbox = client_id(db, &app, Environment::Sandbox).await;
    let production = client_id(db, &app, Environment::Production).await;

    let reply = registry_get(&router, "/registry/v1/changes", Some(&token)).await;

    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let events = reply.body["events"].as_array().unwrap();
    let seen: Vec<(&str, &str)> = events
        .iter()
        .map(|event| {
            (
                event["kind"].as_str().unwrap(),
                event["client_id"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            ("client.created", sandbox.as_str()),
            ("client.approved", production.as_str()),
            ("client.suspended", production.as_str()),
            ("client.restored", production.as_str()),
        ]
    );
    let last = events.last().unwrap()["id"].as_i64().unwrap();
    assert_eq!(reply.body["next_after"], last);

    let first = events[0]["id"].as_i64().unwrap();
    let page = registry_get(
        &router,
        &format!("/registry/v1/changes?after={first}&limit=1"),
        Some(&token),
    )
    .await;
    assert_eq!(page.body["events"].as_array().unwrap().len(), 1);
    assert_eq!(page.body["events"][0]["kind"], "client.approved");
    let empty = registry_get(
        &router,
        &format!("/registry/v1/changes?after={last}"),
        Some(&token),
    )
    .await;
    assert_eq!(empty.body["events"], serde_json::json!([]));
    assert_eq!(empty.body["next_after"], last);
}
on_both_backends!(feed_lists_changes_in_order);

async fn bad_feed_parameters_named(backend: Backend) {
    let database = fresh_database(backend).await;
    let router = router(&database);
    let token = registry_token(&database.db).await;

    for (query, parameter) in [
        ("after=-1", "after"),
        ("after=soon", "after"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("after=3&limit=many", "limit"),
    ] {
        let path = format!("/registry/v1/changes?{query}");
        let reply = registry_get(&router, &path, Some(&token)).await;

        assert_problem(&reply, StatusCode::BAD_REQUEST, "invalid-parameter");
        assert_eq!(reply.body["parameter"], parameter, "{query}");
    }
}
on_both_backends!(bad_feed_parameters_named);

async fn openapi_lists_every_path(backend: Backend) {
    let database = fresh_database(backend).await;
    let router = router(&database);

    let reply = registry_get(&router, "/registry/v1/openapi.json", None).await;

    assert_eq!(reply.status, StatusCode::OK);
    let document = &reply.body;
    assert!(document["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths: Vec<&str> = document["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for path in [
        "/registry/v1/clients/{client_id}",
        "/registry/v1/clients/{client_id}/decision",
        "/registry/v1/clients/{client_id}/secret-verification",
        "/registry/v1/changes",
        "/registry/v1/openapi.json",
    ] {
        assert!(paths.contains(&path), "{path} is missing from {paths:?}");
    }
    let scheme = &document["components"]["securitySchemes"]["registry_token"];
    assert_eq!(scheme["scheme"], "bearer");
    let reasons = &document["components"]["schemas"]["DenialReason"]["enum"];
    assert_eq!(reasons.as_array().map(Vec::len), Some(9), "{reasons}");
    let unauthorized = &document["paths"]["/registry/v1/changes"]["get"]["responses"]["401"];
    assert!(
        unauthorized["content"][PROBLEM].is_object(),
        "{unauthorized}"
    );
    assert!(document["components"]["schemas"]["Problem"].is_object());
    assert_eq!(
        Value::Null,
        document["paths"]["/registry/v1/openapi.json"]["get"]["security"][0]["registry_token"]
    );
}
on_both_backends!(openapi_lists_every_path);

async fn rate_limit_returns_429(backend: Backend) {
    let database = fresh_database(backend).await;
    let registry = RegistryState::new(PolicySettings::default(), 2);
    let router = router_with_registry(&database, registry);
    let token = registry_token(&database.db).await;
    let path = "/registry/v1/changes";

    for _ in 0..2 {
        assert_eq!(
            registry_get(&router, path, Some(&token)).await.status,
            StatusCode::OK
        );
    }
    let reply = registry_get(&router, path, Some(&token)).await;

    assert_problem(&reply, StatusCode::TOO_MANY_REQUESTS, "rate-limited");
    let retry_after: u64 = reply.header(header::RETRY_AFTER).parse().unwrap();
    assert!((1..=60).contains(&retry_after), "Retry-After {retry_after}");
}
on_both_backends!(rate_limit_returns_429);
