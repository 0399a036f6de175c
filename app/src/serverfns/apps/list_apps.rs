use leptos::prelude::*;

use crate::error::AppError;
use crate::models::apps::AppSummary;

/// Lists the apps the signed-in developer may see.
#[server(prefix = "/api", endpoint = "list_apps")]
pub async fn list_apps() -> Result<Vec<AppSummary>, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    apps::list_apps(&portal.db, &account).await.map_err(respond)
}
