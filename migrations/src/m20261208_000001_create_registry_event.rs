use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The registry change feed: one row per change the OAuth server must learn of. The
/// auto-increment ID is the feed's cursor, and writers take a lock before they append, so
/// rows become visible in ID order.
#[derive(DeriveIden)]
enum RegistryEvent {
    Table,
    Id,
    Kind,
    AppId,
    ClientId,
    ClinicId,
    OccurredAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use RegistryEvent as E;

        manager
            .create_table(
                Table::create()
                    .table(E::Table)
                    .col(
                        ColumnDef::new(E::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(E::Kind).text().not_null())
                    .col(ColumnDef::new(E::AppId).uuid().null())
                    .col(ColumnDef::new(E::ClientId).text().null())
                    .col(ColumnDef::new(E::ClinicId).uuid().null())
                    .col(
                        ColumnDef::new(E::OccurredAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(RegistryEvent::Table).to_owned())
            .await
    }
}
