use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261205_000001_create_developer_profile::DeveloperProfile;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The accounts that work for a developer profile: its owner, and for an organization the
/// developers the owner invited. An account works for at most one profile.
#[derive(DeriveIden)]
enum DeveloperMember {
    Table,
    Id,
    ProfileId,
    AccountId,
    Role,
    JoinedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use DeveloperMember as M;

        manager
            .create_table(
                Table::create()
                    .table(M::Table)
                    .col(ColumnDef::new(M::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(M::ProfileId).uuid().not_null())
                    .col(ColumnDef::new(M::AccountId).uuid().not_null().unique_key())
                    .col(ColumnDef::new(M::Role).string().not_null())
                    .col(
                        ColumnDef::new(M::JoinedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("developer_member_profile")
                            .from(M::Table, M::ProfileId)
                            .to(DeveloperProfile::Table, DeveloperProfile::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("developer_member_account")
                            .from(M::Table, M::AccountId)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeveloperMember::Table).to_owned())
            .await
    }
}
