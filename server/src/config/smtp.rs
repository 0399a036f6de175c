//! The `[smtp]` section: where the outbox worker delivers e-mail. With no host, the worker
//! writes each message as an `.eml` file under `<data_dir>/outbox/` instead.

use std::str::FromStr;

use lettre::message::Mailbox;
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SmtpSettings {
    /// The SMTP server's host name or IP address; unset (or empty) means `.eml` files.
    #[serde(
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub host: Option<String>,
    pub port: u16,
    pub security: SmtpSecurity,
    #[serde(
        deserialize_with = "optional_text",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<String>,
    /// Never serialized, and redacted in `Debug` output.
    #[serde(skip_serializing)]
    pub password: Option<SmtpPassword>,
    /// The `From` mailbox of every message.
    #[serde(deserialize_with = "mailbox", serialize_with = "display")]
    pub sender: Mailbox,
    /// Seconds to wait for the server on each SMTP command.
    pub timeout_secs: u64,
}

/// Security of the connection to the SMTP server.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain connection upgraded with STARTTLS, which the server must offer (port 587).
    Starttls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption; only for a relay on the same host or in tests.
    None,
}

/// The SMTP password, kept out of `Debug` output and zeroed when dropped.
#[derive(Clone, Debug, Deserialize)]
#[serde(transparent)]
pub struct SmtpPassword(SecretString);

impl SmtpPassword {
    pub fn new(password: &str) -> Self {
        Self(SecretString::from(password))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl PartialEq for SmtpPassword {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

impl Default for SmtpSettings {
    fn default() -> Self {
        Self {
            host: None,
            port: 587,
            security: SmtpSecurity::Starttls,
            username: None,
            password: None,
            sender: Mailbox::from_str(DEFAULT_SENDER).expect("the default sender is valid"),
            timeout_secs: 30,
        }
    }
}

const DEFAULT_SENDER: &str = "Veracity Developer Portal <no-reply@example.com>";

fn optional_text<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(deserializer)?;
    Ok(value.filter(|text| !text.trim().is_empty()))
}

fn mailbox<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Mailbox, D::Error> {
    let value = String::deserialize(deserializer)?;
    Mailbox::from_str(&value).map_err(|error| {
        serde::de::Error::custom(format!(
            "invalid mailbox {value:?} ({error}): expected an address such as \
             no-reply@example.com or \"Veracity Developer Portal <no-reply@example.com>\""
        ))
    })
}

fn display<S: Serializer>(mailbox: &Mailbox, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(mailbox)
}
