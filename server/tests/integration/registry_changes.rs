//! The registry change feed through the router: events in commit order, paging with the
//! cursor, and bad parameters named.

use crate::support::people::create_account;
use crate::support::registry::{approve, assert_problem, client_id, registry_get, registry_token};
use crate::support::submissions::create_test_app;
use crate::support::{fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN};
use app::domain::environment::Environment;
use app::domain::role::Role;
use app::services::review::{restore_app, suspend_app};
use axum::http::StatusCode;

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
