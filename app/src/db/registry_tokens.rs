//! Registry API tokens: stored by keyed hash, found by it, revoked, and stamped when used.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::registry_token;

/// Stores a new token as its keyed hash.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    label: String,
    token_hash: String,
    created_by: Uuid,
) -> Result<registry_token::Model, DbErr> {
    registry_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        label: Set(label),
        token_hash: Set(token_hash),
        created_by: Set(created_by),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
        last_used_at: Set(None),
    }
    .insert(connection)
    .await
}

/// Finds the token whose keyed hash is `token_hash`, revoked or not.
pub async fn find_by_hash<C: ConnectionTrait>(
    connection: &C,
    token_hash: &str,
) -> Result<Option<registry_token::Model>, DbErr> {
    registry_token::Entity::find()
        .filter(registry_token::Column::TokenHash.eq(token_hash))
        .one(connection)
        .await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<registry_token::Model>, DbErr> {
    registry_token::Entity::find_by_id(id).one(connection).await
}

/// Lists every token, newest first.
pub async fn list<C: ConnectionTrait>(connection: &C) -> Result<Vec<registry_token::Model>, DbErr> {
    registry_token::Entity::find()
        .order_by_desc(registry_token::Column::CreatedAt)
        .all(connection)
        .await
}

/// Revokes the token unless it is revoked already; returns whether this call revoked it.
pub async fn revoke<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = registry_token::Entity::update_many()
        .col_expr(registry_token::Column::RevokedAt, Expr::value(now))
        .filter(registry_token::Column::Id.eq(id))
        .filter(registry_token::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records that the token was used at `now`.
pub async fn touch<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    registry_token::Entity::update_many()
        .col_expr(registry_token::Column::LastUsedAt, Expr::value(now))
        .filter(registry_token::Column::Id.eq(id))
        .exec(connection)
        .await?;
    Ok(())
}
