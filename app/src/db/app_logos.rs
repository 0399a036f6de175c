use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};
use uuid::Uuid;

use super::entities::app_logo;
use crate::domain::logo::LogoFormat;

/// A checked logo to store.
pub struct NewLogo {
    pub app_id: Uuid,
    pub format: LogoFormat,
    pub sha256: String,
    pub content: Vec<u8>,
    pub uploaded_by: Uuid,
}

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Option<app_logo::Model>, DbErr> {
    app_logo::Entity::find_by_id(app_id).one(connection).await
}

/// Stores `logo` as the app's logo, in place of the current one.
pub async fn replace<C: ConnectionTrait>(connection: &C, logo: NewLogo) -> Result<(), DbErr> {
    app_logo::Entity::delete_by_id(logo.app_id)
        .exec(connection)
        .await?;

    app_logo::ActiveModel {
        app_id: Set(logo.app_id),
        content_type: Set(logo.format.content_type().to_owned()),
        size_bytes: Set(logo.content.len() as i64),
        sha256: Set(logo.sha256),
        content: Set(logo.content),
        uploaded_by: Set(logo.uploaded_by),
        uploaded_at: Set(Utc::now()),
    }
    .insert(connection)
    .await?;
    Ok(())
}
