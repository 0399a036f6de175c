//! The developer's view of their app's submissions for review.

use serde::{Deserialize, Serialize};

use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::FieldError;
use crate::models::review::NoticeSummary;

/// One submission of an app, with its progress on the business-day clock.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionSummary {
    pub id: String,
    pub number: i32,
    /// `first`, `resubmission` or `change`.
    pub kind: String,
    pub status: SubmissionStatus,
    pub received_at: String,
    /// The due date in words, such as "Monday, February 2, 2026".
    pub due_date: String,
    /// The business days the review is allowed.
    pub business_days: u32,
    /// The business days used so far, at most `business_days` while it is open.
    pub business_days_used: u32,
    /// Business days left until the due date; negative once overdue.
    pub business_days_left: i64,
    /// "On track", "At risk" or "Overdue" while it is open.
    pub urgency: Option<String>,
    pub decided_at: Option<String>,
}

/// The review part of an app's page: its submissions, newest first, and what a new
/// submission still needs.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewState {
    pub submissions: Vec<SubmissionSummary>,
    /// The app's Notices of Non-Conformance, latest first.
    pub notices: Vec<NoticeSummary>,
    pub blockers: Vec<FieldError>,
}

impl ReviewState {
    /// Returns the submission still waiting for a decision, if any.
    pub fn open(&self) -> Option<&SubmissionSummary> {
        self.submissions.iter().find(|s| s.status.is_open())
    }
}

/// Returns the words for a submission's kind: `first`, `resubmission` or `change`.
pub fn submission_kind_label(kind: &str) -> &'static str {
    match kind {
        "resubmission" => "resubmission after a notice",
        "change" => "change to the approved app",
        _ => "first submission",
    }
}
