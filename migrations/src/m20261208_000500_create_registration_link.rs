use sea_orm_migration::prelude::*;

use crate::m20261204_000003_create_clinic::Clinic;
use crate::m20261204_000004_create_account::Account;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The single-use links a clinic administrator gives a developer to register a
/// system-to-system (B2B) app with that clinic. Only the keyed hash of the link's token is
/// stored. A link works until `expires_at`, unless it was used or revoked before.
#[derive(DeriveIden)]
enum RegistrationLink {
    Table,
    Id,
    ClinicId,
    Label,
    TokenHash,
    ExpiresAt,
    CreatedBy,
    CreatedAt,
    UsedAt,
    UsedByAppId,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use RegistrationLink as L;

        manager
            .create_table(
                Table::create()
                    .table(L::Table)
                    .col(ColumnDef::new(L::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(L::ClinicId).uuid().not_null())
                    .col(ColumnDef::new(L::Label).text().not_null())
                    .col(
                        ColumnDef::new(L::TokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(L::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(L::CreatedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(L::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(L::UsedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(L::UsedByAppId).uuid().null())
                    .col(
                        ColumnDef::new(L::RevokedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("registration_link_clinic")
                            .from(L::Table, L::ClinicId)
                            .to(Clinic::Table, Clinic::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("registration_link_created_by")
                            .from(L::Table, L::CreatedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("registration_link_clinic_id")
                    .table(L::Table)
                    .col(L::ClinicId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RegistrationLink::Table).to_owned())
            .await
    }
}
