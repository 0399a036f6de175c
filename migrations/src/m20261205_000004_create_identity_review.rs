use sea_orm_migration::prelude::*;

use crate::m20261205_000001_create_developer_profile::DeveloperProfile;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The history of each part of a developer profile: a row whenever the part changes
/// (pending) and whenever a reviewer decides it (verified or rejected, with the reason).
/// `summary` is what the part held at that moment; the newest row is the part's status.
#[derive(DeriveIden)]
enum IdentityReview {
    Table,
    Id,
    ProfileId,
    Part,
    Status,
    Summary,
    Reason,
    ReviewerAccountId,
    RecordedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use IdentityReview as R;

        manager
            .create_table(
                Table::create()
                    .table(R::Table)
                    .col(ColumnDef::new(R::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(R::ProfileId).uuid().not_null())
                    .col(ColumnDef::new(R::Part).string().not_null())
                    .col(ColumnDef::new(R::Status).string().not_null())
                    .col(ColumnDef::new(R::Summary).text().not_null())
                    .col(ColumnDef::new(R::Reason).text().null())
                    .col(ColumnDef::new(R::ReviewerAccountId).uuid().null())
                    .col(
                        ColumnDef::new(R::RecordedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("identity_review_profile")
                            .from(R::Table, R::ProfileId)
                            .to(DeveloperProfile::Table, DeveloperProfile::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("identity_review_profile_part")
                    .table(R::Table)
                    .col(R::ProfileId)
                    .col(R::Part)
                    .col(R::RecordedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdentityReview::Table).to_owned())
            .await
    }
}
