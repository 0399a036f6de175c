//! Rotation and revocation of a client secret by the app's developers, in either
//! environment. Rotation keeps the previous secret valid for a grace period the developer
//! picks. Every change is audited, appended to the registry change feed and e-mailed to the
//! app's developers in the transaction that makes it.

use chrono::{Duration, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::access::load_for_editor;
use super::registration::record;
use super::secrets::revoke_secrets;
use crate::db::entities::{account, app};
use crate::db::registry_events::{self, NewRegistryEvent};
use crate::db::{app_clients, begin_write, client_secrets};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::domain::grace_period::GracePeriod;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::{CredentialChange, CredentialChanged};
use crate::error::AppError;
use crate::models::apps::IssuedSecret;
use crate::services::credentials::{generate_client_secret, hash_client_secret, CredentialKey};
use crate::services::identity::display_time;
use crate::services::review::send_to_developers;

/// Issues a new client secret for the app's client in `environment` and returns it, once.
/// The previous secrets stay valid for `grace`, or stop at once when it is 0 days. For a
/// client without a valid secret this issues its first one.
pub async fn rotate_secret(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    account: &account::Model,
    app_id: Uuid,
    environment: Environment,
    grace: GracePeriod,
) -> Result<IssuedSecret, AppError> {
    let now = Utc::now();

    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let client_id = secret_client(&transaction, &app, environment).await?;

    let (replaced, previous_valid_until) = match grace.days() {
        0 => {
            let revoked =
                client_secrets::revoke_all(&transaction, app.id, environment, now).await?;
            (revoked, None)
        }
        days => {
            let ends_at = now + Duration::days(i64::from(days));
            let changed =
                client_secrets::end_validity_at(&transaction, app.id, environment, ends_at).await?;
            (changed, (changed > 0).then_some(ends_at))
        }
    };

    let id = Uuid::new_v4();
    let secret = generate_client_secret();
    let hash = hash_client_secret(key, &secret);
    client_secrets::insert(&transaction, id, app.id, environment, hash, None).await?;

    let after = json!({
        "environment": environment.as_str(),
        "secret_id": id,
        "grace_days": grace.days(),
        "previous_valid_until": previous_valid_until,
    });
    // A client without a previous secret gets its first one, which is an issue.
    let (action, change) = match replaced {
        0 => ("client_secret.issued", CredentialChange::Issued),
        _ => (
            "client_secret.rotated",
            CredentialChange::Rotated {
                previous_valid_until: previous_valid_until.map(display_time),
            },
        ),
    };
    record(&transaction, account.id, action, app.id, None, after).await?;
    announce(
        &transaction,
        public_url,
        account,
        &app,
        environment,
        &client_id,
        change,
    )
    .await?;

    transaction.commit().await?;
    Ok(IssuedSecret {
        app_id: app.id.to_string(),
        environment,
        client_id,
        client_secret: secret,
    })
}

/// Revokes every client secret of the app in `environment` at once, grace periods
/// included. The client keeps its client ID.
pub async fn revoke_secret(
    db: &DatabaseConnection,
    public_url: &Url,
    account: &account::Model,
    app_id: Uuid,
    environment: Environment,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let client_id = secret_client(&transaction, &app, environment).await?;

    let revoked = revoke_secrets(&transaction, account.id, app.id, environment, None).await?;
    if revoked == 0 {
        return Err(AppError::BadRequest(format!(
            "this app has no {} client secret to revoke.",
            environment.as_str()
        )));
    }
    let change = CredentialChange::Revoked;
    announce(
        &transaction,
        public_url,
        account,
        &app,
        environment,
        &client_id,
        change,
    )
    .await?;

    transaction.commit().await?;
    Ok(())
}

/// Returns the client ID of the app's client in `environment`, which must exist and
/// authenticate with a client secret.
async fn secret_client<C: ConnectionTrait>(
    connection: &C,
    app: &app::Model,
    environment: Environment,
) -> Result<String, AppError> {
    if app.token_endpoint_auth_method != TokenEndpointAuthMethod::ClientSecretBasic.as_str() {
        return Err(AppError::BadRequest(
            "only an app that authenticates with client_secret_basic has a client secret."
                .to_owned(),
        ));
    }

    match app_clients::find(connection, app.id, environment).await? {
        Some(client) => Ok(client.client_id),
        None => Err(AppError::BadRequest(format!(
            "this app has no {} client yet. Production credentials are issued on approval.",
            environment.as_str()
        ))),
    }
}

/// Appends an issue or rotation to the registry change feed and e-mails the app's
/// developers.
async fn announce<C: ConnectionTrait>(
    connection: &C,
    public_url: &Url,
    actor: &account::Model,
    app: &app::Model,
    environment: Environment,
    client_id: &str,
    change: CredentialChange,
) -> Result<(), AppError> {
    // A revocation went through `revoke_secrets`, which appended its event already.
    let kind = match &change {
        CredentialChange::Issued => Some(RegistryEventKind::SecretIssued),
        CredentialChange::Rotated { .. } => Some(RegistryEventKind::SecretRotated),
        CredentialChange::Revoked => None,
    };
    if let Some(kind) = kind {
        let event = NewRegistryEvent {
            kind,
            app_id: Some(app.id),
            client_id: Some(client_id.to_owned()),
            clinic_id: None,
        };
        registry_events::append(connection, event).await?;
    }
    notify(
        connection,
        public_url,
        actor,
        app,
        environment,
        client_id,
        change,
    )
    .await
}

/// E-mails the app's developers about a change to a client secret.
pub(super) async fn notify<C: ConnectionTrait>(
    connection: &C,
    public_url: &Url,
    actor: &account::Model,
    app: &app::Model,
    environment: Environment,
    client_id: &str,
    change: CredentialChange,
) -> Result<(), AppError> {
    let template = CredentialChanged {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        environment: environment.label().to_owned(),
        client_id: client_id.to_owned(),
        change,
        actor: actor.display_name.clone(),
    };
    send_to_developers(connection, public_url, app, Some(actor.id), &template).await
}
