//! The statuses of an app's registration.

use serde::{Deserialize, Serialize};

/// The status of an app's registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum AppStatus {
    /// Saved by the developer, not yet submitted for review; it has sandbox credentials only.
    Draft,
    /// Submitted for review and waiting for a decision.
    Submitted,
    /// Decided with a Notice of Non-Conformance. The developer may fix and resubmit it.
    NoticeIssued,
    /// Approved: it has production credentials and is listed in the gallery.
    Approved,
    /// Approved once, then suspended by a reviewer for an active security or performance
    /// threat; its production credentials do not work until it is restored.
    Suspended,
}

impl AppStatus {
    pub const ALL: [AppStatus; 5] = [
        AppStatus::Draft,
        AppStatus::Submitted,
        AppStatus::NoticeIssued,
        AppStatus::Approved,
        AppStatus::Suspended,
    ];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AppStatus::Draft => "draft",
            AppStatus::Submitted => "submitted",
            AppStatus::NoticeIssued => "notice_issued",
            AppStatus::Approved => "approved",
            AppStatus::Suspended => "suspended",
        }
    }

    pub fn parse(value: &str) -> Option<AppStatus> {
        AppStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            AppStatus::Draft => "Draft",
            AppStatus::Submitted => "In review",
            AppStatus::NoticeIssued => "Notice of Non-Conformance",
            AppStatus::Approved => "Approved",
            AppStatus::Suspended => "Suspended",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip() {
        for status in AppStatus::ALL {
            assert_eq!(AppStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(AppStatus::parse("pending"), None);
    }
}
