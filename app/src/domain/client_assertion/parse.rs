//! Splits a compact JWS (RFC 7515 §7.1) into its header, claims and signature.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde_json::{Map, Value};

use super::AssertionProblem;

/// A client assertion split into its parts, before any check.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedAssertion {
    pub header: Map<String, Value>,
    pub claims: Map<String, Value>,
    /// The base64url header and claims joined by a dot: the bytes that are signed.
    pub signing_input: String,
    /// The base64url signature.
    pub signature: String,
}

impl ParsedAssertion {
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.header.get(name).and_then(Value::as_str)
    }

    pub fn claim_str(&self, name: &str) -> Option<&str> {
        self.claims.get(name).and_then(Value::as_str)
    }
}

/// Parses a compact JWS whose header and claims are JSON objects.
pub fn parse_assertion(assertion: &str) -> Result<ParsedAssertion, AssertionProblem> {
    let assertion = assertion.trim();
    let parts: Vec<&str> = assertion.split('.').collect();
    if parts.len() != 3 {
        return Err(malformed(format!(
            "a JWT has three base64url parts separated by dots, and this text has {}.",
            parts.len()
        )));
    }

    let header = decode_object(parts[0], "header")?;
    let claims = decode_object(parts[1], "claims")?;
    if parts[2].is_empty() {
        return Err(malformed(
            "the signature part is empty, so the JWT is unsigned.".to_owned(),
        ));
    }

    Ok(ParsedAssertion {
        header,
        claims,
        signing_input: format!("{}.{}", parts[0], parts[1]),
        signature: parts[2].to_owned(),
    })
}

fn decode_object(part: &str, name: &str) -> Result<Map<String, Value>, AssertionProblem> {
    let bytes = URL_SAFE_NO_PAD
        .decode(part)
        .map_err(|_| malformed(format!("the {name} is not base64url without padding.")))?;

    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(object)) => Ok(object),
        Ok(_) => Err(malformed(format!("the {name} is not a JSON object."))),
        Err(error) => Err(malformed(format!("the {name} is not valid JSON: {error}."))),
    }
}

fn malformed(reason: String) -> AssertionProblem {
    AssertionProblem::Malformed { reason }
}
