//! The reads the registry API makes about one client: the client by its client ID, its
//! secrets, and whether its app has a logo.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::entities::{app_client, app_logo, client_secret};
use crate::domain::environment::Environment;

/// Finds the client with `client_id` in any environment.
pub async fn find_by_client_id<C: ConnectionTrait>(
    connection: &C,
    client_id: &str,
) -> Result<Option<app_client::Model>, DbErr> {
    app_client::Entity::find()
        .filter(app_client::Column::ClientId.eq(client_id))
        .one(connection)
        .await
}

/// Lists every secret ever issued to the app in `environment`, revoked and expired ones
/// included, newest first.
pub async fn list_secrets<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    environment: Environment,
) -> Result<Vec<client_secret::Model>, DbErr> {
    client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app_id))
        .filter(client_secret::Column::Environment.eq(environment.as_str()))
        .order_by_desc(client_secret::Column::CreatedAt)
        .all(connection)
        .await
}

/// Returns whether the app has a logo, without reading the image.
pub async fn has_logo<C: ConnectionTrait>(connection: &C, app_id: Uuid) -> Result<bool, DbErr> {
    let count = app_logo::Entity::find()
        .filter(app_logo::Column::AppId.eq(app_id))
        .count(connection)
        .await?;
    Ok(count > 0)
}
