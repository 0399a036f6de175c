use leptos::prelude::*;

use crate::error::AppError;

/// Verifies the e-mail address with the token from the link, then goes to sign-in, which
/// leads on to `next` when it is a path on the portal.
#[server(prefix = "/api", endpoint = "verify_email")]
pub async fn verify_email(token: String, #[server(default)] next: String) -> Result<(), AppError> {
    use crate::domain::return_path::{local_path, query_value};
    use crate::serverfns::support::{portal, respond};
    use crate::services::accounts;

    let portal = portal()?;

    accounts::verify_email(&portal.db, &token)
        .await
        .map_err(respond)?;
    let destination = match local_path(&next) {
        Some(next) => format!("/sign-in?verified=1&next={}", query_value(next)),
        None => "/sign-in?verified=1".to_owned(),
    };
    leptos_axum::redirect(&destination);
    Ok(())
}
