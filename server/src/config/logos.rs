//! The `[logos]` section: how large an app's logo may be.

use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogoSettings {
    /// The largest logo accepted, in bytes.
    pub max_bytes: u64,
}

impl Default for LogoSettings {
    fn default() -> Self {
        Self {
            max_bytes: 512 * 1024,
        }
    }
}

impl LogoSettings {
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        if self.max_bytes == 0 {
            return Err(ConfigError::Value {
                key: "logos.max_bytes",
                value: "0".to_owned(),
                reason: "expected at least 1".to_owned(),
            });
        }
        Ok(())
    }
}
