//! The error type shown to users. Each variant carries only text that is safe to show in a
//! browser; the cause of an internal error is logged on the server where it is converted
//! and never travels to the page.

use http::StatusCode;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("The page you requested does not exist.")]
    NotFound,
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    #[error("The service is temporarily unavailable. Please try again in a moment.")]
    Unavailable,
}

impl AppError {
    /// The HTTP status the server sets when it renders this error.
    pub fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            AppError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    /// A short heading for the error page.
    pub fn title(&self) -> &'static str {
        match self {
            AppError::NotFound => "Page not found",
            AppError::Internal => "Something went wrong",
            AppError::Unavailable => "Service unavailable",
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
        assert_eq!(
            AppError::Internal.status_code(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
        assert_eq!(
            AppError::Unavailable.status_code(),
            StatusCode::SERVICE_UNAVAILABLE
        );
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
