use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;

use super::consume_token;
use crate::db::account_tokens::TokenPurpose;
use crate::db::accounts;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::error::AppError;
/// Marks the account's e-mail address verified when the token is valid, unused and not
/// expired. Returns the account's ID.
pub async fn verify_email(db: &DatabaseConnection, token: &str) -> Result<uuid::Uuid, AppError> {
    let now = Utc::now();
    let transaction = begin_write(db).await?;

    let stored = consume_token(&transaction, TokenPurpose::VerifyEmail, token, now).await?;

    accounts::mark_email_verified(&transaction, stored.account_id, now).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(stored.account_id),
            action: "account.email_verified",
            subject_type: "account",
            subject_id: stored.account_id.to_string(),
            before: Some(json!({ "email_verified": false })),
            after: Some(json!({ "email_verified": true })),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(stored.account_id)
}
