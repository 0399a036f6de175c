//! B2B registration links: stored by keyed hash, listed per clinic, revoked, and used once.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::registration_link::{ActiveModel, Column, Entity, Model};

/// A new link's clinic, label, token hash, expiry and creator.
pub struct NewLink {
    pub clinic_id: Uuid,
    pub label: String,
    pub token_hash: String,
    pub expires_at: DateTime<Utc>,
    pub created_by: Uuid,
}

/// Stores a new, unused link.
pub async fn insert<C: ConnectionTrait>(connection: &C, new: NewLink) -> Result<Model, DbErr> {
    ActiveModel {
        id: Set(Uuid::new_v4()),
        clinic_id: Set(new.clinic_id),
        label: Set(new.label),
        token_hash: Set(new.token_hash),
        expires_at: Set(new.expires_at),
        created_by: Set(new.created_by),
        created_at: Set(Utc::now()),
        used_at: Set(None),
        used_by_app_id: Set(None),
        revoked_at: Set(None),
    }
    .insert(connection)
    .await
}

/// Finds the link whose keyed hash is `token_hash`, whatever its state.
pub async fn find_by_hash<C: ConnectionTrait>(
    connection: &C,
    token_hash: &str,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash))
        .one(connection)
        .await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(connection).await
}

/// Finds the link an app was registered through.
pub async fn find_by_app<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Option<Model>, DbErr> {
    Entity::find()
        .filter(Column::UsedByAppId.eq(app_id))
        .one(connection)
        .await
}

/// Lists the clinic's links, newest first.
pub async fn list_for_clinic<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::ClinicId.eq(clinic_id))
        .order_by_desc(Column::CreatedAt)
        .all(connection)
        .await
}

/// Revokes the link unless it was used, revoked or expired before `now`; returns whether
/// this call revoked it.
pub async fn revoke<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::RevokedAt, Expr::value(now))
        .filter(Column::Id.eq(id))
        .filter(Column::UsedAt.is_null())
        .filter(Column::RevokedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Marks the link used by `app_id` unless it was used, revoked or expired before `now`;
/// returns whether this call used it. Of two concurrent uses, only one updates the row.
pub async fn mark_used<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    app_id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::UsedAt, Expr::value(now))
        .col_expr(Column::UsedByAppId, Expr::value(app_id))
        .filter(Column::Id.eq(id))
        .filter(Column::UsedAt.is_null())
        .filter(Column::RevokedAt.is_null())
        .filter(Column::ExpiresAt.gt(now))
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}
