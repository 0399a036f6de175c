use sea_orm_migration::prelude::*;

use crate::m20261204_000003_create_clinic::Clinic;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
pub enum Account {
    Table,
    Id,
    Email,
    DisplayName,
    PasswordHash,
    Role,
    ClinicId,
    EmailVerifiedAt,
    CreatedAt,
    PasswordChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .col(ColumnDef::new(Account::Id).uuid().not_null().primary_key())
                    // Stored lowercased, so the unique key is case-insensitive.
                    .col(
                        ColumnDef::new(Account::Email)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Account::DisplayName).string().not_null())
                    // NULL until an invited account sets its password.
                    .col(ColumnDef::new(Account::PasswordHash).string().null())
                    .col(ColumnDef::new(Account::Role).string().not_null())
                    .col(ColumnDef::new(Account::ClinicId).uuid().null())
                    .col(
                        ColumnDef::new(Account::EmailVerifiedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(Account::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Account::PasswordChangedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("account_clinic")
                            .from(Account::Table, Account::ClinicId)
                            .to(Clinic::Table, Clinic::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Account::Table).to_owned())
            .await
    }
}
