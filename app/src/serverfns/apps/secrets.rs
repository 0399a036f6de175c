use leptos::prelude::*;

use crate::error::AppError;
use crate::models::apps::IssuedSecret;

/// Issues a new sandbox client secret and returns it; this response is the only place the
/// secret ever appears. The page calls it with JavaScript; without JavaScript the form
/// posts to `/apps/{id}/sandbox-secret`, which shows the secret in its own response.
#[server(prefix = "/api", endpoint = "issue_sandbox_secret")]
pub async fn issue_sandbox_secret(app_id: String) -> Result<IssuedSecret, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let app_id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    let issued = apps::issue_sandbox_secret(&portal.db, &portal.credential_key, &account, app_id)
        .await
        .map_err(respond)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let no_store = http::HeaderValue::from_static("no-store");
        response.insert_header(http::header::CACHE_CONTROL, no_store);
    }
    Ok(issued)
}

/// Revokes the app's sandbox client secret at once.
#[server(prefix = "/api", endpoint = "revoke_sandbox_secret")]
pub async fn revoke_sandbox_secret(app_id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    apps::revoke_sandbox_secret(&portal.db, &account, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/apps/{app_id}?secret=revoked#credentials"));
    Ok(())
}
