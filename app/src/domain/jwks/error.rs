use std::fmt;

use super::SigningAlgorithm;

/// A reference to one key of the `keys` array in a message: its position, counted from 1,
/// and its `kid` when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyRef {
    pub position: usize,
    pub kid: Option<String>,
}

impl fmt::Display for KeyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kid {
            Some(kid) => write!(f, "key {} (kid “{kid}”)", self.position),
            None => write!(f, "key {}", self.position),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JwksError {
    #[error("The JWKS is not valid JSON: {detail} at line {line}, column {column}.")]
    InvalidJson {
        line: usize,
        column: usize,
        detail: String,
    },
    #[error("A JWKS is a JSON object with a “keys” array: {{\"keys\": [ … ]}}.")]
    NotAnObject,
    #[error("This is a single JWK, not a JWKS. Put it in a “keys” array: {{\"keys\": [ … ]}}.")]
    SingleKey,
    #[error("The JWKS has no “keys” array. Write it as {{\"keys\": [ … ]}}.")]
    MissingKeys,
    #[error("The “keys” array is empty. Add at least one public key.")]
    NoKeys,
    #[error("{key} is not a JSON object.")]
    KeyNotObject { key: KeyRef },
    #[error(
        "{key} contains private key members ({members}). Anyone who has seen this document can \
         sign as your app, so treat the key as exposed: generate a new key pair, stop using \
         this one, and register only the public key."
    )]
    PrivateKey { key: KeyRef, members: String },
    #[error(
        "{key} has no “kid”. Give every key a kid that is unique within the JWKS, so the \
         server can find the key named in an assertion's header."
    )]
    MissingKid { key: KeyRef },
    #[error("More than one key has the kid “{kid}”. Give each key its own kid.")]
    DuplicateKid { kid: String },
    #[error("{key} has no “{member}”.")]
    MissingMember { key: KeyRef, member: &'static str },
    #[error("The “{member}” of {key} is not a string.")]
    MemberNotString { key: KeyRef, member: &'static str },
    #[error(
        "{key} is a symmetric (oct) key, which is a shared secret and must never be \
         published. Register an RSA or EC public key, or use client_secret_basic."
    )]
    SymmetricKey { key: KeyRef },
    #[error(
        "{key} has the key type “{kty}”. Use an RSA key for RS384 or an EC key on P-384 for \
         ES384."
    )]
    UnsupportedKeyType { key: KeyRef, kty: String },
    #[error("{key} has the algorithm “{alg}”, which is not accepted: {reason}")]
    UnsupportedAlgorithm {
        key: KeyRef,
        alg: String,
        reason: &'static str,
    },
    #[error(
        "{key} is an {kty} key, but its “alg” is {alg}. Use RS384 with RSA and ES384 with EC."
    )]
    AlgorithmMismatch {
        key: KeyRef,
        alg: SigningAlgorithm,
        kty: String,
    },
    #[error("{key} uses the curve “{crv}”. ES384 uses P-384.")]
    UnsupportedCurve { key: KeyRef, crv: String },
    #[error(
        "The “{member}” of {key} is not base64url: use the URL-safe alphabet without “=” \
         padding (RFC 7515 §2)."
    )]
    NotBase64Url { key: KeyRef, member: &'static str },
    #[error("{key} has a {bits}-bit RSA modulus. RS384 needs at least 2048 bits (RFC 7518 §3.3).")]
    RsaModulusTooShort { key: KeyRef, bits: usize },
    #[error(
        "The “{member}” of {key} is {bytes} bytes long. A P-384 coordinate is 48 bytes \
         (RFC 7518 §6.2.1.2)."
    )]
    WrongCoordinateLength {
        key: KeyRef,
        member: &'static str,
        bytes: usize,
    },
    #[error(
        "{key} has “use” set to “{value}”. A client assertion key has “use”: “sig”, or no “use”."
    )]
    NotSignatureUse { key: KeyRef, value: String },
    #[error("{key} has “key_ops” other than “verify”. A public key only verifies signatures.")]
    KeyOpsNotVerify { key: KeyRef },
}

/// Advice on a key that is accepted as it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JwksWarning {
    /// The key has no `alg`, so its key type decides the one algorithm it is used with.
    AlgorithmMissing {
        key: KeyRef,
        assumed: SigningAlgorithm,
    },
}

impl fmt::Display for JwksWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            JwksWarning::AlgorithmMissing { key, assumed } => write!(
                f,
                "{key} has no “alg”, so it is used only with {assumed}. Add \
                 \"alg\": \"{assumed}\" to state it."
            ),
        }
    }
}
