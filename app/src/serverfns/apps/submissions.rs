use leptos::prelude::*;

use crate::error::AppError;

/// Submits the signed-in developer's app for review. A refusal lists everything the
/// submission still needs, each under its field.
#[server(prefix = "/api", endpoint = "submit_app")]
pub async fn submit_app(app_id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{session::require_role, submissions};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    submissions::submit_app(
        &portal.db,
        &portal.review_clock,
        &portal.fetcher,
        &account,
        id,
    )
    .await
    .map_err(respond)?;
    leptos_axum::redirect(&format!("/apps/{app_id}?submitted=1#review"));
    Ok(())
}

/// Withdraws the app's submission that waits for a decision.
#[server(prefix = "/api", endpoint = "withdraw_submission")]
pub async fn withdraw_submission(app_id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{session::require_role, submissions};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    submissions::withdraw_submission(&portal.db, &account, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/apps/{app_id}?withdrawn=1#review"));
    Ok(())
}
