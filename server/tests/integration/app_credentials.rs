//! Sandbox client credentials through the real router. Client IDs are random and unique,
//! and a client secret is shown once and stored only as its HMAC. A new app's secret shows
//! on the first visit to its page. A requested one comes in the response to the request,
//! which a browser without JavaScript receives as a page. Rotation and revocation take
//! effect at once.

use crate::support::apps::{
    body_text, developer_with_app, get, post_form, public_app, save_request, saved_app_id, send,
};
use crate::support::people::{create_account, sign_in};
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::db::entities::{app_client, audit_event, client_secret};
use app::domain::role::Role;
use app::models::apps::{AppView, IssuedSecret};
use app::services::credentials::{hash_client_secret, verify_client_secret};
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

/// Signs in a new developer and registers a confidential app that authenticates with a
/// client secret; returns the cookie and the app's ID.
async fn secret_app(database: &crate::support::TestDatabase, app: &Router) -> (String, String) {
    let form = [
        ("kind", "clinician".to_owned()),
        ("name", "Harbor Charting".to_owned()),
        ("client_type", "confidential".to_owned()),
        (
            "token_endpoint_auth_method",
            "client_secret_basic".to_owned(),
        ),
    ];
    developer_with_app(database, app, "dana@example.com", &form).await
}

async fn issue(app: &Router, cookie: &str, id: &str) -> IssuedSecret {
    let response = send(
        app,
        post_form("issue_sandbox_secret", cookie, &[("app_id", id)]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    serde_json::from_str(&body_text(response).await).unwrap()
}

/// Returns the client secret a page shows in its `sandbox-client-secret` element.
fn secret_in(html: &str) -> Option<String> {
    let start = html.find(r#"id="sandbox-client-secret">"#)? + 27;
    let secret: String = html[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    Some(secret)
}

async fn valid_secrets_of(
    database: &crate::support::TestDatabase,
    id: &str,
) -> Vec<client_secret::Model> {
    let mut secrets = secrets_of(database, id).await;
    secrets.retain(|secret| secret.revoked_at.is_none());
    secrets
}

async fn secrets_of(
    database: &crate::support::TestDatabase,
    id: &str,
) -> Vec<client_secret::Model> {
    client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(id.parse::<Uuid>().unwrap()))
        .all(&database.db)
        .await
        .unwrap()
}

async fn client_ids_are_random_and_unique(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, _) =
        developer_with_app(&database, &app, "dana@example.com", &public_app("One")).await;

    for name in ["Two", "Three"] {
        saved_app_id(&send(&app, save_request(&cookie, &public_app(name))).await);
    }

    let clients = app_client::Entity::find().all(&database.db).await.unwrap();
    assert_eq!(clients.len(), 3);
    let mut ids: Vec<&str> = clients.iter().map(|c| c.client_id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 3, "client IDs repeat: {ids:?}");
    for client in &clients {
        assert_eq!(client.environment, "sandbox");
        assert!(client.client_id.len() >= 22, "{}", client.client_id);
        assert!(client
            .client_id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    let reused = app_client::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(clients[1].app_id),
        environment: Set("production".to_owned()),
        client_id: Set(clients[0].client_id.clone()),
        created_at: Set(chrono::Utc::now()),
    };
    assert!(
        reused.insert(&database.db).await.is_err(),
        "the unique index rejects a client ID issued before"
    );
}
on_both_backends!(client_ids_are_random_and_unique);

async fn secret_shown_once_and_stored_as_hmac(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;

    let issued = issue(&app, &cookie, &id).await;

    assert!(issued.client_secret.len() >= 43, "at least 256 bits");
    let stored = valid_secrets_of(&database, &id).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(
        stored[0].secret_hash,
        hash_client_secret(&credential_key(), &issued.client_secret)
    );
    assert_ne!(stored[0].secret_hash, issued.client_secret);
    assert!(verify_client_secret(
        &credential_key(),
        &issued.client_secret,
        &stored[0].secret_hash
    ));
    let events = audit_event::Entity::find().all(&database.db).await.unwrap();
    for event in events {
        let text = format!("{:?} {:?}", event.before, event.after);
        assert!(!text.contains(&issued.client_secret), "{}", event.action);
    }

    let loaded = send(&app, post_form("load_app", &cookie, &[("app_id", &id)])).await;
    let text = body_text(loaded).await;
    assert!(!text.contains(&issued.client_secret));
    let view: AppView = serde_json::from_str(&text).unwrap();
    assert_eq!(view.clients[0].client_id, issued.client_id);
    assert!(view.clients[0].secret_issued_at.is_some());
    let html = body_text(send(&app, get(&format!("/apps/{id}"), &cookie)).await).await;
    assert!(!html.contains(&issued.client_secret));
    assert!(html.contains("Rotate the sandbox secret"), "{html}");
}
on_both_backends!(secret_shown_once_and_stored_as_hmac);

async fn creation_issues_a_secret_shown_on_the_first_visit(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;
    let stored = valid_secrets_of(&database, &id).await;
    assert_eq!(stored.len(), 1);
    assert!(stored[0].sealed_secret.is_some());
    create_account(
        &database.db,
        "eve@example.com",
        "Eve Stone",
        Role::Developer,
    )
    .await;
    let stranger = sign_in(&app, "eve@example.com").await;

    let refused = send(&app, post_form("load_app", &stranger, &[("app_id", &id)])).await;
    let first = send(&app, get(&format!("/apps/{id}"), &cookie)).await;
    let second = send(&app, get(&format!("/apps/{id}"), &cookie)).await;

    assert!(!refused.status().is_success());
    assert_eq!(first.headers()[header::CACHE_CONTROL], "no-store");
    let html = body_text(first).await;
    let secret = secret_in(&html).expect("the first visit shows the secret");
    assert_eq!(secret.len(), 43, "{html}");
    assert!(html.contains("Copy the client secret now."));
    let stored = valid_secrets_of(&database, &id).await;
    assert_eq!(
        stored[0].secret_hash,
        hash_client_secret(&credential_key(), &secret)
    );
    assert_eq!(stored[0].sealed_secret, None, "the sealed copy is erased");
    let html = body_text(second).await;
    assert_eq!(secret_in(&html), None, "a later visit shows no secret");
    assert!(!html.contains(&secret));
    let loaded = send(&app, post_form("load_app", &cookie, &[("app_id", &id)])).await;
    let view: AppView = serde_json::from_str(&body_text(loaded).await).unwrap();
    assert!(view.new_secrets.is_empty());
    assert!(view.history.iter().any(|event| event
        .description
        .starts_with("Showed the sandbox client secret once")));
}
on_both_backends!(creation_issues_a_secret_shown_on_the_first_visit);

async fn rotation_invalidates_old_secret(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;
    let first = issue(&app, &cookie, &id).await;

    let second = issue(&app, &cookie, &id).await;

    assert_ne!(first.client_secret, second.client_secret);
    assert_eq!(first.client_id, second.client_id);
    let stored = secrets_of(&database, &id).await;
    let valid = valid_secrets_of(&database, &id).await;
    assert_eq!(valid.len(), 1);
    assert!(verify_client_secret(
        &credential_key(),
        &second.client_secret,
        &valid[0].secret_hash
    ));
    assert!(!verify_client_secret(
        &credential_key(),
        &first.client_secret,
        &valid[0].secret_hash
    ));
    let old = stored
        .iter()
        .find(|s| s.secret_hash == hash_client_secret(&credential_key(), &first.client_secret))
        .unwrap();
    assert!(old.revoked_at.is_some());
}
on_both_backends!(rotation_invalidates_old_secret);

async fn revocation_leaves_no_valid_secret(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;
    issue(&app, &cookie, &id).await;

    let response = send(
        &app,
        post_form(
            "revoke_secret",
            &cookie,
            &[("app_id", &id), ("environment", "sandbox")],
        ),
    )
    .await;

    assert!(response.headers().contains_key(header::LOCATION));
    let stored = secrets_of(&database, &id).await;
    assert!(stored.iter().all(|secret| secret.revoked_at.is_some()));
    let again = send(
        &app,
        post_form(
            "revoke_secret",
            &cookie,
            &[("app_id", &id), ("environment", "sandbox")],
        ),
    )
    .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    let loaded = send(&app, post_form("load_app", &cookie, &[("app_id", &id)])).await;
    let view: AppView = serde_json::from_str(&body_text(loaded).await).unwrap();
    assert_eq!(view.clients[0].secret_issued_at, None);
    assert!(view.history.iter().any(|event| event
        .description
        .starts_with("Revoked the sandbox client secret")));
}
on_both_backends!(revocation_leaves_no_valid_secret);

async fn public_client_gets_no_secret(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) =
        developer_with_app(&database, &app, "dana@example.com", &public_app("Harbor")).await;

    let response = send(
        &app,
        post_form("issue_sandbox_secret", &cookie, &[("app_id", &id)]),
    )
    .await;

    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(secrets_of(&database, &id).await.is_empty());
}
on_both_backends!(public_client_gets_no_secret);

async fn leaving_client_secret_basic_revokes_secret(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;
    issue(&app, &cookie, &id).await;
    let form = [
        ("app_id", id.clone()),
        ("kind", "clinician".to_owned()),
        ("name", "Harbor Charting".to_owned()),
        ("client_type", "public".to_owned()),
        ("token_endpoint_auth_method", "none".to_owned()),
    ];

    let response = send(&app, save_request(&cookie, &form)).await;

    assert!(response.headers().contains_key(header::LOCATION));
    let stored = secrets_of(&database, &id).await;
    assert!(stored.iter().all(|secret| secret.revoked_at.is_some()));
}
on_both_backends!(leaving_client_secret_basic_revokes_secret);

async fn secret_page_without_javascript(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id) = secret_app(&database, &app).await;
    let request = Request::post(format!("/apps/{id}/sandbox-secret"))
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, &cookie)
        .header(header::ACCEPT, "text/html")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::empty())
        .unwrap();

    let response = send(&app, request).await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    assert!(!response.headers().contains_key(header::LOCATION));
    let html = body_text(response).await;
    let secret = secret_in(&html).unwrap();
    assert_eq!(secret.len(), 43, "{html}");
    let stored = valid_secrets_of(&database, &id).await;
    assert_eq!(
        stored[0].secret_hash,
        hash_client_secret(&credential_key(), &secret)
    );
    assert!(html.contains("Copy the client secret now."));
}
on_both_backends!(secret_page_without_javascript);
