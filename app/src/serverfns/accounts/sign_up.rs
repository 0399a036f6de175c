use leptos::prelude::*;

use crate::error::AppError;

/// Creates a developer account and e-mails the verification link, then shows where to
/// look for it. A `next` path on the portal rides along in the link.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(
    display_name: String,
    email: String,
    password: String,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond_keeping};
    use crate::services::accounts;

    let portal = portal()?;
    let (typed_email, typed_name) = (email.clone(), display_name.clone());
    let form = accounts::SignUp {
        email,
        display_name,
        password,
    };

    let next = (!next.is_empty()).then_some(next.as_str());
    accounts::sign_up_returning_to(&portal.db, &portal.public_url, form, next)
        .await
        .map_err(|error| {
            respond_keeping(
                error,
                &[("email", &typed_email), ("display_name", &typed_name)],
            )
        })?;
    leptos_axum::redirect("/sign-up/check-inbox");
    Ok(())
}
