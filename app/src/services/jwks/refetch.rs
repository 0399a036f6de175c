//! The registry's refetch of a client's JWKS URL, for an OAuth server that was presented a
//! client assertion whose `kid` its copy of the key set lacks.

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

use super::{refresh_jwks, registered_url, MIN_REFETCH_INTERVAL};
use crate::db::entities::app;
use crate::db::{apps, jwks_cache as cache, registry_clients};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::error::AppError;
use crate::services::fetcher::GuardedFetcher;

/// A client's key set as its JWKS URL returned it.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct ClientJwks {
    pub client_id: String,
    pub jwks_uri: String,
    /// The JSON Web Key Set.
    #[schema(value_type = Object)]
    pub jwks: Value,
    /// When the portal fetched the key set.
    pub fetched_at: DateTime<Utc>,
    /// When the portal's cached copy goes stale, from the response's caching headers.
    pub expires_at: DateTime<Utc>,
}

/// A failure to refetch a client's key set.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefetchError {
    #[error("No client has this client ID.")]
    UnknownClient,
    /// The client registers no JWKS URL, and the message names what it uses instead.
    #[error("{0}")]
    NoJwksUrl(String),
    /// The fetch failed or returned no valid key set. The message names the failure.
    #[error("{0}")]
    FetchFailed(String),
    #[error(transparent)]
    Storage(#[from] AppError),
}

impl From<sea_orm::DbErr> for RefetchError {
    fn from(error: sea_orm::DbErr) -> Self {
        RefetchError::Storage(AppError::from(error))
    }
}

/// Fetches the JWKS URL of the client `client_id` again, whatever the cache's expiry, stores
/// the result in the cache and returns the key set. When the URL was fetched less than
/// [`MIN_REFETCH_INTERVAL`] ago, that fetch's result is returned instead, so a stream of
/// unknown `kid`s cannot make the portal flood the developer's server.
pub async fn refetch_client_jwks(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    client_id: &str,
) -> Result<ClientJwks, RefetchError> {
    let client = registry_clients::find_by_client_id(db, client_id)
        .await?
        .ok_or(RefetchError::UnknownClient)?;
    let app = apps::find_by_id(db, client.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    let url = jwks_url_of(&app)?;

    let recent = cache::find(db, &url)
        .await?
        .filter(|entry| Utc::now() - entry.fetched_at < MIN_REFETCH_INTERVAL);
    let entry = match recent {
        Some(entry) => entry,
        None => refresh_jwks(db, fetcher, &url, true).await?,
    };

    if let Some(error) = entry.last_error {
        return Err(RefetchError::FetchFailed(error));
    }
    let jwks = entry
        .body
        .as_deref()
        .and_then(|body| serde_json::from_str(body).ok())
        .ok_or_else(|| {
            tracing::error!(url, "a JWKS cache entry without an error has no valid body");
            AppError::Internal
        })?;
    Ok(ClientJwks {
        client_id: client.client_id,
        jwks_uri: url,
        jwks,
        fetched_at: entry.fetched_at,
        expires_at: entry.expires_at,
    })
}

/// Returns the app's JWKS URL, or the reason it has none to fetch.
fn jwks_url_of(app: &app::Model) -> Result<String, RefetchError> {
    let method = TokenEndpointAuthMethod::parse(&app.token_endpoint_auth_method)
        .ok_or(AppError::Internal)?;
    if method != TokenEndpointAuthMethod::PrivateKeyJwt {
        return Err(RefetchError::NoJwksUrl(format!(
            "The client authenticates with {}, not private_key_jwt, so it has no public keys \
             to fetch.",
            method.as_str()
        )));
    }

    registered_url(app).ok_or_else(|| {
        RefetchError::NoJwksUrl(
            "The client registers its JWKS document itself rather than a JWKS URL. Read it \
             from the jwks member of GET /registry/v1/clients/{client_id}."
                .to_owned(),
        )
    })
}
