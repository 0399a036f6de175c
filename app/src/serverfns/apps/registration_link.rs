use leptos::prelude::*;

use crate::error::AppError;
use crate::models::b2b::OpenedLink;

/// Names the clinic behind a registration link that may still be used, else explains what
/// happened to it. A valid link opened while signed out returns `Unauthenticated`, and one
/// opened by an account that is not a developer `Forbidden`.
#[server(prefix = "/api", endpoint = "open_registration_link")]
pub async fn open_registration_link(token: String) -> Result<OpenedLink, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::b2b;
    use crate::services::session::require_role;

    let portal = portal()?;
    let opened = b2b::open_link(&portal.db, &portal.credential_key, &token)
        .await
        .map_err(respond)?;

    let session = session().await?;
    require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    Ok(opened)
}
