//! Saving an app's registration: the first save creates the app with its sandbox client,
//! later saves change it. Every save checks the draft rules and records who changed what.

use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::{json, Value};
use url::Url;
use uuid::Uuid;

use super::access::{load_for_editor, member_profile};
use super::rotation::notify;
use super::secrets::{issue_secret, revoke_secrets, Delivery};
use super::AUDIT_SUBJECT;
use crate::db::app_clients;
use crate::db::apps::{self, NewApp};
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::{account, app};
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::environment::Environment;
use crate::domain::registration::{fields, Attestation, DraftRegistration, RegistrationInput};
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::email::templates::CredentialChange;
use crate::error::{AppError, FieldError};
use crate::services::credentials::{generate_client_id, CredentialKey};
use crate::services::registry;

/// Creates a draft app for `account` with a sandbox client ID and, when it authenticates
/// with `client_secret_basic`, a sandbox client secret that the app's page shows once. The
/// app belongs to the account's developer profile when it has one. `public_url` is the
/// portal's, for the link in the e-mail about the issued secret.
pub async fn create_app(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    account: &account::Model,
    input: RegistrationInput,
) -> Result<app::Model, AppError> {
    let draft = check(&input)?;

    let transaction = begin_write(db).await?;
    let app = insert_app(&transaction, key, public_url, account, &draft, None).await?;
    transaction.commit().await?;
    Ok(app)
}

/// Writes a checked draft as a new app with its sandbox client, in the caller's
/// transaction, and e-mails the app's developers when it issues a sandbox client secret.
/// `clinic_id` is the clinic a system-to-system app registers through.
pub(crate) async fn insert_app<C: ConnectionTrait>(
    connection: &C,
    key: &CredentialKey,
    public_url: &Url,
    account: &account::Model,
    draft: &DraftRegistration,
    clinic_id: Option<Uuid>,
) -> Result<app::Model, AppError> {
    let profile_id = member_profile(connection, account).await?;
    let app = apps::insert(
        connection,
        NewApp {
            created_by: account.id,
            developer_profile_id: profile_id,
            clinic_id,
            draft,
        },
    )
    .await?;
    let client = app_clients::insert(
        connection,
        app.id,
        Environment::Sandbox,
        generate_client_id(),
    )
    .await?;

    let mut after = snapshot(&app);
    after["sandbox_client_id"] = json!(client.client_id);
    record(connection, account.id, "app.created", app.id, None, after).await?;
    let created = RegistryEventKind::ClientCreated;
    registry::append_for_client(connection, created, app.id, Some(client.client_id)).await?;

    if draft.token_endpoint_auth_method == TokenEndpointAuthMethod::ClientSecretBasic {
        let issued = issue_secret(
            connection,
            key,
            account.id,
            app.id,
            Environment::Sandbox,
            Delivery::NextVisit,
        )
        .await?;
        notify(
            connection,
            public_url,
            account,
            &app,
            Environment::Sandbox,
            &issued.client_id,
            CredentialChange::Issued,
        )
        .await?;
    }
    Ok(app)
}

/// Saves a new version of an app's registration; the kind stays the one it was created
/// with. When the app stops using `client_secret_basic`, its client secrets are revoked.
pub async fn update_app(
    db: &DatabaseConnection,
    account: &account::Model,
    app_id: Uuid,
    mut input: RegistrationInput,
) -> Result<app::Model, AppError> {
    let transaction = begin_write(db).await?;
    let stored = load_for_editor(&transaction, account, app_id).await?;
    input.kind = super::view::stored_kind(&stored)?;
    let draft = check(&input)?;

    let before = snapshot(&stored);
    let had_secret_method =
        stored.token_endpoint_auth_method == TokenEndpointAuthMethod::ClientSecretBasic.as_str();
    let app = apps::update(&transaction, stored, &draft).await?;
    record(
        &transaction,
        account.id,
        "app.updated",
        app.id,
        Some(before),
        snapshot(&app),
    )
    .await?;
    registry::append_for_app_clients(&transaction, RegistryEventKind::ClientChanged, app.id)
        .await?;

    if had_secret_method
        && draft.token_endpoint_auth_method != TokenEndpointAuthMethod::ClientSecretBasic
    {
        let reason = "the app no longer authenticates with a client secret";
        revoke_secrets(
            &transaction,
            account.id,
            app.id,
            Environment::Sandbox,
            Some(reason),
        )
        .await?;
    }
    transaction.commit().await?;
    Ok(app)
}

/// Attaches the apps `account_id` created without a developer profile to `profile_id`, when
/// the account creates or joins one, and records the change for each app.
pub async fn attach_unowned_apps<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    profile_id: Uuid,
) -> Result<(), AppError> {
    let attached = apps::attach_unowned_apps(connection, account_id, profile_id).await?;

    for app_id in attached {
        let after = json!({ "developer_profile_id": profile_id });
        record(
            connection,
            account_id,
            "app.attached_to_profile",
            app_id,
            None,
            after,
        )
        .await?;
    }
    Ok(())
}

pub(crate) fn check(input: &RegistrationInput) -> Result<DraftRegistration, AppError> {
    input
        .check_draft()
        .map(|checked| checked.draft)
        .map_err(|problems| {
            AppError::Invalid(
                problems
                    .into_iter()
                    .map(|(field, message)| FieldError::new(field, message))
                    .collect(),
            )
        })
}

/// Returns the registration's stored values under the form's field names, for the audit
/// trail.
fn snapshot(app: &app::Model) -> Value {
    let mut values = json!({
        fields::NAME: app.name,
        fields::SHORT_DESCRIPTION: app.short_description,
        fields::HOMEPAGE_URL: app.homepage_url,
        fields::SUPPORT_EMAIL: app.support_email,
        fields::CLIENT_TYPE: app.client_type,
        fields::TOKEN_ENDPOINT_AUTH_METHOD: app.token_endpoint_auth_method,
        fields::REDIRECT_URIS: app.redirect_uris,
        fields::LAUNCH_URIS: app.launch_uris,
        fields::SCOPES: app.scopes,
        fields::JWKS_URL: app.jwks_url,
        fields::JWKS: app.jwks,
        fields::PRIVACY_POLICY_URL: app.privacy_policy_url,
        fields::TERMS_OF_SERVICE_URL: app.terms_of_service_url,
        fields::DATA_RETENTION: app.data_retention,
        fields::DATA_SHARING: app.data_sharing,
        fields::ACCESS_REVOCATION: app.access_revocation,
    });
    let attested = [
        (Attestation::SmartAppLaunch, app.attests_smart_app_launch),
        (Attestation::OpenIdConnect, app.attests_openid_connect),
        (Attestation::PkceS256, app.attests_pkce_s256),
        (
            Attestation::NoEhrCredentials,
            app.attests_no_ehr_credentials,
        ),
    ];
    for (attestation, value) in attested {
        values[attestation.field()] = json!(value);
    }
    values["kind"] = json!(app.kind);
    values["status"] = json!(app.status);
    values
}

/// Appends an audit event about the app `app_id`.
pub async fn record<C: ConnectionTrait>(
    connection: &C,
    actor: Uuid,
    action: &'static str,
    app_id: Uuid,
    before: Option<Value>,
    after: Value,
) -> Result<(), AppError> {
    audit::record(
        connection,
        AuditEntry {
            actor: Actor::Account(actor),
            action,
            subject_type: AUDIT_SUBJECT,
            subject_id: app_id.to_string(),
            before,
            after: Some(after),
        },
    )
    .await?;
    Ok(())
}
