//! The registry API for tests: a registry token, requests that present it, and approved
//! apps with their production client.

use app::db::entities::{account, app as app_entity};
use app::db::registry_clients;
use app::domain::environment::Environment;
use app::domain::role::Role;
use app::services::calendar::ReviewClock;
use app::services::registry::tokens::create_token;
use app::services::review::decide_submission;
use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::DatabaseConnection;
use serde_json::Value;
use tower::ServiceExt;

use super::credential_key;
use super::people::{create_account, platform_administrator};
use super::submissions::{create_test_app, decision, insert_submission};
use super::PORTAL_ORIGIN;

/// A registry API response: status, headers and the JSON body (`Null` when empty).
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
}

impl Reply {
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|value| value.to_str().ok())
            .unwrap_or_default()
    }
}

/// Creates the platform administrator Ada and a registry token she made; returns the token.
pub async fn registry_token(db: &DatabaseConnection) -> String {
    let admin = platform_administrator(db).await;
    create_token(db, &credential_key(), &admin, "OAuth server")
        .await
        .unwrap()
        .token
}

/// Sends `GET path` with `token` as its bearer token, if any.
pub async fn registry_get(router: &Router, path: &str, token: Option<&str>) -> Reply {
    let mut request = Request::get(path);
    if let Some(token) = token {
        request = request.header(header::AUTHORIZATION, format!("Bearer {token}"));
    }
    send(router, request.body(Body::empty()).unwrap()).await
}

/// Sends `POST path` with the JSON `body` and `token` as its bearer token.
pub async fn registry_post(router: &Router, path: &str, token: &str, body: &str) -> Reply {
    let request = Request::post(path)
        .header(header::AUTHORIZATION, format!("Bearer {token}"))
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    send(router, request).await
}

async fn send(router: &Router, request: Request<Body>) -> Reply {
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let body = match bytes.is_empty() {
        true => Value::Null,
        false => serde_json::from_slice(&bytes).unwrap_or(Value::Null),
    };

    Reply {
        status,
        headers,
        body,
    }
}

/// Approves `app`, submitted by `developer`, as a newly created reviewer `reviewer_email`,
/// and returns that reviewer.
pub async fn approve(
    db: &DatabaseConnection,
    app: &app_entity::Model,
    developer: &account::Model,
    reviewer_email: &str,
) -> account::Model {
    let reviewer = create_account(db, reviewer_email, "Rita Reviewer", Role::Reviewer).await;
    let submission = insert_submission(db, app, developer, 1, 14).await;
    app::services::review::claim_submission(db, &reviewer, submission.id)
        .await
        .unwrap();

    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    decide_submission(
        db,
        &credential_key(),
        &ReviewClock::default(),
        &public_url,
        &reviewer,
        submission.id,
        decision("approve", ["met"; 6], &[]),
    )
    .await
    .unwrap();
    reviewer
}

/// Returns the client ID of the app's client in `environment`.
pub async fn client_id(
    db: &DatabaseConnection,
    app: &app_entity::Model,
    environment: Environment,
) -> String {
    app::db::app_clients::find(db, app.id, environment)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("the app has no {} client", environment.as_str()))
        .client_id
}

/// Returns whether a client with `client_id` exists, to check test set-ups.
pub async fn client_exists(db: &DatabaseConnection, client_id: &str) -> bool {
    registry_clients::find_by_client_id(db, client_id)
        .await
        .unwrap()
        .is_some()
}

/// Creates the clinic `name` and returns it.
pub async fn create_test_clinic(
    db: &DatabaseConnection,
    name: &str,
) -> app::db::entities::clinic::Model {
    let form = app::services::clinics::ClinicForm {
        name: name.to_owned(),
        address: "1 Harbor Way, Portland, ME".to_owned(),
        npi: None,
        time_zone: None,
    };
    app::services::clinics::create_clinic(db, app::db::audit::Actor::Cli, form)
        .await
        .unwrap()
}

/// The media type of every registry problem document.
pub const PROBLEM: &str = "application/problem+json";

/// Creates the developer Dana and her clinician-facing app with a client secret.
pub async fn secret_app(db: &DatabaseConnection) -> (account::Model, app_entity::Model) {
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let app = create_test_app(db, &developer, "Harbor Notes", true).await;
    (developer, app)
}

/// Asserts that `reply` is a registry problem document of `status` whose type ends in
/// `type_suffix`.
pub fn assert_problem(reply: &Reply, status: StatusCode, type_suffix: &str) {
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
