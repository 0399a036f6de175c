use leptos::prelude::*;

use crate::error::AppError;

/// Suspends an approved app with the reviewer's `reason`, then shows the review page of
/// `submission_id` again.
#[server(prefix = "/api", endpoint = "suspend_app")]
pub async fn suspend_app(
    app_id: String,
    submission_id: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::serverfns::support::respond_keeping;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&app_id).await?;

    review::suspend_app(&portal.db, &portal.public_url, &reviewer, id, &reason)
        .await
        .map_err(|error| respond_keeping(error, &[(review::SUSPENSION_REASON_FIELD, &reason)]))?;
    leptos_axum::redirect(&format!("/review/submissions/{submission_id}?suspended=1"));
    Ok(())
}

/// Restores a suspended app, then shows the review page of `submission_id` again.
#[server(prefix = "/api", endpoint = "restore_app")]
pub async fn restore_app(app_id: String, submission_id: String) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&app_id).await?;

    review::restore_app(&portal.db, &portal.public_url, &reviewer, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/review/submissions/{submission_id}?restored=1"));
    Ok(())
}
