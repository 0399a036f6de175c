//! The developer's list of apps and one app's page data.

use chrono::Utc;
use sea_orm::ConnectionTrait;
use serde_json::Value;
use uuid::Uuid;

use super::access::{load_for_editor, member_profile};
use super::history;
use crate::db::entities::{account, app, app_client};
use crate::db::{app_clients, app_logos, apps, client_secrets, clinics, review_submissions};
use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::registration::{Attestations, RegistrationInput};
use crate::error::AppError;
use crate::models::apps::{AppSummary, AppView, ClientView, LogoView};
use crate::models::submissions::ReviewState;
use crate::services::identity::display_time;

/// Lists the apps `account` may see, most recently changed first.
pub async fn list_apps<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
) -> Result<Vec<AppSummary>, AppError> {
    let profile_id = member_profile(connection, account).await?;
    let apps = apps::list_visible_to(connection, account.id, profile_id).await?;
    let clients =
        app_clients::list_for_apps(connection, apps.iter().map(|app| app.id).collect()).await?;

    apps.into_iter()
        .map(|app| {
            Ok(AppSummary {
                id: app.id.to_string(),
                name: app.name.clone(),
                kind: stored_kind(&app)?,
                status: stored_status(&app)?,
                environments: environments(&clients, app.id),
                updated_at: display_time(app.updated_at),
            })
        })
        .collect()
}

/// Loads one app for `account`: its registration, logo, client credentials and history.
pub async fn load_app<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
    app_id: Uuid,
    max_logo_bytes: u64,
) -> Result<AppView, AppError> {
    let app = load_for_editor(connection, account, app_id).await?;
    let logo = app_logos::find(connection, app.id).await?;
    let clients = app_clients::list_for_apps(connection, vec![app.id]).await?;

    let mut client_views = Vec::with_capacity(clients.len());
    for client in clients {
        let environment = Environment::parse(&client.environment).ok_or(AppError::Internal)?;
        let secrets =
            client_secrets::list_valid(connection, app.id, environment, Utc::now()).await?;
        client_views.push(ClientView {
            environment,
            client_id: client.client_id,
            secret_issued_at: secrets
                .first()
                .map(|secret| display_time(secret.created_at)),
            previous_secret_valid_until: secrets
                .iter()
                .filter_map(|secret| secret.expires_at)
                .max()
                .map(display_time),
        });
    }

    let clinic_name = match app.clinic_id {
        Some(clinic_id) => clinics::find_by_id(connection, clinic_id)
            .await?
            .map(|clinic| clinic.name),
        None => None,
    };
    let denial_reason = match app.clinic_id {
        Some(_) => latest_denial(connection, app.id).await?,
        None => None,
    };

    Ok(AppView {
        id: app.id.to_string(),
        status: stored_status(&app)?,
        registration: registration_of(&app)?,
        logo: logo.map(|logo| LogoView {
            url: format!("/apps/{}/logo?v={}", app.id, &logo.sha256[..12]),
            content_type: logo.content_type,
            size_bytes: logo.size_bytes,
        }),
        clients: client_views,
        history: history::load(connection, app.id).await?,
        new_secrets: Vec::new(),
        review: ReviewState::default(),
        max_logo_bytes,
        created_at: display_time(app.created_at),
        clinic_name,
        denial_reason,
        agreement_pending: None,
        jwks_status: None,
    })
}

/// Returns the clinic's reason when it denied the app's latest submission.
async fn latest_denial<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Option<String>, AppError> {
    let latest = review_submissions::list_for_app(connection, app_id)
        .await?
        .into_iter()
        .next();
    Ok(latest
        .and_then(|submission| submission.decision)
        .and_then(|decision| decision["denial_reason"].as_str().map(str::to_owned)))
}

/// Converts a stored app to the registration form's shape.
pub fn registration_of(app: &app::Model) -> Result<RegistrationInput, AppError> {
    let text = |value: &Option<String>| value.clone().unwrap_or_default();

    Ok(RegistrationInput {
        kind: stored_kind(app)?,
        name: text(&app.name),
        short_description: text(&app.short_description),
        homepage_url: text(&app.homepage_url),
        support_email: text(&app.support_email),
        client_type: app.client_type.clone(),
        token_endpoint_auth_method: app.token_endpoint_auth_method.clone(),
        redirect_uris: uri_lines(&app.redirect_uris),
        launch_uris: uri_lines(&app.launch_uris),
        scopes: text(&app.scopes),
        jwks_url: text(&app.jwks_url),
        jwks: text(&app.jwks),
        attestations: Attestations {
            smart_app_launch: app.attests_smart_app_launch,
            openid_connect: app.attests_openid_connect,
            pkce_s256: app.attests_pkce_s256,
            no_ehr_credentials: app.attests_no_ehr_credentials,
        },
        privacy_policy_url: text(&app.privacy_policy_url),
        terms_of_service_url: text(&app.terms_of_service_url),
        data_retention: text(&app.data_retention),
        data_sharing: text(&app.data_sharing),
        access_revocation: text(&app.access_revocation),
    })
}

pub(super) fn stored_kind(app: &app::Model) -> Result<AppKind, AppError> {
    AppKind::parse(&app.kind).ok_or(AppError::Internal)
}

fn stored_status(app: &app::Model) -> Result<AppStatus, AppError> {
    AppStatus::parse(&app.status).ok_or(AppError::Internal)
}

fn uri_lines(stored: &Value) -> String {
    stored
        .as_array()
        .map(|uris| {
            uris.iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

fn environments(clients: &[app_client::Model], app_id: Uuid) -> Vec<Environment> {
    clients
        .iter()
        .filter(|client| client.app_id == app_id)
        .filter_map(|client| Environment::parse(&client.environment))
        .collect()
}
