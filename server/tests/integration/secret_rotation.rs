//! Rotation and revocation of client secrets through the real router: the previous secret
//! stays valid for the grace period the developer picks, 0 to 7 days, and revocation ends
//! every secret of the environment at once. Each change is audited, appended to the
//! registry change feed and e-mailed to the developers.

use crate::support::apps::{app_error, body_text, developer_with_app, get, post_form, send};
use crate::support::maildev::{maildev_worker, messages_to};
use crate::support::PORTAL_ORIGIN;
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, TestDatabase,
};
use app::db::app_clients;
use app::db::client_secrets::list_valid;
use app::db::entities::{email_outbox, registry_event};
use app::domain::environment::Environment;
use app::error::AppError;
use app::models::apps::{AppView, IssuedSecret};
use app::services::credentials::{generate_client_id, verify_client_secret};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use chrono::{Duration, Utc};
use sea_orm::{EntityTrait, QueryOrder};
use uuid::Uuid;

/// Registers a confidential app that authenticates with a client secret for a new
/// developer at `email`, and issues its first sandbox secret. Returns the cookie, the
/// app's ID and that secret.
async fn app_with_secret(
    database: &TestDatabase,
    app: &Router,
    email: &str,
) -> (String, String, IssuedSecret) {
    let form = [
        ("kind", "clinician".to_owned()),
        ("name", "Harbor Charting".to_owned()),
        ("client_type", "confidential".to_owned()),
        (
            "token_endpoint_auth_method",
            "client_secret_basic".to_owned(),
        ),
    ];
    let (cookie, id) = developer_with_app(database, app, email, &form).await;
    let response = send(
        app,
        post_form("issue_sandbox_secret", &cookie, &[("app_id", &id)]),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let first = serde_json::from_str(&body_text(response).await).unwrap();
    (cookie, id, first)
}

async fn rotate(
    app: &Router,
    cookie: &str,
    id: &str,
    environment: &str,
    grace_days: &str,
) -> axum::response::Response {
    let fields = [
        ("app_id", id),
        ("environment", environment),
        ("grace_days", grace_days),
    ];
    send(app, post_form("rotate_secret", cookie, &fields)).await
}

/// Returns whether `secret` is a valid secret of the app in `environment` at `at`.
async fn is_valid(
    database: &TestDatabase,
    id: &str,
    environment: Environment,
    secret: &str,
    at: chrono::DateTime<Utc>,
) -> bool {
    let app_id: Uuid = id.parse().unwrap();
    list_valid(&database.db, app_id, environment, at)
        .await
        .unwrap()
        .iter()
        .any(|stored| verify_client_secret(&credential_key(), secret, &stored.secret_hash))
}

async fn registry_kinds(database: &TestDatabase) -> Vec<(String, Option<String>)> {
    registry_event::Entity::find()
        .order_by_asc(registry_event::Column::Id)
        .all(&database.db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| (event.kind, event.client_id))
        .collect()
}

async fn subjects_to(database: &TestDatabase, recipient: &str) -> Vec<String> {
    email_outbox::Entity::find()
        .order_by_asc(email_outbox::Column::CreatedAt)
        .all(&database.db)
        .await
        .unwrap()
        .into_iter()
        .filter(|email| email.recipient == recipient)
        .map(|email| email.subject)
        .collect()
}

async fn load_view(app: &Router, cookie: &str, id: &str) -> AppView {
    let loaded = send(app, post_form("load_app", cookie, &[("app_id", id)])).await;
    serde_json::from_str(&body_text(loaded).await).unwrap()
}

async fn rotation_keeps_previous_secret_during_grace(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, first) = app_with_secret(&database, &app, "dana@example.com").await;

    let response = rotate(&app, &cookie, &id, "sandbox", "2").await;

    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    let second: IssuedSecret = serde_json::from_str(&body_text(response).await).unwrap();
    assert_ne!(second.client_secret, first.client_secret);
    assert_eq!(second.client_secret.len(), 43);
    let sandbox = Environment::Sandbox;
    let now = Utc::now();
    assert!(is_valid(&database, &id, sandbox, &first.client_secret, now).await);
    assert!(is_valid(&database, &id, sandbox, &second.client_secret, now).await);
    let later = now + Duration::days(2) + Duration::minutes(1);
    assert!(!is_valid(&database, &id, sandbox, &first.client_secret, later).await);
    assert!(is_valid(&database, &id, sandbox, &second.client_secret, later).await);

    let view = load_view(&app, &cookie, &id).await;
    let until = view.clients[0].previous_secret_valid_until.clone();
    assert!(until.is_some(), "{view:?}");
    assert!(view.history.iter().any(|event| event.description
        == format!(
            "Rotated the sandbox client secret; the previous secret works until {}.",
            until.clone().unwrap()
        )));
    assert_eq!(
        registry_kinds(&database).await.last(),
        Some(&("secret.rotated".to_owned(), Some(first.client_id.clone())))
    );
    let subjects = subjects_to(&database, "dana@example.com").await;
    assert!(
        subjects.contains(&"Harbor Charting sandbox client secret rotated".to_owned()),
        "{subjects:?}"
    );
}
on_both_backends!(rotation_keeps_previous_secret_during_grace);

async fn app_page_shows_grace_end(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, _) = app_with_secret(&database, &app, "dana@example.com").await;
    rotate(&app, &cookie, &id, "sandbox", "1").await;

    let html = body_text(send(&app, get(&format!("/apps/{id}"), &cookie)).await).await;

    let until = load_view(&app, &cookie, &id).await.clients[0]
        .previous_secret_valid_until
        .clone()
        .unwrap();
    assert!(
        html.contains(&format!("The previous secret works until {until}.")),
        "{html}"
    );
    assert!(html.contains(r#"name="grace_days""#), "{html}");
    assert!(html.contains("Rotate the sandbox secret"), "{html}");
    assert!(html.contains("Revoke the sandbox secret"), "{html}");
}
on_both_backends!(app_page_shows_grace_end);

async fn zero_day_grace_stops_previous_secret(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, first) = app_with_secret(&database, &app, "dana@example.com").await;

    let response = rotate(&app, &cookie, &id, "sandbox", "0").await;

    assert_eq!(response.status(), StatusCode::OK);
    let second: IssuedSecret = serde_json::from_str(&body_text(response).await).unwrap();
    let now = Utc::now();
    assert!(
        !is_valid(
            &database,
            &id,
            Environment::Sandbox,
            &first.client_secret,
            now
        )
        .await
    );
    assert!(
        is_valid(
            &database,
            &id,
            Environment::Sandbox,
            &second.client_secret,
            now
        )
        .await
    );
    let view = load_view(&app, &cookie, &id).await;
    assert_eq!(view.clients[0].previous_secret_valid_until, None);
    assert!(view.history.iter().any(|event| event.description
        == "Rotated the sandbox client secret; the previous secret stopped working."));
}
on_both_backends!(zero_day_grace_stops_previous_secret);

async fn grace_outside_range_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, first) = app_with_secret(&database, &app, "dana@example.com").await;

    for value in ["8", "-1", "1.5", "", "two"] {
        let response = rotate(&app, &cookie, &id, "sandbox", value).await;

        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{value}"
        );
        let AppError::Invalid(errors) = app_error(response).await else {
            panic!("{value}: expected a field error");
        };
        assert_eq!(errors[0].field, "grace_days");
        assert!(
            errors[0].message.contains("from 0 to 7"),
            "{}",
            errors[0].message
        );
    }
    let now = Utc::now();
    let valid = list_valid(&database.db, id.parse().unwrap(), Environment::Sandbox, now)
        .await
        .unwrap();
    assert_eq!(valid.len(), 1);
    assert!(
        is_valid(
            &database,
            &id,
            Environment::Sandbox,
            &first.client_secret,
            now
        )
        .await
    );
}
on_both_backends!(grace_outside_range_rejected);

async fn revocation_ends_grace_secrets(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, first) = app_with_secret(&database, &app, "dana@example.com").await;
    rotate(&app, &cookie, &id, "sandbox", "3").await;

    let fields = [("app_id", id.as_str()), ("environment", "sandbox")];
    let response = send(&app, post_form("revoke_secret", &cookie, &fields)).await;

    assert!(response.headers().contains_key(header::LOCATION));
    let valid = list_valid(
        &database.db,
        id.parse().unwrap(),
        Environment::Sandbox,
        Utc::now(),
    )
    .await
    .unwrap();
    assert!(valid.is_empty(), "{valid:?}");
    assert_eq!(
        registry_kinds(&database).await.last(),
        Some(&("secret.revoked".to_owned(), Some(first.client_id.clone())))
    );
    let subjects = subjects_to(&database, "dana@example.com").await;
    assert!(
        subjects.contains(&"Harbor Charting sandbox client secret revoked".to_owned()),
        "{subjects:?}"
    );
    let again = send(&app, post_form("revoke_secret", &cookie, &fields)).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
}
on_both_backends!(revocation_ends_grace_secrets);

async fn production_rotation_needs_production_client(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, _) = app_with_secret(&database, &app, "dana@example.com").await;

    let before = rotate(&app, &cookie, &id, "production", "1").await;
    assert_eq!(before.status(), StatusCode::BAD_REQUEST);

    let app_id: Uuid = id.parse().unwrap();
    let client_id = generate_client_id();
    app_clients::insert(
        &database.db,
        app_id,
        Environment::Production,
        client_id.clone(),
    )
    .await
    .unwrap();
    let first: IssuedSecret =
        serde_json::from_str(&body_text(rotate(&app, &cookie, &id, "production", "1").await).await)
            .unwrap();
    let second: IssuedSecret =
        serde_json::from_str(&body_text(rotate(&app, &cookie, &id, "production", "1").await).await)
            .unwrap();

    assert_eq!(first.client_id, client_id);
    let kinds = registry_kinds(&database).await;
    assert_eq!(
        kinds[kinds.len() - 2],
        ("secret.issued".to_owned(), Some(client_id.clone()))
    );
    assert_eq!(second.environment, Environment::Production);
    let now = Utc::now();
    assert!(
        is_valid(
            &database,
            &id,
            Environment::Production,
            &first.client_secret,
            now
        )
        .await
    );
    assert!(
        is_valid(
            &database,
            &id,
            Environment::Production,
            &second.client_secret,
            now
        )
        .await
    );
    assert_eq!(
        registry_kinds(&database).await.last(),
        Some(&("secret.rotated".to_owned(), Some(client_id)))
    );
}
on_both_backends!(production_rotation_needs_production_client);

async fn page_without_javascript_rotates(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (cookie, id, first) = app_with_secret(&database, &app, "dana@example.com").await;
    let page_post = |body: &str| {
        Request::post(format!("/apps/{id}/sandbox-secret"))
            .header(header::ORIGIN, PORTAL_ORIGIN)
            .header(header::COOKIE, cookie.as_str())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(body.to_owned()))
            .unwrap()
    };

    let rejected = send(&app, page_post("grace_days=12")).await;
    let rotated = send(&app, page_post("grace_days=1")).await;

    assert_eq!(rejected.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = body_text(rejected).await;
    assert!(
        html.contains("grace_days: “12” is not a grace period"),
        "{html}"
    );
    assert!(
        html.contains(r#"value="12""#),
        "the typed value is kept: {html}"
    );
    assert_eq!(rotated.status(), StatusCode::OK);
    assert_eq!(rotated.headers()[header::CACHE_CONTROL], "no-store");
    let html = body_text(rotated).await;
    assert!(html.contains(r#"id="sandbox-client-secret""#), "{html}");
    assert!(
        is_valid(
            &database,
            &id,
            Environment::Sandbox,
            &first.client_secret,
            Utc::now()
        )
        .await
    );
}
on_both_backends!(page_without_javascript_rotates);

async fn rotation_mail_reaches_maildev(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let recipient = format!("rotation-{}@example.com", Uuid::new_v4().simple());
    let (cookie, id, first) = app_with_secret(&database, &app, &recipient).await;

    rotate(&app, &cookie, &id, "sandbox", "1").await;
    maildev_worker(&database.db)
        .deliver_due(Utc::now())
        .await
        .unwrap();

    let received = messages_to(&recipient, 2).await;
    let subjects: Vec<&str> = received
        .iter()
        .filter_map(|message| message["subject"].as_str())
        .collect();
    assert!(
        subjects.contains(&"Harbor Charting sandbox client secret issued"),
        "{subjects:?}"
    );
    assert!(
        subjects.contains(&"Harbor Charting sandbox client secret rotated"),
        "{subjects:?}"
    );
    for message in &received {
        let text = message["text"].as_str().unwrap_or_default();
        assert!(text.contains(&first.client_id), "{text}");
        assert!(
            !text.contains(&first.client_secret),
            "a secret is never e-mailed"
        );
    }
}
on_both_backends!(rotation_mail_reaches_maildev);
