//! OAuth client credentials: random client IDs and client secrets, and the keyed hash a
//! client secret is stored as. A secret is 256 random bits, so no guess can find it and a
//! slow password hash would add nothing. HMAC-SHA-256 under a server key means a copy of the
//! database alone is not enough to test a candidate secret, and the OAuth server verifies a
//! presented secret with one cheap hash.

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::RngCore;
use sha2::Sha256;

use super::tokens::random_url_safe;
use crate::services::tokens::to_hex;

/// Random bytes in a client ID: 128 bits, 22 characters of URL-safe base64.
const CLIENT_ID_BYTES: usize = 16;
/// Random bytes in a client secret: 256 bits, 43 characters of URL-safe base64.
const CLIENT_SECRET_BYTES: usize = 32;

/// The server key that client secrets are hashed under. `Debug` never prints it.
#[derive(Clone)]
pub struct CredentialKey([u8; CredentialKey::LEN]);

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
#[error("expected the base64 encoding of exactly 32 bytes")]
pub struct InvalidCredentialKey;

impl CredentialKey {
    /// The key's length in bytes: 256 bits, the output size of SHA-256.
    pub const LEN: usize = 32;

    pub fn from_bytes(bytes: [u8; Self::LEN]) -> Self {
        Self(bytes)
    }

    /// Returns a new key from the operating system's CSPRNG.
    pub fn generate() -> Self {
        let mut bytes = [0u8; Self::LEN];
        OsRng.fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// Parses a key written in standard base64, as `openssl rand -base64 32` prints it.
    pub fn from_base64(text: &str) -> Result<Self, InvalidCredentialKey> {
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| InvalidCredentialKey)?;
        let bytes: [u8; Self::LEN] = bytes.try_into().map_err(|_| InvalidCredentialKey)?;
        Ok(Self(bytes))
    }

    /// Returns the key in standard base64, for the key file.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0)
    }

    /// Returns a key for one other purpose, derived with HMAC so it reveals nothing of
    /// this one.
    pub(crate) fn derive(&self, purpose: &str) -> [u8; Self::LEN] {
        let mut mac = self.mac();
        mac.update(purpose.as_bytes());
        mac.finalize().into_bytes().into()
    }

    fn mac(&self) -> Hmac<Sha256> {
        <Hmac<Sha256> as Mac>::new_from_slice(&self.0).expect("HMAC accepts a key of any length")
    }
}

impl fmt::Debug for CredentialKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("CredentialKey(redacted)")
    }
}

/// Returns a new client ID: 128 random bits, URL-safe.
pub fn generate_client_id() -> String {
    random_url_safe(CLIENT_ID_BYTES)
}

/// Returns a new client secret: 256 random bits, URL-safe.
pub fn generate_client_secret() -> String {
    random_url_safe(CLIENT_SECRET_BYTES)
}

/// Returns the lowercase hex HMAC-SHA-256 of `secret` under `key`, as stored.
pub fn hash_client_secret(key: &CredentialKey, secret: &str) -> String {
    let mut mac = key.mac();
    mac.update(secret.as_bytes());
    to_hex(&mac.finalize().into_bytes())
}

/// Returns whether `presented` hashes to `stored_hash`, comparing in constant time.
pub fn verify_client_secret(key: &CredentialKey, presented: &str, stored_hash: &str) -> bool {
    let Some(expected) = decode_hex(stored_hash) else {
        return false;
    };

    let mut mac = key.mac();
    mac.update(presented.as_bytes());
    mac.verify_slice(&expected).is_ok()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|index| u8::from_str_radix(text.get(index..index + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> CredentialKey {
        CredentialKey::from_bytes([byte; CredentialKey::LEN])
    }

    #[test]
    fn client_ids_are_random_and_url_safe() {
        let first = generate_client_id();
        let second = generate_client_id();

        assert_eq!(first.len(), 22);
        assert_ne!(first, second);
        assert!(first
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
    }

    #[test]
    fn secrets_carry_256_bits() {
        assert_eq!(generate_client_secret().len(), 43);
    }

    #[test]
    fn hash_matches_rfc_4231_case_2() {
        let mut padded = [0u8; CredentialKey::LEN];
        padded[..4].copy_from_slice(b"Jefe");
        // HMAC pads a short key with zeros to the block size, so this key is RFC 4231's
        // "Jefe" and the expected value is that test case's HMAC-SHA-256.
        let key = CredentialKey::from_bytes(padded);

        assert_eq!(
            hash_client_secret(&key, "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn verification_needs_the_secret_and_the_key() {
        let secret = generate_client_secret();
        let stored = hash_client_secret(&key(1), &secret);

        assert!(verify_client_secret(&key(1), &secret, &stored));
        assert!(!verify_client_secret(&key(2), &secret, &stored));
        assert!(!verify_client_secret(&key(1), "guess", &stored));
        assert!(!verify_client_secret(&key(1), &secret, "not hex"));
    }

    #[test]
    fn key_round_trips_through_base64_and_never_prints() {
        let key = CredentialKey::generate();

        let parsed = CredentialKey::from_base64(&key.to_base64()).unwrap();

        assert_eq!(parsed.0, key.0);
        assert_eq!(format!("{key:?}"), "CredentialKey(redacted)");
        assert_eq!(
            CredentialKey::from_base64("c2hvcnQ=").unwrap_err(),
            InvalidCredentialKey
        );
    }
}
