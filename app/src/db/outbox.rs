//! The transactional e-mail outbox: services enqueue a message in the transaction that causes
//! it, and the outbox worker claims due rows, sends them and records the outcome.
//!
//! A claim is a lease: the worker sets the row to `sending` until `claimed_until` and
//! increments `attempts`. A worker that dies mid-send leaves the row in `sending`, and once
//! the lease expires any worker may claim it again. The `mark_*` functions only change a row
//! that the given claim still holds, identified by its id and attempt number.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Condition, Expr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use uuid::Uuid;

use super::entities::email_outbox::{self, Column, Entity, Model, OutboxStatus};

/// Maximum number of characters of an error stored in `last_error`. Longer texts are cut.
const MAX_ERROR_CHARS: usize = 2000;

/// A rendered e-mail for one recipient, ready for [`enqueue`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingEmail {
    /// A mailbox such as `Ada Lovelace <ada@example.com>` or a bare address.
    pub recipient: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(
        "outbox message {id} is no longer held by attempt {attempt}: its lease expired and \
         another worker claimed it"
    )]
    ClaimLost { id: Uuid, attempt: i32 },
}

/// Inserts a pending message, due at once. Pass the transaction that makes the change the
/// mail reports, so the message and the change commit or roll back together.
pub async fn enqueue<C: ConnectionTrait>(
    connection: &C,
    email: OutgoingEmail,
) -> Result<Model, DbErr> {
    let now = Utc::now();

    email_outbox::ActiveModel {
        id: Set(Uuid::new_v4()),
        created_at: Set(now),
        recipient: Set(email.recipient),
        subject: Set(email.subject),
        text_body: Set(email.text_body),
        html_body: Set(email.html_body),
        status: Set(OutboxStatus::Pending),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        sent_at: Set(None),
    }
    .insert(connection)
    .await
}

/// Rows a worker may claim at `now`: pending rows whose time has come, and `sending` rows
/// whose worker's lease has expired.
fn due(now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(
            Condition::all()
                .add(Column::Status.eq(OutboxStatus::Pending))
                .add(Column::NextAttemptAt.lte(now)),
        )
        .add(
            Condition::all()
                .add(Column::Status.eq(OutboxStatus::Sending))
                .add(Column::ClaimedUntil.lte(now)),
        )
}

/// Claims up to `limit` due rows, oldest due first, for `lease`. Each row is claimed by an
/// UPDATE that repeats the due condition, so when several workers race for one row exactly
/// one UPDATE changes it and only that worker gets the row back.
pub async fn claim_due<C: ConnectionTrait>(
    connection: &C,
    now: DateTime<Utc>,
    lease: chrono::Duration,
    limit: u64,
) -> Result<Vec<Model>, DbErr> {
    let candidates = Entity::find()
        .filter(due(now))
        .order_by_asc(Column::NextAttemptAt)
        .limit(limit)
        .all(connection)
        .await?;

    let claimed_until = now + lease;
    let mut claimed = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let result = Entity::update_many()
            .col_expr(Column::Status, Expr::value(OutboxStatus::Sending))
            .col_expr(Column::ClaimedUntil, Expr::value(Some(claimed_until)))
            .col_expr(Column::Attempts, Expr::col(Column::Attempts).add(1))
            .filter(Column::Id.eq(candidate.id))
            .filter(due(now))
            .exec(connection)
            .await?;
        if result.rows_affected != 1 {
            continue;
        }

        if let Some(row) = Entity::find_by_id(candidate.id).one(connection).await? {
            claimed.push(row);
        }
    }

    Ok(claimed)
}

/// Records that the claimed message was delivered, so no worker sends it again.
pub async fn mark_sent<C: ConnectionTrait>(
    connection: &C,
    claimed: &Model,
    sent_at: DateTime<Utc>,
) -> Result<(), OutboxError> {
    let update = Entity::update_many()
        .col_expr(Column::Status, Expr::value(OutboxStatus::Sent))
        .col_expr(Column::SentAt, Expr::value(Some(sent_at)))
        .col_expr(Column::ClaimedUntil, Expr::value(None::<DateTime<Utc>>));

    finish_claim(connection, claimed, update).await
}

/// Returns the claimed message to `pending` until `next_attempt_at`, keeping `error`.
pub async fn mark_retry<C: ConnectionTrait>(
    connection: &C,
    claimed: &Model,
    error: &str,
    next_attempt_at: DateTime<Utc>,
) -> Result<(), OutboxError> {
    let update = Entity::update_many()
        .col_expr(Column::Status, Expr::value(OutboxStatus::Pending))
        .col_expr(Column::NextAttemptAt, Expr::value(next_attempt_at))
        .col_expr(Column::ClaimedUntil, Expr::value(None::<DateTime<Utc>>))
        .col_expr(Column::LastError, Expr::value(Some(truncate(error))));

    finish_claim(connection, claimed, update).await
}

/// Gives up on the claimed message, keeping `error`. No worker claims it again.
pub async fn mark_failed<C: ConnectionTrait>(
    connection: &C,
    claimed: &Model,
    error: &str,
) -> Result<(), OutboxError> {
    let update = Entity::update_many()
        .col_expr(Column::Status, Expr::value(OutboxStatus::Failed))
        .col_expr(Column::ClaimedUntil, Expr::value(None::<DateTime<Utc>>))
        .col_expr(Column::LastError, Expr::value(Some(truncate(error))));

    finish_claim(connection, claimed, update).await
}

/// Applies `update` to the row only while `claimed` still owns it: the row is `sending`
/// and no later claim has incremented its attempts.
async fn finish_claim<C: ConnectionTrait>(
    connection: &C,
    claimed: &Model,
    update: sea_orm::UpdateMany<Entity>,
) -> Result<(), OutboxError> {
    let result = update
        .filter(Column::Id.eq(claimed.id))
        .filter(Column::Status.eq(OutboxStatus::Sending))
        .filter(Column::Attempts.eq(claimed.attempts))
        .exec(connection)
        .await?;

    if result.rows_affected != 1 {
        return Err(OutboxError::ClaimLost {
            id: claimed.id,
            attempt: claimed.attempts,
        });
    }
    Ok(())
}

fn truncate(error: &str) -> String {
    error.chars().take(MAX_ERROR_CHARS).collect()
}
