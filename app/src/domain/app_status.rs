//! The statuses of an app's registration.

use serde::{Deserialize, Serialize};

/// The status of an app's registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppStatus {
    /// Saved by the developer, not yet submitted for review; it has sandbox credentials only.
    Draft,
}

impl AppStatus {
    pub const ALL: [AppStatus; 1] = [AppStatus::Draft];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AppStatus::Draft => "draft",
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
        assert_eq!(AppStatus::parse("approved"), None);
    }
}
