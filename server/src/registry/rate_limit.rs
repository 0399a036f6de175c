//! The registry API's rate limit: a fixed one-minute window per token, kept in memory. Each
//! portal process counts its own requests, so behind several processes a token gets the
//! limit once per process.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use uuid::Uuid;

const WINDOW: Duration = Duration::from_secs(60);

/// Counts each token's requests in its current window.
#[derive(Clone, Debug)]
pub struct RateLimiter {
    per_minute: u32,
    windows: Arc<Mutex<HashMap<Uuid, Window>>>,
}

#[derive(Clone, Copy, Debug)]
struct Window {
    started: Instant,
    requests: u32,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            windows: Arc::default(),
        }
    }

    /// Counts a request of `token` at `now`: `Ok` when it is within the limit, else the whole
    /// seconds until the window ends.
    pub fn check(&self, token: Uuid, now: Instant) -> Result<(), u64> {
        let mut windows = self
            .windows
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let window = windows.entry(token).or_insert(Window {
            started: now,
            requests: 0,
        });
        if now.duration_since(window.started) >= WINDOW {
            *window = Window {
                started: now,
                requests: 0,
            };
        }

        if window.requests >= self.per_minute {
            let left = WINDOW.saturating_sub(now.duration_since(window.started));
            return Err(left.as_secs_f64().ceil().max(1.0) as u64);
        }
        window.requests += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_past_the_limit_until_the_window_ends() {
        let limiter = RateLimiter::new(2);
        let token = Uuid::from_u128(1);
        let start = Instant::now();

        assert_eq!(limiter.check(token, start), Ok(()));
        assert_eq!(limiter.check(token, start), Ok(()));
        assert_eq!(
            limiter.check(token, start + Duration::from_secs(15)),
            Err(45)
        );
        assert_eq!(limiter.check(Uuid::from_u128(2), start), Ok(()));
        assert_eq!(limiter.check(token, start + WINDOW), Ok(()));
    }
}
