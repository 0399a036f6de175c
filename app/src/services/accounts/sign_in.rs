use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;

use crate::db::begin_write;
use crate::db::entities::account;
use crate::db::{accounts, sign_in_throttles};
use crate::domain::email_address::EmailAddress;
use crate::domain::sign_in_throttle::delay_after;
use crate::error::AppError;
use crate::services::passwords;

/// The sign-in form fields, plus the client's address for throttling.
pub struct SignIn {
    pub email: String,
    pub password: String,
    /// The client's IP address as the server saw it.
    pub client_address: String,
}

/// Checks the credentials. Every failure, whether the address is unknown, the password is
/// wrong or the account has no password yet, returns the same error after the same work.
/// Failures are counted per account and per client address; once either count passes the
/// free failures, sign-in for that key waits a doubling delay.
pub async fn sign_in(db: &DatabaseConnection, form: SignIn) -> Result<account::Model, AppError> {
    let now = Utc::now();
    let email = EmailAddress::parse(&form.email).ok();
    let keys = throttle_keys(email.as_ref(), &form.client_address);

    let mut blocked_until = None;
    for key in &keys {
        if let Some(throttle) = sign_in_throttles::find(db, key).await? {
            if throttle.blocked_until > now {
                blocked_until = blocked_until.max(Some(throttle.blocked_until));
            }
        }
    }
    if let Some(until) = blocked_until {
        return Err(too_many_attempts(until, now));
    }

    let account = match &email {
        Some(email) => accounts::find_by_email(db, email).await?,
        None => None,
    };
    let stored_hash = account
        .as_ref()
        .and_then(|account| account.password_hash.clone());
    let verified = passwords::verify_password(form.password, stored_hash).await;

    match account {
        Some(account) if verified => {
            for key in &keys {
                sign_in_throttles::clear(db, key).await?;
            }
            Ok(account)
        }
        _ => {
            record_failure(db, &keys, now).await?;
            tracing::info!("sign-in failed");
            Err(AppError::InvalidCredentials)
        }
    }
}

fn throttle_keys(email: Option<&EmailAddress>, client_address: &str) -> Vec<String> {
    let mut keys = vec![format!("address:{client_address}")];
    if let Some(email) = email {
        keys.push(format!("account:{email}"));
    }
    keys
}

async fn record_failure(
    db: &DatabaseConnection,
    keys: &[String],
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;

    for key in keys {
        let failures = sign_in_throttles::find(&transaction, key)
            .await?
            .map_or(0, |throttle| throttle.failures)
            .saturating_add(1);
        let delay = delay_after(u32::try_from(failures).unwrap_or(u32::MAX));
        let blocked_until = now + Duration::seconds(i64::try_from(delay).unwrap_or(i64::MAX));
        sign_in_throttles::save_failure(&transaction, key, failures, now, blocked_until).await?;
    }

    transaction.commit().await?;
    Ok(())
}

fn too_many_attempts(until: DateTime<Utc>, now: DateTime<Utc>) -> AppError {
    let remaining = (until - now).num_milliseconds().max(0);
    AppError::TooManyAttempts {
        // Rounded up, so a client that waits this long is not blocked again.
        retry_after_secs: u64::try_from((remaining + 999) / 1000).unwrap_or(1).max(1),
    }
}
