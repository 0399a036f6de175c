use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, Set};

use super::entities::app;
use crate::domain::app_status::AppStatus;

/// Sets the app's status and its suspension reason, which only a suspended app has.
pub async fn set_status<C: ConnectionTrait>(
    connection: &C,
    stored: app::Model,
    status: AppStatus,
    suspension_reason: Option<String>,
) -> Result<app::Model, DbErr> {
    let mut model: app::ActiveModel = stored.into();

    model.status = Set(status.as_str().to_owned());
    model.suspension_reason = Set(suspension_reason);
    model.update(connection).await
}
