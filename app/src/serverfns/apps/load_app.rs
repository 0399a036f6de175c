use leptos::prelude::*;

use crate::error::AppError;
use crate::models::apps::AppView;

/// Loads one app of the signed-in developer: its registration, credentials and history,
/// with the client secrets that wait to be shown. No cache keeps the response.
#[server(prefix = "/api", endpoint = "load_app")]
pub async fn load_app(app_id: String) -> Result<AppView, AppError> {
    use crate::domain::app_kind::TokenEndpointAuthMethod;
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::serverfns::ShownSecrets;
    use crate::services::{agreement, apps, jwks, session::require_role, submissions};

    // Contexts are read before the first await, while the request's owner is current.
    let portal = portal()?;
    let shown = use_context::<ShownSecrets>().unwrap_or_default();
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let no_store = http::HeaderValue::from_static("no-store");
        response.insert_header(http::header::CACHE_CONTROL, no_store);
    }
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let app_id = app_id.parse().map_err(|_| respond(AppError::NotFound))?;

    let take = || apps::take_sealed_secrets(&portal.db, &portal.credential_key, &account, app_id);
    let new_secrets = shown.get_or_take(app_id, take).await.map_err(respond)?;
    let mut app = apps::load_app(&portal.db, &account, app_id, portal.max_logo_bytes)
        .await
        .map_err(respond)?;

    let stored = apps::load_for_editor(&portal.db, &account, app_id)
        .await
        .map_err(respond)?;
    app.review = submissions::submissions_of(&portal.db, &portal.review_clock, &account, &stored)
        .await
        .map_err(respond)?;
    app.new_secrets = new_secrets;
    app.agreement_pending = agreement::pending_version(&portal.db, account.id)
        .await
        .map_err(respond)?;
    if app.registration.token_endpoint_auth_method
        == TokenEndpointAuthMethod::PrivateKeyJwt.as_str()
    {
        let status = jwks::cached_status(&portal.db, stored.id)
            .await
            .map_err(respond)?;
        app.jwks_status = Some(status);
    }
    Ok(app)
}
