use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The reason a reviewer gave for suspending an approved app; cleared when it is restored.
/// The audit trail keeps every suspension and restoration.
#[derive(DeriveIden)]
enum App {
    Table,
    SuspensionReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(App::Table)
                    .add_column(ColumnDef::new(App::SuspensionReason).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(App::Table)
                    .drop_column(App::SuspensionReason)
                    .to_owned(),
            )
            .await
    }
}
