use leptos::prelude::*;

use crate::error::AppError;

/// Changes the signed-in account's password. The change ends every other session, and this
/// one continues under a new session ID.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(
    current_password: String,
    new_password: String,
) -> Result<(), AppError> {
    use crate::db::accounts as account_rows;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{accounts, session as sessions};

    let portal = portal()?;
    let session = session().await?;
    let account = sessions::current_account(&portal, &session)
        .await?
        .ok_or(AppError::Unauthenticated)
        .map_err(respond)?;
    let form = accounts::ChangePassword {
        current_password,
        new_password,
    };

    accounts::change_password(&portal.db, account.id, form)
        .await
        .map_err(respond)?;
    let account = account_rows::find_by_id(&portal.db, account.id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    sessions::start(&session, &account).await.map_err(respond)?;

    leptos_axum::redirect("/account?password_changed=1");
    Ok(())
}
