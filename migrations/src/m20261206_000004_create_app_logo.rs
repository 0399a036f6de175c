use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261206_000001_create_app::App;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An app's current logo, checked by content when it was uploaded. The bytes live in the
/// database, so every portal process sharing it serves the same logo.
#[derive(DeriveIden)]
enum AppLogo {
    Table,
    AppId,
    ContentType,
    SizeBytes,
    Sha256,
    Content,
    UploadedBy,
    UploadedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use AppLogo as L;

        manager
            .create_table(
                Table::create()
                    .table(L::Table)
                    .col(ColumnDef::new(L::AppId).uuid().not_null().primary_key())
                    .col(ColumnDef::new(L::ContentType).string().not_null())
                    .col(ColumnDef::new(L::SizeBytes).big_integer().not_null())
                    .col(ColumnDef::new(L::Sha256).string().not_null())
                    .col(ColumnDef::new(L::Content).blob().not_null())
                    .col(ColumnDef::new(L::UploadedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(L::UploadedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("app_logo_app")
                            .from(L::Table, L::AppId)
                            .to(App::Table, App::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("app_logo_uploader")
                            .from(L::Table, L::UploadedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AppLogo::Table).to_owned())
            .await
    }
}
