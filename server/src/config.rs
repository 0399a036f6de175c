//! Typed configuration: defaults, then a TOML file, then `DATABASE_URL`, then `VERACITY_*`
//! environment variables (nested keys joined with `__`, as in `VERACITY_LOG__FORMAT`).
//! `veracity.example.toml` beside this crate documents every key.

mod api;
mod credentials;
mod documents;
mod fetcher;
mod fhir;
mod logos;
mod mail_checks;
mod oauth;
mod outbox;
mod registry;
mod review_clock;
mod session;
mod smtp;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use app::db::{DatabaseTarget, PoolSettings};
use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Deserializer, Serialize};
use url::Url;

pub use api::ApiSettings;
pub use credentials::{CredentialSettings, SecretKeyText};
pub use documents::{check_outside_site, DocumentSettings};
pub use fetcher::FetcherSettings;
pub use fhir::FhirSettings;
pub use logos::LogoSettings;
pub use oauth::OAuthSettings;
pub use outbox::OutboxSettings;
pub use registry::RegistrySettings;
pub use review_clock::ReviewClockSettings;
pub use session::SessionSettings;
pub use smtp::{SmtpPassword, SmtpSecurity, SmtpSettings};

/// The file read when no `--config` is given and it exists in the working directory.
pub const DEFAULT_CONFIG_FILE: &str = "veracity.toml";

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Address and port the HTTP server binds to.
    #[serde(deserialize_with = "socket_addr")]
    pub listen_addr: SocketAddr,
    /// The portal's public URL, used in links sent by e-mail and to decide whether cookies
    /// are marked Secure.
    #[serde(deserialize_with = "http_url")]
    pub public_url: Url,
    /// Folder for the SQLite file and uploaded documents; created on first start.
    pub data_dir: PathBuf,
    pub database: DatabaseSettings,
    pub log: LogSettings,
    pub smtp: SmtpSettings,
    pub outbox: OutboxSettings,
    pub session: SessionSettings,
    pub documents: DocumentSettings,
    pub credentials: CredentialSettings,
    pub logos: LogoSettings,
    pub fetcher: FetcherSettings,
    pub oauth: OAuthSettings,
    pub review_clock: ReviewClockSettings,
    pub registry: RegistrySettings,
    pub fhir: FhirSettings,
    pub api: ApiSettings,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct DatabaseSettings {
    /// A `postgres://` URL; unset means the SQLite file `veracity.sqlite3` in `data_dir`.
    #[serde(
        deserialize_with = "postgres_url",
        skip_serializing_if = "Option::is_none"
    )]
    pub url: Option<String>,
    pub max_connections: u32,
    pub acquire_timeout_secs: u64,
    pub sqlite_busy_timeout_ms: u64,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogSettings {
    pub format: LogFormat,
    /// A `tracing` filter directive such as `info` or `info,sqlx=warn`.
    pub filter: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            listen_addr: SocketAddr::from(([127, 0, 0, 1], 3000)),
            public_url: Url::parse("http://127.0.0.1:3000").expect("the default URL is valid"),
            data_dir: PathBuf::from("data"),
            database: DatabaseSettings::default(),
            log: LogSettings::default(),
            smtp: SmtpSettings::default(),
            outbox: OutboxSettings::default(),
            session: SessionSettings::default(),
            documents: DocumentSettings::default(),
            credentials: CredentialSettings::default(),
            logos: LogoSettings::default(),
            fetcher: FetcherSettings::default(),
            oauth: OAuthSettings::default(),
            review_clock: ReviewClockSettings::default(),
            registry: RegistrySettings::default(),
            fhir: FhirSettings::default(),
            api: ApiSettings::default(),
        }
    }
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        let pool = PoolSettings::default();
        Self {
            url: None,
            max_connections: pool.max_connections,
            acquire_timeout_secs: pool.acquire_timeout.as_secs(),
            sqlite_busy_timeout_ms: pool.sqlite_busy_timeout.as_millis() as u64,
        }
    }
}

impl Default for LogSettings {
    fn default() -> Self {
        Self {
            format: LogFormat::Text,
            filter: "info,sqlx=warn,sea_orm=warn".to_owned(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration file {} not found", .0.display())]
    MissingFile(PathBuf),
    /// One line per invalid key, each naming the key, where it was set, and the problem.
    #[error("{0}")]
    Invalid(String),
    #[error("key \"{key}\" has the invalid value {value:?}: {reason}")]
    Value {
        key: &'static str,
        value: String,
        reason: String,
    },
}

impl Settings {
    /// Loads the settings from `path` (or `veracity.toml` when it exists) and the
    /// environment, and checks every value.
    pub fn load(path: Option<&Path>) -> Result<Self, ConfigError> {
        if let Some(path) = path.filter(|path| !path.is_file()) {
            return Err(ConfigError::MissingFile(path.to_owned()));
        }
        let default_file = Path::new(DEFAULT_CONFIG_FILE);
        let file = path.or_else(|| default_file.is_file().then_some(default_file));

        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = file {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment = figment
            .merge(
                Env::raw()
                    .only(&["database_url"])
                    .map(|_| "database.url".into()),
            )
            // VERACITY_CONFIG and VERACITY_ADMIN_PASSWORD belong to the CLI, not to the settings.
            .merge(
                Env::prefixed("VERACITY_")
                    .split("__")
                    .ignore(&["config", "admin_password"]),
            );

        Self::from_figment(figment)
    }

    /// Extracts and checks the settings from an assembled figment.
    pub fn from_figment(figment: Figment) -> Result<Self, ConfigError> {
        let settings: Settings = figment
            .extract()
            .map_err(|error| ConfigError::Invalid(describe(error)))?;

        if let Err(error) = tracing_subscriber::EnvFilter::try_new(&settings.log.filter) {
            return Err(ConfigError::Value {
                key: "log.filter",
                value: settings.log.filter.clone(),
                reason: error.to_string(),
            });
        }
        for (key, value) in [
            (
                "session.idle_timeout_minutes",
                settings.session.idle_timeout_minutes,
            ),
            (
                "session.absolute_timeout_hours",
                settings.session.absolute_timeout_hours,
            ),
            (
                "session.form_posts_per_minute",
                u64::from(settings.session.form_posts_per_minute),
            ),
            (
                "session.form_posts_per_minute_without_session",
                u64::from(settings.session.form_posts_per_minute_without_session),
            ),
        ] {
            if value == 0 {
                return Err(ConfigError::Value {
                    key,
                    value: "0".to_owned(),
                    reason: "expected at least 1".to_owned(),
                });
            }
        }
        if settings.database.max_connections == 0 {
            return Err(ConfigError::Value {
                key: "database.max_connections",
                value: "0".to_owned(),
                reason: "expected at least 1".to_owned(),
            });
        }
        settings.check_mail()?;
        settings.documents.check()?;
        settings.credentials.check()?;
        settings.logos.check()?;
        settings.fetcher.check()?;
        settings.review_clock.check()?;
        settings.registry.check()?;
        settings.api.check()?;

        Ok(settings)
    }

    /// Returns the database the portal opens: PostgreSQL when a URL is set, else SQLite.
    pub fn database_target(&self) -> DatabaseTarget {
        match &self.database.url {
            Some(url) => DatabaseTarget::Postgres { url: url.clone() },
            None => DatabaseTarget::Sqlite {
                path: self.data_dir.join("veracity.sqlite3"),
            },
        }
    }

    pub fn pool_settings(&self) -> PoolSettings {
        PoolSettings {
            max_connections: self.database.max_connections,
            acquire_timeout: Duration::from_secs(self.database.acquire_timeout_secs),
            sqlite_busy_timeout: Duration::from_millis(self.database.sqlite_busy_timeout_ms),
        }
    }
}

/// Rewrites figment's errors so each names the key as the file spells it and where the value
/// came from: the file's path, or the environment.
fn describe(error: figment::Error) -> String {
    error
        .into_iter()
        .map(|error| {
            let key = error.path.join(".");
            let origin = match error.metadata.as_ref().and_then(|m| m.source.as_ref()) {
                Some(source) => format!(" in {source}"),
                None => " from the environment".to_owned(),
            };
            format!("key \"{key}\"{origin}: {}", error.kind)
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn socket_addr<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SocketAddr, D::Error> {
    let value = String::deserialize(deserializer)?;
    value.parse().map_err(|_| {
        serde::de::Error::custom(format!(
            "invalid address {value:?}: expected IP:PORT, such as 127.0.0.1:3000"
        ))
    })
}

fn http_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Url, D::Error> {
    let value = String::deserialize(deserializer)?;
    match Url::parse(&value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => Ok(url),
        _ => Err(serde::de::Error::custom(format!(
            "invalid URL {value:?}: expected an absolute http:// or https:// URL"
        ))),
    }
}

fn postgres_url<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<String>::deserialize(deserializer)?;
    match value {
        Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
            Ok(Some(url))
        }
        Some(url) if url.is_empty() => Ok(None),
        // The value itself may hold a password, so only its scheme is repeated.
        Some(url) => {
            let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
            Err(serde::de::Error::custom(format!(
                "invalid database URL with scheme {scheme:?}: expected \
                 postgres://USER:PASSWORD@HOST:PORT/DATABASE, or no value to use the SQLite \
                 file in data_dir"
            )))
        }
        None => Ok(None),
    }
}
