//! Client secret verification through the registry API: good, wrong, revoked, expired
//! and grace-period secrets, and bad requests.

use crate::support::registry::{assert_problem, registry_post, registry_token, secret_app};
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::db::entities::client_secret;
use app::services::apps::{issue_sandbox_secret, revoke_sandbox_secret};
use axum::http::StatusCode;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

async fn secret_verification(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let (developer, app) = secret_app(db).await;
    let issued = issue_sandbox_secret(
        db,
        &credential_key(),
        &url::Url::parse(PORTAL_ORIGIN).unwrap(),
        &developer,
        app.id,
    )
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

    let fresh = issue_sandbox_secret(
        db,
        &credential_key(),
        &url::Url::parse(PORTAL_ORIGIN).unwrap(),
        &developer,
        app.id,
    )
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
