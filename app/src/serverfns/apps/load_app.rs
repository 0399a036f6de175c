use leptos::prelude::*;

use crate::error::AppError;
use crate::models::apps::AppView;

/// Loads one app of the signed-in developer: its registration, credentials and history.
#[server(prefix = "/api", endpoint = "load_app")]
pub async fn load_app(app_id: String) -> Result<AppView, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let app_id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    apps::load_app(&portal.db, &account, app_id, portal.max_logo_bytes)
        .await
        .map_err(respond)
}
