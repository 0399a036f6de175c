use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A clinic is one PHI Provider: a tenant whose administrators decide which apps reach
/// its patients and staff.
#[derive(DeriveIden)]
pub enum Clinic {
    Table,
    Id,
    Name,
    Address,
    Npi,
    TimeZone,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Clinic::Table)
                    .col(ColumnDef::new(Clinic::Id).uuid().not_null().primary_key())
                    .col(
                        ColumnDef::new(Clinic::Name)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(Clinic::Address).text().not_null())
                    .col(ColumnDef::new(Clinic::Npi).string().null())
                    .col(ColumnDef::new(Clinic::TimeZone).string().not_null())
                    .col(
                        ColumnDef::new(Clinic::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Clinic::Table).to_owned())
            .await
    }
}
