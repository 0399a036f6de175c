use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How long a browser session lasts.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionSettings {
    /// Minutes without a request after which a session ends.
    pub idle_timeout_minutes: u64,
    /// Hours after sign-in after which a session ends, however active.
    pub absolute_timeout_hours: u64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 12,
        }
    }
}

impl SessionSettings {
    pub fn idle_timeout(&self) -> Duration {
        Duration::from_secs(self.idle_timeout_minutes * 60)
    }

    pub fn absolute_timeout(&self) -> Duration {
        Duration::from_secs(self.absolute_timeout_hours * 3600)
    }
}
