//! Client secrets the portal issues without showing them at once, such as the one a new app
//! gets. Each waits sealed until its developer opens the app's page, which shows it and
//! erases the sealed copy. XChaCha20-Poly1305
//! under a key derived from the credential key seals it, bound to the secret's record ID,
//! so a sealed value copied to another record does not open.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use uuid::Uuid;

use super::credentials::CredentialKey;

/// The purpose the sealing key is derived for.
const PURPOSE: &str = "veracity client secret sealing v1";
/// Bytes of an XChaCha20 nonce.
const NONCE_BYTES: usize = 24;

/// Returns `secret` sealed for the client secret record `secret_id`: URL-safe base64 of a
/// random nonce followed by the ciphertext.
pub fn seal(key: &CredentialKey, secret_id: Uuid, secret: &str) -> String {
    let cipher = cipher(key);
    let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
    let payload = Payload {
        msg: secret.as_bytes(),
        aad: secret_id.as_bytes(),
    };

    let ciphertext = cipher
        .encrypt(&nonce, payload)
        .expect("XChaCha20-Poly1305 seals a message of any size this small");
    let mut sealed = nonce.to_vec();
    sealed.extend(ciphertext);
    URL_SAFE_NO_PAD.encode(sealed)
}

/// Opens what [`seal`] returned for the same record; `None` when the key, the record or
/// the value differs.
pub fn open(key: &CredentialKey, secret_id: Uuid, sealed: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(sealed).ok()?;
    if bytes.len() <= NONCE_BYTES {
        return None;
    }

    let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
    let payload = Payload {
        msg: ciphertext,
        aad: secret_id.as_bytes(),
    };
    let plain = cipher(key)
        .decrypt(XNonce::from_slice(nonce), payload)
        .ok()?;
    String::from_utf8(plain).ok()
}

fn cipher(key: &CredentialKey) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&key.derive(PURPOSE).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(byte: u8) -> CredentialKey {
        CredentialKey::from_bytes([byte; CredentialKey::LEN])
    }

    #[test]
    fn open_returns_what_seal_sealed() {
        let id = Uuid::new_v4();

        let sealed = seal(&key(1), id, "a client secret");

        assert_eq!(
            open(&key(1), id, &sealed).as_deref(),
            Some("a client secret")
        );
        assert!(!sealed.contains("client"));
    }

    #[test]
    fn open_needs_the_same_key_and_record() {
        let id = Uuid::new_v4();
        let sealed = seal(&key(1), id, "a client secret");

        assert_eq!(open(&key(2), id, &sealed), None);
        assert_eq!(open(&key(1), Uuid::new_v4(), &sealed), None);
        assert_eq!(open(&key(1), id, "AAAA"), None);
        assert_eq!(open(&key(1), id, "not base64!"), None);
    }

    #[test]
    fn seal_uses_a_new_nonce_each_time() {
        let id = Uuid::new_v4();

        assert_ne!(seal(&key(1), id, "same"), seal(&key(1), id, "same"));
    }
}
