use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The clinic whose registration link a system-to-system (B2B) app came through. Its
/// production credentials are valid at that clinic only. `NULL` for every other app.
#[derive(DeriveIden)]
enum App {
    Table,
    ClinicId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite cannot add a foreign key to an existing table, so the services check the
        // clinic exists when they set it.
        manager
            .alter_table(
                Table::alter()
                    .table(App::Table)
                    .add_column(ColumnDef::new(App::ClinicId).uuid().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(App::Table)
                    .drop_column(App::ClinicId)
                    .to_owned(),
            )
            .await
    }
}
