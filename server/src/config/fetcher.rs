//! The `[fetcher]` section: the limits of the portal's requests to URLs that developers
//! register, such as an app's privacy policy.

use std::time::Duration;

use app::services::fetcher::FetcherOptions;
use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct FetcherSettings {
    /// Milliseconds allowed to connect, and for the whole fetch, redirects included.
    pub timeout_ms: u64,
    /// The maximum number of redirects followed.
    pub max_redirects: usize,
    /// The number of response body bytes read before a fetch stops and fails.
    pub max_body_bytes: u64,
    /// Whether loopback addresses (127.0.0.0/8 and ::1) may be fetched, which only tests set.
    pub allow_loopback: bool,
    /// Whether developers' URLs are fetched at all; off, pre-checks and JWKS URLs report that
    /// fetching is turned off.
    pub enabled: bool,
}

impl Default for FetcherSettings {
    fn default() -> Self {
        let options = FetcherOptions::default();
        Self {
            timeout_ms: options.timeout.as_millis() as u64,
            max_redirects: options.max_redirects,
            max_body_bytes: options.max_body_bytes as u64,
            allow_loopback: options.allow_loopback,
            enabled: options.enabled,
        }
    }
}

impl FetcherSettings {
    /// Returns the options the portal's fetcher is built with.
    pub fn options(&self) -> FetcherOptions {
        FetcherOptions {
            timeout: Duration::from_millis(self.timeout_ms),
            max_redirects: self.max_redirects,
            max_body_bytes: usize::try_from(self.max_body_bytes).unwrap_or(usize::MAX),
            allow_loopback: self.allow_loopback,
            enabled: self.enabled,
        }
    }

    pub(super) fn check(&self) -> Result<(), ConfigError> {
        for (key, value) in [
            ("fetcher.timeout_ms", self.timeout_ms),
            ("fetcher.max_body_bytes", self.max_body_bytes),
        ] {
            if value == 0 {
                return Err(ConfigError::Value {
                    key,
                    value: "0".to_owned(),
                    reason: "expected at least 1".to_owned(),
                });
            }
        }
        Ok(())
    }
}
