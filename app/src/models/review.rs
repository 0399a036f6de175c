use serde::{Deserialize, Serialize};

use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::calendar::Urgency;
use crate::domain::precheck::PreCheck;
use crate::domain::registration::RegistrationInput;
use crate::domain::review::decision::CriterionResult;
use crate::domain::review::registration_diff::FieldChange;
use crate::domain::review::submission_status::SubmissionStatus;
use crate::models::agreement::AcceptanceRow;
use crate::models::apps::AppEvent;
use crate::models::identity::ProfileView;

/// The filter of the review queue by claim and urgency.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueueState {
    #[default]
    AllOpen,
    Unclaimed,
    ClaimedByMe,
    AtRisk,
    Overdue,
}

impl QueueState {
    pub const ALL: [QueueState; 5] = [
        QueueState::AllOpen,
        QueueState::Unclaimed,
        QueueState::ClaimedByMe,
        QueueState::AtRisk,
        QueueState::Overdue,
    ];

    /// Returns the value of the `state` query parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            QueueState::AllOpen => "open",
            QueueState::Unclaimed => "unclaimed",
            QueueState::ClaimedByMe => "mine",
            QueueState::AtRisk => "at_risk",
            QueueState::Overdue => "overdue",
        }
    }

    pub fn parse(value: &str) -> Option<QueueState> {
        QueueState::ALL
            .into_iter()
            .find(|state| state.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            QueueState::AllOpen => "All open",
            QueueState::Unclaimed => "Unclaimed",
            QueueState::ClaimedByMe => "Claimed by me",
            QueueState::AtRisk => "At risk",
            QueueState::Overdue => "Overdue",
        }
    }
}

/// One open submission in the review queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueRow {
    pub id: String,
    pub app_name: String,
    pub app_kind: AppKind,
    /// "First submission", "Resubmission" or "Change".
    pub submission_kind: String,
    pub developer: String,
    pub received_on: String,
    pub due_on: String,
    /// Negative once the due date has passed.
    pub business_days_left: i64,
    pub urgency: Urgency,
    pub claimed_by: Option<String>,
    pub claimed_by_me: bool,
}

/// A submission on the reviewer's page: the frozen snapshot, what changed since the
/// previous submission, the pre-checks, the app's history and the claim and decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionView {
    pub id: String,
    pub number: i32,
    pub submission_kind: String,
    pub status: SubmissionStatus,
    pub app_id: String,
    pub app_name: String,
    pub app_kind: AppKind,
    pub app_status: AppStatus,
    pub suspension_reason: Option<String>,
    /// Whether this is the app's latest submission, where suspension is decided.
    pub is_latest: bool,
    pub developer: String,
    pub received_at: String,
    pub due_on: String,
    pub business_days_left: i64,
    pub urgency: Urgency,
    pub claimed_by: Option<String>,
    pub claimed_by_me: bool,
    /// The reason the viewer may not claim the submission, if any.
    pub claim_barrier: Option<String>,
    /// `None` when the snapshot contains no registration the portal can read.
    pub registration: Option<RegistrationInput>,
    pub identity: Option<ProfileView>,
    /// `None` for the app's first submission.
    pub changes: Option<Vec<FieldChange>>,
    pub prechecks: Vec<PreCheck>,
    pub history: Vec<AppEvent>,
    pub public_client: bool,
    pub decision: Option<Vec<CriterionResult>>,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub notice_id: Option<String>,
    /// The developer agreement versions the submitter accepted, latest first.
    pub agreement_acceptances: Vec<AcceptanceRow>,
}

/// A Notice of Non-Conformance as its document shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeView {
    pub id: String,
    /// Such as "NNC-2026-0001".
    pub number: String,
    pub issued_on: String,
    pub app_id: String,
    pub app_name: String,
    pub submission_number: i32,
    pub findings: Vec<NoticeFinding>,
    pub resubmission_business_days: i32,
    /// The page the reader goes back to: the app's page for its developers, the
    /// submission's review page for reviewers.
    pub back_href: String,
    pub back_label: String,
}

/// One unmet criterion of a notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeFinding {
    pub criterion: String,
    pub label: String,
    pub finding: String,
    pub met_when: String,
}

/// A notice in a list of an app's notices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeSummary {
    pub id: String,
    pub number: String,
    pub issued_on: String,
    pub submission_number: i32,
    pub unmet_criteria: usize,
}
