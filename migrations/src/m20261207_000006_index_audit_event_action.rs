use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The transparency statistics read the decision events of the last year by action and
/// time; this index spares them a scan of the whole audit trail.
#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Action,
    OccurredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("audit_event_action_occurred_at")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::Action)
                    .col(AuditEvent::OccurredAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("audit_event_action_occurred_at")
                    .table(AuditEvent::Table)
                    .to_owned(),
            )
            .await
    }
}
