use leptos::prelude::*;

use crate::error::AppError;

/// E-mails a reset link when the address has an account; the page shows the same either way.
#[server(prefix = "/api", endpoint = "request_password_reset")]
pub async fn request_password_reset(email: String) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond_keeping};
    use crate::services::accounts;

    let portal = portal()?;

    accounts::request_password_reset(&portal.db, &portal.public_url, &email)
        .await
        .map_err(|error| respond_keeping(error, &[("email", &email)]))?;
    leptos_axum::redirect("/forgot-password?sent=1");
    Ok(())
}

/// Sets a new password with the token from the link, then goes to sign-in.
#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::accounts;

    let portal = portal()?;

    accounts::reset_password(&portal.db, &token, password)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/sign-in?reset=1");
    Ok(())
}
