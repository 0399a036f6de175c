use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::domain::role::Role;
use crate::error::AppError;

/// The signed-in account as the pages show it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedInUser {
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub email_verified: bool,
}

/// Loads the signed-in account, or `None` when no one is signed in.
#[server(prefix = "/api", endpoint = "current_user")]
pub async fn current_user() -> Result<Option<SignedInUser>, AppError> {
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::session::current_account;

    let portal = portal()?;
    let session = session().await?;

    let account = current_account(&portal, &session).await.map_err(respond)?;
    Ok(account.and_then(|account| {
        Some(SignedInUser {
            role: Role::parse(&account.role)?,
            email_verified: account.email_verified_at.is_some(),
            display_name: account.display_name,
            email: account.email,
        })
    }))
}
