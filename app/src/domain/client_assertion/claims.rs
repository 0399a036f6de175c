//! The checks of a client assertion that need no key: the header's `alg` and `jku`, and
//! the claims `iss`, `sub`, `aud`, `exp` and `jti` (SMART Backend Services, RFC 7523).

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::Value;

use super::{AssertionProblem, ExpectedAssertion, ParsedAssertion};

/// The latest `exp` accepted, counted from the time of the check.
pub const MAX_LIFETIME: Duration = Duration::minutes(5);

/// The signature algorithms a client assertion may use.
pub const ALLOWED_ALGORITHMS: [&str; 2] = ["RS384", "ES384"];

/// Checks the header's `alg` and `jku` against the allowed algorithms and the registered
/// JWKS URL.
pub fn check_header(
    assertion: &ParsedAssertion,
    expected: &ExpectedAssertion,
) -> Vec<AssertionProblem> {
    let mut problems = Vec::new();

    let alg = assertion.header_str("alg").unwrap_or_default();
    if !ALLOWED_ALGORITHMS.contains(&alg) {
        problems.push(AssertionProblem::AlgorithmNotAllowed {
            alg: describe(assertion.header.get("alg")),
        });
    }

    if let Some(jku) = assertion.header.get("jku") {
        let jku_text = jku.as_str().map_or_else(|| jku.to_string(), str::to_owned);
        if expected.jwks_url.as_deref() != Some(jku_text.as_str()) {
            let expected = match &expected.jwks_url {
                Some(url) => format!("the registered JWKS URL is “{url}”"),
                None => {
                    "the app registered a JWKS document, not a URL, so leave “jku” out".to_owned()
                }
            };
            problems.push(AssertionProblem::JkuNotRegistered {
                jku: jku_text,
                expected,
            });
        }
    }
    problems
}

/// Checks the claims against the client ID, the token endpoint and the time `now`.
pub fn check_claims(
    assertion: &ParsedAssertion,
    expected: &ExpectedAssertion,
    now: DateTime<Utc>,
) -> Vec<AssertionProblem> {
    let mut problems = Vec::new();

    for claim in ["iss", "sub"] {
        if assertion.claim_str(claim) != Some(expected.client_id.as_str()) {
            problems.push(AssertionProblem::NotClientId {
                claim: claim.to_owned(),
                found: describe(assertion.claims.get(claim)),
                client_id: expected.client_id.clone(),
            });
        }
    }

    if !audience_matches(assertion.claims.get("aud"), &expected.token_endpoint) {
        problems.push(AssertionProblem::WrongAudience {
            found: describe(assertion.claims.get("aud")),
            token_endpoint: expected.token_endpoint.clone(),
        });
    }

    problems.extend(check_expiry(assertion.claims.get("exp"), now));

    if assertion.claim_str("jti").is_none_or(str::is_empty) {
        problems.push(AssertionProblem::JtiMissing);
    }
    problems
}

/// Checks `exp`, a NumericDate (seconds since the epoch, RFC 7519 §2).
fn check_expiry(exp: Option<&Value>, now: DateTime<Utc>) -> Option<AssertionProblem> {
    let exp = exp
        .and_then(Value::as_i64)
        .and_then(|seconds| DateTime::<Utc>::from_timestamp(seconds, 0));
    let Some(exp) = exp else {
        return Some(AssertionProblem::ExpMissing);
    };
    let format = |time: DateTime<Utc>| time.to_rfc3339_opts(SecondsFormat::Secs, true);

    if exp <= now {
        return Some(AssertionProblem::Expired {
            exp: format(exp),
            now: format(now),
        });
    }
    if exp > now + MAX_LIFETIME {
        return Some(AssertionProblem::ExpTooFar {
            exp: format(exp),
            now: format(now),
        });
    }
    None
}

/// Returns whether `aud` is the token endpoint, alone or in an array (RFC 7519 §4.1.3).
fn audience_matches(aud: Option<&Value>, token_endpoint: &str) -> bool {
    match aud {
        Some(Value::String(aud)) => aud == token_endpoint,
        Some(Value::Array(values)) => values.iter().any(|value| value == token_endpoint),
        _ => false,
    }
}

/// Describes a claim's value for a message: a string in quotes, other JSON as written,
/// or “missing”.
fn describe(value: Option<&Value>) -> String {
    match value {
        None => "missing".to_owned(),
        Some(Value::String(text)) => format!("“{text}”"),
        Some(other) => other.to_string(),
    }
}
