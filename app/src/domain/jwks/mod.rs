//! JSON Web Key Sets (RFC 7517) of `private_key_jwt` clients. SMART's
//! client-confidential-asymmetric profile has each key carry `kty` and `kid` and its
//! public key as bare members (`n` and `e`, or `crv`, `x` and `y`). The portal accepts
//! the two algorithms that profile requires every client to support, RS384 and ES384.

mod algorithm;
mod cache_lifetime;
mod error;
mod jwks_url;
mod key;

use std::collections::HashSet;

use serde_json::Value;

pub use algorithm::SigningAlgorithm;
pub use cache_lifetime::{cache_lifetime, DEFAULT_CACHE_LIFETIME, MAX_CACHE_LIFETIME};
pub use error::{JwksError, JwksWarning, KeyRef};
pub use jwks_url::{check_jwks_url, JwksUrlError};

/// A public key that passed the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKeySummary {
    pub kid: String,
    /// The key's `alg`, or the one its key type implies when it has none.
    pub algorithm: SigningAlgorithm,
}

/// A JWKS document that passed [`check_jwks`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedJwks {
    /// The keys in document order.
    pub keys: Vec<PublicKeySummary>,
    pub warnings: Vec<JwksWarning>,
}

/// Checks a JWKS document given as text and returns every problem at once. Key order and
/// members this check does not know (`use`, `key_ops`, `ext`, `x5c`) are accepted.
pub fn check_jwks(document: &str) -> Result<CheckedJwks, Vec<JwksError>> {
    let value: Value = serde_json::from_str(document).map_err(|error| vec![json_error(&error)])?;

    let Some(object) = value.as_object() else {
        return Err(vec![JwksError::NotAnObject]);
    };
    let Some(keys) = object.get("keys") else {
        return Err(vec![if object.contains_key("kty") {
            JwksError::SingleKey
        } else {
            JwksError::MissingKeys
        }]);
    };
    let Some(keys) = keys.as_array() else {
        return Err(vec![JwksError::MissingKeys]);
    };
    if keys.is_empty() {
        return Err(vec![JwksError::NoKeys]);
    }

    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let mut summaries = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let mut key_errors = Vec::new();
        let summary = key::check_key(index, key, &mut key_errors, &mut warnings);
        if key_errors.is_empty() {
            summaries.extend(summary);
        }
        errors.append(&mut key_errors);
    }

    let mut seen = HashSet::new();
    for kid in keys.iter().filter_map(|key| key.get("kid")?.as_str()) {
        if !seen.insert(kid) {
            errors.push(JwksError::DuplicateKid {
                kid: kid.to_owned(),
            });
        }
    }

    if !errors.is_empty() {
        return Err(errors);
    }

    Ok(CheckedJwks {
        keys: summaries,
        warnings,
    })
}

/// Returns the error for text that is not JSON, with the line and column where parsing
/// stopped.
fn json_error(error: &serde_json::Error) -> JwksError {
    let message = error.to_string();
    let position = format!(" at line {} column {}", error.line(), error.column());
    let detail = message
        .strip_suffix(&position)
        .unwrap_or(&message)
        .to_owned();

    JwksError::InvalidJson {
        line: error.line(),
        column: error.column(),
        detail,
    }
}

#[cfg(test)]
mod tests;
