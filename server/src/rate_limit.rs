//! A rate limit with a fixed one-minute window per key, kept in memory. The registry API
//! counts requests per registry token, and the portal counts form submissions per browser
//! session. Each portal process counts its own requests, so behind several processes a key
//! gets the limit once per process.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

/// Counts each key's requests in its current window.
#[derive(Clone, Debug)]
pub struct RateLimiter<K> {
    per_minute: u32,
    state: Arc<Mutex<Windows<K>>>,
}

#[derive(Debug)]
struct Windows<K> {
    by_key: HashMap<K, Window>,
    /// When windows that ended were last dropped, so keys seen once do not pile up.
    swept: Option<Instant>,
}

#[derive(Clone, Copy, Debug)]
struct Window {
    started: Instant,
    requests: u32,
}

impl<K: Eq + Hash> RateLimiter<K> {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            state: Arc::new(Mutex::new(Windows {
                by_key: HashMap::new(),
                swept: None,
            })),
        }
    }

    /// Counts a request of `key` at `now`: `Ok` when it is within the limit, else the whole
    /// seconds until the window ends.
    pub fn check(&self, key: K, now: Instant) -> Result<(), u64> {
        let mut state = self
            .state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        state.sweep(now);

        let window = state.by_key.entry(key).or_insert(Window {
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

impl<K> Windows<K> {
    /// Drops the windows that ended, at most once per window length.
    fn sweep(&mut self, now: Instant) {
        let due = self
            .swept
            .is_none_or(|swept| now.duration_since(swept) >= WINDOW);
        if !due {
            return;
        }

        self.by_key
            .retain(|_, window| now.duration_since(window.started) < WINDOW);
        self.swept = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_past_the_limit_until_the_window_ends() {
        let limiter = RateLimiter::new(2);
        let start = Instant::now();

        assert_eq!(limiter.check(1, start), Ok(()));
        assert_eq!(limiter.check(1, start), Ok(()));
        assert_eq!(limiter.check(1, start + Duration::from_secs(15)), Err(45));
        assert_eq!(limiter.check(2, start), Ok(()));
        assert_eq!(limiter.check(1, start + WINDOW), Ok(()));
    }

    #[test]
    fn ended_windows_are_dropped() {
        let limiter = RateLimiter::new(5);
        let start = Instant::now();

        for key in 0..100 {
            limiter.check(key, start).unwrap();
        }
        limiter.check(1000, start + WINDOW).unwrap();

        let state = limiter.state.lock().unwrap();
        assert_eq!(state.by_key.len(), 1);
    }
}
