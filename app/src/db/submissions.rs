use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use serde_json::Value;
use uuid::Uuid;

use super::entities::submission;
use crate::domain::review::submission_status::SubmissionStatus;

/// A submission as received, before any review.
pub struct NewSubmission {
    pub app_id: Uuid,
    pub submitted_by: Uuid,
    pub kind: &'static str,
    pub snapshot: Value,
    pub prechecks: Value,
    pub received_at: DateTime<Utc>,
    pub clock_start: NaiveDate,
    pub due_date: NaiveDate,
    pub business_days: u32,
}

/// Inserts an open submission with the app's next number.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    new: NewSubmission,
) -> Result<submission::Model, DbErr> {
    let number = list_for_app(connection, new.app_id)
        .await?
        .first()
        .map_or(1, |latest| latest.number + 1);

    submission::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(new.app_id),
        number: Set(number),
        submitted_by: Set(new.submitted_by),
        kind: Set(new.kind.to_owned()),
        status: Set(SubmissionStatus::Open.as_str().to_owned()),
        snapshot: Set(new.snapshot),
        prechecks: Set(new.prechecks),
        received_at: Set(new.received_at),
        clock_start: Set(new.clock_start),
        due_date: Set(new.due_date),
        business_days: Set(new.business_days as i32),
        claimed_by: Set(None),
        claimed_at: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        decision: Set(None),
        withdrawn_at: Set(None),
    }
    .insert(connection)
    .await
}

/// Lists the app's submissions, newest first.
pub async fn list_for_app<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Vec<submission::Model>, DbErr> {
    submission::Entity::find()
        .filter(submission::Column::AppId.eq(app_id))
        .order_by_desc(submission::Column::Number)
        .all(connection)
        .await
}

/// Marks an open submission withdrawn; returns whether it was still open.
pub async fn withdraw<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = submission::Entity::update_many()
        .col_expr(
            submission::Column::Status,
            Expr::value(SubmissionStatus::Withdrawn.as_str()),
        )
        .col_expr(submission::Column::WithdrawnAt, Expr::value(now))
        .filter(submission::Column::Id.eq(id))
        .filter(submission::Column::Status.eq(SubmissionStatus::Open.as_str()))
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}
