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
pub use create_administrator::create_platform_administrator;
pub use invitations::{accept_invitation, invite_staff, AcceptInvitation, StaffInvitation};
pub use password_reset::{request_password_reset, reset_password};
pub use sign_in::{sign_in, SignIn};
pub use sign_up::{sign_up, SignUp};
pub use verify_email::verify_email;

use crate::domain::email_address::EmailAddress;
use crate::error::{AppError, FieldError};

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
