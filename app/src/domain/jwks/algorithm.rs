//! The signature algorithms accepted for client assertions, and why others are rejected.

use std::fmt;

use super::{JwksError, KeyRef};

/// A signature algorithm the portal accepts for client assertions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SigningAlgorithm {
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    Rs384,
    /// ECDSA on P-384 with SHA-384.
    Es384,
}

impl SigningAlgorithm {
    /// Returns the JWA name (RFC 7518 §3.1).
    pub fn as_str(self) -> &'static str {
        match self {
            SigningAlgorithm::Rs384 => "RS384",
            SigningAlgorithm::Es384 => "ES384",
        }
    }
}

impl fmt::Display for SigningAlgorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Checks the key's `alg` against the accepted algorithms and its key type.
pub(super) fn check_algorithm(
    alg: &str,
    implied: SigningAlgorithm,
    key_ref: &KeyRef,
    errors: &mut Vec<JwksError>,
) -> Option<SigningAlgorithm> {
    let algorithm = match alg {
        "RS384" => SigningAlgorithm::Rs384,
        "ES384" => SigningAlgorithm::Es384,
        _ => {
            errors.push(JwksError::UnsupportedAlgorithm {
                key: key_ref.clone(),
                alg: alg.to_owned(),
                reason: rejection_reason(alg),
            });
            return None;
        }
    };

    if algorithm != implied {
        errors.push(JwksError::AlgorithmMismatch {
            key: key_ref.clone(),
            alg: algorithm,
            kty: match implied {
                SigningAlgorithm::Rs384 => "RSA".to_owned(),
                SigningAlgorithm::Es384 => "EC".to_owned(),
            },
        });
        return None;
    }

    Some(algorithm)
}

/// Returns why an algorithm other than RS384 and ES384 is rejected.
fn rejection_reason(alg: &str) -> &'static str {
    if alg.starts_with("HS") {
        "HMAC algorithms are symmetric and sign with a shared secret, which a JWKS must not \
         carry. Register an RS384 or ES384 public key, or use client_secret_basic."
    } else if alg == "none" {
        "“none” means an unsigned assertion, which is never accepted. Use RS384 or ES384."
    } else if alg.starts_with("RSA")
        || alg.starts_with("ECDH")
        || alg.starts_with('A')
        || alg == "dir"
    {
        "it is an encryption algorithm, and a client assertion key signs. Use RS384 or ES384."
    } else {
        "the server verifies client assertions signed with RS384 or ES384, the two algorithms \
         SMART requires every client to support. Use one of them."
    }
}
