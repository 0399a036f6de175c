use std::time::Duration;

/// The wait after the first failed attempt; each later failure doubles it.
const FIRST_RETRY: Duration = Duration::from_secs(30);
/// Maximum wait between two attempts.
const MAX_RETRY: Duration = Duration::from_secs(60 * 60);

/// Returns the wait before the attempt after failed attempt number `attempt` (counted from
/// 1): 30 s, 1 min, 2 min, 4 min and so on, at most 1 h.
pub fn retry_delay(attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(1).min(31);
    FIRST_RETRY
        .checked_mul(1 << doublings)
        .map_or(MAX_RETRY, |delay| delay.min(MAX_RETRY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_delay_doubles_from_thirty_seconds() {
        let expected = [30, 60, 120, 240, 480, 960, 1920];

        for (index, seconds) in expected.into_iter().enumerate() {
            let attempt = index as u32 + 1;
            assert_eq!(
                retry_delay(attempt),
                Duration::from_secs(seconds),
                "attempt {attempt}"
            );
        }
    }

    #[test]
    fn retry_delay_caps_at_one_hour() {
        assert_eq!(retry_delay(8), MAX_RETRY);
        assert_eq!(retry_delay(40), MAX_RETRY);
        assert_eq!(retry_delay(u32::MAX), MAX_RETRY);
    }

    #[test]
    fn retry_delay_treats_zero_as_first() {
        assert_eq!(retry_delay(0), FIRST_RETRY);
    }
}
