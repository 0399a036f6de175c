use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::role::Role;
use crate::error::AppError;

/// The signed-in account's details that a role's start page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub display_name: String,
    pub email_verified: bool,
    /// The clinic's name, for a clinic administrator.
    pub clinic_name: Option<String>,
    /// The clinic's UUID, for a clinic administrator; forms send it back.
    pub clinic_id: Option<String>,
}

/// Loads the start page of `role`: `Unauthenticated` when no one is signed in, `Forbidden`
/// when the signed-in account has another role.
#[server(prefix = "/api", endpoint = "load_workspace")]
pub async fn load_workspace(role: Role) -> Result<Workspace, AppError> {
    use crate::db::clinics;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;

    let account = require_role(&portal, &session, &[role])
        .await
        .map_err(respond)?;
    let clinic_name = match account.clinic_id {
        Some(id) => clinics::find_by_id(&portal.db, id)
            .await?
            .map(|clinic| clinic.name),
        None => None,
    };

    Ok(Workspace {
        display_name: account.display_name,
        email_verified: account.email_verified_at.is_some(),
        clinic_name,
        clinic_id: account.clinic_id.map(|id| id.to_string()),
    })
}
