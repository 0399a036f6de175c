//! The developer's view of an app's submissions and of what a new one still needs.

use chrono::Utc;
use sea_orm::ConnectionTrait;

use super::materials::submission_blockers;
use crate::db::entities::{account, app, submission};
use crate::db::{closure_days, submissions};
use crate::domain::calendar::{business_days_left, business_days_used, long_date, Urgency};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;
use crate::models::submissions::{ReviewState, SubmissionSummary};
use crate::services::apps::registration_of;
use crate::services::calendar::ReviewClock;
use crate::services::identity::{display_time, load_for_reviewer};
use crate::services::review::list_notices_for_app;

/// Loads the app's submissions, newest first, with the progress of each on the clock today,
/// and what a new submission by `account` still needs.
pub async fn submissions_of<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    account: &account::Model,
    app: &app::Model,
) -> Result<ReviewState, AppError> {
    let rows = submissions::list_for_app(connection, app.id).await?;
    let today = clock.date_at(Utc::now());
    let earliest = rows
        .iter()
        .map(|row| row.clock_start)
        .min()
        .unwrap_or(today);
    let closures = closure_days::dates_from(connection, earliest).await?;

    let profile = match app.developer_profile_id {
        Some(profile_id) => Some(load_for_reviewer(connection, account, profile_id).await?),
        None => None,
    };
    let blockers = submission_blockers(account, profile.as_ref(), &registration_of(app)?);

    let submissions = rows
        .iter()
        .map(|row| summary(row, clock, today, &closures))
        .collect::<Result<_, _>>()?;
    Ok(ReviewState {
        submissions,
        notices: list_notices_for_app(connection, clock, app.id).await?,
        blockers,
    })
}

fn summary(
    row: &submission::Model,
    clock: &ReviewClock,
    today: chrono::NaiveDate,
    closures: &[chrono::NaiveDate],
) -> Result<SubmissionSummary, AppError> {
    let status = SubmissionStatus::parse(&row.status).ok_or(AppError::Internal)?;
    let business_days = u32::try_from(row.business_days).map_err(|_| AppError::Internal)?;
    let until = match row.decided_at.or(row.withdrawn_at) {
        Some(moment) => clock.date_at(moment),
        None => today,
    };

    Ok(SubmissionSummary {
        id: row.id.to_string(),
        number: row.number,
        kind: row.kind.clone(),
        status,
        received_at: display_time(row.received_at),
        due_date: long_date(row.due_date),
        business_days,
        business_days_used: business_days_used(row.clock_start, until, closures),
        business_days_left: business_days_left(until, row.due_date, closures),
        urgency: status.is_open().then(|| {
            Urgency::on(today, row.due_date, closures)
                .label()
                .to_owned()
        }),
        decided_at: row.decided_at.map(display_time),
    })
}
