//! The `[outbox]` section: how the outbox worker polls, claims and retries.

use std::time::Duration;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutboxSettings {
    /// Milliseconds between two looks for due messages.
    pub poll_interval_ms: u64,
    /// The largest number of messages claimed at once.
    pub batch_size: u64,
    /// Delivery attempts before a message is marked failed.
    pub max_attempts: u32,
    /// Seconds a worker keeps its claim on a message. When it runs out before the worker records
    /// the outcome, as after a crash, another worker may send the message.
    pub lease_secs: u64,
}

impl Default for OutboxSettings {
    fn default() -> Self {
        Self {
            poll_interval_ms: 1000,
            batch_size: 10,
            max_attempts: 10,
            lease_secs: 300,
        }
    }
}

impl OutboxSettings {
    pub fn poll_interval(&self) -> Duration {
        Duration::from_millis(self.poll_interval_ms)
    }

    pub fn lease(&self) -> Duration {
        Duration::from_secs(self.lease_secs)
    }
}
