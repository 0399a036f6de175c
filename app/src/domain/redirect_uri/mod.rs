//! Redirect URI and launch URI rules. The OAuth server compares redirect URIs as exact
//! strings (RFC 9700 §2.1), so a registered URI must be complete and fixed. It is absolute,
//! has no fragment (RFC 6749 §3.1.2) and no wildcard, and uses `https` unless it is a native
//! app's loopback or private-use scheme redirect (RFC 8252 §7).

mod list;
mod matching;
mod parts;

use std::fmt;

use super::app_kind::ClientType;
use parts::{is_localhost, UriParts};

pub use list::{check_redirect_uris, UriDifference};
pub use matching::redirect_uri_matches;

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RedirectUriError {
    #[error("Enter at least one redirect URI.")]
    NoneRegistered,
    #[error("Enter a URI.")]
    Empty,
    #[error("“{uri}” contains white space; enter the URI without spaces.")]
    Whitespace { uri: String },
    #[error(
        "“{uri}” contains “*”: the server matches redirect URIs as exact strings, so \
         wildcards are not accepted (RFC 9700 §2.1). Register each URI in full."
    )]
    Wildcard { uri: String },
    #[error(
        "“{uri}” has a fragment (the part from “#”), which a redirect URI must not have \
         (RFC 6749 §3.1.2). Remove it."
    )]
    Fragment { uri: String },
    #[error(
        "“{uri}” is not an absolute URI. Enter the full URI, such as \
         https://app.example.com/callback."
    )]
    Relative { uri: String },
    #[error("“{uri}” is not a valid URI: {reason}.")]
    Invalid { uri: String, reason: String },
    #[error("“{uri}” has no host. Enter a URI such as https://app.example.com/callback.")]
    MissingHost { uri: String },
    #[error("“{uri}” contains a user name or password; remove the part before “@”.")]
    Credentials { uri: String },
    #[error(
        "“{uri}” uses http on a host other than a loopback address. Use https; plain http \
         is accepted only for a native app's loopback redirect to http://127.0.0.1 or \
         http://[::1] on any port (RFC 8252 §7.3)."
    )]
    HttpNotLoopback { uri: String },
    #[error(
        "“{uri}” is a native-app redirect, which only a public client may register because \
         a native app cannot keep a client secret (RFC 8252 §8.5). Use an https URI, or \
         register the app as a public client."
    )]
    NativeRedirectForConfidentialClient { uri: String },
    #[error(
        "“{uri}” uses the scheme “{scheme}”. Use https, or for a native app a private-use \
         scheme made of a domain name you control in reverse order, such as \
         com.example.app:/callback (RFC 8252 §7.1)."
    )]
    SchemeNotReverseDomain { uri: String, scheme: String },
    #[error(
        "“{uri}” is a launch URI, which must use https, such as https://app.example.com/launch."
    )]
    LaunchUriNotHttps { uri: String },
}

/// Advice on a URI that is accepted as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedirectUriWarning {
    /// `localhost` works like a loopback literal but may resolve elsewhere (RFC 8252 §8.3).
    Localhost { uri: String },
    /// The same URI is listed twice.
    Duplicate { uri: String },
    /// Two URIs differ only in ways a person may not notice, yet the server's exact string
    /// match treats them as different.
    NearDuplicate {
        first: String,
        second: String,
        differences: Vec<UriDifference>,
    },
}

impl fmt::Display for RedirectUriWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RedirectUriWarning::Localhost { uri } => write!(
                f,
                "“{uri}” uses localhost, which is not recommended because the name may \
                 resolve to another address (RFC 8252 §8.3). Prefer 127.0.0.1 or [::1]."
            ),
            RedirectUriWarning::Duplicate { uri } => {
                write!(f, "“{uri}” is listed more than once.")
            }
            RedirectUriWarning::NearDuplicate {
                first,
                second,
                differences,
            } => {
                let differences: Vec<&str> = differences.iter().map(|d| d.label()).collect();
                write!(
                    f,
                    "“{first}” and “{second}” differ only in {}. The server compares \
                     redirect URIs as exact strings, so keep only the one the app sends.",
                    differences.join(" and ")
                )
            }
        }
    }
}

/// Checks one redirect URI for an app. A public client may also register native-app
/// redirects: `http` to a loopback address on any port (RFC 8252 §7.3) and private-use
/// schemes based on a reverse domain name (RFC 8252 §7.1). A confidential client runs on a
/// server, so it registers `https` URIs only.
pub fn check_redirect_uri(
    uri: &str,
    client_type: ClientType,
) -> Result<Vec<RedirectUriWarning>, RedirectUriError> {
    check_uri(uri, UriUse::Redirect(client_type))
}

/// Checks a launch URI, which the EHR opens in a browser with `iss` and `launch` added to
/// its query: it follows the redirect URI rules for an `https` URI.
pub fn check_launch_uri(uri: &str) -> Result<Vec<RedirectUriWarning>, RedirectUriError> {
    check_uri(uri, UriUse::Launch)
}

/// The purpose of a URI being checked.
#[derive(Clone, Copy, PartialEq, Eq)]
enum UriUse {
    /// A redirect URI of a client of this type.
    Redirect(ClientType),
    Launch,
}

fn check_uri(uri: &str, uri_use: UriUse) -> Result<Vec<RedirectUriWarning>, RedirectUriError> {
    let owned = || uri.to_owned();

    if uri.is_empty() {
        return Err(RedirectUriError::Empty);
    }
    if uri.chars().any(char::is_whitespace) {
        return Err(RedirectUriError::Whitespace { uri: owned() });
    }
    if uri.contains('*') {
        return Err(RedirectUriError::Wildcard { uri: owned() });
    }

    let parts = UriParts::split(uri);
    if parts.fragment.is_some() {
        return Err(RedirectUriError::Fragment { uri: owned() });
    }
    let Some(scheme) = parts.scheme else {
        return Err(RedirectUriError::Relative { uri: owned() });
    };
    if let Err(error) = url::Url::parse(uri) {
        return Err(RedirectUriError::Invalid {
            uri: owned(),
            reason: error.to_string(),
        });
    }

    let is_http = scheme.eq_ignore_ascii_case("http");
    let is_https = scheme.eq_ignore_ascii_case("https");
    if is_http || is_https {
        let Some(authority) = parts
            .authority
            .filter(|authority| !authority.host.is_empty())
        else {
            return Err(RedirectUriError::MissingHost { uri: owned() });
        };
        if authority.userinfo.is_some() {
            return Err(RedirectUriError::Credentials { uri: owned() });
        }
    }

    let is_native = match uri_use {
        _ if is_https => false,
        UriUse::Launch => return Err(RedirectUriError::LaunchUriNotHttps { uri: owned() }),
        UriUse::Redirect(_) if is_http => {
            if !parts.is_loopback_http() {
                return Err(RedirectUriError::HttpNotLoopback { uri: owned() });
            }
            true
        }
        UriUse::Redirect(_) => {
            // A private-use scheme is a domain name in reverse order, so it contains a
            // period (RFC 8252 §7.1), and a scheme without one SHOULD be rejected (§8.4).
            if !scheme.contains('.') {
                return Err(RedirectUriError::SchemeNotReverseDomain {
                    uri: owned(),
                    scheme: scheme.to_owned(),
                });
            }
            true
        }
    };
    if is_native && uri_use == UriUse::Redirect(ClientType::Confidential) {
        return Err(RedirectUriError::NativeRedirectForConfidentialClient { uri: owned() });
    }

    let mut warnings = Vec::new();
    if parts
        .authority
        .is_some_and(|authority| is_localhost(authority.host))
    {
        warnings.push(RedirectUriWarning::Localhost { uri: owned() });
    }

    Ok(warnings)
}

#[cfg(test)]
mod tests;
