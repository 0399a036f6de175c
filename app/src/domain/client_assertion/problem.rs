//! The problems a client assertion can have, each with the value found and the one
//! expected.

use serde::{Deserialize, Serialize};

/// One reason the OAuth server would reject a client assertion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AssertionProblem {
    #[error("The assertion is not a signed JWT: {reason}")]
    Malformed { reason: String },
    #[error("The header has no “kid”, so the server cannot tell which registered key signed it.")]
    MissingKid,
    #[error("The header's kid “{kid}” matches no registered key. Registered kids: {known}.")]
    UnknownKid { kid: String, known: String },
    #[error("The header's “alg” is “{alg}”, which is not allowed. Sign with RS384 or ES384.")]
    AlgorithmNotAllowed { alg: String },
    #[error("The header's “alg” is {alg}, but the key “{kid}” is used with {key_alg}.")]
    AlgorithmKeyMismatch {
        alg: String,
        kid: String,
        key_alg: String,
    },
    #[error("The signature does not verify with the registered key “{kid}”. Sign with the private key of that public key.")]
    BadSignature { kid: String },
    #[error("The registered key “{kid}” cannot verify signatures: {reason}")]
    UnusableKey { kid: String, reason: String },
    #[error("The claims have no “exp” in seconds since 1970-01-01T00:00:00Z. Set it to at most 5 minutes after the time of signing.")]
    ExpMissing,
    #[error("The assertion expired at {exp} (the time checked was {now}).")]
    Expired { exp: String, now: String },
    #[error("“exp” is {exp}, more than 5 minutes after {now}. Set it at most 5 minutes ahead.")]
    ExpTooFar { exp: String, now: String },
    #[error("“{claim}” is {found}, but it must be the client ID “{client_id}”.")]
    NotClientId {
        claim: String,
        found: String,
        client_id: String,
    },
    #[error("“aud” is {found}, but it must be the token endpoint “{token_endpoint}”.")]
    WrongAudience {
        found: String,
        token_endpoint: String,
    },
    #[error(
        "The claims have no “jti”. Give each assertion a unique jti so it cannot be replayed."
    )]
    JtiMissing,
    #[error("The header's “jku” is “{jku}”, but {expected}.")]
    JkuNotRegistered { jku: String, expected: String },
}
