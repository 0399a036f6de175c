//! A client as the registry publishes it: RFC 7591 metadata, the app's kind and status, the
//! client's environment, and the policy the OAuth server applies to it.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;
use serde_json::Value;
use url::Url;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::db::entities::{app, app_client, client_secret};
use crate::db::{apps, registry_clients};
use crate::domain::app_kind::{AppKind, TokenEndpointAuthMethod};
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::registry::decision::{credentials_revoked, ClientFacts};
use crate::domain::registry::policy::{
    grant_types, refresh_tokens_allowed, response_types, PolicySettings,
};
use crate::error::AppError;

/// A client's registration (RFC 7591 §2 names) with the registry's own facts about it.
#[derive(Clone, Debug, PartialEq, Serialize, ToSchema)]
pub struct RegistryClient {
    pub client_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// Exact strings; empty for a B2B (system) app, which has no users to redirect.
    pub redirect_uris: Vec<String>,
    pub grant_types: Vec<String>,
    pub response_types: Vec<String>,
    pub token_endpoint_auth_method: TokenEndpointAuthMethod,
    /// Space-separated SMART scopes as registered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jwks_uri: Option<String>,
    /// The registered JSON Web Key Set, when the app registered one instead of a URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub jwks: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub policy_uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tos_uri: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    pub app_id: Uuid,
    pub kind: AppKind,
    pub status: AppStatus,
    /// The environment this client's credentials belong to.
    pub environment: Environment,
    /// The clinic a B2B (system) app registered through; its credentials work only there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clinic_id: Option<Uuid>,
    pub policy: ClientPolicy,
}

/// The policy the OAuth server enforces on this client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, ToSchema)]
pub struct ClientPolicy {
    /// The only grant types the client may use.
    pub grant_types: Vec<String>,
    /// PKCE on every authorization request; `plain` is never accepted.
    pub pkce_required: bool,
    pub code_challenge_methods: Vec<String>,
    /// Whether the client may receive refresh tokens: only with the `offline_access` scope,
    /// and never under the client credentials grant.
    pub refresh_tokens_allowed: bool,
    pub refresh_token_lifetime_days: u32,
    /// Each refresh token works once; using it issues a replacement.
    pub refresh_token_single_use: bool,
    /// Requests the app may make per minute in one user session.
    pub requests_per_minute_per_session: u32,
}

/// A client with its app and its secrets, loaded for one registry request.
pub(super) struct LoadedClient {
    pub client: app_client::Model,
    pub app: app::Model,
    pub environment: Environment,
    pub kind: AppKind,
    pub status: AppStatus,
    pub method: TokenEndpointAuthMethod,
    /// Every secret issued in the client's environment, newest first.
    pub secrets: Vec<client_secret::Model>,
}

/// Loads the client with `client_id`, or `None` when there is none.
pub(super) async fn load<C: ConnectionTrait>(
    connection: &C,
    client_id: &str,
) -> Result<Option<LoadedClient>, AppError> {
    let Some(client) = registry_clients::find_by_client_id(connection, client_id).await? else {
        return Ok(None);
    };
    let app = apps::find_by_id(connection, client.app_id)
        .await?
        .ok_or(AppError::Internal)?;

    let environment = Environment::parse(&client.environment).ok_or(AppError::Internal)?;
    let secrets = registry_clients::list_secrets(connection, app.id, environment).await?;
    Ok(Some(LoadedClient {
        environment,
        kind: AppKind::parse(&app.kind).ok_or(AppError::Internal)?,
        status: AppStatus::parse(&app.status).ok_or(AppError::Internal)?,
        method: TokenEndpointAuthMethod::parse(&app.token_endpoint_auth_method)
            .ok_or(AppError::Internal)?,
        client,
        app,
        secrets,
    }))
}

/// Returns whether `secret` works at `now`: not revoked, and not past its grace period.
pub(super) fn is_valid(secret: &client_secret::Model, now: DateTime<Utc>) -> bool {
    secret.revoked_at.is_none() && secret.expires_at.is_none_or(|expires| expires > now)
}

impl LoadedClient {
    /// Returns the facts the decision rule reads, apart from the clinic's setting.
    pub(super) fn facts(&self, now: DateTime<Utc>) -> ClientFacts {
        let valid = self.secrets.iter().filter(|s| is_valid(s, now)).count();
        ClientFacts {
            kind: self.kind,
            status: self.status,
            environment: self.environment,
            credentials_revoked: credentials_revoked(self.method, self.secrets.len(), valid),
            app_clinic_id: self.app.clinic_id,
            clinic_setting: None,
        }
    }
}

/// Reads the client with `client_id` as the registry publishes it; `None` when there is none.
pub async fn read_client<C: ConnectionTrait>(
    connection: &C,
    public_url: &Url,
    settings: PolicySettings,
    client_id: &str,
) -> Result<Option<RegistryClient>, AppError> {
    let Some(loaded) = load(connection, client_id).await? else {
        return Ok(None);
    };
    let app = &loaded.app;
    let has_logo = registry_clients::has_logo(connection, app.id).await?;
    let scopes = app.scopes.clone().unwrap_or_default();
    let grants: Vec<String> = strings(grant_types(loaded.kind));

    Ok(Some(RegistryClient {
        client_id: loaded.client.client_id.clone(),
        client_name: app.name.clone(),
        redirect_uris: uri_list(&app.redirect_uris),
        grant_types: grants.clone(),
        response_types: strings(response_types(loaded.kind)),
        token_endpoint_auth_method: loaded.method,
        scope: app.scopes.clone(),
        jwks_uri: app.jwks_url.clone(),
        jwks: app
            .jwks
            .as_deref()
            .and_then(|jwks| serde_json::from_str(jwks).ok()),
        logo_uri: has_logo.then(|| logo_url(public_url, app.id)),
        policy_uri: app.privacy_policy_url.clone(),
        tos_uri: app.terms_of_service_url.clone(),
        client_uri: app.homepage_url.clone(),
        app_id: app.id,
        kind: loaded.kind,
        status: loaded.status,
        environment: loaded.environment,
        clinic_id: app.clinic_id,
        policy: ClientPolicy {
            grant_types: grants,
            pkce_required: true,
            code_challenge_methods: vec!["S256".to_owned()],
            refresh_tokens_allowed: refresh_tokens_allowed(loaded.kind, &scopes),
            refresh_token_lifetime_days: settings.refresh_token_lifetime_days,
            refresh_token_single_use: true,
            requests_per_minute_per_session: settings.requests_per_minute_per_session,
        },
    }))
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|value| (*value).to_owned()).collect()
}

fn uri_list(stored: &Value) -> Vec<String> {
    stored
        .as_array()
        .map(|uris| {
            uris.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn logo_url(public_url: &Url, app_id: Uuid) -> String {
    public_url
        .join(&format!("/apps/{app_id}/logo"))
        .map(String::from)
        .unwrap_or_default()
}
