//! The access rule of an app: the account that created it and the members of the
//! developer profile it belongs to may see and change it.

use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::db::entities::{account, app};
use crate::db::{apps, developer_members};
use crate::error::AppError;

/// Loads an app that `account` may see and change: `NotFound` when there is no such app,
/// `Forbidden` when it belongs to another developer.
pub async fn load_for_editor<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
    app_id: Uuid,
) -> Result<app::Model, AppError> {
    let app = apps::find_by_id(connection, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if app.created_by == account.id {
        return Ok(app);
    }

    let profile_id = member_profile(connection, account).await?;
    match (app.developer_profile_id, profile_id) {
        (Some(owner), Some(member)) if owner == member => Ok(app),
        _ => Err(AppError::Forbidden),
    }
}

/// Returns the developer profile `account` works for, if any.
pub async fn member_profile<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
) -> Result<Option<Uuid>, AppError> {
    Ok(developer_members::find_by_account(connection, account.id)
        .await?
        .map(|member| member.profile_id))
}
