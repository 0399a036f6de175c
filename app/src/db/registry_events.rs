//! The registry change feed: append in the transaction of the change, read after a cursor.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use uuid::Uuid;

use super::entities::registry_event;
use crate::domain::registry_event_kind::RegistryEventKind;

/// A change to append: the app, its client ID when the change concerns one client, and the clinic
/// when the change is a clinic's.
#[derive(Clone, Debug)]
pub struct NewRegistryEvent {
    pub kind: RegistryEventKind,
    pub app_id: Option<Uuid>,
    pub client_id: Option<String>,
    pub clinic_id: Option<Uuid>,
}

/// Appends an event. Pass the transaction that makes the change.
///
/// On PostgreSQL two transactions could take IDs 7 and 8 and commit 8 first; a reader that
/// saw 8 would then skip 7 for good. The exclusive table lock makes appending transactions
/// take turns, so IDs become visible in order. SQLite has one writer at a time already.
pub async fn append<C: ConnectionTrait>(
    connection: &C,
    event: NewRegistryEvent,
) -> Result<registry_event::Model, DbErr> {
    if connection.get_database_backend() == DbBackend::Postgres {
        connection
            .execute_unprepared("LOCK TABLE registry_event IN EXCLUSIVE MODE")
            .await?;
    }

    registry_event::ActiveModel {
        kind: Set(event.kind.as_str().to_owned()),
        app_id: Set(event.app_id),
        client_id: Set(event.client_id),
        clinic_id: Set(event.clinic_id),
        occurred_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(connection)
    .await
}

/// Lists up to `limit` events with an ID greater than `after`, oldest first.
pub async fn list_after<C: ConnectionTrait>(
    connection: &C,
    after: i64,
    limit: u64,
) -> Result<Vec<registry_event::Model>, DbErr> {
    registry_event::Entity::find()
        .filter(registry_event::Column::Id.gt(after))
        .order_by_asc(registry_event::Column::Id)
        .limit(limit)
        .all(connection)
        .await
}
