//! One guarded GET request and the evidence it leaves for a reviewer.

use std::fmt;
use std::time::Instant;

use reqwest::header::{HeaderMap, HeaderName, CACHE_CONTROL, CONTENT_TYPE, EXPIRES};
use serde::{Deserialize, Serialize};
use url::Url;

use super::error::FetchError;
use super::redirect::with_recorded_hops;
use super::target::parse_url;
use super::GuardedFetcher;

/// The record of one fetch, whether it succeeded or not.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FetchEvidence {
    /// The URL as the caller gave it.
    pub requested_url: String,
    /// The URL of the last request, or of the redirect target that was refused.
    pub final_url: String,
    /// Each redirect target, in the order the redirects were followed.
    pub redirects: Vec<String>,
    /// The final response's status code, when a response arrived.
    pub status: Option<u16>,
    /// The final response's `Content-Type` header, as sent.
    pub content_type: Option<String>,
    /// The final response's `Cache-Control` header, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_control: Option<String>,
    /// The final response's `Expires` header, as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Milliseconds from the start of the fetch to its end.
    pub elapsed_ms: u64,
    /// The number of body bytes read.
    pub body_bytes: usize,
}

/// A fetch that received a complete response within the limits. Any status counts: a 404
/// is a response too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchResponse {
    pub evidence: FetchEvidence,
    pub body: Vec<u8>,
}

/// A fetch that was refused or failed, with what it did up to that point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FetchFailure {
    pub evidence: FetchEvidence,
    pub error: FetchError,
}

impl fmt::Display for FetchFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.error.fmt(f)
    }
}

impl GuardedFetcher {
    /// Sends a GET request to `url`, following redirects, and reads the body up to the
    /// size limit. The URL is checked before any request, so a refused URL sends nothing;
    /// with fetching turned off, no URL is fetched.
    pub async fn fetch(&self, url: &str) -> Result<FetchResponse, FetchFailure> {
        let started = Instant::now();
        let mut evidence = FetchEvidence {
            requested_url: url.to_owned(),
            final_url: url.to_owned(),
            ..FetchEvidence::default()
        };

        let parsed = match self.options.enabled {
            true => parse_url(url, self.options.allow_loopback),
            false => Err(FetchError::Disabled {
                url: url.to_owned(),
            }),
        };
        let outcome = match parsed {
            Ok(parsed) => {
                let (outcome, hops) =
                    with_recorded_hops(self.send_and_read(parsed, &mut evidence)).await;
                if let Some(last) = hops.last() {
                    evidence.final_url = last.to_string();
                }
                evidence.redirects = hops.iter().map(ToString::to_string).collect();
                outcome
            }
            Err(error) => Err(error),
        };
        evidence.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);

        match outcome {
            Ok(body) => Ok(FetchResponse { evidence, body }),
            Err(error) => {
                tracing::debug!(url, kind = error.kind(), %error, "fetch failed");
                Err(FetchFailure { evidence, error })
            }
        }
    }

    /// Sends the request and reads the response into `evidence`, returning the body.
    async fn send_and_read(
        &self,
        url: Url,
        evidence: &mut FetchEvidence,
    ) -> Result<Vec<u8>, FetchError> {
        let timeout_ms = u64::try_from(self.options.timeout.as_millis()).unwrap_or(u64::MAX);
        let max_bytes = self.options.max_body_bytes;
        let failed = |error: reqwest::Error| FetchError::from_reqwest(&error, timeout_ms);

        let mut response = self.client.get(url).send().await.map_err(failed)?;

        evidence.final_url = response.url().to_string();
        evidence.status = Some(response.status().as_u16());
        evidence.content_type = header_text(response.headers(), CONTENT_TYPE);
        evidence.cache_control = header_text(response.headers(), CACHE_CONTROL);
        evidence.expires = header_text(response.headers(), EXPIRES);
        if response
            .content_length()
            .is_some_and(|length| length > max_bytes as u64)
        {
            return Err(FetchError::BodyTooLarge { max_bytes });
        }

        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            let room = max_bytes - body.len();
            if chunk.len() > room {
                body.extend_from_slice(&chunk[..room]);
                evidence.body_bytes = body.len();
                return Err(FetchError::BodyTooLarge { max_bytes });
            }
            body.extend_from_slice(&chunk);
            evidence.body_bytes = body.len();
        }

        Ok(body)
    }
}

/// Returns a header's value as text, replacing bytes that are not UTF-8.
fn header_text(headers: &HeaderMap, name: HeaderName) -> Option<String> {
    headers
        .get(name)
        .map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
}
