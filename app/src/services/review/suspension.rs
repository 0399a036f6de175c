//! Suspension: a reviewer suspends an approved app that poses an active security or
//! performance threat, and restores it once the threat is mitigated.

use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::access::require_reviewer;
use super::emails::send_to_developers;
use super::{record, APP_SUBJECT};
use crate::db::entities::account;
use crate::db::{app_statuses, apps, begin_write};
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::plain_text::has_hidden_characters;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::AppSuspension;
use crate::error::AppError;
use crate::services::registry;

/// The form field of a suspension's reason.
pub const SUSPENSION_REASON_FIELD: &str = "reason";
const MIN_REASON_CHARS: usize = 20;
const MAX_REASON_CHARS: usize = 1000;
/// Suspension stops the production client; the sandbox client keeps working.
const PRODUCTION: Environment = Environment::Production;

/// Suspends an approved app with `reason`, e-mails its developers and records the event.
pub async fn suspend_app(
    db: &DatabaseConnection,
    public_url: &Url,
    reviewer: &account::Model,
    app_id: Uuid,
    reason: &str,
) -> Result<(), AppError> {
    require_reviewer(reviewer)?;
    let reason = check_reason(reason)?;

    let transaction = begin_write(db).await?;
    let app = apps::find_by_id(&transaction, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if AppStatus::parse(&app.status) != Some(AppStatus::Approved) {
        return Err(AppError::BadRequest(
            "only an approved app can be suspended.".to_owned(),
        ));
    }

    let app = app_statuses::set_status(
        &transaction,
        app,
        AppStatus::Suspended,
        Some(reason.clone()),
    )
    .await?;
    let after = json!({ "status": AppStatus::Suspended.as_str(), "reason": reason });
    let before = json!({ "status": AppStatus::Approved.as_str() });
    record(
        &transaction,
        reviewer.id,
        "app.suspended",
        APP_SUBJECT,
        app.id,
        Some(before),
        after,
    )
    .await?;
    let suspended = RegistryEventKind::ClientSuspended;
    registry::append_for_environment(&transaction, suspended, app.id, PRODUCTION).await?;
    let template = AppSuspension {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        reason: Some(reason),
    };
    send_to_developers(&transaction, public_url, &app, None, &template).await?;
    transaction.commit().await?;

    tracing::info!(app.id = %app.id, reviewer = %reviewer.id, "app suspended");
    Ok(())
}

/// Restores a suspended app to approved, clearing the reason, e-mails its developers and
/// records the event with the reason it was suspended for.
pub async fn restore_app(
    db: &DatabaseConnection,
    public_url: &Url,
    reviewer: &account::Model,
    app_id: Uuid,
) -> Result<(), AppError> {
    require_reviewer(reviewer)?;

    let transaction = begin_write(db).await?;
    let app = apps::find_by_id(&transaction, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if AppStatus::parse(&app.status) != Some(AppStatus::Suspended) {
        return Err(AppError::BadRequest(
            "only a suspended app can be restored.".to_owned(),
        ));
    }

    let before = json!({
        "status": AppStatus::Suspended.as_str(),
        "reason": app.suspension_reason,
    });
    let app = app_statuses::set_status(&transaction, app, AppStatus::Approved, None).await?;
    let after = json!({ "status": AppStatus::Approved.as_str() });
    record(
        &transaction,
        reviewer.id,
        "app.restored",
        APP_SUBJECT,
        app.id,
        Some(before),
        after,
    )
    .await?;
    let restored = RegistryEventKind::ClientRestored;
    registry::append_for_environment(&transaction, restored, app.id, PRODUCTION).await?;
    let template = AppSuspension {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        reason: None,
    };
    send_to_developers(&transaction, public_url, &app, None, &template).await?;
    transaction.commit().await?;

    tracing::info!(app.id = %app.id, reviewer = %reviewer.id, "app restored");
    Ok(())
}

fn check_reason(reason: &str) -> Result<String, AppError> {
    let reason = reason.trim().replace("\r\n", "\n");
    let length = reason.chars().count();

    if !(MIN_REASON_CHARS..=MAX_REASON_CHARS).contains(&length) {
        return Err(AppError::invalid(
            SUSPENSION_REASON_FIELD,
            format!(
                "Describe the active security or performance threat in {MIN_REASON_CHARS} to \
                 {MAX_REASON_CHARS} characters (it has {length})."
            ),
        ));
    }
    if has_hidden_characters(&reason.replace('\n', " ")) {
        return Err(AppError::invalid(
            SUSPENSION_REASON_FIELD,
            "Remove tabs and invisible or direction-changing characters; line breaks are fine.",
        ));
    }
    Ok(reason)
}
