use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use uuid::Uuid;

use super::entities::client_secret;
use crate::domain::environment::Environment;

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    secret_hash: String,
) -> Result<client_secret::Model, DbErr> {
    client_secret::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(app_id),
        environment: Set(environment.as_str().to_owned()),
        secret_hash: Set(secret_hash),
        created_at: Set(Utc::now()),
        revoked_at: Set(None),
        expires_at: Set(None),
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
        .filter(client_secret::Column::RevokedAt.is_null())
        .filter(
            Condition::any()
                .add(client_secret::Column::ExpiresAt.is_null())
                .add(client_secret::Column::ExpiresAt.gt(now)),
        )
        .order_by_desc(client_secret::Column::CreatedAt)
        .all(connection)
        .await
}

/// Revokes every secret of the app in `environment` that is not revoked yet, and returns
/// how many it revoked.
pub async fn revoke_all<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    now: DateTime<Utc>,
) -> Result<u64, DbErr> {
    let result = client_secret::Entity::update_many()
        .col_expr(client_secret::Column::RevokedAt, Expr::value(now))
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq(environment.as_str()))
        .filter(client_secret::Column::RevokedAt.is_null())
        .exec(connection)
        .await?;
    Ok(result.rows_affected)
}
