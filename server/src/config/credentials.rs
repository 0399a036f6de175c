//! The `[credentials]` section: the key client secrets are hashed under. Without a
//! configured key, the portal generates one on first start and keeps it in
//! `<data_dir>/credential_key`, readable only by the portal's user.

use std::io::Write;
use std::path::Path;

use anyhow::Context;
use app::services::credentials::CredentialKey;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};

use super::ConfigError;

/// The file in `data_dir` that keeps a generated key.
pub const KEY_FILE: &str = "credential_key";

#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct CredentialSettings {
    /// Base64 of 32 random bytes. Never serialized, and redacted in `Debug` output.
    #[serde(skip_serializing)]
    pub secret_key: Option<SecretKeyText>,
}

/// The configured key as written, kept out of `Debug` output and zeroed when dropped.
#[derive(Clone, Debug, Deserialize)]
#[serde(transparent)]
pub struct SecretKeyText(SecretString);

impl SecretKeyText {
    pub fn new(text: &str) -> Self {
        Self(SecretString::from(text))
    }
}

impl PartialEq for SecretKeyText {
    fn eq(&self, other: &Self) -> bool {
        self.0.expose_secret() == other.0.expose_secret()
    }
}

impl CredentialSettings {
    /// Rejects a configured key that is not base64 of 32 bytes, without repeating it.
    pub(super) fn check(&self) -> Result<(), ConfigError> {
        match &self.secret_key {
            Some(text) if CredentialKey::from_base64(text.0.expose_secret()).is_err() => {
                Err(ConfigError::Value {
                    key: "credentials.secret_key",
                    value: "(not shown)".to_owned(),
                    reason: "expected the base64 encoding of exactly 32 random bytes, such as \
                             the output of `openssl rand -base64 32`"
                        .to_owned(),
                })
            }
            _ => Ok(()),
        }
    }

    /// Returns the configured key, or the one in `data_dir`'s key file, which is created
    /// with a new random key when it does not exist.
    pub fn load_key(&self, data_dir: &Path) -> anyhow::Result<CredentialKey> {
        if let Some(text) = &self.secret_key {
            return CredentialKey::from_base64(text.0.expose_secret())
                .context("credentials.secret_key is not base64 of 32 bytes");
        }

        let path = data_dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => CredentialKey::from_base64(&text)
                .with_context(|| format!("{} is not base64 of 32 bytes", path.display())),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                let key = CredentialKey::generate();
                write_key_file(&path, &key)
                    .with_context(|| format!("failed to write {}", path.display()))?;
                tracing::info!(path = %path.display(), "generated the credential key");
                Ok(key)
            }
            Err(error) => Err(error).with_context(|| format!("failed to read {}", path.display())),
        }
    }
}

/// Writes a new key file that only the portal's user may read. `create_new` fails rather
/// than replace a key another process wrote at the same moment.
fn write_key_file(path: &Path, key: &CredentialKey) -> std::io::Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)?;
    }

    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(key.to_base64().as_bytes())?;
    file.sync_all()
}
