//! The effects of an approval besides the submission: the app's status, its production
//! client and, for a client that authenticates with a secret, a production client secret.

use chrono::Utc;
use sea_orm::ConnectionTrait;
use url::Url;
use uuid::Uuid;

use super::emails::send_to_developers;
use crate::db::entities::app;
use crate::db::{app_clients, app_statuses, client_secrets};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::AppApproved;
use crate::error::AppError;
use crate::services::apps::{issue_secret, Delivery};
use crate::services::credentials::{generate_client_id, CredentialKey};
use crate::services::registry;

/// Marks the app approved, gives it a production client (keeping the one an earlier
/// approval created), issues a production secret sealed until the developer's next visit
/// when the app needs one and has none, and e-mails the developers.
/// `approver` is the reviewer, or the clinic administrator of a B2B app, and `submitted_by`
/// the developer who submitted it.
pub(crate) async fn approve<C: ConnectionTrait>(
    connection: &C,
    key: &CredentialKey,
    public_url: &Url,
    approver: Uuid,
    submitted_by: Uuid,
    app: app::Model,
) -> Result<(), AppError> {
    let app = app_statuses::set_status(connection, app, AppStatus::Approved, None).await?;

    let environment = Environment::Production;
    let client = match app_clients::find(connection, app.id, environment).await? {
        Some(client) => client,
        None => app_clients::insert(connection, app.id, environment, generate_client_id()).await?,
    };

    let approved = RegistryEventKind::ClientApproved;
    let client_id = Some(client.client_id.clone());
    registry::append_for_client(connection, approved, app.id, client_id).await?;

    let uses_secret =
        app.token_endpoint_auth_method == TokenEndpointAuthMethod::ClientSecretBasic.as_str();
    let has_secret = !client_secrets::list_valid(connection, app.id, environment, Utc::now())
        .await?
        .is_empty();
    let secret_waiting = uses_secret && !has_secret;
    if secret_waiting {
        issue_secret(
            connection,
            key,
            approver,
            app.id,
            environment,
            Delivery::NextVisit,
        )
        .await?;
    }

    let template = AppApproved {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        production_client_id: client.client_id,
        secret_waiting,
    };
    send_to_developers(connection, public_url, &app, Some(submitted_by), &template).await
}
