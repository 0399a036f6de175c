//! The public transparency page: the review clock's settings, the days it skips in the next
//! 12 months, and the statistics of the decisions recorded in the audit trail.

use chrono::{DateTime, Duration, Months, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Deserialize;
use uuid::Uuid;

use super::calendar::{closure_day_row, holiday_rows, ReviewClock};
use crate::db::closure_days;
use crate::db::entities::audit_event;
use crate::domain::calendar::long_date;
use crate::domain::review::statistics::{
    summarize, Decision, DecisionOutcome, APPROVED_ACTION, NOTICE_ISSUED_ACTION,
};
use crate::error::AppError;
use crate::models::transparency::{PeriodStatistics, TransparencyView};

/// The periods the page reports statistics for, in days before now, shortest first.
pub const STATISTICS_PERIOD_DAYS: [u32; 2] = [90, 365];

/// How far ahead the page lists holidays and closure days, in months.
pub const CALENDAR_MONTHS: u32 = 12;

/// The subject type of the audit events that record a decision on an app's submission.
const DECISION_SUBJECT_TYPE: &str = "app";

/// The fields of a decision event's `after` JSON that the statistics read. The event
/// carries more, such as the submission id and the due date.
#[derive(Deserialize)]
struct DecisionRecord {
    business_days_to_decision: u32,
    within_deadline: bool,
}

/// Loads the transparency page at the current time.
pub async fn transparency_view(
    db: &DatabaseConnection,
    clock: &ReviewClock,
) -> Result<TransparencyView, AppError> {
    let now = Utc::now();
    let today = clock.date_at(now);
    let calendar_until = today
        .checked_add_months(Months::new(CALENDAR_MONTHS))
        .unwrap_or(today);

    let closure_days = closure_days::list_from(db, today)
        .await?
        .into_iter()
        .filter(|day| day.date <= calendar_until)
        .map(closure_day_row)
        .collect();

    let longest_period = STATISTICS_PERIOD_DAYS.iter().max().copied().unwrap_or(0);
    let decisions = decisions_since(db, now - Duration::days(longest_period.into())).await?;
    let periods = STATISTICS_PERIOD_DAYS
        .into_iter()
        .map(|days| period_statistics(&decisions, now, days))
        .collect();

    Ok(TransparencyView {
        time_zone: clock.time_zone.name().to_owned(),
        end_of_business_day: clock.end_of_business_day.format("%H:%M").to_string(),
        calendar_until: long_date(calendar_until),
        holidays: holiday_rows(today, calendar_until),
        closure_days,
        periods,
        as_of: now
            .with_timezone(&clock.time_zone)
            .format("%B %-d, %Y at %H:%M %Z")
            .to_string(),
    })
}

/// Computes the statistics of the decisions recorded in the `days` days before `now`.
fn period_statistics(
    decisions: &[(DateTime<Utc>, Decision)],
    now: DateTime<Utc>,
    days: u32,
) -> PeriodStatistics {
    let since = now - Duration::days(days.into());
    let in_period: Vec<Decision> = decisions
        .iter()
        .filter(|(occurred_at, _)| *occurred_at >= since)
        .map(|(_, decision)| *decision)
        .collect();

    PeriodStatistics {
        days,
        statistics: summarize(&in_period),
    }
}

/// Lists the decisions recorded at or after `since`, each with the time it was recorded.
/// It skips a decision event whose `after` JSON lacks the business days or the deadline
/// flag, and logs how many it skipped.
// The index on (action, occurred_at) keeps this query off the rest of the audit trail.
async fn decisions_since(
    db: &DatabaseConnection,
    since: DateTime<Utc>,
) -> Result<Vec<(DateTime<Utc>, Decision)>, AppError> {
    let events = audit_event::Entity::find()
        .filter(audit_event::Column::SubjectType.eq(DECISION_SUBJECT_TYPE))
        .filter(audit_event::Column::Action.is_in([APPROVED_ACTION, NOTICE_ISSUED_ACTION]))
        .filter(audit_event::Column::OccurredAt.gte(since))
        .all(db)
        .await?;

    let mut decisions = Vec::with_capacity(events.len());
    let mut skipped: Vec<Uuid> = Vec::new();
    for event in events {
        match decision_of(&event) {
            Some(decision) => decisions.push((event.occurred_at, decision)),
            None => skipped.push(event.id),
        }
    }

    if let Some(first) = skipped.first() {
        tracing::warn!(
            skipped = skipped.len(),
            first_event = %first,
            "decision audit events without valid business days or deadline flag were left out of the statistics"
        );
    }
    Ok(decisions)
}

/// Reads the decision an audit event records, or `None` when its action is not a decision
/// or its `after` JSON is missing or invalid.
fn decision_of(event: &audit_event::Model) -> Option<Decision> {
    let outcome = DecisionOutcome::from_action(&event.action)?;
    let record: DecisionRecord = serde_json::from_value(event.after.clone()?).ok()?;

    Some(Decision {
        outcome,
        business_days: record.business_days_to_decision,
        within_deadline: record.within_deadline,
    })
}
