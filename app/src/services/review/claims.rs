//! Claims: a reviewer claims an open submission so no other reviewer works on it, and
//! releases it to hand it back to the queue.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use uuid::Uuid;

use super::access::{belongs_to_developer, require_reviewer, OWN_ORGANIZATION};
use super::{record, SUBMISSION_SUBJECT};
use crate::db::entities::{account, submission};
use crate::db::{accounts, apps, begin_write, review_submissions};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;

/// Claims an open submission for `reviewer`. Rejected when another reviewer has claimed
/// it (naming them), when it is no longer open, and when the reviewer belongs to the
/// developer's organization.
pub async fn claim_submission(
    db: &DatabaseConnection,
    reviewer: &account::Model,
    submission_id: Uuid,
) -> Result<(), AppError> {
    require_reviewer(reviewer)?;

    let transaction = begin_write(db).await?;
    let submission = load_open(&transaction, submission_id).await?;
    match submission.claimed_by {
        Some(holder) if holder == reviewer.id => return Ok(()),
        Some(holder) => return Err(held_by(&transaction, holder).await?),
        None => {}
    }

    let app = apps::find_by_id(&transaction, submission.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    if belongs_to_developer(&transaction, reviewer, &app).await? {
        return Err(AppError::BadRequest(OWN_ORGANIZATION.to_owned()));
    }
    // The clinic that issued a system app's registration link decides it, not a reviewer.
    if app.clinic_id.is_some() {
        return Err(AppError::Forbidden);
    }

    let now = Utc::now();
    if !review_submissions::claim(&transaction, submission.id, reviewer.id, now).await? {
        return Err(AppError::BadRequest(
            "another reviewer claimed this submission a moment ago. Reload the page.".to_owned(),
        ));
    }
    let after = json!({ "claimed_by": reviewer.id, "number": submission.number });
    record(
        &transaction,
        reviewer.id,
        "submission.claimed",
        SUBMISSION_SUBJECT,
        submission.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(submission.id = %submission.id, reviewer = %reviewer.id, "submission claimed");
    Ok(())
}

/// Releases `reviewer`'s claim of an open submission, returning it to the queue.
pub async fn release_submission(
    db: &DatabaseConnection,
    reviewer: &account::Model,
    submission_id: Uuid,
) -> Result<(), AppError> {
    require_reviewer(reviewer)?;

    let transaction = begin_write(db).await?;
    let submission = load_open(&transaction, submission_id).await?;
    if !review_submissions::release(&transaction, submission.id, reviewer.id).await? {
        return Err(AppError::BadRequest(
            "you do not hold the claim of this submission, so there is nothing to release."
                .to_owned(),
        ));
    }
    let after = json!({ "released_by": reviewer.id, "number": submission.number });
    record(
        &transaction,
        reviewer.id,
        "submission.released",
        SUBMISSION_SUBJECT,
        submission.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(submission.id = %submission.id, reviewer = %reviewer.id, "submission released");
    Ok(())
}

/// Loads a submission that still waits for a decision: `NotFound` when there is none, and a
/// rejection naming its state when it was withdrawn or decided.
pub(super) async fn load_open<C: ConnectionTrait>(
    connection: &C,
    submission_id: Uuid,
) -> Result<submission::Model, AppError> {
    let submission = review_submissions::find(connection, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;

    match SubmissionStatus::parse(&submission.status) {
        Some(SubmissionStatus::Open) => Ok(submission),
        Some(SubmissionStatus::Withdrawn) => Err(AppError::BadRequest(
            "the developer withdrew this submission, so it can no longer be claimed or decided."
                .to_owned(),
        )),
        Some(SubmissionStatus::Approved | SubmissionStatus::NoticeIssued) => {
            Err(AppError::BadRequest(
                "this submission is already decided, so it can no longer be claimed or decided."
                    .to_owned(),
            ))
        }
        None => Err(AppError::Internal),
    }
}

/// Builds the rejection of a claim that another reviewer has, naming them.
pub(super) async fn held_by<C: ConnectionTrait>(
    connection: &C,
    holder: Uuid,
) -> Result<AppError, AppError> {
    let name = accounts::find_by_id(connection, holder).await?.map_or_else(
        || "another reviewer".to_owned(),
        |account| account.display_name,
    );

    Ok(AppError::BadRequest(format!(
        "{name} has claimed this submission. Only the reviewer holding the claim works on it."
    )))
}
