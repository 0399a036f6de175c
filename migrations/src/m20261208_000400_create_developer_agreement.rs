use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// One published version of the Application Access Developer Agreement. Versions are
/// numbered from 1 and never changed once published.
#[derive(DeriveIden)]
enum AgreementVersion {
    Table,
    Version,
    Body,
    EffectiveOn,
    PublishedBy,
    PublishedAt,
}

/// A developer's acceptance of one version of the agreement.
#[derive(DeriveIden)]
enum AgreementAcceptance {
    Table,
    AccountId,
    Version,
    AcceptedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use AgreementAcceptance as A;
        use AgreementVersion as V;

        manager
            .create_table(
                Table::create()
                    .table(V::Table)
                    // The key rejects a second version with the same number, so two
                    // administrators publishing at once cannot both get it.
                    .col(
                        ColumnDef::new(V::Version)
                            .integer()
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(V::Body).text().not_null())
                    .col(ColumnDef::new(V::EffectiveOn).date().not_null())
                    .col(ColumnDef::new(V::PublishedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(V::PublishedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("agreement_version_publisher")
                            .from(V::Table, V::PublishedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(A::Table)
                    .col(ColumnDef::new(A::AccountId).uuid().not_null())
                    .col(ColumnDef::new(A::Version).integer().not_null())
                    .col(
                        ColumnDef::new(A::AcceptedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .primary_key(Index::create().col(A::AccountId).col(A::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .name("agreement_acceptance_account")
                            .from(A::Table, A::AccountId)
                            .to(Account::Table, Account::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("agreement_acceptance_version")
                            .from(A::Table, A::Version)
                            .to(V::Table, V::Version),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(AgreementAcceptance::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(AgreementVersion::Table).to_owned())
            .await
    }
}
