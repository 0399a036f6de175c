use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum AuditEvent {
    Table,
    Id,
    OccurredAt,
    ActorAccountId,
    ActorKind,
    Action,
    SubjectType,
    SubjectId,
    Before,
    After,
}

/// Triggers that make the table append-only: the database itself rejects an update or a
/// delete, whatever code issues it.
const SQLITE_TRIGGERS: [&str; 2] = [
    "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event \
     BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
    "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event \
     BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END",
];

const POSTGRES_TRIGGERS: [&str; 2] = [
    "CREATE FUNCTION audit_event_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$ \
     BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$",
    "CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event \
     FOR EACH ROW EXECUTE FUNCTION audit_event_reject_change()",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(AuditEvent::Table)
                    .col(
                        ColumnDef::new(AuditEvent::Id)
                            .uuid()
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(AuditEvent::OccurredAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(AuditEvent::ActorAccountId).uuid().null())
                    .col(ColumnDef::new(AuditEvent::ActorKind).string().not_null())
                    .col(ColumnDef::new(AuditEvent::Action).string().not_null())
                    .col(ColumnDef::new(AuditEvent::SubjectType).string().not_null())
                    .col(ColumnDef::new(AuditEvent::SubjectId).string().not_null())
                    .col(ColumnDef::new(AuditEvent::Before).json().null())
                    .col(ColumnDef::new(AuditEvent::After).json().null())
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("audit_event_subject")
                    .table(AuditEvent::Table)
                    .col(AuditEvent::SubjectType)
                    .col(AuditEvent::SubjectId)
                    .col(AuditEvent::OccurredAt)
                    .to_owned(),
            )
            .await?;

        let connection = manager.get_connection();
        let triggers = match connection.get_database_backend() {
            DbBackend::Sqlite => SQLITE_TRIGGERS,
            DbBackend::Postgres => POSTGRES_TRIGGERS,
            DbBackend::MySql => {
                return Err(DbErr::Migration("MySQL is not supported".to_owned()));
            }
        };
        for statement in triggers {
            connection.execute_unprepared(statement).await?;
        }

        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AuditEvent::Table).to_owned())
            .await?;

        let connection = manager.get_connection();
        if connection.get_database_backend() == DbBackend::Postgres {
            connection
                .execute_unprepared("DROP FUNCTION audit_event_reject_change()")
                .await?;
        }

        Ok(())
    }
}
