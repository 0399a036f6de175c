//! Sandbox client secrets: issued on request and returned once, stored only as their keyed
//! hash, replaced on rotation and revoked on request.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use uuid::Uuid;

use super::access::load_for_editor;
use super::registration::record;
use crate::db::begin_write;
use crate::db::entities::account;
use crate::db::{app_clients, client_secrets};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::error::AppError;
use crate::models::apps::IssuedSecret;
use crate::services::credentials::{generate_client_secret, hash_client_secret, CredentialKey};

/// Issues a new sandbox client secret for an app that authenticates with
/// `client_secret_basic`, revoking the one it replaces, and returns it. The secret is not
/// stored and cannot be shown again.
pub async fn issue_sandbox_secret(
    db: &DatabaseConnection,
    key: &CredentialKey,
    account: &account::Model,
    app_id: Uuid,
) -> Result<IssuedSecret, AppError> {
    let environment = Environment::Sandbox;

    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    if app.token_endpoint_auth_method != TokenEndpointAuthMethod::ClientSecretBasic.as_str() {
        return Err(AppError::BadRequest(
            "only an app that authenticates with client_secret_basic has a client secret. \
             Change its token endpoint authentication method first."
                .to_owned(),
        ));
    }
    let client = app_clients::find(&transaction, app.id, environment)
        .await?
        .ok_or_else(|| {
            tracing::error!(app.id = %app.id, "an app has no sandbox client");
            AppError::Internal
        })?;

    let now = Utc::now();
    let replaced = client_secrets::revoke_all(&transaction, app.id, environment, now).await?;
    let secret = generate_client_secret();
    let stored = client_secrets::insert(
        &transaction,
        app.id,
        environment,
        hash_client_secret(key, &secret),
    )
    .await?;
    let action = match replaced {
        0 => "client_secret.issued",
        _ => "client_secret.rotated",
    };
    let after = json!({ "environment": environment.as_str(), "secret_id": stored.id });
    record(&transaction, account.id, action, app.id, None, after).await?;
    transaction.commit().await?;

    Ok(IssuedSecret {
        app_id: app.id.to_string(),
        environment,
        client_id: client.client_id,
        client_secret: secret,
    })
}

/// Revokes the app's sandbox client secret at once; the client keeps its client ID.
pub async fn revoke_sandbox_secret(
    db: &DatabaseConnection,
    account: &account::Model,
    app_id: Uuid,
) -> Result<(), AppError> {
    let environment = Environment::Sandbox;

    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let revoked = revoke_secrets(&transaction, account.id, app.id, environment, None).await?;
    if revoked == 0 {
        return Err(AppError::BadRequest(
            "this app has no sandbox client secret to revoke.".to_owned(),
        ));
    }

    transaction.commit().await?;
    Ok(())
}

/// Revokes every client secret of the app in `environment` and records why, when there
/// was one to revoke. Returns how many it revoked.
pub(super) async fn revoke_secrets<C: ConnectionTrait>(
    connection: &C,
    actor: Uuid,
    app_id: Uuid,
    environment: Environment,
    reason: Option<&str>,
) -> Result<u64, AppError> {
    let revoked = client_secrets::revoke_all(connection, app_id, environment, Utc::now()).await?;

    if revoked > 0 {
        let after = json!({
            "environment": environment.as_str(),
            "revoked": revoked,
            "reason": reason,
        });
        record(
            connection,
            actor,
            "client_secret.revoked",
            app_id,
            None,
            after,
        )
        .await?;
    }
    Ok(revoked)
}
