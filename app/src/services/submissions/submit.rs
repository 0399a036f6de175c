//! Submitting an app for review.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use super::materials::submission_blockers;
use super::snapshot::{registration_in, snapshot};
use crate::db::entities::{account, submission};
use crate::db::submissions::{self, NewSubmission};
use crate::db::{apps as app_rows, begin_write};
use crate::domain::app_status::AppStatus;
use crate::domain::calendar::{FIRST_SUBMISSION_BUSINESS_DAYS, RESUBMISSION_BUSINESS_DAYS};
use crate::domain::review::reviewed_fields::changed_reviewed_fields;
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::{AppError, FieldError};
use crate::services::agreement::require_current_acceptance;
use crate::services::apps::{load_for_editor, record_app_event, registration_of};
use crate::services::calendar::{clock_start_for, due_date_for, ReviewClock};
use crate::services::fetcher::GuardedFetcher;
use crate::services::identity::load_for_reviewer;
use crate::services::prechecks::{offline_prechecks, run_prechecks};

/// The receipt of a submission: whether its pre-checks fetch the registered URLs, and the
/// time it counts as received.
pub struct Receipt<'a> {
    /// Fetches the privacy policy, terms of service and JWKS URL. `None` records those
    /// pre-checks as skipped, so nothing leaves the machine.
    pub fetcher: Option<&'a GuardedFetcher>,
    /// The receipt time the due date counts from, or `None` for the moment of writing.
    pub received_at: Option<DateTime<Utc>>,
}

/// Submits the app for review: checks that the materials are complete, runs the automatic
/// pre-checks, and stores an immutable snapshot with its receipt time and due date. A first
/// submission is due in 10 business days; a resubmission after a notice, or a change to
/// an approved app, in 5.
pub async fn submit_app(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    fetcher: &GuardedFetcher,
    account: &account::Model,
    app_id: Uuid,
) -> Result<submission::Model, AppError> {
    let receipt = Receipt {
        fetcher: Some(fetcher),
        received_at: None,
    };
    submit_app_with_receipt(db, clock, account, app_id, receipt).await
}

/// Submits the app like [`submit_app`], with the pre-check fetches and the receipt time
/// that `receipt` sets. The demo data loader uses it to record submissions received in
/// the past without network access.
pub async fn submit_app_with_receipt(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    account: &account::Model,
    app_id: Uuid,
    receipt: Receipt<'_>,
) -> Result<submission::Model, AppError> {
    let app = load_for_editor(db, account, app_id).await?;
    require_current_acceptance(db, account.id).await?;
    let registration = registration_of(&app)?;
    let profile = match app.developer_profile_id {
        Some(profile_id) => Some(load_for_reviewer(db, account, profile_id).await?),
        None => None,
    };
    let blockers = submission_blockers(account, profile.as_ref(), &registration);
    if !blockers.is_empty() {
        return Err(AppError::Invalid(blockers));
    }
    let profile = profile.ok_or(AppError::Internal)?;
    let prechecks = match receipt.fetcher {
        Some(fetcher) => run_prechecks(fetcher, &registration).await,
        None => offline_prechecks(&registration),
    };

    let transaction = begin_write(db).await?;
    let current = load_for_editor(&transaction, account, app_id).await?;
    if current.updated_at != app.updated_at {
        return Err(AppError::BadRequest(
            "the registration changed while it was being submitted. Submit it again.".to_owned(),
        ));
    }
    let previous = submissions::list_for_app(&transaction, app.id).await?;
    let kind = submission_kind(&current, &previous, &registration)?;
    let business_days = match kind {
        "first" => FIRST_SUBMISSION_BUSINESS_DAYS,
        _ => RESUBMISSION_BUSINESS_DAYS,
    };

    let received_at = receipt.received_at.unwrap_or_else(Utc::now);
    let submission = submissions::insert(
        &transaction,
        NewSubmission {
            app_id: app.id,
            submitted_by: account.id,
            kind,
            snapshot: snapshot(&current, &registration, &profile),
            prechecks: serde_json::to_value(&prechecks).map_err(|_| AppError::Internal)?,
            received_at,
            clock_start: clock_start_for(&transaction, clock, received_at).await?,
            due_date: due_date_for(&transaction, clock, received_at, business_days).await?,
            business_days,
        },
    )
    .await?;
    if kind != "change" {
        app_rows::set_status(&transaction, app.id, AppStatus::Submitted).await?;
    }

    let after = json!({
        "submission_id": submission.id,
        "number": submission.number,
        "kind": kind,
        "due_date": submission.due_date.to_string(),
    });
    record_app_event(
        &transaction,
        account.id,
        "submission.received",
        app.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;
    Ok(submission)
}

/// Returns what a new submission of the app is: `first`, `resubmission` after a notice,
/// or `change` to an approved app. Refuses when a submission is still open, when the app is
/// suspended, and when an approved app has no change to a reviewed field.
fn submission_kind(
    app: &crate::db::entities::app::Model,
    previous: &[submission::Model],
    registration: &crate::domain::registration::RegistrationInput,
) -> Result<&'static str, AppError> {
    if previous
        .iter()
        .any(|s| s.status == SubmissionStatus::Open.as_str())
    {
        return Err(AppError::BadRequest(
            "a submission of this app is already in review. Withdraw it first to submit again."
                .to_owned(),
        ));
    }

    match AppStatus::parse(&app.status) {
        Some(AppStatus::Draft | AppStatus::Submitted) => Ok("first"),
        Some(AppStatus::NoticeIssued) => Ok("resubmission"),
        Some(AppStatus::Approved) => {
            let approved = previous
                .iter()
                .find(|s| s.status == SubmissionStatus::Approved.as_str())
                .and_then(|s| registration_in(&s.snapshot))
                .ok_or(AppError::Internal)?;
            if changed_reviewed_fields(&approved, registration).is_empty() {
                return Err(AppError::Invalid(vec![FieldError::new(
                    "registration",
                    "Nothing a review covers has changed since the approval; changes to the \
                     description, logo and support contact apply without review.",
                )]));
            }
            Ok("change")
        }
        Some(AppStatus::Suspended) => Err(AppError::BadRequest(
            "a suspended app cannot be submitted until a reviewer restores it.".to_owned(),
        )),
        None => Err(AppError::Internal),
    }
}
