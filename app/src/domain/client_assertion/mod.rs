//! The client assertion tester's rules: a `private_key_jwt` client authenticates at the
//! token endpoint with a JWT signed by one of its registered keys (RFC 7523, SMART Backend
//! Services). [`check_assertion`] returns every problem the OAuth server would reject it
//! for, with the time of the check given by the caller.

mod claims;
mod parse;
mod problem;
#[cfg(feature = "ssr")]
mod signature;

#[cfg(feature = "ssr")]
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use claims::{check_claims, check_header, ALLOWED_ALGORITHMS, MAX_LIFETIME};
pub use parse::{parse_assertion, ParsedAssertion};
pub use problem::AssertionProblem;

/// The values a client assertion of one client must contain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExpectedAssertion {
    /// The client ID that `iss` and `sub` must both be.
    pub client_id: String,
    /// The token endpoint URL that `aud` must be.
    pub token_endpoint: String,
    /// The registered JWKS URL, the only `jku` accepted. `None` when the app registered a
    /// JWKS document, so no `jku` is accepted.
    pub jwks_url: Option<String>,
}

/// The tester's result: every problem found, in the order header, signature, claims.
/// An empty list means the OAuth server would accept the assertion.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssertionVerdict {
    /// The header's `kid` and `alg`, when the assertion parsed.
    pub kid: Option<String>,
    pub alg: Option<String>,
    pub problems: Vec<AssertionProblem>,
}

/// Checks `assertion` against the registered key set `jwks` (a JWKS document's text) and
/// `expected`, at the time `now`.
#[cfg(feature = "ssr")]
pub fn check_assertion(
    assertion: &str,
    jwks: &str,
    expected: &ExpectedAssertion,
    now: DateTime<Utc>,
) -> AssertionVerdict {
    let parsed = match parse_assertion(assertion) {
        Ok(parsed) => parsed,
        Err(problem) => {
            return AssertionVerdict {
                problems: vec![problem],
                ..AssertionVerdict::default()
            }
        }
    };
    let jwks: serde_json::Value = serde_json::from_str(jwks).unwrap_or_default();

    let mut problems = check_header(&parsed, expected);
    problems.extend(signature::check_signature(&parsed, &jwks));
    problems.extend(check_claims(&parsed, expected, now));

    AssertionVerdict {
        kid: parsed.header_str("kid").map(str::to_owned),
        alg: parsed.header_str("alg").map(str::to_owned),
        problems,
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
