use leptos::prelude::*;

use crate::error::AppError;

/// Verifies the e-mail address with the token from the link, then goes to sign-in.
#[server(prefix = "/api", endpoint = "verify_email")]
pub async fn verify_email(token: String) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::accounts;

    let portal = portal()?;

    accounts::verify_email(&portal.db, &token)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/sign-in?verified=1");
    Ok(())
}
