use sea_orm_migration::prelude::*;

use crate::m20261204_000004_create_account::Account;
use crate::m20261205_000001_create_developer_profile::DeveloperProfile;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An uploaded identity document. The file lives in the document storage folder under
/// `storage_name`; a replaced document keeps its row and its file for the audit trail.
#[derive(DeriveIden)]
enum IdentityDocument {
    Table,
    Id,
    ProfileId,
    Kind,
    FileName,
    ContentType,
    SizeBytes,
    Sha256,
    StorageName,
    UploadedBy,
    UploadedAt,
    ReplacedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use IdentityDocument as D;

        manager
            .create_table(
                Table::create()
                    .table(D::Table)
                    .col(ColumnDef::new(D::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(D::ProfileId).uuid().not_null())
                    .col(ColumnDef::new(D::Kind).string().not_null())
                    .col(ColumnDef::new(D::FileName).string().not_null())
                    .col(ColumnDef::new(D::ContentType).string().not_null())
                    .col(ColumnDef::new(D::SizeBytes).big_integer().not_null())
                    .col(ColumnDef::new(D::Sha256).string().not_null())
                    .col(
                        ColumnDef::new(D::StorageName)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(D::UploadedBy).uuid().not_null())
                    .col(
                        ColumnDef::new(D::UploadedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(D::ReplacedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("identity_document_profile")
                            .from(D::Table, D::ProfileId)
                            .to(DeveloperProfile::Table, DeveloperProfile::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("identity_document_uploader")
                            .from(D::Table, D::UploadedBy)
                            .to(Account::Table, Account::Id),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("identity_document_profile_kind")
                    .table(D::Table)
                    .col(D::ProfileId)
                    .col(D::Kind)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(IdentityDocument::Table).to_owned())
            .await
    }
}
