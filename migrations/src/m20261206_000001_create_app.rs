use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261205_000001_create_developer_profile::DeveloperProfile;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// A registered app and its current registration. A draft may leave any descriptive
/// field empty; the kind, client type and token endpoint authentication method are always
/// set. Rows are never deleted, so a client ID issued for an app is never reused.
#[derive(DeriveIden)]
pub enum App {
    Table,
    Id,
    Kind,
    Status,
    Name,
    ShortDescription,
    HomepageUrl,
    SupportEmail,
    ClientType,
    TokenEndpointAuthMethod,
    RedirectUris,
    LaunchUris,
    Scopes,
    JwksUrl,
    Jwks,
    AttestsSmartAppLaunch,
    AttestsOpenidConnect,
    AttestsPkceS256,
    AttestsNoEhrCredentials,
    PrivacyPolicyUrl,
    TermsOfServiceUrl,
    DataRetention,
    DataSharing,
    AccessRevocation,
    CreatedBy,
    DeveloperProfileId,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use App as A;

        let required = [
            A::Kind,
            A::Status,
            A::ClientType,
            A::TokenEndpointAuthMethod,
        ];
        let optional_short = [
            A::Name,
            A::HomepageUrl,
            A::SupportEmail,
            A::JwksUrl,
            A::PrivacyPolicyUrl,
            A::TermsOfServiceUrl,
        ];
        let optional_long = [
            A::ShortDescription,
            A::Scopes,
            A::Jwks,
            A::DataRetention,
            A::DataSharing,
            A::AccessRevocation,
        ];
        let attestations = [
            A::AttestsSmartAppLaunch,
            A::AttestsOpenidConnect,
            A::AttestsPkceS256,
            A::AttestsNoEhrCredentials,
        ];

        let mut table = Table::create();
        table
            .table(A::Table)
            .col(ColumnDef::new(A::Id).uuid().not_null().primary_key());
        for column in required {
            table.col(ColumnDef::new(column).string().not_null());
        }
        for column in optional_short {
            table.col(ColumnDef::new(column).string().null());
        }
        for column in optional_long {
            table.col(ColumnDef::new(column).text().null());
        }
        for column in [A::RedirectUris, A::LaunchUris] {
            table.col(ColumnDef::new(column).json().not_null());
        }
        for column in attestations {
            table.col(ColumnDef::new(column).boolean().not_null().default(false));
        }
        table
            .col(ColumnDef::new(A::CreatedBy).uuid().not_null())
            .col(ColumnDef::new(A::DeveloperProfileId).uuid().null())
            .col(
                ColumnDef::new(A::CreatedAt)
                    .timestamp_with_time_zone()
                    .not_null(),
            )
            .col(
                ColumnDef::new(A::UpdatedAt)
                    .timestamp_with_time_zone()
                    .not_null(),
            )
            .foreign_key(
                ForeignKey::create()
                    .name("app_created_by")
                    .from(A::Table, A::CreatedBy)
                    .to(Account::Table, Account::Id),
            )
            .foreign_key(
                ForeignKey::create()
                    .name("app_developer_profile")
                    .from(A::Table, A::DeveloperProfileId)
                    .to(DeveloperProfile::Table, DeveloperProfile::Id),
            );
        manager.create_table(table.to_owned()).await?;

        for (name, column) in [
            ("app_created_by_index", A::CreatedBy),
            ("app_developer_profile_index", A::DeveloperProfileId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(A::Table)
                        .col(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(App::Table).to_owned())
            .await
    }
}
