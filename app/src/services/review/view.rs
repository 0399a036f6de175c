//! The review page of one submission.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::access::{belongs_to_developer, require_reviewer, OWN_ORGANIZATION};
use super::queue::display_name;
use super::snapshot;
use crate::db::entities::account;
use crate::db::{apps, closure_days, notices, review_submissions};
use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::calendar::{business_days_left, long_date, Urgency};
use crate::domain::precheck::PreCheck;
use crate::domain::review::registration_diff::changed_fields;
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;
use crate::models::review::SubmissionView;
use crate::services::agreement::acceptance_history;
use crate::services::apps::app_history;
use crate::services::calendar::ReviewClock;
use crate::services::fetcher::GuardedFetcher;
use crate::services::identity::display_time;
use crate::services::prechecks::run_prechecks;

/// Loads a submission for a reviewer: its snapshot, the fields changed since the app's
/// previous submission, the stored pre-checks, the app's history, the claim and the decision.
pub async fn load_submission(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    reviewer: &account::Model,
    submission_id: Uuid,
) -> Result<SubmissionView, AppError> {
    require_reviewer(reviewer)?;
    submission_view(db, clock, reviewer, submission_id).await
}

/// Builds the review page of a submission for `viewer`, whom the caller has authorized.
pub(crate) async fn submission_view(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    viewer: &account::Model,
    submission_id: Uuid,
) -> Result<SubmissionView, AppError> {
    let reviewer = viewer;
    let submission = review_submissions::find(db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let app = apps::find_by_id(db, submission.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    let status = SubmissionStatus::parse(&submission.status).ok_or(AppError::Internal)?;

    let siblings = review_submissions::list_for_app(db, app.id).await?;
    let is_latest = siblings.first().map(|latest| latest.id) == Some(submission.id);
    let previous = siblings
        .iter()
        .find(|sibling| sibling.number < submission.number);
    let registration = snapshot::registration(&submission);
    let changes = match (previous.and_then(snapshot::registration), &registration) {
        (Some(before), Some(after)) => Some(changed_fields(&before, after)),
        _ => None,
    };

    let today = clock.date_at(Utc::now());
    let closures = closure_days::dates_from(db, submission.clock_start.min(today)).await?;
    let mut names = HashMap::new();
    let claimed_by = match submission.claimed_by {
        Some(id) => Some(display_name(db, &mut names, id).await?),
        None => None,
    };
    let decided_by = match submission.decided_by {
        Some(id) => Some(display_name(db, &mut names, id).await?),
        None => None,
    };
    let claim_barrier = belongs_to_developer(db, reviewer, &app)
        .await?
        .then(|| OWN_ORGANIZATION.to_owned());
    let notice_id = notices::list_for_app(db, app.id)
        .await?
        .into_iter()
        .find(|notice| notice.submission_id == submission.id)
        .map(|notice| notice.id.to_string());
    let decision = submission
        .decision
        .clone()
        .and_then(|value| serde_json::from_value(value).ok());

    Ok(SubmissionView {
        id: submission.id.to_string(),
        number: submission.number,
        submission_kind: snapshot::kind_label(&submission.kind),
        status,
        app_id: app.id.to_string(),
        app_name: snapshot::app_name(&submission),
        app_kind: AppKind::parse(&app.kind).ok_or(AppError::Internal)?,
        app_status: AppStatus::parse(&app.status).ok_or(AppError::Internal)?,
        suspension_reason: app.suspension_reason.clone(),
        is_latest,
        developer: snapshot::developer_name(&submission),
        received_at: display_time(submission.received_at),
        due_on: long_date(submission.due_date),
        business_days_left: business_days_left(today, submission.due_date, &closures),
        urgency: Urgency::on(today, submission.due_date, &closures),
        claimed_by_me: submission.claimed_by == Some(reviewer.id),
        claimed_by,
        claim_barrier,
        public_client: registration
            .as_ref()
            .is_some_and(|registration| registration.client_type == "public"),
        identity: snapshot::identity(&submission),
        registration,
        changes,
        prechecks: serde_json::from_value(submission.prechecks.clone()).unwrap_or_default(),
        history: app_history(db, app.id).await?,
        decision,
        decided_by,
        decided_at: submission.decided_at.map(display_time),
        notice_id,
        agreement_acceptances: acceptance_history(db, submission.submitted_by).await?,
    })
}

/// Runs the pre-checks again on the submitted registration and returns the fresh result.
/// The stored pre-checks and the snapshot stay as they were at receipt.
pub async fn rerun_prechecks(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    reviewer: &account::Model,
    submission_id: Uuid,
) -> Result<Vec<PreCheck>, AppError> {
    require_reviewer(reviewer)?;
    let submission = review_submissions::find(db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let registration = snapshot::registration(&submission).ok_or_else(|| {
        AppError::BadRequest(
            "this submission's snapshot contains no registration, so the pre-checks cannot run."
                .to_owned(),
        )
    })?;

    Ok(run_prechecks(fetcher, &registration).await)
}
