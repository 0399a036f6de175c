//! Unsubscribe links in change notice e-mails. A token is the account ID and an
//! HMAC-SHA-256 of it under the server key, so it needs no table, works for every e-mail
//! the account received, and cannot be forged for another account.

use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::{begin_write, change_notices};
use crate::error::AppError;
use crate::services::credentials::{hash_client_secret, verify_client_secret, CredentialKey};

/// Separates these signatures from every other use of the key.
const PURPOSE: &str = "change-notice-unsubscribe";

/// Returns the account's unsubscribe token: `ACCOUNT_ID.SIGNATURE`.
pub fn unsubscribe_token(key: &CredentialKey, account_id: Uuid) -> String {
    let signature = hash_client_secret(key, &signed_text(account_id));

    format!("{}.{signature}", account_id.simple())
}

/// Unsubscribes the account the token names from change notice e-mails. Returns whether
/// it was subscribed until now.
pub async fn unsubscribe(
    db: &DatabaseConnection,
    key: &CredentialKey,
    token: &str,
) -> Result<bool, AppError> {
    let account_id = verify_token(key, token).ok_or(AppError::InvalidLink)?;

    let transaction = begin_write(db).await?;
    let changed = change_notices::opt_out(&transaction, account_id).await?;
    if changed {
        audit::record(
            &transaction,
            AuditEntry {
                actor: Actor::Account(account_id),
                action: "change_notice.unsubscribed",
                subject_type: "account",
                subject_id: account_id.to_string(),
                before: None,
                after: Some(json!({ "change_notice_emails": false })),
            },
        )
        .await?;
    }
    transaction.commit().await?;

    tracing::info!(account.id = %account_id, changed, "unsubscribed from change notices");
    Ok(changed)
}

/// Returns the account ID of a well-formed token with a valid signature.
fn verify_token(key: &CredentialKey, token: &str) -> Option<Uuid> {
    let (account, signature) = token.trim().split_once('.')?;
    let account_id = Uuid::parse_str(account).ok()?;

    verify_client_secret(key, &signed_text(account_id), signature).then_some(account_id)
}

fn signed_text(account_id: Uuid) -> String {
    format!("{PURPOSE}:{account_id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> CredentialKey {
        CredentialKey::from_bytes([7; CredentialKey::LEN])
    }

    #[test]
    fn token_round_trips() {
        let account_id = Uuid::new_v4();

        assert_eq!(
            verify_token(&key(), &unsubscribe_token(&key(), account_id)),
            Some(account_id)
        );
    }

    #[test]
    fn token_for_other_account_rejected() {
        let token = unsubscribe_token(&key(), Uuid::new_v4());
        let (_, signature) = token.split_once('.').unwrap();
        let forged = format!("{}.{signature}", Uuid::new_v4().simple());

        assert_eq!(verify_token(&key(), &forged), None);
    }

    #[test]
    fn malformed_token_rejected() {
        assert_eq!(verify_token(&key(), "not-a-token"), None);
        assert_eq!(verify_token(&key(), ""), None);
    }
}
