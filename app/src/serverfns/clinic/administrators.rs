use leptos::prelude::*;

use crate::error::AppError;
use crate::models::clinics::AdministratorView;

/// Lists the administrators of the signed-in administrator's clinic.
#[server(prefix = "/api", endpoint = "list_clinic_administrators")]
pub async fn list_clinic_administrators() -> Result<Vec<AdministratorView>, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::clinic_administrators;

    let (portal, administrator, clinic_id) = super::administrator_request().await?;

    clinic_administrators::list_clinic_administrators(&portal.db, &administrator, clinic_id)
        .await
        .map_err(respond)
}

/// Invites another administrator of `clinic_id` by e-mail.
#[server(prefix = "/api", endpoint = "invite_clinic_administrator")]
pub async fn invite_clinic_administrator(
    clinic_id: String,
    email: String,
    display_name: String,
) -> Result<(), AppError> {
    use crate::serverfns::support::respond_keeping;
    use crate::services::clinic_administrators;

    let (portal, administrator, _) = super::administrator_request().await?;
    let clinic_id = super::parse_id(&clinic_id)?;
    let (typed_email, typed_name) = (email.clone(), display_name.clone());

    clinic_administrators::invite_clinic_administrator(
        &portal.db,
        &portal.public_url,
        &administrator,
        clinic_id,
        email,
        display_name,
    )
    .await
    .map_err(|error| {
        respond_keeping(
            error,
            &[("email", &typed_email), ("display_name", &typed_name)],
        )
    })?;
    leptos_axum::redirect("/clinic?invited=1");
    Ok(())
}

/// Removes the administrator `account_id` from `clinic_id`.
#[server(prefix = "/api", endpoint = "remove_clinic_administrator")]
pub async fn remove_clinic_administrator(
    clinic_id: String,
    account_id: String,
) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::clinic_administrators;

    let (portal, administrator, _) = super::administrator_request().await?;
    let clinic_id = super::parse_id(&clinic_id)?;
    let account_id = super::parse_id(&account_id)?;

    clinic_administrators::remove_clinic_administrator(
        &portal.db,
        &administrator,
        clinic_id,
        account_id,
    )
    .await
    .map_err(respond)?;
    leptos_axum::redirect("/clinic?removed=1");
    Ok(())
}
