use leptos::prelude::*;

use crate::error::AppError;

/// Signs in and goes to the developer agreement when a developer has not accepted its
/// current version, else to `next` when it is a path on the portal, else to the role's
/// start page.
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    use crate::domain::return_path::{local_path, query_value};
    use crate::domain::role::Role;
    use crate::serverfns::support::{client_address, portal, respond, respond_keeping, session};
    use crate::services::{accounts, agreement, session as sessions};

    let portal = portal()?;
    let session = session().await?;
    let typed_email = email.clone();
    let form = accounts::SignIn {
        email,
        password,
        client_address: client_address().await,
    };

    let account = accounts::sign_in(&portal.db, form)
        .await
        .map_err(|error| respond_keeping(error, &[("email", &typed_email)]))?;
    sessions::start(&session, &account).await.map_err(respond)?;

    // A developer who has not accepted the current developer agreement reads it first.
    let role = Role::parse(&account.role);
    let pending = match role {
        Some(Role::Developer) => agreement::pending_version(&portal.db, account.id)
            .await
            .map_err(respond)?,
        _ => None,
    };
    let home = role.map_or("/", Role::home_path);
    let destination = match (pending, local_path(&next)) {
        (Some(_), Some(next)) => {
            format!("{}?next={}", agreement::AGREEMENT_PATH, query_value(next))
        }
        (Some(_), None) => agreement::AGREEMENT_PATH.to_owned(),
        (None, Some(next)) => next.to_owned(),
        (None, None) => home.to_owned(),
    };
    leptos_axum::redirect(&destination);
    Ok(())
}
