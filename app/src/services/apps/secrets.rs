//! Client secrets. Each is returned once: in the response to the developer's request, or
//! sealed until their next visit. Only its keyed hash stays stored. Rotation replaces it and
//! revocation ends it.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::access::load_for_editor;
use super::registration::record;
use super::rotation::notify;
use crate::db::begin_write;
use crate::db::entities::account;
use crate::db::{app_clients, client_secrets};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::CredentialChange;
use crate::error::AppError;
use crate::models::apps::IssuedSecret;
use crate::services::credentials::{generate_client_secret, hash_client_secret, CredentialKey};
use crate::services::{agreement, registry, sealed_secret};

/// Issues a new sandbox client secret for an app that authenticates with
/// `client_secret_basic`, revoking the one it replaces, and returns it. The secret is not
/// stored and cannot be shown again.
pub async fn issue_sandbox_secret(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    account: &account::Model,
    app_id: Uuid,
) -> Result<IssuedSecret, AppError> {
    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    if app.token_endpoint_auth_method != TokenEndpointAuthMethod::ClientSecretBasic.as_str() {
        return Err(AppError::BadRequest(
            "only an app that authenticates with client_secret_basic has a client secret. \
             Change its token endpoint authentication method first."
                .to_owned(),
        ));
    }

    let issued = issue_secret(
        &transaction,
        key,
        account.id,
        app.id,
        Environment::Sandbox,
        Delivery::InResponse,
    )
    .await?;
    let change = CredentialChange::Issued;
    let client_id = &issued.client_id;
    notify(
        &transaction,
        public_url,
        account,
        &app,
        Environment::Sandbox,
        client_id,
        change,
    )
    .await?;

    transaction.commit().await?;
    Ok(issued)
}

/// The way a developer receives a client secret the portal issues.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delivery {
    /// The response to the developer's own request shows it.
    InResponse,
    /// It waits sealed until the developer next opens the app's page.
    NextVisit,
}

/// Issues a new client secret for the app's client in `environment`, revoking the ones it
/// replaces and recording the event, and returns it. For [`Delivery::NextVisit`] it also
/// stores the secret sealed, for [`take_sealed_secrets`].
pub async fn issue_secret<C: ConnectionTrait>(
    connection: &C,
    key: &CredentialKey,
    actor: Uuid,
    app_id: Uuid,
    environment: Environment,
    delivery: Delivery,
) -> Result<IssuedSecret, AppError> {
    let client = app_clients::find(connection, app_id, environment)
        .await?
        .ok_or_else(|| {
            tracing::error!(app.id = %app_id, environment = environment.as_str(), "an app has no client");
            AppError::Internal
        })?;

    let replaced = client_secrets::revoke_all(connection, app_id, environment, Utc::now()).await?;
    let id = Uuid::new_v4();
    let secret = generate_client_secret();
    let sealed = match delivery {
        Delivery::InResponse => None,
        Delivery::NextVisit => Some(sealed_secret::seal(key, id, &secret)),
    };
    client_secrets::insert(
        connection,
        id,
        app_id,
        environment,
        hash_client_secret(key, &secret),
        sealed,
    )
    .await?;

    let action = match replaced {
        0 => "client_secret.issued",
        _ => "client_secret.rotated",
    };
    let after = json!({ "environment": environment.as_str(), "secret_id": id });
    record(connection, actor, action, app_id, None, after).await?;
    registry::append_for_environment(
        connection,
        RegistryEventKind::SecretIssued,
        app_id,
        environment,
    )
    .await?;
    Ok(IssuedSecret {
        app_id: app_id.to_string(),
        environment,
        client_id: client.client_id,
        client_secret: secret,
    })
}

/// Returns the app's client secrets that wait to be shown, and erases their sealed copies
/// in the same transaction, so each is shown once. `account` must be able to edit the app.
/// A production secret keeps waiting while the account has not accepted the current
/// developer agreement.
pub async fn take_sealed_secrets(
    db: &DatabaseConnection,
    key: &CredentialKey,
    account: &account::Model,
    app_id: Uuid,
) -> Result<Vec<IssuedSecret>, AppError> {
    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let environments = match agreement::pending_version(&transaction, account.id).await? {
        Some(_) => vec![Environment::Sandbox.as_str()],
        None => vec![
            Environment::Sandbox.as_str(),
            Environment::Production.as_str(),
        ],
    };
    let sealed =
        client_secrets::take_sealed(&transaction, app.id, &environments, Utc::now()).await?;
    if sealed.is_empty() {
        return Ok(Vec::new());
    }

    let clients = app_clients::list_for_apps(&transaction, vec![app.id]).await?;
    let mut shown = Vec::with_capacity(sealed.len());
    for secret in sealed {
        let environment = Environment::parse(&secret.environment).ok_or(AppError::Internal)?;
        let client = clients
            .iter()
            .find(|client| client.environment == secret.environment)
            .ok_or(AppError::Internal)?;
        let value = secret
            .sealed_secret
            .as_deref()
            .and_then(|sealed| sealed_secret::open(key, secret.id, sealed));
        let Some(value) = value else {
            tracing::error!(secret.id = %secret.id, "a sealed client secret does not open under the credential key");
            continue;
        };

        let after = json!({ "environment": environment.as_str(), "secret_id": secret.id });
        record(
            &transaction,
            account.id,
            "client_secret.shown",
            app.id,
            None,
            after,
        )
        .await?;
        shown.push(IssuedSecret {
            app_id: app.id.to_string(),
            environment,
            client_id: client.client_id.clone(),
            client_secret: value,
        });
    }

    transaction.commit().await?;
    Ok(shown)
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
        registry::append_for_environment(
            connection,
            RegistryEventKind::SecretRevoked,
            app_id,
            environment,
        )
        .await?;
    }
    Ok(revoked)
}
