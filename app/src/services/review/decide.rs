//! A reviewer's decision on a submission: approval or a Notice of Non-Conformance. The
//! audit event of each decision carries the clock figures the public transparency page
//! computes its statistics from, so its `after` keys are a stable format.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{json, Value};
use url::Url;
use uuid::Uuid;

use super::claims::{held_by, load_open};
use super::{approval, notices, record, snapshot, APP_SUBJECT};
use crate::db::entities::{account, submission};
use crate::db::{apps, begin_write, closure_days, review_submissions};
use crate::domain::calendar::business_days_used;
use crate::domain::review::decision::{check_decision, DecisionInput, Verdict};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::{AppError, FieldError};
use crate::services::calendar::ReviewClock;
use crate::services::credentials::CredentialKey;

/// Records `reviewer`'s decision on an open submission they hold the claim of. Approval
/// issues the production credentials; a notice records the Notice of Non-Conformance. Both
/// e-mail the developer. Every problem with the form comes back at once, under its field.
pub async fn decide_submission(
    db: &DatabaseConnection,
    key: &CredentialKey,
    clock: &ReviewClock,
    public_url: &Url,
    reviewer: &account::Model,
    submission_id: Uuid,
    input: DecisionInput,
) -> Result<(), AppError> {
    super::access::require_reviewer(reviewer)?;

    let transaction = begin_write(db).await?;
    let submission = load_open(&transaction, submission_id).await?;
    match submission.claimed_by {
        Some(holder) if holder == reviewer.id => {}
        Some(holder) => return Err(held_by(&transaction, holder).await?),
        None => {
            return Err(AppError::BadRequest(
                "claim this submission before deciding it.".to_owned(),
            ))
        }
    }

    let public_client = snapshot::registration(&submission)
        .is_some_and(|registration| registration.client_type == "public");
    let decision = check_decision(&input, public_client).map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|problem| FieldError::new(&problem.field, problem.message))
                .collect(),
        )
    })?;

    let now = Utc::now();
    let status = match decision.verdict {
        Verdict::Approve => SubmissionStatus::Approved,
        Verdict::Notice => SubmissionStatus::NoticeIssued,
    };
    let results = serde_json::to_value(&decision.results).map_err(|_| AppError::Internal)?;
    if !review_submissions::decide(
        &transaction,
        submission.id,
        reviewer.id,
        status,
        results,
        now,
    )
    .await?
    {
        return Err(AppError::BadRequest(
            "this submission changed a moment ago. Reload the page.".to_owned(),
        ));
    }

    let app = apps::find_by_id(&transaction, submission.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    let action = match decision.verdict {
        Verdict::Approve => {
            let submitted_by = submission.submitted_by;
            approval::approve(
                &transaction,
                key,
                public_url,
                reviewer.id,
                submitted_by,
                app,
            )
            .await?;
            "submission.approved"
        }
        Verdict::Notice => {
            notices::issue(
                &transaction,
                clock,
                public_url,
                reviewer,
                &submission,
                app,
                &decision.results,
                now,
            )
            .await?;
            "submission.notice_issued"
        }
    };

    let figures = clock_figures(&transaction, clock, &submission, now).await?;
    record(
        &transaction,
        reviewer.id,
        action,
        APP_SUBJECT,
        submission.app_id,
        None,
        figures,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(submission.id = %submission.id, reviewer = %reviewer.id, action, "submission decided");
    Ok(())
}

/// Builds the `after` of a decision's audit event: exactly these keys, which the public
/// transparency statistics read.
async fn clock_figures<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    submission: &submission::Model,
    decided_at: DateTime<Utc>,
) -> Result<Value, AppError> {
    let decided_on: NaiveDate = clock.date_at(decided_at);
    let closures = closure_days::dates_from(connection, submission.clock_start).await?;
    let used = business_days_used(submission.clock_start, decided_on, &closures);

    Ok(json!({
        "submission_id": submission.id,
        "number": submission.number,
        "kind": submission.kind,
        "received_at": submission.received_at.to_rfc3339(),
        "clock_start": submission.clock_start.format("%Y-%m-%d").to_string(),
        "due_date": submission.due_date.format("%Y-%m-%d").to_string(),
        "decided_on": decided_on.format("%Y-%m-%d").to_string(),
        "business_days_to_decision": used,
        "within_deadline": decided_on <= submission.due_date,
    }))
}
