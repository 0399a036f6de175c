use serde::{Deserialize, Serialize};

/// One published version of the developer agreement, formatted for display.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementVersionRow {
    pub version: i32,
    pub body: String,
    /// The effective date, formatted for display.
    pub effective_on: String,
    /// When it was published, formatted for display.
    pub published_at: String,
}

/// The reader's status with the current agreement version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AcceptanceState {
    /// Nobody is signed in, or the account is not a developer's.
    NotApplicable,
    /// The developer accepted the current version at this time, formatted for display.
    Accepted(String),
    /// The developer has not accepted the current version yet.
    Pending,
}

/// The agreement page: the current version, if any, and the reader's acceptance of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgreementView {
    pub current: Option<AgreementVersionRow>,
    pub acceptance: AcceptanceState,
}

/// A developer's acceptance of one version, as reviewers see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptanceRow {
    pub version: i32,
    /// When it was accepted, formatted for display.
    pub accepted_at: String,
}
