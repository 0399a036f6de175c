use leptos::prelude::*;

use crate::error::AppError;

/// Ends the session and returns to the home page.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::serverfns::support::{respond, session};
    use crate::services::session as sessions;

    let session = session().await?;

    sessions::end(&session).await.map_err(respond)?;
    leptos_axum::redirect("/");
    Ok(())
}
