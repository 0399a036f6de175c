use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::Value;
use uuid::Uuid;

use super::entities::audit_event;

/// Who caused a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Account(Uuid),
    System,
    Cli,
}

impl Actor {
    fn kind(self) -> &'static str {
        match self {
            Actor::Account(_) => "account",
            Actor::System => "system",
            Actor::Cli => "cli",
        }
    }

    fn account_id(self) -> Option<Uuid> {
        match self {
            Actor::Account(id) => Some(id),
            Actor::System | Actor::Cli => None,
        }
    }
}

/// A state change to record, built by the service that makes the change.
#[derive(Clone, Debug)]
pub struct AuditEntry {
    pub actor: Actor,
    pub action: &'static str,
    pub subject_type: &'static str,
    pub subject_id: String,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

/// Appends an audit event. Pass the transaction that makes the change, so the event and the
/// change commit or roll back together.
pub async fn record<C: ConnectionTrait>(
    connection: &C,
    entry: AuditEntry,
) -> Result<audit_event::Model, DbErr> {
    audit_event::ActiveModel {
        id: Set(Uuid::new_v4()),
        occurred_at: Set(Utc::now()),
        actor_account_id: Set(entry.actor.account_id()),
        actor_kind: Set(entry.actor.kind().to_owned()),
        action: Set(entry.action.to_owned()),
        subject_type: Set(entry.subject_type.to_owned()),
        subject_id: Set(entry.subject_id),
        before: Set(entry.before),
        after: Set(entry.after),
    }
    .insert(connection)
    .await
}

/// Lists the events recorded about one subject, oldest first.
pub async fn list_for_subject<C: ConnectionTrait>(
    connection: &C,
    subject_type: &str,
    subject_id: &str,
) -> Result<Vec<audit_event::Model>, DbErr> {
    audit_event::Entity::find()
        .filter(audit_event::Column::SubjectType.eq(subject_type))
        .filter(audit_event::Column::SubjectId.eq(subject_id))
        .order_by_asc(audit_event::Column::OccurredAt)
        .all(connection)
        .await
}
