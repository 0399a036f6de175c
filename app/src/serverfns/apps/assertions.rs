use leptos::prelude::*;

use crate::error::AppError;
use crate::models::jwks::{AssertionReport, JwksStatus};

/// Loads the state of the app's public keys as stored. It fetches nothing, so viewing the
/// page sends no request to the developer's server.
#[server(prefix = "/api", endpoint = "load_jwks_status")]
pub async fn load_jwks_status(app_id: String) -> Result<JwksStatus, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, jwks, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let app_id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    let app = apps::load_for_editor(&portal.db, &account, app_id)
        .await
        .map_err(respond)?;
    jwks::cached_status(&portal.db, app.id)
        .await
        .map_err(respond)
}

/// Fetches the app's JWKS URL now and returns the new state of its keys.
#[server(prefix = "/api", endpoint = "refresh_jwks")]
pub async fn refresh_jwks(app_id: String) -> Result<JwksStatus, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, jwks, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    let app = apps::load_for_editor(&portal.db, &account, id)
        .await
        .map_err(respond)?;
    let status = jwks::refresh_app_jwks(&portal.db, &portal.fetcher, app.id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/apps/{app_id}#assertion-tester"));
    Ok(status)
}

/// Checks a pasted client assertion for the app's client in `environment` (`sandbox` or
/// `production`). Without JavaScript the form posts to `/apps/{id}/assertion-test`, which
/// shows the verdict in its own response.
#[server(prefix = "/api", endpoint = "test_client_assertion")]
pub async fn test_client_assertion(
    app_id: String,
    environment: String,
    assertion: String,
) -> Result<AssertionReport, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::apps::parse_environment;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{assertion_tester, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let app_id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;
    let environment = parse_environment(&environment).map_err(respond)?;

    assertion_tester::test_client_assertion(
        &portal.db,
        &portal.fetcher,
        &portal.token_endpoint,
        &account,
        app_id,
        environment,
        &assertion,
    )
    .await
    .map_err(respond)
}
