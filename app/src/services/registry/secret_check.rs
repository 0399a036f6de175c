//! Verification of a client secret the OAuth server was presented with.

use chrono::Utc;
use sea_orm::ConnectionTrait;

use super::client::{is_valid, load};
use crate::error::AppError;
use crate::services::credentials::{verify_client_secret, CredentialKey};

/// Returns whether `presented` is a valid secret of the client `client_id`: not revoked and
/// not past its grace period. `None` when there is no such client. Every valid secret is
/// compared, each in constant time, so the time taken does not reveal which one matched.
pub async fn verify_secret<C: ConnectionTrait>(
    connection: &C,
    key: &CredentialKey,
    client_id: &str,
    presented: &str,
) -> Result<Option<bool>, AppError> {
    let Some(loaded) = load(connection, client_id).await? else {
        return Ok(None);
    };

    let now = Utc::now();
    let matched = loaded
        .secrets
        .iter()
        .filter(|secret| is_valid(secret, now))
        .fold(false, |matched, secret| {
            verify_client_secret(key, presented, &secret.secret_hash) | matched
        });
    Ok(Some(matched))
}
