//! The reviewers' queue: every open submission, the earliest due date first.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use uuid::Uuid;

use super::access::require_reviewer;
use super::snapshot;
use crate::db::entities::account;
use crate::db::{accounts, closure_days, review_submissions};
use crate::domain::app_kind::AppKind;
use crate::domain::calendar::{business_days_left, long_date, Urgency};
use crate::error::AppError;
use crate::models::review::{QueueRow, QueueState};
use crate::services::calendar::ReviewClock;

/// Lists the open submissions that match `kind` (any kind when `None`) and `state`, the
/// earliest due date first, with the business days left as of today on `clock`.
pub async fn list_queue(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    reviewer: &account::Model,
    kind: Option<AppKind>,
    state: QueueState,
) -> Result<Vec<QueueRow>, AppError> {
    require_reviewer(reviewer)?;
    let today = clock.date_at(Utc::now());

    let submissions = review_submissions::list_open(db).await?;
    let earliest = submissions.iter().map(|s| s.clock_start.min(today)).min();
    let closures = match earliest {
        Some(from) => closure_days::dates_from(db, from).await?,
        None => Vec::new(),
    };

    let mut names = HashMap::new();
    let mut rows = Vec::with_capacity(submissions.len());
    for submission in submissions {
        let app_kind = snapshot::registration(&submission).map(|registration| registration.kind);
        // The clinic that issued a system app's registration link decides it, not a reviewer.
        if app_kind == Some(AppKind::System) {
            continue;
        }
        if kind.is_some() && app_kind != kind {
            continue;
        }

        let days_left = business_days_left(today, submission.due_date, &closures);
        let urgency = Urgency::on(today, submission.due_date, &closures);
        let claimed_by_me = submission.claimed_by == Some(reviewer.id);
        let keep = match state {
            QueueState::AllOpen => true,
            QueueState::Unclaimed => submission.claimed_by.is_none(),
            QueueState::ClaimedByMe => claimed_by_me,
            QueueState::AtRisk => urgency == Urgency::AtRisk,
            QueueState::Overdue => urgency == Urgency::Overdue,
        };
        if !keep {
            continue;
        }

        let claimed_by = match submission.claimed_by {
            Some(id) => Some(display_name(db, &mut names, id).await?),
            None => None,
        };
        rows.push(QueueRow {
            id: submission.id.to_string(),
            app_name: snapshot::app_name(&submission),
            app_kind: app_kind.unwrap_or(AppKind::Patient),
            submission_kind: snapshot::kind_label(&submission.kind),
            developer: snapshot::developer_name(&submission),
            received_on: long_date(clock.date_at(submission.received_at)),
            due_on: long_date(submission.due_date),
            business_days_left: days_left,
            urgency,
            claimed_by,
            claimed_by_me,
        });
    }
    Ok(rows)
}

/// Returns an account's display name, loading each account once.
pub(super) async fn display_name<C: ConnectionTrait>(
    connection: &C,
    names: &mut HashMap<Uuid, String>,
    id: Uuid,
) -> Result<String, AppError> {
    if let Some(name) = names.get(&id) {
        return Ok(name.clone());
    }

    let name = accounts::find_by_id(connection, id).await?.map_or_else(
        || "A former account".to_owned(),
        |account| account.display_name,
    );
    names.insert(id, name.clone());
    Ok(name)
}
