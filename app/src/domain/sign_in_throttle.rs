//! How long sign-in waits after repeated failures. The same schedule applies separately to
//! each account and to each client address, and the longer of the two wins.

/// Failures allowed before any wait is imposed.
pub const FREE_FAILURES: u32 = 3;
/// The first wait, in seconds; each further failure doubles it.
pub const FIRST_DELAY_SECS: u64 = 2;
/// The longest wait, in seconds (15 minutes).
pub const MAX_DELAY_SECS: u64 = 15 * 60;

/// Seconds to wait before the next attempt after `failures` consecutive failures.
pub fn delay_after(failures: u32) -> u64 {
    if failures < FREE_FAILURES {
        return 0;
    }

    let doublings = failures - FREE_FAILURES;
    FIRST_DELAY_SECS
        .checked_shl(doublings)
        .filter(|delay| *delay <= MAX_DELAY_SECS)
        .unwrap_or(MAX_DELAY_SECS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_failures_are_free() {
        assert_eq!(delay_after(0), 0);
        assert_eq!(delay_after(2), 0);
    }

    #[test]
    fn delay_doubles_then_caps() {
        assert_eq!(delay_after(3), 2);
        assert_eq!(delay_after(4), 4);
        assert_eq!(delay_after(5), 8);
        assert_eq!(delay_after(11), 512);
        assert_eq!(delay_after(12), MAX_DELAY_SECS);
        assert_eq!(delay_after(200), MAX_DELAY_SECS);
    }
}
