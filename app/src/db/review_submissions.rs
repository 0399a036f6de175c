//! Submissions as reviewers work on them: the open queue, claims and decisions. Each change
//! is a conditional UPDATE, so of two reviewers racing for one submission exactly one wins.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, Value};
use uuid::Uuid;

use super::entities::submission::{Column, Entity, Model};
use crate::domain::review::submission_status::SubmissionStatus;

pub async fn find<C: ConnectionTrait>(connection: &C, id: Uuid) -> Result<Option<Model>, DbErr> {
    Entity::find_by_id(id).one(connection).await
}

/// Lists every open submission, the earliest due date first.
pub async fn list_open<C: ConnectionTrait>(connection: &C) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::Status.eq(SubmissionStatus::Open.as_str()))
        .order_by_asc(Column::DueDate)
        .order_by_asc(Column::ReceivedAt)
        .all(connection)
        .await
}

/// Lists the app's submissions, the latest (highest number) first.
pub async fn list_for_app<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Vec<Model>, DbErr> {
    Entity::find()
        .filter(Column::AppId.eq(app_id))
        .order_by_desc(Column::Number)
        .all(connection)
        .await
}

/// Sets the claim of an open, unclaimed submission; returns whether it did.
pub async fn claim<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    reviewer: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::ClaimedBy, Expr::value(Some(reviewer)))
        .col_expr(Column::ClaimedAt, Expr::value(Some(now)))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SubmissionStatus::Open.as_str()))
        .filter(Column::ClaimedBy.is_null())
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Clears `reviewer`'s claim of an open submission; returns whether it did.
pub async fn release<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    reviewer: Uuid,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::ClaimedBy, Expr::value(Value::Uuid(None)))
        .col_expr(
            Column::ClaimedAt,
            Expr::value(Value::ChronoDateTimeUtc(None)),
        )
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SubmissionStatus::Open.as_str()))
        .filter(Column::ClaimedBy.eq(reviewer))
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Records the decision on an open submission that `reviewer` has claimed; returns whether it did.
pub async fn decide<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    reviewer: Uuid,
    status: SubmissionStatus,
    decision: serde_json::Value,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = Entity::update_many()
        .col_expr(Column::Status, Expr::value(status.as_str()))
        .col_expr(Column::DecidedBy, Expr::value(Some(reviewer)))
        .col_expr(Column::DecidedAt, Expr::value(Some(now)))
        .col_expr(Column::Decision, Expr::value(Some(decision)))
        .filter(Column::Id.eq(id))
        .filter(Column::Status.eq(SubmissionStatus::Open.as_str()))
        .filter(Column::ClaimedBy.eq(reviewer))
        .exec(connection)
        .await?;
    Ok(result.rows_affected == 1)
}
