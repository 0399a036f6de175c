use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::app_client;
use crate::domain::environment::Environment;

/// Inserts the app's client in `environment`. The unique index on `client_id` rejects an
/// ID that any app ever had.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
    client_id: String,
) -> Result<app_client::Model, DbErr> {
    app_client::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(app_id),
        environment: Set(environment.as_str().to_owned()),
        client_id: Set(client_id),
        created_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

/// Lists the clients of the given apps, oldest first.
pub async fn list_for_apps<C: ConnectionTrait>(
    connection: &C,
    app_ids: Vec<Uuid>,
) -> Result<Vec<app_client::Model>, DbErr> {
    app_client::Entity::find()
        .filter(app_client::Column::AppId.is_in(app_ids))
        .order_by_asc(app_client::Column::CreatedAt)
        .all(connection)
        .await
}

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
) -> Result<Option<app_client::Model>, DbErr> {
    app_client::Entity::find()
        .filter(app_client::Column::AppId.eq(app_id))
        .filter(app_client::Column::Environment.eq(environment.as_str()))
        .one(connection)
        .await
}
