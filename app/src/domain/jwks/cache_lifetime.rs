//! How long a fetched JWKS document may be used before it is fetched again, from the
//! response's HTTP caching headers (RFC 9111 §4.2.1).

use chrono::{DateTime, Duration, Utc};

/// The lifetime of a response without `max-age` or `Expires`.
pub const DEFAULT_CACHE_LIFETIME: Duration = Duration::hours(1);

/// The longest lifetime used, whatever the headers state, so a removed key stops working
/// within a day.
pub const MAX_CACHE_LIFETIME: Duration = Duration::hours(24);

/// Returns how long a response fetched at `now` stays fresh. `no-store` and `no-cache` make
/// it stale at once. Otherwise `max-age` wins over `Expires` (RFC 9111 §5.3), and an
/// `Expires` that is not a valid HTTP date means stale at once (RFC 9111 §5.3). The result
/// is between zero and [`MAX_CACHE_LIFETIME`].
pub fn cache_lifetime(
    cache_control: Option<&str>,
    expires: Option<&str>,
    now: DateTime<Utc>,
) -> Duration {
    let directives: Vec<String> = cache_control
        .unwrap_or_default()
        .split(',')
        .map(|directive| directive.trim().to_ascii_lowercase())
        .filter(|directive| !directive.is_empty())
        .collect();

    if directives
        .iter()
        .any(|directive| directive == "no-store" || directive == "no-cache")
    {
        return Duration::zero();
    }

    let max_age = directives.iter().find_map(|directive| {
        let value = directive.strip_prefix("max-age=")?;
        value.trim_matches('"').parse::<i64>().ok()
    });
    let lifetime = match (max_age, expires) {
        (Some(seconds), _) => Duration::seconds(seconds),
        (None, Some(expires)) => match DateTime::parse_from_rfc2822(expires.trim()) {
            Ok(expires) => expires.with_timezone(&Utc) - now,
            Err(_) => Duration::zero(),
        },
        (None, None) => DEFAULT_CACHE_LIFETIME,
    };

    lifetime.clamp(Duration::zero(), MAX_CACHE_LIFETIME)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-12-05T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn max_age_sets_lifetime() {
        let lifetime = cache_lifetime(Some("public, max-age=600"), None, now());

        assert_eq!(lifetime, Duration::seconds(600));
    }

    #[test]
    fn max_age_wins_over_expires() {
        let expires = "Sat, 05 Dec 2026 13:00:00 GMT";

        assert_eq!(
            cache_lifetime(Some("max-age=60"), Some(expires), now()),
            Duration::seconds(60)
        );
    }

    #[test]
    fn expires_sets_lifetime() {
        let expires = "Sat, 05 Dec 2026 12:30:00 GMT";

        assert_eq!(
            cache_lifetime(None, Some(expires), now()),
            Duration::minutes(30)
        );
    }

    #[test]
    fn invalid_or_past_expires_is_stale() {
        assert_eq!(cache_lifetime(None, Some("0"), now()), Duration::zero());
        assert_eq!(
            cache_lifetime(None, Some("Fri, 04 Dec 2026 12:00:00 GMT"), now()),
            Duration::zero()
        );
    }

    #[test]
    fn no_store_and_no_cache_are_stale() {
        assert_eq!(
            cache_lifetime(Some("no-store"), None, now()),
            Duration::zero()
        );
        assert_eq!(
            cache_lifetime(Some("max-age=600, No-Cache"), None, now()),
            Duration::zero()
        );
    }

    #[test]
    fn lifetime_clamped_to_a_day() {
        assert_eq!(
            cache_lifetime(Some("max-age=31536000"), None, now()),
            MAX_CACHE_LIFETIME
        );
        assert_eq!(
            cache_lifetime(Some("max-age=-5"), None, now()),
            Duration::zero()
        );
    }

    #[test]
    fn no_headers_use_default() {
        assert_eq!(cache_lifetime(None, None, now()), DEFAULT_CACHE_LIFETIME);
    }
}
