//! The reasons a fetch fails, precise enough for a reviewer to act on.

use super::address_range::RefusedAddress;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("The portal's configuration turns fetching off, so “{url}” was not fetched.")]
    Disabled { url: String },
    #[error("“{url}” is not a valid URL: {reason}.")]
    InvalidUrl { url: String, reason: String },
    #[error("“{url}” uses the scheme “{scheme}”; only http and https URLs are fetched.")]
    UnsupportedScheme { url: String, scheme: String },
    #[error("“{url}” contains a user name or password; URLs with credentials are not fetched.")]
    Credentials { url: String },
    #[error("“{url}” has no host.")]
    MissingHost { url: String },
    #[error("The host “{host}” was refused: {reason}.")]
    RefusedHost { host: String, reason: &'static str },
    #[error("The host “{host}” was refused because {refused}; only public addresses are fetched.")]
    RefusedAddress {
        host: String,
        refused: RefusedAddress,
    },
    #[error("Looking up the host “{host}” failed: {reason}.")]
    Dns { host: String, reason: String },
    #[error("The request timed out after {timeout_ms} ms.")]
    Timeout { timeout_ms: u64 },
    #[error("The URL redirected more than {max_redirects} times.")]
    TooManyRedirects { max_redirects: usize },
    #[error("Connecting to the host or reading its response failed: {reason}.")]
    Connection { reason: String },
    #[error("The response body is larger than {max_bytes} bytes; reading stopped there.")]
    BodyTooLarge { max_bytes: usize },
}

impl FetchError {
    /// Returns the error's kind as a stable snake_case name, for logs and stored evidence.
    pub fn kind(&self) -> &'static str {
        match self {
            FetchError::Disabled { .. } => "disabled",
            FetchError::InvalidUrl { .. } => "invalid_url",
            FetchError::UnsupportedScheme { .. } => "unsupported_scheme",
            FetchError::Credentials { .. } => "credentials",
            FetchError::MissingHost { .. } => "missing_host",
            FetchError::RefusedHost { .. } => "refused_host",
            FetchError::RefusedAddress { .. } => "refused_address",
            FetchError::Dns { .. } => "dns",
            FetchError::Timeout { .. } => "timeout",
            FetchError::TooManyRedirects { .. } => "too_many_redirects",
            FetchError::Connection { .. } => "connection",
            FetchError::BodyTooLarge { .. } => "body_too_large",
        }
    }

    /// Converts a reqwest error into the most precise kind: an error the guard raised
    /// inside reqwest (from the resolver or the redirect policy) is found in the source
    /// chain and returned as it was raised.
    pub(super) fn from_reqwest(error: &reqwest::Error, timeout_ms: u64) -> FetchError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(current) = source {
            if let Some(guard_error) = current.downcast_ref::<FetchError>() {
                return guard_error.clone();
            }
            source = current.source();
        }

        if error.is_timeout() {
            return FetchError::Timeout { timeout_ms };
        }
        FetchError::Connection {
            reason: error_chain(error),
        }
    }
}

/// Joins an error's messages with those of its sources, since reqwest's own message
/// ("error sending request") leaves out the cause, such as a TLS certificate problem.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut messages = vec![error.to_string()];
    let mut source = error.source();
    while let Some(current) = source {
        let message = current.to_string();
        if !messages.iter().any(|earlier| earlier.contains(&message)) {
            messages.push(message);
        }
        source = current.source();
    }
    messages.join(": ")
}
