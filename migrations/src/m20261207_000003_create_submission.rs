use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261206_000001_create_app::App;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// One submission of an app for review: an immutable snapshot of the registration and of
/// the developer's identity profile, with its receipt time and due date. Only the claim,
/// the status and the decision change after it is received.
#[derive(DeriveIden)]
pub enum Submission {
    Table,
    Id,
    AppId,
    /// 1 for an app's first submission, then counting up.
    Number,
    SubmittedBy,
    /// `first`, `resubmission` (answering a notice) or `change` (to an approved app).
    Kind,
    Status,
    Snapshot,
    Prechecks,
    ReceivedAt,
    /// The business day the clock counts from.
    ClockStart,
    DueDate,
    BusinessDays,
    ClaimedBy,
    ClaimedAt,
    DecidedBy,
    DecidedAt,
    /// The criteria results of the decision.
    Decision,
    WithdrawnAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use Submission as S;

        let timestamp = |column: S| {
            ColumnDef::new(column)
                .timestamp_with_time_zone()
                .null()
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(ColumnDef::new(S::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(S::AppId).uuid().not_null())
                    .col(ColumnDef::new(S::Number).integer().not_null())
                    .col(ColumnDef::new(S::SubmittedBy).uuid().not_null())
                    .col(ColumnDef::new(S::Kind).string().not_null())
                    .col(ColumnDef::new(S::Status).string().not_null())
                    .col(ColumnDef::new(S::Snapshot).json().not_null())
                    .col(ColumnDef::new(S::Prechecks).json().not_null())
                    .col(
                        ColumnDef::new(S::ReceivedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(S::ClockStart).date().not_null())
                    .col(ColumnDef::new(S::DueDate).date().not_null())
                    .col(ColumnDef::new(S::BusinessDays).integer().not_null())
                    .col(ColumnDef::new(S::ClaimedBy).uuid().null())
                    .col(timestamp(S::ClaimedAt))
                    .col(ColumnDef::new(S::DecidedBy).uuid().null())
                    .col(timestamp(S::DecidedAt))
                    .col(ColumnDef::new(S::Decision).json().null())
                    .col(timestamp(S::WithdrawnAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("submission_app")
                            .from(S::Table, S::AppId)
                            .to(App::Table, App::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("submission_submitted_by")
                            .from(S::Table, S::SubmittedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("submission_claimed_by")
                            .from(S::Table, S::ClaimedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("submission_decided_by")
                            .from(S::Table, S::DecidedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("submission_app_number")
                    .table(S::Table)
                    .col(S::AppId)
                    .col(S::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("submission_status_due_date")
                    .table(S::Table)
                    .col(S::Status)
                    .col(S::DueDate)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Submission::Table).to_owned())
            .await
    }
}
