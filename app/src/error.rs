//! The one error type at the boundary: server functions return it, pages render it, and it
//! sets the HTTP status in one place. Each variant carries only text that is safe to show
//! in a browser; the cause of an internal error is logged on the server where it is
//! converted and never travels to the page.

use std::fmt;

use http::StatusCode;
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// A problem with one form field: the field's name and what would be accepted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: &str, message: impl fmt::Display) -> Self {
        Self {
            field: field.to_owned(),
            message: message.to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("The page you requested does not exist.")]
    NotFound,
    #[error("Sign in to continue.")]
    Unauthenticated,
    #[error("Your account does not have access to this page.")]
    Forbidden,
    #[error("Some fields need attention: {}", describe_fields(.0))]
    Invalid(Vec<FieldError>),
    #[error("The e-mail address or password is incorrect.")]
    InvalidCredentials,
    #[error("Too many failed sign-ins. Try again in {retry_after_secs} seconds.")]
    TooManyAttempts { retry_after_secs: u64 },
    /// The browser session sent more forms than the portal accepts per minute.
    #[error(
        "This browser session sent too many requests, so nothing was saved. Try again in \
         {retry_after_secs} seconds."
    )]
    TooManyRequests { retry_after_secs: u64 },
    #[error("This link is invalid, has expired or was already used. Request a new one.")]
    InvalidLink,
    #[error("The request was rejected: {0}")]
    BadRequest(String),
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    #[error("The service is temporarily unavailable. Please try again in a moment.")]
    Unavailable,
}

fn describe_fields(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|error| format!("{}: {}", error.field, error.message))
        .collect::<Vec<_>>()
        .join("; ")
}

impl AppError {
    /// The HTTP status the server sets when it returns or renders this error.
    pub fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated | AppError::InvalidCredentials => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::TooManyAttempts { .. } | AppError::TooManyRequests { .. } => {
                StatusCode::TOO_MANY_REQUESTS
            }
            AppError::InvalidLink | AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// Returns a short heading for the error page.
    pub fn title(&self) -> &'static str {
        match self {
            AppError::NotFound => "Page not found",
            AppError::Unauthenticated => "Sign in required",
            AppError::Forbidden => "Access denied",
            AppError::Invalid(_) | AppError::BadRequest(_) => "Invalid request",
            AppError::InvalidCredentials => "Sign-in failed",
            AppError::TooManyAttempts { .. } => "Too many attempts",
            AppError::TooManyRequests { .. } => "Too many requests",
            AppError::InvalidLink => "Link not valid",
            AppError::Internal => "Something went wrong",
            AppError::Unavailable => "Service unavailable",
        }
    }

    /// Returns the message for one field, when this is a validation error that names it.
    pub fn field_message(&self, field: &str) -> Option<String> {
        match self {
            AppError::Invalid(errors) => errors
                .iter()
                .find(|error| error.field == field)
                .map(|error| error.message.clone()),
            _ => None,
        }
    }

    /// Returns every message for one field, when this is a validation error that names it.
    pub fn field_messages(&self, field: &str) -> Vec<String> {
        match self {
            AppError::Invalid(errors) => errors
                .iter()
                .filter(|error| error.field == field)
                .map(|error| error.message.clone())
                .collect(),
            _ => Vec::new(),
        }
    }

    /// Builds a validation error for one field.
    pub fn invalid(field: &str, message: impl fmt::Display) -> Self {
        AppError::Invalid(vec![FieldError::new(field, message)])
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    /// Errors raised by the server-function machinery itself. Argument errors come from a
    /// malformed request; anything else is internal and logged where it happens.
    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::BadRequest(
                "a field of the form is missing or malformed. Reload the page and try again."
                    .to_owned(),
            ),
            _ => AppError::Internal,
        }
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    /// Logs the database error and keeps its text away from the browser. A pool that has no
    /// free connection maps to 503, so a client knows to retry.
    fn from(error: sea_orm::DbErr) -> Self {
        tracing::error!(error = %error, "database operation failed");

        match error {
            sea_orm::DbErr::ConnectionAcquire(_) => AppError::Unavailable,
            _ => AppError::Internal,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_codes_match_variants() {
        assert_eq!(AppError::NotFound.status_code(), StatusCode::NOT_FOUND);
        assert_eq!(AppError::Forbidden.status_code(), StatusCode::FORBIDDEN);
        assert_eq!(
            AppError::TooManyAttempts {
                retry_after_secs: 4
            }
            .status_code(),
            StatusCode::TOO_MANY_REQUESTS
        );
        assert_eq!(
            AppError::Internal.status_code(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn field_message_found_by_name() {
        let error = AppError::invalid("email", "Enter your e-mail address.");

        assert_eq!(
            error.field_message("email").as_deref(),
            Some("Enter your e-mail address.")
        );
        assert_eq!(error.field_message("password"), None);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn database_error_text_is_not_shown() {
        let error = AppError::from(sea_orm::DbErr::Custom(
            "relation \"secret_table\" does not exist".into(),
        ));

        assert_eq!(error, AppError::Internal);
        assert!(!error.to_string().contains("secret_table"));
    }
}
