use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Who stands behind a developer's apps: an organization or an individual, with the
/// details a reviewer verifies. Documents and decisions live in their own tables.
#[derive(DeriveIden)]
pub enum DeveloperProfile {
    Table,
    Id,
    OwnerAccountId,
    Pathway,
    LegalName,
    DoingBusinessAs,
    AddressLine1,
    AddressLine2,
    City,
    Region,
    PostalCode,
    Country,
    ContactName,
    ContactEmail,
    ContactPhone,
    Ein,
    StateRegistrationNumber,
    RegistrationState,
    IdDocumentType,
    IdIssuer,
    IdExpiresOn,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use DeveloperProfile as P;

        let optional = [
            P::DoingBusinessAs,
            P::AddressLine2,
            P::ContactName,
            P::ContactEmail,
            P::ContactPhone,
            P::Ein,
            P::StateRegistrationNumber,
            P::RegistrationState,
            P::IdDocumentType,
            P::IdIssuer,
        ];
        let required = [
            P::Pathway,
            P::LegalName,
            P::AddressLine1,
            P::City,
            P::Region,
            P::PostalCode,
            P::Country,
        ];

        let mut table = Table::create();
        table
            .table(P::Table)
            .col(ColumnDef::new(P::Id).uuid().not_null().primary_key())
            .col(
                ColumnDef::new(P::OwnerAccountId)
                    .uuid()
                    .not_null()
                    .unique_key(),
            );
        for column in required {
            table.col(ColumnDef::new(column).string().not_null());
        }
        for column in optional {
            table.col(ColumnDef::new(column).string().null());
        }
        table
            .col(ColumnDef::new(P::IdExpiresOn).date().null())
            .col(
                ColumnDef::new(P::CreatedAt)
                    .timestamp_with_time_zone()
                    .not_null(),
            )
            .col(
                ColumnDef::new(P::UpdatedAt)
                    .timestamp_with_time_zone()
                    .not_null(),
            )
            .foreign_key(
                ForeignKey::create()
                    .name("developer_profile_owner")
                    .from(P::Table, P::OwnerAccountId)
                    .to(Account::Table, Account::Id),
            );

        manager.create_table(table.to_owned()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DeveloperProfile::Table).to_owned())
            .await
    }
}
