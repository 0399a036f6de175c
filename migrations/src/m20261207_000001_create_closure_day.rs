use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A closure day: a weekday a platform administrator made a non-business day of the
/// verification clock, such as a vendor shutdown or an office closure by executive order.
#[derive(DeriveIden)]
enum ClosureDay {
    Table,
    Date,
    Reason,
    CreatedBy,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ClosureDay as C;

        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    // One row per day, so the key rejects a second closure on the same date.
                    .col(ColumnDef::new(C::Date).date().not_null().primary_key())
                    .col(ColumnDef::new(C::Reason).text().not_null())
                    .col(ColumnDef::new(C::CreatedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(C::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("closure_day_creator")
                            .from(C::Table, C::CreatedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ClosureDay::Table).to_owned())
            .await
    }
}
