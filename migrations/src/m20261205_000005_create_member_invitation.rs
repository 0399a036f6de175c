use sea_orm_migration::prelude::*;

use crate::m20261205_000001_create_developer_profile::DeveloperProfile;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// An organization's invitation to another developer, sent by e-mail. Only the SHA-256 of
/// the link's token is stored.
#[derive(DeriveIden)]
enum MemberInvitation {
    Table,
    Id,
    ProfileId,
    Email,
    TokenHash,
    InvitedBy,
    CreatedAt,
    ExpiresAt,
    AcceptedAt,
    RevokedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        use MemberInvitation as I;

        let moment = |column: I| ColumnDef::new(column).timestamp_with_time_zone().to_owned();
        manager
            .create_table(
                Table::create()
                    .table(I::Table)
                    .col(ColumnDef::new(I::Id).uuid().not_null().primary_key())
                    .col(ColumnDef::new(I::ProfileId).uuid().not_null())
                    .col(ColumnDef::new(I::Email).string().not_null())
                    .col(
                        ColumnDef::new(I::TokenHash)
                            .string()
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(I::InvitedBy).uuid().not_null())
                    .col(moment(I::CreatedAt).not_null())
                    .col(moment(I::ExpiresAt).not_null())
                    .col(moment(I::AcceptedAt).null())
                    .col(moment(I::RevokedAt).null())
                    .foreign_key(
                        ForeignKey::create()
                            .name("member_invitation_profile")
                            .from(I::Table, I::ProfileId)
                            .to(DeveloperProfile::Table, DeveloperProfile::Id),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MemberInvitation::Table).to_owned())
            .await
    }
}
