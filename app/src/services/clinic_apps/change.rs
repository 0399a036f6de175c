use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::{json, Value};
use uuid::Uuid;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::clinic_apps::{self, NewSetting};
use crate::db::entities::{account, clinic_app};
use crate::db::registry_events::{self, NewRegistryEvent};
use crate::db::{app_clients, begin_write, clinics, gallery};
use crate::domain::app_kind::AppKind;
use crate::domain::clinic_app_change::{check_change, ChangeInput, ClinicAppChange};
use crate::domain::clinic_app_state::{is_active, ClinicAppState};
use crate::domain::environment::Environment;
use crate::error::{AppError, FieldError};
use crate::services::clinic_access::require_clinic_administrator;

/// Applies `change` to an approved app at `clinic_id`, for an administrator of that clinic.
/// The setting, its audit event (before and after) and the change feed event that notifies
/// the OAuth server commit together. Every problem with the form comes back at once.
pub async fn change_clinic_app(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic_id: Uuid,
    app_id: Uuid,
    change: ClinicAppChange,
    input: &ChangeInput,
) -> Result<(), AppError> {
    require_clinic_administrator(administrator, clinic_id)?;

    let transaction = begin_write(db).await?;
    clinics::find_by_id(&transaction, clinic_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let row = gallery::find_approved(&transaction, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let kind = AppKind::parse(&row.app.kind).ok_or(AppError::Internal)?;
    let stored = clinic_apps::find(&transaction, clinic_id, app_id).await?;
    let state = stored
        .as_ref()
        .and_then(|setting| ClinicAppState::parse(&setting.state));

    let checked =
        check_change(kind, state, change, input, Utc::now().date_naive()).map_err(|problems| {
            AppError::Invalid(
                problems
                    .into_iter()
                    .map(|problem| FieldError::new(problem.field, problem.message))
                    .collect(),
            )
        })?;

    clinic_apps::upsert(
        &transaction,
        NewSetting {
            clinic_id,
            app_id,
            state: checked.state,
            reason: checked.reason,
            contract_reference: checked.contract_reference,
            contract_date: checked.contract_date,
            changed_by: administrator.id,
        },
    )
    .await?;
    let recorded = clinic_apps::find(&transaction, clinic_id, app_id).await?;

    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(administrator.id),
            action: change.audit_action(),
            subject_type: "clinic_app",
            subject_id: format!("{clinic_id}/{app_id}"),
            before: Some(describe(kind, stored.as_ref())),
            after: Some(describe(kind, recorded.as_ref())),
        },
    )
    .await?;
    let production = app_clients::find(&transaction, app_id, Environment::Production).await?;
    registry_events::append(
        &transaction,
        NewRegistryEvent {
            kind: change.event_kind(),
            app_id: Some(app_id),
            client_id: production.map(|client| client.client_id),
            clinic_id: Some(clinic_id),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(())
}

/// Describes a clinic's setting for the audit trail; no setting is the kind's default.
fn describe(kind: AppKind, setting: Option<&clinic_app::Model>) -> Value {
    let state = setting.and_then(|setting| ClinicAppState::parse(&setting.state));
    json!({
        "state": setting.map(|setting| setting.state.clone()),
        "active": is_active(kind, state),
        "reason": setting.and_then(|setting| setting.reason.clone()),
        "contract_reference": setting.and_then(|setting| setting.contract_reference.clone()),
        "contract_date": setting.and_then(|setting| setting.contract_date).map(|date| date.to_string()),
    })
}
