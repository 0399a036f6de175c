use serde::{Deserialize, Serialize};

/// One API change notice, formatted for display.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeNoticeRow {
    pub id: String,
    pub title: String,
    pub body: String,
    /// The effective date, formatted for display.
    pub effective_on: String,
    /// When it was published, formatted for display.
    pub published_at: String,
}
