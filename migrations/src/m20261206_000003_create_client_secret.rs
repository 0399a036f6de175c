use sea_orm_migration::prelude::*;

use crate::m20261206_000001_create_app::App;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The client secrets issued to an app in one environment, stored only as the hex
/// HMAC-SHA-256 of the secret under the server's credential key. A secret is valid until
/// `revoked_at`, and until `expires_at` when that is set.
#[derive(DeriveIden)]
enum ClientSecret {
    Table,
    Id,
    AppId,
    Environment,
    SecretHash,
    CreatedAt,
    RevokedAt,
    ExpiresAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use ClientSecret as S;

        manager
            .create_table(
                Table::create()
                    .table(S::Table)
                    .col(ColumnDef::new(S::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(S::AppId).uuid().not_null())
                    .col(ColumnDef::new(S::Environment).string().not_null())
                    .col(
                        ColumnDef::new(S::SecretHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(S::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(S::RevokedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(
                        ColumnDef::new(S::ExpiresAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("client_secret_app")
                            .from(S::Table, S::AppId)
                            .to(App::Table, App::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("client_secret_app_environment")
                    .table(S::Table)
                    .col(S::AppId)
                    .col(S::Environment)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ClientSecret::Table).to_owned())
            .await
    }
}
