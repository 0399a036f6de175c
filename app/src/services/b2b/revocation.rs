//! A clinic revokes the production credentials of a system app registered through its link.

use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::{record, APP_SUBJECT};
use crate::db::entities::account;
use crate::db::{app_statuses, apps, begin_write, client_secrets, clinics};
use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::{ClinicAction, ClinicDecision};
use crate::error::AppError;
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::registry;
use crate::services::review::send_to_developers;

const PRODUCTION: Environment = Environment::Production;

/// Revokes every production client secret of the approved system app and suspends it with
/// the reason "Revoked by <clinic>", which the registry reports as `revoked`; appends
/// `client.revoked` to the change feed and e-mails the developers.
pub async fn revoke_client(
    db: &DatabaseConnection,
    public_url: &Url,
    admin: &account::Model,
    app_id: Uuid,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let app = apps::find_by_id(&transaction, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let clinic_id = match (AppKind::parse(&app.kind), app.clinic_id) {
        (Some(AppKind::System), Some(clinic_id)) => clinic_id,
        _ => return Err(AppError::Forbidden),
    };
    require_clinic_administrator(admin, clinic_id)?;
    if AppStatus::parse(&app.status) != Some(AppStatus::Approved) {
        return Err(AppError::BadRequest(
            "only an approved app has credentials to revoke.".to_owned(),
        ));
    }
    let clinic = clinics::find_by_id(&transaction, clinic_id)
        .await?
        .ok_or(AppError::Internal)?;

    let now = Utc::now();
    let secrets = client_secrets::revoke_all(&transaction, app.id, PRODUCTION, now).await?;
    let reason = format!("Revoked by {}", clinic.name);
    let suspended = AppStatus::Suspended;
    let app = app_statuses::set_status(&transaction, app, suspended, Some(reason.clone())).await?;

    let before = json!({ "status": AppStatus::Approved.as_str() });
    let after =
        json!({ "status": suspended.as_str(), "reason": reason, "secrets_revoked": secrets });
    let action = "b2b.revoked";
    record(
        &transaction,
        admin.id,
        action,
        APP_SUBJECT,
        app.id,
        Some(before),
        after,
    )
    .await?;
    let revoked = RegistryEventKind::ClientRevoked;
    registry::append_for_environment(&transaction, revoked, app.id, PRODUCTION).await?;
    let template = ClinicDecision {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        clinic_name: clinic.name,
        action: ClinicAction::Revoked,
        reason: Some(reason),
    };
    send_to_developers(&transaction, public_url, &app, None, &template).await?;
    transaction.commit().await?;

    tracing::info!(app.id = %app.id, admin = %admin.id, "B2B credentials revoked");
    Ok(())
}
