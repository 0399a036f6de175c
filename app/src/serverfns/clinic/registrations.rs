use leptos::prelude::*;

use crate::error::AppError;
use crate::models::b2b::{CreatedLink, LinkRow, RegistrationRequest};
use crate::models::review::SubmissionView;

/// Creates a registration link labeled `label` that works for `days` days (14 when empty)
/// and returns its URL, shown this once.
#[server(prefix = "/api", endpoint = "create_registration_link")]
pub async fn create_registration_link(
    label: String,
    #[server(default)] days: String,
) -> Result<CreatedLink, AppError> {
    use crate::domain::registration_link::parse_days;
    use crate::serverfns::support::respond_keeping;
    use crate::services::b2b::{self, DAYS_FIELD, LABEL_FIELD};

    let (portal, administrator, _) = super::administrator_request().await?;
    let typed = [(LABEL_FIELD, label.as_str()), (DAYS_FIELD, days.as_str())];
    let keep = |error: AppError| respond_keeping(error, &typed);
    let days = parse_days(&days).map_err(|message| keep(AppError::invalid(DAYS_FIELD, message)))?;

    b2b::create_link(
        &portal.db,
        &portal.credential_key,
        &portal.public_url,
        &administrator,
        &label,
        days,
    )
    .await
    .map_err(keep)
}

/// Lists the clinic's registration links, newest first.
#[server(prefix = "/api", endpoint = "list_registration_links")]
pub async fn list_registration_links() -> Result<Vec<LinkRow>, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::b2b;

    let (portal, administrator, _) = super::administrator_request().await?;
    b2b::list_links(&portal.db, &administrator)
        .await
        .map_err(respond)
}

/// Revokes an unused registration link of the clinic.
#[server(prefix = "/api", endpoint = "revoke_registration_link")]
pub async fn revoke_registration_link(link_id: String) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::b2b;

    let (portal, administrator, _) = super::administrator_request().await?;
    let link_id = super::parse_id(&link_id)?;
    b2b::revoke_link(&portal.db, &administrator, link_id)
        .await
        .map_err(respond)
}

/// Lists the system apps registered through the clinic's links.
#[server(prefix = "/api", endpoint = "list_registration_requests")]
pub async fn list_registration_requests() -> Result<Vec<RegistrationRequest>, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::b2b;

    let (portal, administrator, _) = super::administrator_request().await?;
    b2b::list_requests(&portal.db, &administrator)
        .await
        .map_err(respond)
}

/// Loads one submission of a system app registered through the clinic's links.
#[server(prefix = "/api", endpoint = "load_registration_request")]
pub async fn load_registration_request(submission_id: String) -> Result<SubmissionView, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::b2b;

    let (portal, administrator, _) = super::administrator_request().await?;
    let id = super::parse_id(&submission_id)?;
    b2b::load_request(&portal.db, &portal.review_clock, &administrator, id)
        .await
        .map_err(respond)
}

/// Denies a B2B registration with a written reason.
#[server(prefix = "/api", endpoint = "deny_registration")]
pub async fn deny_registration(
    submission_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::serverfns::support::respond_keeping;
    use crate::services::b2b::{self, REASON_FIELD};

    let (portal, administrator, _) = super::administrator_request().await?;
    let id = super::parse_id(&submission_id)?;
    b2b::deny_request(&portal.db, &portal.public_url, &administrator, id, &reason)
        .await
        .map_err(|error| respond_keeping(error, &[(REASON_FIELD, &reason)]))?;
    leptos_axum::redirect("/clinic/registrations?decided=deny");
    Ok(())
}

/// Revokes the production credentials of a B2B app registered through the clinic's link.
#[server(prefix = "/api", endpoint = "revoke_b2b_credentials")]
pub async fn revoke_b2b_credentials(app_id: String) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::b2b;

    let (portal, administrator, _) = super::administrator_request().await?;
    let app_id = super::parse_id(&app_id)?;
    b2b::revoke_client(&portal.db, &portal.public_url, &administrator, app_id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/clinic/registrations?revoked=1");
    Ok(())
}
