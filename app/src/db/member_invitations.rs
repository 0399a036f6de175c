use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::member_invitation;
use crate::domain::email_address::EmailAddress;

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
    email: &EmailAddress,
    token_hash: String,
    invited_by: Uuid,
    expires_at: DateTime<Utc>,
) -> Result<member_invitation::Model, DbErr> {
    member_invitation::ActiveModel {
        id: Set(Uuid::new_v4()),
        profile_id: Set(profile_id),
        email: Set(email.as_str().to_owned()),
        token_hash: Set(token_hash),
        invited_by: Set(invited_by),
        created_at: Set(Utc::now()),
        expires_at: Set(expires_at),
        accepted_at: Set(None),
        revoked_at: Set(None),
    }
    .insert(connection)
    .await
}

pub async fn find_by_hash<C: ConnectionTrait>(
    connection: &C,
    token_hash: &str,
) -> Result<Option<member_invitation::Model>, DbErr> {
    member_invitation::Entity::find()
        .filter(member_invitation::Column::TokenHash.eq(token_hash))
        .one(connection)
        .await
}

/// Invitations not yet accepted, revoked or expired, newest first.
pub async fn list_open<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
    now: DateTime<Utc>,
) -> Result<Vec<member_invitation::Model>, DbErr> {
    member_invitation::Entity::find()
        .filter(member_invitation::Column::ProfileId.eq(profile_id))
        .filter(member_invitation::Column::AcceptedAt.is_null())
        .filter(member_invitation::Column::RevokedAt.is_null())
        .filter(member_invitation::Column::ExpiresAt.gt(now))
        .order_by_desc(member_invitation::Column::CreatedAt)
        .all(connection)
        .await
}

/// Sets `column` (accepted or revoked) on an open invitation. Returns `false` when it was
/// no longer open, so an invitation is used or withdrawn once even when requests race.
pub async fn close<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    column: member_invitation::Column,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = member_invitation::Entity::update_many()
        .col_expr(column, Expr::value(now))
        .filter(member_invitation::Column::Id.eq(id))
        .filter(member_invitation::Column::AcceptedAt.is_null())
        .filter(member_invitation::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;

    Ok(result.rows_affected == 1)
}

/// Withdraws every open invitation of the profile, as when it leaves the organization
/// pathway.
pub async fn revoke_open<C: ConnectionTrait>(
    connection: &C,
    profile_id: Uuid,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = member_invitation::Entity::update_many()
        .col_expr(member_invitation::Column::RevokedAt, Expr::value(now))
        .filter(member_invitation::Column::ProfileId.eq(profile_id))
        .filter(member_invitation::Column::AcceptedAt.is_null())
        .filter(member_invitation::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;

    Ok(result.rows_affected)
}
