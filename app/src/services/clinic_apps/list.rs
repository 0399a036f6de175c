use std::collections::HashMap;

use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::db::entities::{account, clinic_app};
use crate::db::gallery::{self, GalleryRow};
use crate::db::{clinic_apps, clinics};
use crate::domain::app_kind::AppKind;
use crate::domain::clinic_app_change::ClinicAppChange;
use crate::domain::clinic_app_state::{is_active, ClinicAppState};
use crate::domain::gallery_filter::GalleryFilter;
use crate::error::AppError;
use crate::models::gallery::ClinicGalleryEntry;
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::gallery::{entry, matching};

/// Lists the approved apps that match `filter` with `clinic_id`'s setting for each, for an
/// administrator of that clinic.
pub async fn list_clinic_gallery(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic_id: Uuid,
    filter: &GalleryFilter,
) -> Result<Vec<ClinicGalleryEntry>, AppError> {
    require_clinic_administrator(administrator, clinic_id)?;
    clinics::find_by_id(db, clinic_id)
        .await?
        .ok_or(AppError::NotFound)?;

    let rows = gallery::list_approved(db).await?;
    let settings: HashMap<Uuid, clinic_app::Model> = clinic_apps::list_for_clinic(db, clinic_id)
        .await?
        .into_iter()
        .map(|setting| (setting.app_id, setting))
        .collect();

    Ok(matching(rows, filter)
        .map(|row| {
            let setting = settings.get(&row.app.id);
            clinic_entry(&row, clinic_id, setting)
        })
        .collect())
}

/// Loads one approved app with `clinic_id`'s setting for it, for an administrator of that
/// clinic: the page that confirms a change.
pub async fn load_clinic_app(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic_id: Uuid,
    app_id: Uuid,
) -> Result<ClinicGalleryEntry, AppError> {
    require_clinic_administrator(administrator, clinic_id)?;

    let row = gallery::find_approved(db, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let setting = clinic_apps::find(db, clinic_id, app_id).await?;

    Ok(clinic_entry(&row, clinic_id, setting.as_ref()))
}

fn clinic_entry(
    row: &GalleryRow,
    clinic_id: Uuid,
    setting: Option<&clinic_app::Model>,
) -> ClinicGalleryEntry {
    let kind = AppKind::parse(&row.app.kind).unwrap_or(AppKind::System);
    let state = setting.and_then(|setting| ClinicAppState::parse(&setting.state));
    let active = is_active(kind, state);
    let reason = setting
        .filter(|_| state == Some(ClinicAppState::OptedOut))
        .and_then(|setting| setting.reason.clone());
    let contract = setting.filter(|_| state == Some(ClinicAppState::Activated));

    ClinicGalleryEntry {
        entry: entry(row),
        clinic_id: clinic_id.to_string(),
        active,
        change: ClinicAppChange::available(kind, state),
        reason,
        contract_reference: contract.and_then(|setting| setting.contract_reference.clone()),
        contract_date: contract
            .and_then(|setting| setting.contract_date)
            .map(|date| date.to_string()),
        changed_on: setting.map(|setting| setting.changed_at.date_naive().to_string()),
    }
}
