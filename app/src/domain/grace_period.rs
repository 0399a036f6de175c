//! The grace period of a client secret rotation: how long the previous secret keeps
//! working next to the new one, so a deployment can switch without downtime.

use std::fmt;

/// The form field that carries the grace period.
pub const GRACE_DAYS_FIELD: &str = "grace_days";

/// The longest grace period, in days.
pub const MAX_GRACE_DAYS: u8 = 7;

/// A grace period of whole days, from 0 (the previous secret stops at once) to
/// [`MAX_GRACE_DAYS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GracePeriod(u8);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{value}” is not a grace period. Enter a whole number of days from 0 to {MAX_GRACE_DAYS}; 0 stops the previous secret at once.")]
pub struct InvalidGracePeriod {
    pub value: String,
}

impl GracePeriod {
    /// Parses the form value: a whole number of days from 0 to 7, surrounding spaces
    /// ignored.
    pub fn parse(value: &str) -> Result<Self, InvalidGracePeriod> {
        let invalid = || InvalidGracePeriod {
            value: value.to_owned(),
        };
        let trimmed = value.trim();
        if trimmed.is_empty() || !trimmed.bytes().all(|byte| byte.is_ascii_digit()) {
            return Err(invalid());
        }

        match trimmed.parse::<u8>() {
            Ok(days) if days <= MAX_GRACE_DAYS => Ok(Self(days)),
            _ => Err(invalid()),
        }
    }

    pub fn days(self) -> u8 {
        self.0
    }
}

impl fmt::Display for GracePeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            1 => f.write_str("1 day"),
            days => write!(f, "{days} days"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_days_zero_to_seven_accepted() {
        for days in 0..=7 {
            assert_eq!(GracePeriod::parse(&days.to_string()).unwrap().days(), days);
        }
        assert_eq!(GracePeriod::parse(" 3 ").unwrap().days(), 3);
    }

    #[test]
    fn other_values_rejected() {
        for value in ["", "8", "-1", "1.5", "2 days", "300", "one"] {
            assert_eq!(
                GracePeriod::parse(value),
                Err(InvalidGracePeriod {
                    value: value.to_owned()
                }),
                "{value}"
            );
        }
    }

    #[test]
    fn error_names_range() {
        let error = GracePeriod::parse("9").unwrap_err();

        assert_eq!(
            error.to_string(),
            "“9” is not a grace period. Enter a whole number of days from 0 to 7; 0 stops the previous secret at once."
        );
    }
}
