//! The public keys of `private_key_jwt` apps. An app registers either a JWKS document,
//! used as stored, or a JWKS URL, fetched through the guarded fetcher and cached in the
//! `jwks_cache` table for as long as the response's caching headers allow (at most a day).
//!
//! [`keys_for_app`] is the entry point for the portal's assertion tester. Given a `kid` the
//! cached copy lacks, it fetches the URL again before that copy expires, at most once per
//! [`MIN_REFETCH_INTERVAL`] and URL, so a stream of unknown kids cannot make the portal
//! flood the developer's server. [`refetch_client_jwks`] serves the registry endpoint the
//! OAuth server calls when an assertion names a `kid` that its copy of the key set lacks,
//! under the same interval.
//!
//! NOTE: the interval is checked against the stored fetch time without a lock, so requests
//! that arrive at the same moment may each fetch once.

mod fetch;
mod refetch;

use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;
use serde_json::Value;
use uuid::Uuid;

pub use fetch::{fetch_jwks, FetchedJwks};
pub use refetch::{refetch_client_jwks, ClientJwks, RefetchError};

use crate::db::entities::{app, jwks_cache};
use crate::db::{apps, begin_write, jwks_cache as cache};
use crate::error::AppError;
use crate::models::jwks::JwksStatus;
use crate::services::fetcher::GuardedFetcher;
use crate::services::identity::display_time;

/// The shortest time between two fetches of one URL that an unknown `kid` forces.
pub const MIN_REFETCH_INTERVAL: Duration = Duration::minutes(1);

/// How long a failed fetch waits before the next one is tried.
pub const RETRY_AFTER_FAILURE: Duration = Duration::minutes(1);

/// An app's registered public keys and where they came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppKeys {
    /// The JWKS document to verify with: the registered one, or the last valid one
    /// fetched from the JWKS URL. `None` when there is none.
    pub document: Option<String>,
    /// The registered JWKS URL, if the app registered one.
    pub jwks_url: Option<String>,
    pub status: JwksStatus,
}

/// Returns the app's public keys, fetching its JWKS URL when the cached copy is stale, or
/// when `refetch_on_unknown_kid` names a `kid` the cached copy lacks and the last fetch is
/// older than [`MIN_REFETCH_INTERVAL`].
pub async fn keys_for_app(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    app_id: Uuid,
    refetch_on_unknown_kid: Option<&str>,
) -> Result<AppKeys, AppError> {
    let app = apps::find_by_id(db, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(url) = registered_url(&app) else {
        return Ok(document_keys(app));
    };

    let mut entry = refresh_jwks(db, fetcher, &url, false).await?;
    if let Some(kid) = refetch_on_unknown_kid {
        let known = entry.body.as_deref().map(kids_of).unwrap_or_default();
        let recent = Utc::now() - entry.fetched_at < MIN_REFETCH_INTERVAL;
        if !known.iter().any(|known| known == kid) && !recent {
            entry = refresh_jwks(db, fetcher, &url, true).await?;
        }
    }

    Ok(AppKeys {
        status: status_of(&entry),
        document: entry.body,
        jwks_url: Some(url),
    })
}

/// Returns the state of the app's keys as stored, without fetching anything, so viewing
/// an app's page sends no request to the developer's server.
pub async fn cached_status(db: &DatabaseConnection, app_id: Uuid) -> Result<JwksStatus, AppError> {
    let app = apps::find_by_id(db, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(url) = registered_url(&app) else {
        return Ok(document_keys(app).status);
    };

    match cache::find(db, &url).await? {
        Some(entry) => Ok(status_of(&entry)),
        None => Ok(JwksStatus {
            url: Some(url),
            ..JwksStatus::default()
        }),
    }
}

/// Returns the app's JWKS URL, when it registered one.
fn registered_url(app: &app::Model) -> Option<String> {
    app.jwks_url.clone().filter(|url| !url.trim().is_empty())
}

/// Returns the keys of an app without a JWKS URL: its registered document, if any.
fn document_keys(app: app::Model) -> AppKeys {
    let document = app.jwks.filter(|document| !document.trim().is_empty());
    let error = match document {
        Some(_) => None,
        None => {
            Some("The app registers no public keys: add a JWKS URL or a JWKS document.".to_owned())
        }
    };
    let status = JwksStatus {
        kids: document.as_deref().map(kids_of).unwrap_or_default(),
        error,
        ..JwksStatus::default()
    };

    AppKeys {
        document,
        jwks_url: None,
        status,
    }
}

/// Fetches the app's JWKS URL now, whatever the cache contains, and returns the new state.
/// An app without a JWKS URL fetches nothing.
pub async fn refresh_app_jwks(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    app_id: Uuid,
) -> Result<JwksStatus, AppError> {
    let app = apps::find_by_id(db, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let Some(url) = registered_url(&app) else {
        return Ok(document_keys(app).status);
    };

    let entry = refresh_jwks(db, fetcher, &url, true).await?;
    Ok(status_of(&entry))
}

/// Returns the cached key set of `url`, fetching it first when the cache has none, when
/// it is stale, or when `force` is set. A failed fetch keeps the last valid document and
/// records the error, which the next fetch clears.
pub async fn refresh_jwks(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    url: &str,
    force: bool,
) -> Result<jwks_cache::Model, AppError> {
    let now = Utc::now();
    let cached = cache::find(db, url).await?;
    if let Some(entry) = cached
        .as_ref()
        .filter(|entry| !force && entry.expires_at > now)
    {
        return Ok(entry.clone());
    }

    let entry = match fetch_jwks(fetcher, url, now).await {
        Ok(fetched) => jwks_cache::Model {
            url: url.to_owned(),
            body: Some(fetched.body),
            fetched_at: now,
            expires_at: now + fetched.lifetime,
            last_error: None,
        },
        Err(error) => {
            tracing::info!(url, %error, "a JWKS URL fetch failed");
            jwks_cache::Model {
                url: url.to_owned(),
                body: cached.and_then(|entry| entry.body),
                fetched_at: now,
                expires_at: now + RETRY_AFTER_FAILURE,
                last_error: Some(error),
            }
        }
    };

    let transaction = begin_write(db).await?;
    cache::store(&transaction, entry.clone()).await?;
    transaction.commit().await?;
    Ok(entry)
}

/// Describes a cache entry for the app's page.
fn status_of(entry: &jwks_cache::Model) -> JwksStatus {
    JwksStatus {
        url: Some(entry.url.clone()),
        kids: entry.body.as_deref().map(kids_of).unwrap_or_default(),
        fetched_at: Some(display_time(entry.fetched_at)),
        expires_at: Some(display_time(entry.expires_at)),
        error: entry.last_error.clone(),
    }
}

/// Returns the `kid` of every key in a JWKS document, in document order.
pub fn kids_of(document: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(document).unwrap_or_default();
    value
        .get("keys")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|key| Some(key.get("kid")?.as_str()?.to_owned()))
        .collect()
}
