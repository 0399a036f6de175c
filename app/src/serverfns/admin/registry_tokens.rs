use leptos::prelude::*;

use crate::error::AppError;
use crate::models::registry::RegistryTokenRow;

/// Lists the registry API tokens, never their values, for platform administrators.
#[server(prefix = "/api", endpoint = "load_registry_tokens")]
pub async fn load_registry_tokens() -> Result<Vec<RegistryTokenRow>, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{registry::tokens, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    tokens::list_tokens(&portal.db, &admin)
        .await
        .map_err(respond)
}

/// Revokes the registry API token `id` at once.
#[server(prefix = "/api", endpoint = "revoke_registry_token")]
pub async fn revoke_registry_token(id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{registry::tokens, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;
    let id = id.parse().map_err(|_| respond(AppError::NotFound))?;

    tokens::revoke_token(&portal.db, &admin, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/admin/registry-tokens?revoked=1");
    Ok(())
}
