use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A client secret issued without being shown keeps its value sealed under the server's
/// credential key in `sealed_secret` until its developer first opens the app's page; the
/// column is cleared in the transaction that shows it.
#[derive(DeriveIden)]
enum ClientSecret {
    Table,
    SealedSecret,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ClientSecret::Table)
                    .add_column(ColumnDef::new(ClientSecret::SealedSecret).text().null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ClientSecret::Table)
                    .drop_column(ClientSecret::SealedSecret)
                    .to_owned(),
            )
            .await
    }
}
