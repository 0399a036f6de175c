use leptos::prelude::*;

use crate::error::AppError;

/// Sets the invited account's password, then goes to sign-in.
#[server(prefix = "/api", endpoint = "accept_invitation")]
pub async fn accept_invitation(token: String, password: String) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::accounts;

    let portal = portal()?;
    let form = accounts::AcceptInvitation { token, password };

    accounts::accept_invitation(&portal.db, form)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/sign-in?invited=1");
    Ok(())
}
