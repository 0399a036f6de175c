//! The `[review_clock]` section: the time zone and the end of the business day that the
//! due dates of reviews are computed in.

use std::str::FromStr;

use app::services::calendar::ReviewClock;
use chrono::NaiveTime;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::ConfigError;

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReviewClockSettings {
    /// An IANA time zone name such as `America/New_York`.
    pub time_zone: String,
    /// The local time a business day ends, as HH:MM on a 24-hour clock.
    pub end_of_business_day: String,
}

impl Default for ReviewClockSettings {
    fn default() -> Self {
        Self {
            time_zone: "America/New_York".to_owned(),
            end_of_business_day: "17:00".to_owned(),
        }
    }
}

impl ReviewClockSettings {
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        self.clock().map(|_| ())
    }

    /// Returns the clock these settings describe, or the error naming the invalid key.
    pub fn clock(&self) -> Result<ReviewClock, ConfigError> {
        let time_zone = Tz::from_str(&self.time_zone).map_err(|_| ConfigError::Value {
            key: "review_clock.time_zone",
            value: self.time_zone.clone(),
            reason: "expected an IANA time zone name such as America/New_York or \
                     America/Chicago"
                .to_owned(),
        })?;
        let end_of_business_day = NaiveTime::parse_from_str(&self.end_of_business_day, "%H:%M")
            .map_err(|_| ConfigError::Value {
                key: "review_clock.end_of_business_day",
                value: self.end_of_business_day.clone(),
                reason: "expected a time as HH:MM on a 24-hour clock, such as 17:00".to_owned(),
            })?;

        Ok(ReviewClock {
            time_zone,
            end_of_business_day,
        })
    }
}
