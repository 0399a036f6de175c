use serde::{Deserialize, Serialize};

/// A registry API token as platform administrators see it: never the token itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegistryTokenRow {
    /// The token's UUID, as the revoke form sends it back.
    pub id: String,
    pub label: String,
    pub created_at: String,
    /// When a request last used it, to the minute; `None` if never.
    pub last_used_at: Option<String>,
    /// When it was revoked; `None` while it works.
    pub revoked_at: Option<String>,
}

/// A token just created: the only time its value is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreatedRegistryToken {
    pub id: String,
    pub label: String,
    pub token: String,
}
