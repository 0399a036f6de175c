use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An API change notice published by a platform administrator.
#[derive(DeriveIden)]
enum ChangeNotice {
    Table,
    Id,
    Title,
    Body,
    EffectiveOn,
    PublishedBy,
    PublishedAt,
}

/// A developer who unsubscribed from change notice e-mails.
#[derive(DeriveIden)]
enum ChangeNoticeOptOut {
    Table,
    AccountId,
    OptedOutAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ChangeNotice as N;
        use ChangeNoticeOptOut as O;

        manager
            .create_table(
                Table::create()
                    .table(N::Table)
                    .col(ColumnDef::new(N::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(N::Title).text().not_null())
                    .col(ColumnDef::new(N::Body).text().not_null())
                    .col(ColumnDef::new(N::EffectiveOn).date().not_null())
                    .col(ColumnDef::new(N::PublishedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(N::PublishedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("change_notice_publisher")
                            .from(N::Table, N::PublishedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(O::Table)
                    .col(ColumnDef::new(O::AccountId).uuid().not_null().primary_key())
                    .col(
                        ColumnDef::new(O::OptedOutAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("change_notice_opt_out_account")
                            .from(O::Table, O::AccountId)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ChangeNoticeOptOut::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ChangeNotice::Table).to_owned())
            .await
    }
}
