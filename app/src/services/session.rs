//! The signed-in account, as the session records it. The session holds only the account's
//! ID, its role and when it signed in; the account row is read on every request, so a role
//! change or a password change takes effect at once.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;
use uuid::Uuid;

use super::portal::Portal;
use crate::db::accounts;
use crate::db::entities::account;
use crate::domain::role::Role;
use crate::error::AppError;

const SESSION_KEY: &str = "account";

#[derive(Clone, Debug, Serialize, Deserialize)]
struct SessionAccount {
    account_id: Uuid,
    role: Role,
    signed_in_at: DateTime<Utc>,
}

fn session_error(error: tower_sessions::session::Error) -> AppError {
    tracing::error!(%error, "session store operation failed");
    AppError::Internal
}

/// Starts a signed-in session under a new session ID, so an ID set before sign-in (by an
/// attacker, say) is worthless after it.
pub async fn start(session: &Session, account: &account::Model) -> Result<(), AppError> {
    let role = Role::parse(&account.role).ok_or(AppError::Internal)?;

    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(
            SESSION_KEY,
            SessionAccount {
                account_id: account.id,
                role,
                signed_in_at: Utc::now(),
            },
        )
        .await
        .map_err(session_error)
}

/// Ends the session and deletes its record.
pub async fn end(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}

/// Loads the signed-in account, or `None`. The session ends when it passed its absolute timeout
/// or the password changed after sign-in; it gets a new ID when the role changed.
pub async fn current_account(
    portal: &Portal,
    session: &Session,
) -> Result<Option<account::Model>, AppError> {
    let Some(stored) = session
        .get::<SessionAccount>(SESSION_KEY)
        .await
        .map_err(session_error)?
    else {
        return Ok(None);
    };

    let expired = Utc::now() - stored.signed_in_at
        > chrono::Duration::from_std(portal.session_absolute_timeout).unwrap_or_default();
    let account = accounts::find_by_id(&portal.db, stored.account_id).await?;
    let Some(account) = account.filter(|account| {
        !expired
            && account
                .password_changed_at
                .is_none_or(|changed| changed <= stored.signed_in_at)
    }) else {
        end(session).await?;
        return Ok(None);
    };

    let role = Role::parse(&account.role).ok_or(AppError::Internal)?;
    if role != stored.role {
        session.cycle_id().await.map_err(session_error)?;
        session
            .insert(SESSION_KEY, SessionAccount { role, ..stored })
            .await
            .map_err(session_error)?;
    }

    Ok(Some(account))
}

/// Loads the signed-in account when it has one of `roles`: `Unauthenticated` without a session,
/// `Forbidden` with another role.
pub async fn require_role(
    portal: &Portal,
    session: &Session,
    roles: &[Role],
) -> Result<account::Model, AppError> {
    let account = current_account(portal, session)
        .await?
        .ok_or(AppError::Unauthenticated)?;

    match Role::parse(&account.role) {
        Some(role) if roles.contains(&role) => Ok(account),
        _ => Err(AppError::Forbidden),
    }
}
