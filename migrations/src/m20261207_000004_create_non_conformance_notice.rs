use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261206_000001_create_app::App;
use crate::m20261207_000003_create_submission::Submission;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A Notice of Non-Conformance: the immutable, numbered and dated answer to a submission
/// that did not meet every criterion. Rows are never updated or deleted.
#[derive(DeriveIden)]
enum NonConformanceNotice {
    Table,
    Id,
    /// Counts up across every notice, starting at 1; shown as NNC-YYYY-NNNN.
    Number,
    SubmissionId,
    AppId,
    IssuedBy,
    IssuedAt,
    /// Each unmet criterion with its finding and what would meet it.
    Findings,
    /// The business days within which a resubmission is answered.
    ResubmissionBusinessDays,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use NonConformanceNotice as N;

        manager
            .create_table(
                Table::create()
                    .table(N::Table)
                    .col(ColumnDef::new(N::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(N::Number).integer().not_null().unique_key())
                    .col(
                        ColumnDef::new(N::SubmissionId)
                            .uuid()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(N::AppId).uuid().not_null())
                    .col(ColumnDef::new(N::IssuedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(N::IssuedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(N::Findings).json().not_null())
                    .col(
                        ColumnDef::new(N::ResubmissionBusinessDays)
                            .integer()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("notice_submission")
                            .from(N::Table, N::SubmissionId)
                            .to(Submission::Table, Submission::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("notice_app")
                            .from(N::Table, N::AppId)
                            .to(App::Table, App::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("notice_issued_by")
                            .from(N::Table, N::IssuedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NonConformanceNotice::Table).to_owned())
            .await
    }
}
