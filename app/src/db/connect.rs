use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sea_orm::{DatabaseConnection, SqlxPostgresConnector, SqlxSqliteConnector};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

/// The database the portal keeps its data in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatabaseTarget {
    /// A SQLite file, created with its folder on first use.
    Sqlite { path: PathBuf },
    /// A PostgreSQL database, given as a `postgres://` URL.
    Postgres { url: String },
}

impl DatabaseTarget {
    /// Names the target for logs without the URL's credentials.
    pub fn describe(&self) -> String {
        match self {
            DatabaseTarget::Sqlite { path } => format!("SQLite file {}", path.display()),
            DatabaseTarget::Postgres { url } => match url::Url::parse(url) {
                Ok(parsed) => format!(
                    "PostgreSQL database {} on {}",
                    parsed.path().trim_start_matches('/'),
                    parsed.host_str().unwrap_or("the local socket")
                ),
                Err(_) => "PostgreSQL database".to_owned(),
            },
        }
    }
}

/// Pool limits shared by both backends.
#[derive(Clone, Debug)]
pub struct PoolSettings {
    pub max_connections: u32,
    /// How long a request waits for a free connection before it fails with 503.
    pub acquire_timeout: Duration,
    /// How long a SQLite writer waits for another writer's lock before it fails.
    pub sqlite_busy_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        Self {
            max_connections: 10,
            acquire_timeout: Duration::from_secs(5),
            sqlite_busy_timeout: Duration::from_secs(5),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("failed to create the data directory {path}: {source}")]
    CreateDirectory {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid PostgreSQL URL: {0}")]
    InvalidUrl(sqlx::Error),
    #[error("failed to connect to the {target}: {source}")]
    Connect { target: String, source: sqlx::Error },
}

/// Opens a connection pool. SQLite runs with a WAL journal, foreign keys on and a busy
/// timeout, so readers never block the writer and a brief lock waits instead of failing.
pub async fn connect(
    target: &DatabaseTarget,
    settings: &PoolSettings,
) -> Result<DatabaseConnection, ConnectError> {
    match target {
        DatabaseTarget::Sqlite { path } => connect_sqlite(target, path, settings).await,
        DatabaseTarget::Postgres { url } => connect_postgres(target, url, settings).await,
    }
}

async fn connect_sqlite(
    target: &DatabaseTarget,
    path: &Path,
    settings: &PoolSettings,
) -> Result<DatabaseConnection, ConnectError> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        let created = tokio::fs::create_dir_all(parent).await;
        // The folder contains the database with every account, so only the portal's user may
        // read it, whatever the umask.
        #[cfg(unix)]
        let created = match created {
            Ok(()) => {
                use std::os::unix::fs::PermissionsExt;
                tokio::fs::set_permissions(parent, std::fs::Permissions::from_mode(0o700)).await
            }
            Err(error) => Err(error),
        };
        created.map_err(|source| ConnectError::CreateDirectory {
            path: parent.to_owned(),
            source,
        })?;
    }

    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(settings.sqlite_busy_timeout);

    let pool = SqlitePoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .connect_with(options)
        .await
        .map_err(|source| ConnectError::Connect {
            target: target.describe(),
            source,
        })?;

    Ok(SqlxSqliteConnector::from_sqlx_sqlite_pool(pool))
}

async fn connect_postgres(
    target: &DatabaseTarget,
    url: &str,
    settings: &PoolSettings,
) -> Result<DatabaseConnection, ConnectError> {
    let options = PgConnectOptions::from_str(url).map_err(ConnectError::InvalidUrl)?;

    let pool = PgPoolOptions::new()
        .max_connections(settings.max_connections)
        .acquire_timeout(settings.acquire_timeout)
        .connect_with(options)
        .await
        .map_err(|source| ConnectError::Connect {
            target: target.describe(),
            source,
        })?;

    Ok(SqlxPostgresConnector::from_sqlx_postgres_pool(pool))
}
