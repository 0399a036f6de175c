//! Registry API tokens: platform administrators create and revoke them, and every registry
//! request presents one. A token carries 256 random bits and is stored as its HMAC-SHA-256
//! under a key derived from the credential key, as client secrets are, so the request that
//! presents it is checked with one cheap hash and an indexed lookup.

use chrono::{DateTime, Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::entities::{account, registry_token};
use crate::db::{begin_write, registry_tokens};
use crate::domain::plain_text::has_hidden_characters;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::models::registry::{CreatedRegistryToken, RegistryTokenRow};
use crate::services::credentials::{generate_client_secret, hash_client_secret, CredentialKey};
use crate::services::identity::display_time;

/// The form field of a token's label.
pub const LABEL_FIELD: &str = "label";
const MAX_LABEL_CHARS: usize = 100;
const SUBJECT_TYPE: &str = "registry_token";
/// Marks the token as the portal's, for secret scanners and people reading a config file.
const TOKEN_PREFIX: &str = "vrt_";
/// A token's last use is written again only once it is older than this.
const LAST_USE_PRECISION: Duration = Duration::seconds(60);

/// Creates a token labeled `label` and returns it; only its hash is stored, so it cannot be
/// shown again.
pub async fn create_token(
    db: &DatabaseConnection,
    key: &CredentialKey,
    admin: &account::Model,
    label: &str,
) -> Result<CreatedRegistryToken, AppError> {
    require_administrator(admin)?;
    let label = check_label(label)?;
    let token = format!("{TOKEN_PREFIX}{}", generate_client_secret());

    let transaction = begin_write(db).await?;
    let stored =
        registry_tokens::insert(&transaction, label, hash_token(key, &token), admin.id).await?;
    record(&transaction, admin.id, "registry_token.created", &stored).await?;
    transaction.commit().await?;

    tracing::info!(token.id = %stored.id, admin = %admin.id, "registry token created");
    Ok(CreatedRegistryToken {
        id: stored.id.to_string(),
        label: stored.label,
        token,
    })
}

/// Lists every token, newest first.
pub async fn list_tokens(
    db: &DatabaseConnection,
    admin: &account::Model,
) -> Result<Vec<RegistryTokenRow>, AppError> {
    require_administrator(admin)?;
    let tokens = registry_tokens::list(db).await?;

    Ok(tokens
        .into_iter()
        .map(|token| RegistryTokenRow {
            id: token.id.to_string(),
            label: token.label,
            created_at: display_time(token.created_at),
            last_used_at: token.last_used_at.map(display_time),
            revoked_at: token.revoked_at.map(display_time),
        })
        .collect())
}

/// Revokes a token at once; the next request that presents it is refused.
pub async fn revoke_token(
    db: &DatabaseConnection,
    admin: &account::Model,
    token_id: Uuid,
) -> Result<(), AppError> {
    require_administrator(admin)?;

    let transaction = begin_write(db).await?;
    let token = registry_tokens::find_by_id(&transaction, token_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if !registry_tokens::revoke(&transaction, token.id, Utc::now()).await? {
        return Err(AppError::BadRequest(
            "this registry token was revoked already.".to_owned(),
        ));
    }
    record(&transaction, admin.id, "registry_token.revoked", &token).await?;
    transaction.commit().await?;

    tracing::info!(token.id = %token.id, admin = %admin.id, "registry token revoked");
    Ok(())
}

/// Returns the unrevoked token `presented` is, recording its use when the last recorded use
/// is older than a minute; `None` when no such token works.
pub async fn authenticate(
    db: &DatabaseConnection,
    key: &CredentialKey,
    presented: &str,
) -> Result<Option<registry_token::Model>, AppError> {
    let Some(token) = registry_tokens::find_by_hash(db, &hash_token(key, presented)).await? else {
        return Ok(None);
    };
    if token.revoked_at.is_some() {
        return Ok(None);
    }

    let now = Utc::now();
    if needs_touch(token.last_used_at, now) {
        registry_tokens::touch(db, token.id, now).await?;
    }
    Ok(Some(token))
}

fn needs_touch(last_used_at: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
    last_used_at.is_none_or(|last| now - last >= LAST_USE_PRECISION)
}

/// Hashes a token under its own key, derived from the credential key, so a registry token
/// hash and a client secret hash never match each other.
fn hash_token(key: &CredentialKey, token: &str) -> String {
    let token_key = CredentialKey::from_bytes(key.derive("registry-token"));
    hash_client_secret(&token_key, token)
}

fn require_administrator(account: &account::Model) -> Result<(), AppError> {
    match Role::parse(&account.role) {
        Some(Role::PlatformAdministrator) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

fn check_label(label: &str) -> Result<String, AppError> {
    let label = label.trim();
    let length = label.chars().count();

    if !(1..=MAX_LABEL_CHARS).contains(&length) || has_hidden_characters(label) {
        return Err(AppError::invalid(
            LABEL_FIELD,
            format!(
                "Name the token in 1 to {MAX_LABEL_CHARS} characters without tabs or invisible \
                 characters, such as \u{201C}OAuth server, production\u{201D}."
            ),
        ));
    }
    Ok(label.to_owned())
}

async fn record(
    connection: &impl sea_orm::ConnectionTrait,
    actor: Uuid,
    action: &'static str,
    token: &registry_token::Model,
) -> Result<(), AppError> {
    audit::record(
        connection,
        AuditEntry {
            actor: Actor::Account(actor),
            action,
            subject_type: SUBJECT_TYPE,
            subject_id: token.id.to_string(),
            before: None,
            after: Some(json!({ "label": token.label })),
        },
    )
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn last_use_written_once_a_minute() {
        let now = Utc::now();

        assert!(needs_touch(None, now));
        assert!(!needs_touch(Some(now - Duration::seconds(59)), now));
        assert!(needs_touch(Some(now - Duration::seconds(60)), now));
    }

    #[test]
    fn labels_are_trimmed_and_bounded() {
        assert_eq!(check_label("  OAuth server ").unwrap(), "OAuth server");
        assert!(check_label("   ").is_err());
        assert!(check_label(&"x".repeat(101)).is_err());
        assert!(check_label("tab\there").is_err());
    }

    #[test]
    fn token_hash_differs_from_a_client_secret_hash() {
        let key = CredentialKey::from_bytes([3; CredentialKey::LEN]);

        assert_ne!(hash_token(&key, "vrt_x"), hash_client_secret(&key, "vrt_x"));
    }
}
