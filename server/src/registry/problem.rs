//! RFC 9457 problem details, the body of every registry API error. Each `type` is a URN
//! under `urn:veracity:registry:problem:` that names the problem for good, whatever host
//! serves the portal.

use app::error::AppError;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// The media type of a problem document.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The problems the registry API reports, each with its status and title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A missing, unknown or revoked bearer token.
    Unauthorized,
    /// A query parameter with a value the endpoint does not accept.
    InvalidParameter,
    /// A request body that is not the JSON the endpoint expects.
    InvalidBody,
    UnknownClient,
    /// A client without a JWKS URL to fetch, because it registers a JWKS document or
    /// authenticates without public keys.
    NoJwksUrl,
    /// A JWKS URL that could not be fetched or returned no valid key set.
    JwksFetchFailed,
    /// A path under `/registry/v1` that names no endpoint.
    NotFound,
    RateLimited,
    Internal,
    Unavailable,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 10] = [
        ProblemKind::Unauthorized,
        ProblemKind::InvalidParameter,
        ProblemKind::InvalidBody,
        ProblemKind::UnknownClient,
        ProblemKind::NoJwksUrl,
        ProblemKind::JwksFetchFailed,
        ProblemKind::NotFound,
        ProblemKind::RateLimited,
        ProblemKind::Internal,
        ProblemKind::Unavailable,
    ];

    fn slug(self) -> &'static str {
        match self {
            ProblemKind::Unauthorized => "unauthorized",
            ProblemKind::InvalidParameter => "invalid-parameter",
            ProblemKind::InvalidBody => "invalid-body",
            ProblemKind::UnknownClient => "unknown-client",
            ProblemKind::NoJwksUrl => "no-jwks-url",
            ProblemKind::JwksFetchFailed => "jwks-fetch-failed",
            ProblemKind::NotFound => "not-found",
            ProblemKind::RateLimited => "rate-limited",
            ProblemKind::Internal => "internal",
            ProblemKind::Unavailable => "unavailable",
        }
    }

    /// Returns the problem's `type` URI.
    pub fn type_uri(self) -> String {
        format!("urn:veracity:registry:problem:{}", self.slug())
    }

    pub fn status(self) -> StatusCode {
        match self {
            ProblemKind::Unauthorized => StatusCode::UNAUTHORIZED,
            ProblemKind::InvalidParameter | ProblemKind::InvalidBody => StatusCode::BAD_REQUEST,
            ProblemKind::UnknownClient | ProblemKind::NotFound => StatusCode::NOT_FOUND,
            ProblemKind::NoJwksUrl => StatusCode::CONFLICT,
            ProblemKind::JwksFetchFailed => StatusCode::BAD_GATEWAY,
            ProblemKind::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            ProblemKind::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ProblemKind::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn title(self) -> &'static str {
        match self {
            ProblemKind::Unauthorized => "Registry token required",
            ProblemKind::InvalidParameter => "Invalid query parameter",
            ProblemKind::InvalidBody => "Invalid request body",
            ProblemKind::UnknownClient => "Unknown client",
            ProblemKind::NoJwksUrl => "No JWKS URL",
            ProblemKind::JwksFetchFailed => "JWKS fetch failed",
            ProblemKind::NotFound => "No such endpoint",
            ProblemKind::RateLimited => "Too many requests",
            ProblemKind::Internal => "Internal error",
            ProblemKind::Unavailable => "Service unavailable",
        }
    }
}

/// An RFC 9457 problem document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct Problem {
    /// A URN naming the problem, such as `urn:veracity:registry:problem:unknown-client`.
    #[serde(rename = "type")]
    pub problem_type: String,
    pub title: String,
    pub status: u16,
    pub detail: String,
    /// The query parameter at fault, for an invalid parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parameter: Option<String>,
    /// Seconds until the request may be repeated, for too many requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retry_after: Option<u64>,
}

impl Problem {
    pub fn new(kind: ProblemKind, detail: impl Into<String>) -> Self {
        Self {
            problem_type: kind.type_uri(),
            title: kind.title().to_owned(),
            status: kind.status().as_u16(),
            detail: detail.into(),
            parameter: None,
            retry_after: None,
        }
    }

    /// Builds the problem of a query parameter `parameter` the endpoint does not accept.
    pub fn invalid_parameter(parameter: &str, detail: impl Into<String>) -> Self {
        Self {
            parameter: Some(parameter.to_owned()),
            ..Self::new(ProblemKind::InvalidParameter, detail)
        }
    }

    pub fn unknown_client() -> Self {
        Self::new(ProblemKind::UnknownClient, "No client has this client ID.")
    }
}

impl From<AppError> for Problem {
    /// Services report only storage failures to the registry; their cause is logged where
    /// they are converted and never sent.
    fn from(error: AppError) -> Self {
        match error {
            AppError::Unavailable => Problem::new(
                ProblemKind::Unavailable,
                "The registry cannot reach its database. Retry in a moment.",
            ),
            _ => Problem::new(
                ProblemKind::Internal,
                "The registry failed to answer. Retry in a moment.",
            ),
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let unauthorized = status == StatusCode::UNAUTHORIZED;
        let retry_after = self.retry_after;
        let body = serde_json::to_vec(&self).unwrap_or_default();

        let mut response = (status, body).into_response();
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if unauthorized {
            headers.insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"registry\""),
            );
        }
        if let Some(seconds) = retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_uris_are_distinct_urns() {
        let uris: std::collections::HashSet<String> = ProblemKind::ALL
            .into_iter()
            .map(ProblemKind::type_uri)
            .collect();

        assert_eq!(uris.len(), ProblemKind::ALL.len());
        assert!(uris
            .iter()
            .all(|uri| uri.starts_with("urn:veracity:registry:problem:")));
    }
}
