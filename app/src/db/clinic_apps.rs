//! Clinics' own settings for apps: opt-outs, opt-ins, activations and deactivations.

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};
use uuid::Uuid;

use super::entities::clinic_app;
use crate::domain::clinic_app_state::ClinicAppState;

/// A setting to record, replacing the clinic's earlier one for the app.
#[derive(Clone, Debug)]
pub struct NewSetting {
    pub clinic_id: Uuid,
    pub app_id: Uuid,
    pub state: ClinicAppState,
    pub reason: Option<String>,
    pub contract_reference: Option<String>,
    pub contract_date: Option<NaiveDate>,
    pub changed_by: Uuid,
}

pub async fn find<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
    app_id: Uuid,
) -> Result<Option<clinic_app::Model>, DbErr> {
    clinic_app::Entity::find_by_id((clinic_id, app_id))
        .one(connection)
        .await
}

/// Lists the clinic's settings, one per app it changed.
pub async fn list_for_clinic<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
) -> Result<Vec<clinic_app::Model>, DbErr> {
    clinic_app::Entity::find()
        .filter(clinic_app::Column::ClinicId.eq(clinic_id))
        .all(connection)
        .await
}

/// Records `setting`, replacing the clinic's earlier one for the same app.
pub async fn upsert<C: ConnectionTrait>(connection: &C, setting: NewSetting) -> Result<(), DbErr> {
    let model = clinic_app::ActiveModel {
        clinic_id: Set(setting.clinic_id),
        app_id: Set(setting.app_id),
        state: Set(setting.state.as_str().to_owned()),
        reason: Set(setting.reason),
        contract_reference: Set(setting.contract_reference),
        contract_date: Set(setting.contract_date),
        changed_by: Set(setting.changed_by),
        changed_at: Set(Utc::now()),
    };

    clinic_app::Entity::insert(model)
        .on_conflict(
            OnConflict::columns([clinic_app::Column::ClinicId, clinic_app::Column::AppId])
                .update_columns([
                    clinic_app::Column::State,
                    clinic_app::Column::Reason,
                    clinic_app::Column::ContractReference,
                    clinic_app::Column::ContractDate,
                    clinic_app::Column::ChangedBy,
                    clinic_app::Column::ChangedAt,
                ])
                .to_owned(),
        )
        .exec_without_returning(connection)
        .await?;

    Ok(())
}
