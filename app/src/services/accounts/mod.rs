//! Account use cases: sign-up, e-mail verification, sign-in, password reset and change,
//! invitations of staff, and the CLI's first administrator.

mod change_password;
mod create_administrator;
mod invitations;
mod password_reset;
mod sign_in;
mod sign_up;
mod verify_email;

pub use change_password::{change_password, ChangePassword};
pub use create_administrator::{create_cli_account, create_platform_administrator, CliAccount};
pub use invitations::{accept_invitation, invite_staff, AcceptInvitation, StaffInvitation};
pub use password_reset::{request_password_reset, reset_password};
pub use sign_in::{sign_in, SignIn};
pub use sign_up::{sign_up, sign_up_returning_to, SignUp};
pub use verify_email::verify_email;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use crate::db::account_tokens::{self, TokenPurpose};
use crate::db::entities::account_token;
use crate::domain::email_address::EmailAddress;
use crate::error::{AppError, FieldError};
use crate::services::tokens;

/// Hours a verification link stays valid.
pub const VERIFY_EMAIL_HOURS: i64 = 24;
/// Hours a password reset link stays valid.
pub const RESET_PASSWORD_HOURS: i64 = 1;
/// Days an invitation stays valid.
pub const INVITATION_DAYS: i64 = 7;
/// Longest display name, in characters.
pub const MAX_NAME_CHARS: usize = 100;

/// Parses the e-mail field or records why it is invalid.
fn parse_email(input: &str, errors: &mut Vec<FieldError>) -> Option<EmailAddress> {
    EmailAddress::parse(input)
        .map_err(|error| errors.push(FieldError::new("email", error)))
        .ok()
}

/// Trims a display name and records an error when it is empty or too long.
fn parse_display_name(input: &str, errors: &mut Vec<FieldError>) -> String {
    let name = input.trim().to_owned();

    if name.is_empty() {
        errors.push(FieldError::new("display_name", "Enter your name."));
    } else if name.chars().count() > MAX_NAME_CHARS {
        errors.push(FieldError::new(
            "display_name",
            "Enter a name of at most 100 characters.",
        ));
    }

    name
}

/// Turns collected field errors into the error a form shows.
fn reject_if_any(errors: Vec<FieldError>) -> Result<(), AppError> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(AppError::Invalid(errors))
    }
}

/// Uses up a single-use link's token: `InvalidLink` when it is unknown, of another purpose,
/// expired or already used, even by a request racing this one.
async fn consume_token<C: ConnectionTrait>(
    connection: &C,
    purpose: TokenPurpose,
    token: &str,
    now: DateTime<Utc>,
) -> Result<account_token::Model, AppError> {
    let stored = account_tokens::find_by_hash(connection, purpose, &tokens::hash_token(token))
        .await?
        .ok_or(AppError::InvalidLink)?;

    if stored.expires_at <= now || !account_tokens::mark_used(connection, stored.id, now).await? {
        return Err(AppError::InvalidLink);
    }

    Ok(stored)
}
