use leptos::prelude::*;

use crate::error::AppError;
use crate::models::identity::DeveloperIdentity;

/// Loads the identity profile the signed-in developer works for (none before they create
/// one) and the upload limit for its documents.
#[server(prefix = "/api", endpoint = "load_developer_profile")]
pub async fn load_developer_profile() -> Result<DeveloperIdentity, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    let profile = identity::load_for_developer(&portal.db, &account)
        .await
        .map_err(respond)?;
    Ok(DeveloperIdentity {
        profile,
        max_document_bytes: portal.documents.max_bytes,
    })
}
