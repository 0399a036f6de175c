use leptos::prelude::*;

use crate::domain::precheck::PreCheck;
use crate::error::AppError;
use crate::models::review::SubmissionView;

/// Loads one submission for a reviewer.
#[server(prefix = "/api", endpoint = "load_submission_for_review")]
pub async fn load_submission_for_review(submission_id: String) -> Result<SubmissionView, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&submission_id).await?;

    review::load_submission(&portal.db, &portal.review_clock, &reviewer, id)
        .await
        .map_err(respond)
}

/// Claims a submission for the signed-in reviewer.
#[server(prefix = "/api", endpoint = "claim_submission")]
pub async fn claim_submission(submission_id: String) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&submission_id).await?;

    review::claim_submission(&portal.db, &reviewer, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/review/submissions/{submission_id}?claimed=1"));
    Ok(())
}

/// Releases the signed-in reviewer's claim of a submission.
#[server(prefix = "/api", endpoint = "release_submission")]
pub async fn release_submission(submission_id: String) -> Result<(), AppError> {
    use crate::serverfns::support::respond;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&submission_id).await?;

    review::release_submission(&portal.db, &reviewer, id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/review/submissions/{submission_id}?released=1"));
    Ok(())
}

/// Runs the pre-checks of a submission again and returns the fresh result; the stored
/// pre-checks do not change.
#[server(prefix = "/api", endpoint = "rerun_prechecks")]
pub async fn rerun_prechecks(submission_id: String) -> Result<Vec<PreCheck>, AppError> {
    use crate::serverfns::support::respond;
    use crate::services::review;

    let (portal, reviewer, id) = super::reviewer_request(&submission_id).await?;

    review::rerun_prechecks(&portal.db, &portal.fetcher, &reviewer, id)
        .await
        .map_err(respond)
}
