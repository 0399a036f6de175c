//! The registry API through the router and the real database: token authentication, a
//! client as published, the OpenAPI document and the rate limit.

use crate::support::people::create_account;
use crate::support::registry::{
    approve, assert_problem, client_id, registry_get, registry_token, secret_app, PROBLEM,
};
use crate::support::{fresh_database, on_both_backends, router, router_with_registry, Backend};
use app::domain::environment::Environment;
use app::domain::registry::policy::PolicySettings;
use app::domain::role::Role;
use app::services::registry::tokens::revoke_token;
use axum::http::{header, StatusCode};
use serde_json::Value;
use server::registry::RegistryState;

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
        "/registry/v1/clients/{client_id}/jwks-refresh",
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
