//! The state of a B2B registration link and the rules for its label and a clinic's reasons.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How long a new link works unless the administrator picks another number of days.
pub const DEFAULT_VALID_DAYS: i64 = 14;
/// The maximum number of days a link works.
pub const MAX_VALID_DAYS: i64 = 90;
pub const MAX_LABEL_CHARS: usize = 100;
pub const MIN_REASON_CHARS: usize = 20;
pub const MAX_REASON_CHARS: usize = 1000;

/// The state of a link at a given moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkState {
    Unused,
    Used,
    Expired,
    Revoked,
}

impl LinkState {
    /// Returns the state of a link with these timestamps at `now`. A used link stays used
    /// after it expires, and a revoked one stays revoked.
    pub fn at(
        used_at: Option<DateTime<Utc>>,
        revoked_at: Option<DateTime<Utc>>,
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> LinkState {
        if used_at.is_some() {
            LinkState::Used
        } else if revoked_at.is_some() {
            LinkState::Revoked
        } else if expires_at <= now {
            LinkState::Expired
        } else {
            LinkState::Unused
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            LinkState::Unused => "unused",
            LinkState::Used => "used",
            LinkState::Expired => "expired",
            LinkState::Revoked => "revoked",
        }
    }

    /// Explains to the developer who opened the link why it cannot be used.
    pub fn problem(self) -> Option<&'static str> {
        match self {
            LinkState::Unused => None,
            LinkState::Used => {
                Some("This registration link was already used. Ask the clinic for a new link.")
            }
            LinkState::Expired => {
                Some("This registration link has expired. Ask the clinic for a new link.")
            }
            LinkState::Revoked => {
                Some("The clinic revoked this registration link. Ask the clinic for a new link.")
            }
        }
    }
}

/// Returns the expiry of a link created at `now` that works for `days` days, or the
/// message for the `days` field when it is not a whole number from 1 to 90.
pub fn expiry(now: DateTime<Utc>, days: Option<i64>) -> Result<DateTime<Utc>, String> {
    let days = days.unwrap_or(DEFAULT_VALID_DAYS);
    if !(1..=MAX_VALID_DAYS).contains(&days) {
        return Err(format!(
            "Enter a number of days from 1 to {MAX_VALID_DAYS}; {DEFAULT_VALID_DAYS} is usual."
        ));
    }
    Ok(now + Duration::days(days))
}

/// Reads the number of days a link works as typed: empty means the default, anything but a
/// whole number is refused with the message for the `days` field.
pub fn parse_days(text: &str) -> Result<Option<i64>, String> {
    match text.trim() {
        "" => Ok(None),
        text => text.parse().map(Some).map_err(|_| {
            format!("“{text}” is not a number of days. Enter a whole number from 1 to {MAX_VALID_DAYS}.")
        }),
    }
}

/// Returns the trimmed text when its length, in characters, is within `min..=max`.
pub fn bounded_text(text: &str, min: usize, max: usize) -> Option<String> {
    let text = text.trim();
    let length = text.chars().count();
    (min..=max).contains(&length).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_days_reads_whole_numbers_and_empty() {
        assert_eq!(parse_days(""), Ok(None));
        assert_eq!(parse_days(" 30 "), Ok(Some(30)));
        assert!(parse_days("two weeks").unwrap_err().contains("“two weeks”"));
        assert!(parse_days("1.5").is_err());
    }

    fn at(hour: u32) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(&format!("2026-12-05T{hour:02}:00:00Z"))
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn state_unused_before_expiry() {
        assert_eq!(LinkState::at(None, None, at(12), at(11)), LinkState::Unused);
    }

    #[test]
    fn state_expired_at_expiry() {
        assert_eq!(
            LinkState::at(None, None, at(12), at(12)),
            LinkState::Expired
        );
    }

    #[test]
    fn state_used_wins_over_expiry() {
        let state = LinkState::at(Some(at(10)), None, at(12), at(13));
        assert_eq!(state, LinkState::Used);
    }

    #[test]
    fn state_revoked_wins_over_expiry() {
        let state = LinkState::at(None, Some(at(10)), at(12), at(13));
        assert_eq!(state, LinkState::Revoked);
    }

    #[test]
    fn expiry_defaults_to_fourteen_days() {
        assert_eq!(expiry(at(1), None), Ok(at(1) + Duration::days(14)));
    }

    #[test]
    fn expiry_rejects_out_of_range_days() {
        assert!(expiry(at(1), Some(0)).is_err());
        assert!(expiry(at(1), Some(91)).is_err());
        assert!(expiry(at(1), Some(90)).is_ok());
    }

    #[test]
    fn bounded_text_trims_and_checks_length() {
        assert_eq!(bounded_text("  Acme  ", 1, 10), Some("Acme".to_owned()));
        assert_eq!(bounded_text("   ", 1, 10), None);
        assert_eq!(bounded_text("abcdefghijk", 1, 10), None);
    }
}
