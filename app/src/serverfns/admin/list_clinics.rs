use crate::error::AppError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClinicSummary {
    /// The clinic's UUID, as the invitation form sends it back.
    pub id: String,
    pub name: String,
    pub time_zone: String,
}

/// Lists every clinic by name, for platform administrators.
#[server(prefix = "/api", endpoint = "list_clinics")]
pub async fn list_clinics() -> Result<Vec<ClinicSummary>, AppError> {
    use crate::db::clinics;
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    let clinics = clinics::list(&portal.db).await?;
    Ok(clinics
        .into_iter()
        .map(|clinic| ClinicSummary {
            id: clinic.id.to_string(),
            name: clinic.name,
            time_zone: clinic.time_zone,
        })
        .collect())
}
