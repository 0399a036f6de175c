//! One fetch of a JWKS URL through the guarded fetcher, judged as a key set.

use chrono::{DateTime, Duration, Utc};

use crate::domain::jwks::{cache_lifetime, check_jwks};
use crate::services::fetcher::{FetchFailure, FetchResponse, GuardedFetcher};

/// A JWKS document that passed the key set checks, and how long it stays fresh.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchedJwks {
    pub body: String,
    pub lifetime: Duration,
}

/// Fetches `url` and checks that it returns a valid key set. The error describes the
/// failure for the developer: the status code, the fetch error (such as a timeout), text
/// that is not JSON, or the key set's problems.
pub async fn fetch_jwks(
    fetcher: &GuardedFetcher,
    url: &str,
    now: DateTime<Utc>,
) -> Result<FetchedJwks, String> {
    judge(fetcher.fetch(url).await, now)
}

fn judge(
    fetched: Result<FetchResponse, FetchFailure>,
    now: DateTime<Utc>,
) -> Result<FetchedJwks, String> {
    let response = fetched.map_err(|failure| failure.error.to_string())?;
    let evidence = &response.evidence;

    let status = evidence.status.unwrap_or_default();
    if !(200..300).contains(&status) {
        return Err(format!(
            "The JWKS URL returned status {status}. It must return status 200 with the key set."
        ));
    }

    let Ok(body) = String::from_utf8(response.body) else {
        return Err(
            "The JWKS URL returned a body that is not UTF-8 text, so it is not JSON.".to_owned(),
        );
    };
    if let Err(errors) = check_jwks(&body) {
        let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(format!(
            "The JWKS URL did not return a valid key set. {}",
            reasons.join(" ")
        ));
    }

    let lifetime = cache_lifetime(
        evidence.cache_control.as_deref(),
        evidence.expires.as_deref(),
        now,
    );
    Ok(FetchedJwks { body, lifetime })
}
