//! B2B registration links and requests as the clinic's and the developer's pages show them.

use serde::{Deserialize, Serialize};

/// A link just created: the only time its URL is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedLink {
    pub id: String,
    pub label: String,
    pub url: String,
    pub expires_at: String,
}

/// One of the clinic's links in its list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkRow {
    pub id: String,
    pub label: String,
    pub expires_at: String,
    /// `unused`, `used`, `expired` or `revoked`.
    pub state: String,
    pub revocable: bool,
}

/// The clinic behind a link that may still be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenedLink {
    pub clinic_name: String,
}

/// A B2B app registered through one of the clinic's links.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistrationRequest {
    pub app_id: String,
    pub app_name: String,
    /// The open submission waiting for the clinic's decision, if any.
    pub submission_id: Option<String>,
    pub status: String,
    pub submitted_at: Option<String>,
}
