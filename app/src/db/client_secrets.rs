use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use super::entities::client_secret;
use crate::domain::environment::Environment;

/// Stores a client secret as its keyed hash and, for a secret shown later, its sealed value.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    app_id: Uuid,
    environment: Environment,
    secret_hash: String,
    sealed_secret: Option<String>,
) -> Result<client_secret::Model, DbErr> {
    client_secret::ActiveModel {
        id: Set(id),
        app_id: Set(app_id),
        environment: Set(environment.as_str().to_owned()),
        secret_hash: Set(secret_hash),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
        expires_at: Set(None),
        sealed_secret: Set(sealed_secret),
    }
    .insert(connection)
    .await
}

/// Lists the app's secrets in `environment` that are valid at `now`, newest first.
pub async fn list_valid<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    now: DateTime<Utc>,
) -> Result<Vec<client_secret::Model>, DbErr> {
    client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq(environment.as_str()))
        .filter(valid_after(now))
        .order_by_desc(client_secret::Column::CreatedAt)
        .all(connection)
        .await
}

/// Revokes every secret of the app in `environment` that is not revoked yet, erasing any
/// sealed value, and returns how many it revoked.
pub async fn revoke_all<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = client_secret::Entity::update_many()
        .col_expr(client_secret::Column::RevokedAt, Expr::value(now))
        .col_expr(
            client_secret::Column::SealedSecret,
            Expr::value(Option::<String>::None),
        )
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq(environment.as_str()))
        .filter(client_secret::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;
    Ok(result.rows_affected)
}

/// Returns the app's valid secrets in `environments` that still have a sealed value, oldest
/// first, and erases those values: each is returned once.
pub async fn take_sealed<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environments: &[&str],
    now: DateTime<Utc>,
) -> Result<Vec<client_secret::Model>, DbErr> {
    let sealed = client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.is_in(environments.iter().copied()))
        .filter(client_secret::Column::SealedSecret.is_not_null())
        .filter(valid_after(now))
        .order_by_asc(client_secret::Column::CreatedAt)
        .all(connection)
        .await?;

    client_secret::Entity::update_many()
        .col_expr(
            client_secret::Column::SealedSecret,
            Expr::value(Option::<String>::None),
        )
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.is_in(environments.iter().copied()))
        .filter(client_secret::Column::SealedSecret.is_not_null())
        .exec(connection)
        .await?;
    Ok(sealed)
}

/// Sets the end of the grace period of every secret of the app in `environment` that is
/// valid now and would otherwise stay valid past `ends_at`, erasing any sealed value.
/// Returns how many secrets it changed.
pub async fn end_validity_at<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    ends_at: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = client_secret::Entity::update_many()
        .col_expr(client_secret::Column::ExpiresAt, Expr::value(ends_at))
        .col_expr(
            client_secret::Column::SealedSecret,
            Expr::value(Option::<String>::None),
        )
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq(environment.as_str()))
        .filter(valid_after(ends_at))
        .exec(connection)
        .await?;
    Ok(result.rows_affected)
}

/// Builds the condition of a secret that is not revoked and still valid after `moment`.
fn valid_after(moment: DateTime<Utc>) -> Condition {
    Condition::all()
        .add(client_secret::Column::RevokedAt.is_null())
        .add(
            Condition::any()
                .add(client_secret::Column::ExpiresAt.is_null())
                .add(client_secret::Column::ExpiresAt.gt(moment)),
        )
}
