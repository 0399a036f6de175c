//! The decision the OAuth server requests on each use of a client at a clinic.

use chrono::Utc;
use sea_orm::ConnectionTrait;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::client::load;
use crate::db::{clinic_apps, clinics};
use crate::domain::clinic_app_state::ClinicAppState;
use crate::domain::environment::Environment;
use crate::domain::registry::decision::{decide, DecisionRequest, DenialReason};
use crate::error::AppError;

/// Whether the client may be used at the clinic now, and why not when it may not.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct ClientDecision {
    pub client_id: String,
    pub clinic_id: Uuid,
    /// The environment the OAuth server asked for, its own.
    pub environment: Environment,
    pub allowed: bool,
    /// Present only when `allowed` is false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<DenialReason>,
    /// The reason in a sentence; present only when `allowed` is false.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Decides whether the client `client_id` may be used at the clinic `clinic_id` by an OAuth
/// server running in `environment`. An unknown client or clinic is a decision, not an error.
pub async fn decide_client<C: ConnectionTrait>(
    connection: &C,
    client_id: &str,
    clinic_id: Uuid,
    environment: Environment,
) -> Result<ClientDecision, AppError> {
    let loaded = load(connection, client_id).await?;
    let clinic_known = clinics::find_by_id(connection, clinic_id).await?.is_some();

    let mut facts = loaded.as_ref().map(|loaded| loaded.facts(Utc::now()));
    if let (Some(facts), Some(loaded)) = (facts.as_mut(), loaded.as_ref()) {
        let setting = clinic_apps::find(connection, clinic_id, loaded.app.id).await?;
        facts.clinic_setting = setting.and_then(|row| ClinicAppState::parse(&row.state));
    }
    let request = DecisionRequest {
        clinic_id,
        clinic_known,
        environment,
    };
    let reason = decide(facts.as_ref(), request).err();

    Ok(ClientDecision {
        client_id: client_id.to_owned(),
        clinic_id,
        environment,
        allowed: reason.is_none(),
        reason,
        detail: reason.map(|reason| reason.detail().to_owned()),
    })
}
