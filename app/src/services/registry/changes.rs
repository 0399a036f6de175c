//! The change feed as the OAuth server reads it, and the appenders the other services call
//! in the transaction of each change.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::registry_events::{self, NewRegistryEvent};
use crate::db::{app_clients, entities::registry_event};
use crate::domain::environment::Environment;
use crate::domain::registry::feed::FeedWindow;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::error::AppError;

/// One change. `id` is the cursor: pass the last one seen as `after`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct ChangeEvent {
    pub id: i64,
    pub kind: RegistryEventKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub app_id: Option<Uuid>,
    /// The client the change concerns; absent when it concerns no single client.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clinic_id: Option<Uuid>,
    pub occurred_at: DateTime<Utc>,
}

/// A page of the feed, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct ChangePage {
    pub events: Vec<ChangeEvent>,
    /// The cursor for the next request: the last event's ID, or the request's `after` when
    /// the page is empty.
    pub next_after: i64,
}

/// Lists the changes in `window`.
pub async fn list_changes<C: ConnectionTrait>(
    connection: &C,
    window: FeedWindow,
) -> Result<ChangePage, AppError> {
    let rows = registry_events::list_after(connection, window.after, window.limit).await?;
    let next_after = rows.last().map_or(window.after, |row| row.id);

    let events = rows
        .into_iter()
        .map(change_event)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ChangePage { events, next_after })
}

fn change_event(row: registry_event::Model) -> Result<ChangeEvent, AppError> {
    let kind = RegistryEventKind::parse(&row.kind).ok_or_else(|| {
        tracing::error!(event.id = row.id, kind = %row.kind, "a registry event has an unknown kind");
        AppError::Internal
    })?;

    Ok(ChangeEvent {
        id: row.id,
        kind,
        app_id: row.app_id,
        client_id: row.client_id,
        clinic_id: row.clinic_id,
        occurred_at: row.occurred_at,
    })
}

/// Appends `kind` for the app's client in `environment`; without such a client the event
/// names the app alone.
pub async fn append_for_environment<C: ConnectionTrait>(
    connection: &C,
    kind: RegistryEventKind,
    app_id: Uuid,
    environment: Environment,
) -> Result<(), AppError> {
    let client = app_clients::find(connection, app_id, environment).await?;
    append_for_client(
        connection,
        kind,
        app_id,
        client.map(|client| client.client_id),
    )
    .await
}

/// Appends `kind` once for each of the app's clients, oldest first.
pub async fn append_for_app_clients<C: ConnectionTrait>(
    connection: &C,
    kind: RegistryEventKind,
    app_id: Uuid,
) -> Result<(), AppError> {
    for client in app_clients::list_for_apps(connection, vec![app_id]).await? {
        append_for_client(connection, kind, app_id, Some(client.client_id)).await?;
    }
    Ok(())
}

/// Appends `kind` for the app's client `client_id`.
pub async fn append_for_client<C: ConnectionTrait>(
    connection: &C,
    kind: RegistryEventKind,
    app_id: Uuid,
    client_id: Option<String>,
) -> Result<(), AppError> {
    let event = NewRegistryEvent {
        kind,
        app_id: Some(app_id),
        client_id,
        clinic_id: None,
    };
    registry_events::append(connection, event).await?;
    Ok(())
}
