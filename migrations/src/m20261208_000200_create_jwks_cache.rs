use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The JWKS documents fetched from registered JWKS URLs, one row per URL. `body` is the last
/// document that passed the key set checks, kept when a later fetch fails; `expires_at` is
/// when it must be fetched again, from the response's caching headers; `last_error`
/// describes the latest failed fetch, and is cleared by a successful one.
#[derive(DeriveIden)]
enum JwksCache {
    Table,
    Url,
    Body,
    FetchedAt,
    ExpiresAt,
    LastError,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use JwksCache as C;

        manager
            .create_table(
                Table::create()
                    .table(C::Table)
                    .col(ColumnDef::new(C::Url).text().not_null().primary_key())
                    .col(ColumnDef::new(C::Body).text().null())
                    .col(
                        ColumnDef::new(C::FetchedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(C::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(C::LastError).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(JwksCache::Table).to_owned())
            .await
    }
}
