use sea_orm_migration::prelude::*;

use crate::m20261206_000001_create_app::App;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An app's OAuth client in one environment. The client ID is unique across every app and
/// environment, and rows are never deleted, so an ID is never issued twice.
#[derive(DeriveIden)]
enum AppClient {
    Table,
    Id,
    AppId,
    Environment,
    ClientId,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use AppClient as C;

        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(ColumnDef::new(C::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(C::AppId).uuid().not_null())
                    .col(ColumnDef::new(C::Environment).string().not_null())
                    .col(ColumnDef::new(C::ClientId).string().not_null().unique_key())
                    .col(
                        ColumnDef::new(C::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("app_client_app")
                            .from(C::Table, C::AppId)
                            .to(App::Table, App::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("app_client_app_environment")
                    .table(C::Table)
                    .col(C::AppId)
                    .col(C::Environment)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AppClient::Table).to_owned())
            .await
    }
}
