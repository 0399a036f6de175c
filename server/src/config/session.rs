use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How long a browser session lasts, and how many forms it may send.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SessionSettings {
    /// Minutes without a request after which a session ends.
    pub idle_timeout_minutes: u64,
    /// Hours after sign-in after which a session ends, however active.
    pub absolute_timeout_hours: u64,
    /// State-changing requests (form posts and server function calls) one signed-in or
    /// started session may send per minute.
    pub form_posts_per_minute: u32,
    /// State-changing requests without a session that one client IP address may send per
    /// minute, such as sign-in and sign-up forms.
    pub form_posts_per_minute_without_session: u32,
}

impl Default for SessionSettings {
    fn default() -> Self {
        Self {
            idle_timeout_minutes: 30,
            absolute_timeout_hours: 12,
            form_posts_per_minute: 60,
            // Higher than a session's limit because every visitor behind one proxy or NAT
            // shares an address.
            form_posts_per_minute_without_session: 600,
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
