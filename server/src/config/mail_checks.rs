//! Checks across the `[smtp]` and `[outbox]` sections that their types alone cannot make.

use super::{ConfigError, Settings};

impl Settings {
    /// Checks the `[smtp]` and `[outbox]` values that their types alone do not.
    pub(super) fn check_mail(&self) -> Result<(), ConfigError> {
        let positive = [
            ("smtp.port", u64::from(self.smtp.port)),
            ("smtp.timeout_secs", self.smtp.timeout_secs),
            ("outbox.poll_interval_ms", self.outbox.poll_interval_ms),
            ("outbox.batch_size", self.outbox.batch_size),
            ("outbox.max_attempts", u64::from(self.outbox.max_attempts)),
            ("outbox.lease_secs", self.outbox.lease_secs),
        ];
        for (key, value) in positive {
            if value == 0 {
                return Err(ConfigError::Value {
                    key,
                    value: "0".to_owned(),
                    reason: "expected at least 1".to_owned(),
                });
            }
        }

        if self.outbox.lease_secs <= self.smtp.timeout_secs {
            return Err(ConfigError::Value {
                key: "outbox.lease_secs",
                value: self.outbox.lease_secs.to_string(),
                reason: format!(
                    "expected more than smtp.timeout_secs ({}), so a claim outlasts a slow send",
                    self.smtp.timeout_secs
                ),
            });
        }

        if self.smtp.username.is_some() != self.smtp.password.is_some() {
            let (key, missing) = match self.smtp.username {
                Some(_) => ("smtp.username", "smtp.password"),
                None => ("smtp.password", "smtp.username"),
            };
            return Err(ConfigError::Value {
                key,
                value: "(set)".to_owned(),
                reason: format!("{missing} is missing: set both, or neither"),
            });
        }

        Ok(())
    }
}
