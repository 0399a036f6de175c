//! The states of a submission for review.

use serde::{Deserialize, Serialize};

/// The state of one submission of an app for review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionStatus {
    /// Received and waiting for a decision; a reviewer may have claimed it.
    Open,
    /// Withdrawn by the developer before a decision.
    Withdrawn,
    /// Approved: every criterion met.
    Approved,
    /// Decided with a Notice of Non-Conformance.
    NoticeIssued,
}

impl SubmissionStatus {
    pub const ALL: [SubmissionStatus; 4] = [
        SubmissionStatus::Open,
        SubmissionStatus::Withdrawn,
        SubmissionStatus::Approved,
        SubmissionStatus::NoticeIssued,
    ];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionStatus::Open => "open",
            SubmissionStatus::Withdrawn => "withdrawn",
            SubmissionStatus::Approved => "approved",
            SubmissionStatus::NoticeIssued => "notice_issued",
        }
    }

    pub fn parse(value: &str) -> Option<SubmissionStatus> {
        SubmissionStatus::ALL
            .into_iter()
            .find(|status| status.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            SubmissionStatus::Open => "In review",
            SubmissionStatus::Withdrawn => "Withdrawn",
            SubmissionStatus::Approved => "Approved",
            SubmissionStatus::NoticeIssued => "Notice of Non-Conformance issued",
        }
    }

    /// Returns whether the submission still waits for a decision.
    pub fn is_open(self) -> bool {
        self == SubmissionStatus::Open
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submission_status_values_round_trip() {
        for status in SubmissionStatus::ALL {
            assert_eq!(SubmissionStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(SubmissionStatus::parse("pending"), None);
    }
}
