//! The steps a demo app goes through, each one call of the service a developer, reviewer
//! or clinic administrator triggers in the portal.

use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use super::registrations::{registration, Case};
use super::DemoContext;
use crate::db::closure_days;
use crate::db::entities::{account, app, submission};
use crate::domain::calendar::{Urgency, FIRST_SUBMISSION_BUSINESS_DAYS};
use crate::domain::review::criteria::Criterion;
use crate::domain::review::decision::DecisionInput;
use crate::error::AppError;
use crate::services::apps::create_app;
use crate::services::calendar::due_date_for;
use crate::services::review::{claim_submission, decide_submission};
use crate::services::submissions::{submit_app_with_receipt, Receipt};

/// The furthest back, in calendar days, a demo submission may be received.
const MAX_DAYS_BACK: i64 = 60;

/// Saves `case` as a new draft app of `developer`.
pub async fn create(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    developer: &account::Model,
    case: &Case,
) -> Result<app::Model, AppError> {
    create_app(
        db,
        context.key,
        context.public_url,
        developer,
        registration(case)?,
    )
    .await
}

/// Submits the app for review without fetching its URLs, received at `received_at` or
/// now.
pub async fn submit(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    developer: &account::Model,
    app_id: Uuid,
    received_at: Option<DateTime<Utc>>,
) -> Result<submission::Model, AppError> {
    let receipt = Receipt {
        fetcher: None,
        received_at,
    };
    submit_app_with_receipt(db, context.clock, developer, app_id, receipt).await
}

/// Creates the app and submits it at once.
pub async fn create_and_submit(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    developer: &account::Model,
    case: &Case,
) -> Result<(app::Model, submission::Model), AppError> {
    let app = create(db, context, developer, case).await?;
    let submission = submit(db, context, developer, app.id, None).await?;
    Ok((app, submission))
}

/// Creates the app, submits it and has `reviewer` approve it, which issues its production
/// credentials.
pub async fn create_approved(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    developer: &account::Model,
    reviewer: &account::Model,
    case: &Case,
) -> Result<app::Model, AppError> {
    let (app, submission) = create_and_submit(db, context, developer, case).await?;
    approve(db, context, reviewer, submission.id).await?;
    Ok(app)
}

/// Claims the submission as `reviewer` and approves it with every criterion met.
pub async fn approve(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    reviewer: &account::Model,
    submission_id: Uuid,
) -> Result<(), AppError> {
    claim_submission(db, reviewer, submission_id).await?;
    let input = decision("approve", None);
    decide(db, context, reviewer, submission_id, input).await
}

/// Claims the submission as `reviewer` and issues a Notice of Non-Conformance with
/// `criterion` unmet for the reason `finding`.
pub async fn issue_notice(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    reviewer: &account::Model,
    submission_id: Uuid,
    criterion: Criterion,
    finding: &str,
) -> Result<(), AppError> {
    claim_submission(db, reviewer, submission_id).await?;
    let input = decision("notice", Some((criterion, finding)));
    decide(db, context, reviewer, submission_id, input).await
}

async fn decide(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    reviewer: &account::Model,
    submission_id: Uuid,
    input: DecisionInput,
) -> Result<(), AppError> {
    decide_submission(
        db,
        context.key,
        context.clock,
        context.public_url,
        reviewer,
        submission_id,
        input,
    )
    .await
}

/// Builds a decision with every criterion met except `unmet`, which gets its finding.
pub fn decision(verdict: &str, unmet: Option<(Criterion, &str)>) -> DecisionInput {
    let answers = Criterion::ALL
        .into_iter()
        .map(|criterion| match unmet {
            Some((unmet, finding)) if unmet == criterion => {
                ("not_met".to_owned(), finding.to_owned())
            }
            _ => ("met".to_owned(), String::new()),
        })
        .collect();

    DecisionInput {
        verdict: verdict.to_owned(),
        answers,
    }
}

/// Returns the latest receipt time, whole days before now, at which a first submission
/// shows `urgency` in the reviewers' queue today. It counts with the same business-day
/// clock and closure days as the queue, so weekends and holidays cannot shift the result.
pub async fn received_for_urgency(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    urgency: Urgency,
) -> Result<DateTime<Utc>, AppError> {
    let now = Utc::now();
    let today = context.clock.date_at(now);
    let closures = closure_days::dates_from(db, today - Duration::days(MAX_DAYS_BACK)).await?;

    for days_back in 1..=MAX_DAYS_BACK {
        let received_at = now - Duration::days(days_back);
        let due = due_date_for(
            db,
            context.clock,
            received_at,
            FIRST_SUBMISSION_BUSINESS_DAYS,
        )
        .await?;
        if Urgency::on(today, due, &closures) == urgency {
            return Ok(received_at);
        }
    }

    tracing::error!(?urgency, "no demo receipt time gives the requested urgency");
    Err(AppError::Internal)
}
