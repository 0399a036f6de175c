//! Signature verification of a client assertion against a registered JWKS, with ring
//! through `jsonwebtoken`. Server only, because ring does not build for the browser.

use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::Value;

use super::{AssertionProblem, ParsedAssertion};

/// Finds the key named by the header's `kid` in `jwks` and verifies the signature with
/// it, returning every problem found on the way.
pub fn check_signature(assertion: &ParsedAssertion, jwks: &Value) -> Vec<AssertionProblem> {
    let Some(kid) = assertion.header_str("kid") else {
        return vec![AssertionProblem::MissingKid];
    };

    let keys = jwks
        .get("keys")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let Some(key) = keys
        .iter()
        .find(|key| key.get("kid").and_then(Value::as_str) == Some(kid))
    else {
        let known: Vec<String> = keys
            .iter()
            .filter_map(|key| Some(format!("“{}”", key.get("kid")?.as_str()?)))
            .collect();
        return vec![AssertionProblem::UnknownKid {
            kid: kid.to_owned(),
            known: match known.is_empty() {
                true => "none".to_owned(),
                false => known.join(", "),
            },
        }];
    };

    let (algorithm, key_alg) = match key.get("kty").and_then(Value::as_str) {
        Some("RSA") => (Algorithm::RS384, "RS384"),
        Some("EC") => (Algorithm::ES384, "ES384"),
        other => {
            return vec![AssertionProblem::UnusableKey {
                kid: kid.to_owned(),
                reason: format!(
                    "its key type is {other:?}, and only RSA and EC keys sign assertions."
                ),
            }]
        }
    };
    let alg = assertion.header_str("alg").unwrap_or_default();
    if alg != key_alg {
        // A disallowed `alg` is already reported by the header check.
        return match super::claims::ALLOWED_ALGORITHMS.contains(&alg) {
            true => vec![AssertionProblem::AlgorithmKeyMismatch {
                alg: alg.to_owned(),
                kid: kid.to_owned(),
                key_alg: key_alg.to_owned(),
            }],
            false => Vec::new(),
        };
    }

    let member = |name: &str| key.get(name).and_then(Value::as_str).unwrap_or_default();
    let decoding_key = match algorithm {
        Algorithm::RS384 => DecodingKey::from_rsa_components(member("n"), member("e")),
        _ => DecodingKey::from_ec_components(member("x"), member("y")),
    };
    let decoding_key = match decoding_key {
        Ok(decoding_key) => decoding_key,
        Err(error) => {
            return vec![AssertionProblem::UnusableKey {
                kid: kid.to_owned(),
                reason: format!("{error}."),
            }]
        }
    };

    let verified = jsonwebtoken::crypto::verify(
        &assertion.signature,
        assertion.signing_input.as_bytes(),
        &decoding_key,
        algorithm,
    );
    match verified {
        Ok(true) => Vec::new(),
        Ok(false) | Err(_) => vec![AssertionProblem::BadSignature {
            kid: kid.to_owned(),
        }],
    }
}
