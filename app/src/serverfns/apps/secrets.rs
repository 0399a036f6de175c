use leptos::prelude::*;

use crate::domain::environment::Environment;
use crate::domain::grace_period::{GracePeriod, GRACE_DAYS_FIELD};
use crate::error::{AppError, FieldError};
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

    let issued = apps::issue_sandbox_secret(
        &portal.db,
        &portal.credential_key,
        &portal.public_url,
        &account,
        app_id,
    )
    .await
    .map_err(respond)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let no_store = http::HeaderValue::from_static("no-store");
        response.insert_header(http::header::CACHE_CONTROL, no_store);
    }
    Ok(issued)
}

/// Revokes every client secret of the app's client in `environment` (`sandbox` or
/// `production`) at once, grace periods included.
#[server(prefix = "/api", endpoint = "revoke_secret")]
pub async fn revoke_secret(app_id: String, environment: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;
    let environment = parse_environment(&environment).map_err(respond)?;

    apps::revoke_secret(&portal.db, &portal.public_url, &account, id, environment)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!(
        "/apps/{app_id}?secret=revoked&environment={}#credentials",
        environment.as_str()
    ));
    Ok(())
}

/// Issues a new client secret for the app's client in `environment` and returns it once.
/// The previous secret keeps working for `grace_days` whole days, 0 to 7. Without
/// JavaScript the form posts to `/apps/{id}/{environment}-secret`, which shows the secret
/// in its own response.
#[server(prefix = "/api", endpoint = "rotate_secret")]
pub async fn rotate_secret(
    app_id: String,
    environment: String,
    grace_days: String,
) -> Result<IssuedSecret, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{apps, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;
    let environment = parse_environment(&environment).map_err(respond)?;
    let grace = parse_grace_period(&grace_days).map_err(respond)?;

    let issued = apps::rotate_secret(
        &portal.db,
        &portal.credential_key,
        &portal.public_url,
        &account,
        id,
        environment,
        grace,
    )
    .await
    .map_err(respond)?;
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let no_store = http::HeaderValue::from_static("no-store");
        response.insert_header(http::header::CACHE_CONTROL, no_store);
    }
    Ok(issued)
}

/// Parses the `environment` form field.
pub fn parse_environment(value: &str) -> Result<Environment, AppError> {
    Environment::parse(value).ok_or_else(|| {
        AppError::Invalid(vec![FieldError::new(
            "environment",
            format!("“{value}” is not an environment. Choose sandbox or production."),
        )])
    })
}

/// Parses the `grace_days` form field, naming the field and the accepted range on error.
pub fn parse_grace_period(value: &str) -> Result<GracePeriod, AppError> {
    GracePeriod::parse(value)
        .map_err(|error| AppError::Invalid(vec![FieldError::new(GRACE_DAYS_FIELD, error)]))
}
