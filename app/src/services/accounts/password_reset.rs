use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use url::Url;

use super::{consume_token, RESET_PASSWORD_HOURS};
use crate::db::account_tokens::{self, TokenPurpose};
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::{accounts, outbox};
use crate::domain::email_address::EmailAddress;
use crate::domain::password;
use crate::email::templates::ResetPassword;
use crate::email::EmailMessage;
use crate::error::AppError;
use crate::services::{passwords, tokens};

/// E-mails a password reset link when the address has an account. The result is the same
/// either way, so the form never reveals who has an account.
pub async fn request_password_reset(
    db: &DatabaseConnection,
    public_url: &Url,
    email: &str,
) -> Result<(), AppError> {
    let email = EmailAddress::parse(email).map_err(|error| AppError::invalid("email", error))?;
    let now = Utc::now();
    let transaction = begin_write(db).await?;

    let Some(account) = accounts::find_by_email(&transaction, &email).await? else {
        return Ok(());
    };

    let token = tokens::generate_token();
    account_tokens::retire_unused(&transaction, account.id, TokenPurpose::ResetPassword, now)
        .await?;
    account_tokens::insert(
        &transaction,
        account.id,
        TokenPurpose::ResetPassword,
        tokens::hash_token(&token),
        now + Duration::hours(RESET_PASSWORD_HOURS),
    )
    .await?;
    let message = EmailMessage::render(&ResetPassword { token }, public_url);
    outbox::enqueue(&transaction, message.to(account.email.clone())).await?;

    transaction.commit().await?;
    Ok(())
}

/// Sets a new password with a valid reset token. Opening the link also proves the address,
/// so an unverified account becomes verified. Sessions signed in before the change end.
pub async fn reset_password(
    db: &DatabaseConnection,
    token: &str,
    new_password: String,
) -> Result<(), AppError> {
    password::check_new_password(&new_password)
        .map_err(|error| AppError::invalid("password", error))?;
    let password_hash = passwords::hash_password(new_password).await?;
    let now = Utc::now();
    let transaction = begin_write(db).await?;

    let stored = consume_token(&transaction, TokenPurpose::ResetPassword, token, now).await?;

    accounts::set_password(&transaction, stored.account_id, password_hash, now).await?;
    if let Some(account) = accounts::find_by_id(&transaction, stored.account_id).await? {
        if account.email_verified_at.is_none() {
            accounts::mark_email_verified(&transaction, account.id, now).await?;
        }
    }
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(stored.account_id),
            action: "account.password_reset",
            subject_type: "account",
            subject_id: stored.account_id.to_string(),
            before: None,
            after: None,
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(())
}
