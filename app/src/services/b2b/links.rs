//! Registration links: a clinic administrator creates one, lists and revokes them, and a
//! developer opens one. A link carries 256 random bits and is stored as its HMAC-SHA-256
//! under a key derived from the credential key, so the link itself is shown only once.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::{record, LINK_SUBJECT};
use crate::db::entities::{account, registration_link};
use crate::db::registration_links::{self, NewLink};
use crate::db::{begin_write, clinics};
use crate::domain::plain_text::has_hidden_characters;
use crate::domain::registration_link::{bounded_text, expiry, LinkState, MAX_LABEL_CHARS};
use crate::error::AppError;
use crate::models::b2b::{CreatedLink, LinkRow, OpenedLink};
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::credentials::{generate_client_secret, hash_client_secret, CredentialKey};
use crate::services::identity::display_time;

pub const LABEL_FIELD: &str = "label";
pub const DAYS_FIELD: &str = "days";

/// Creates a link for the administrator's clinic that works for `days` days (14 when
/// `None`) and returns its URL; only its hash is stored, so it cannot be shown again.
pub async fn create_link(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    admin: &account::Model,
    label: &str,
    days: Option<i64>,
) -> Result<CreatedLink, AppError> {
    let clinic_id = admin.clinic_id.ok_or(AppError::Forbidden)?;
    require_clinic_administrator(admin, clinic_id)?;
    let label = bounded_text(label, 1, MAX_LABEL_CHARS)
        .filter(|label| !has_hidden_characters(label))
        .ok_or_else(|| {
            AppError::invalid(
                LABEL_FIELD,
                format!(
                    "Name the link in 1 to {MAX_LABEL_CHARS} characters without tabs or \
                     invisible characters, such as the company you send it to."
                ),
            )
        })?;
    let expires_at =
        expiry(Utc::now(), days).map_err(|message| AppError::invalid(DAYS_FIELD, message))?;
    let token = generate_client_secret();

    let transaction = begin_write(db).await?;
    let new = NewLink {
        clinic_id,
        label,
        token_hash: hash_link_token(key, &token),
        expires_at,
        created_by: admin.id,
    };
    let link = registration_links::insert(&transaction, new).await?;
    let after = json!({ "clinic_id": clinic_id, "label": link.label, "expires_at": expires_at });
    let action = "registration_link.created";
    record(
        &transaction,
        admin.id,
        action,
        LINK_SUBJECT,
        link.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(link.id = %link.id, admin = %admin.id, "registration link created");
    Ok(CreatedLink {
        id: link.id.to_string(),
        label: link.label,
        url: link_url(public_url, &token),
        expires_at: display_time(expires_at),
    })
}

/// Lists the administrator's clinic's links, newest first.
pub async fn list_links(
    db: &DatabaseConnection,
    admin: &account::Model,
) -> Result<Vec<LinkRow>, AppError> {
    let clinic_id = admin.clinic_id.ok_or(AppError::Forbidden)?;
    require_clinic_administrator(admin, clinic_id)?;
    let now = Utc::now();

    let links = registration_links::list_for_clinic(db, clinic_id).await?;
    Ok(links
        .into_iter()
        .map(|link| {
            let state = state_of(&link, now);
            LinkRow {
                id: link.id.to_string(),
                label: link.label,
                expires_at: display_time(link.expires_at),
                state: state.label().to_owned(),
                revocable: state == LinkState::Unused,
            }
        })
        .collect())
}

/// Revokes an unused link of the administrator's clinic.
pub async fn revoke_link(
    db: &DatabaseConnection,
    admin: &account::Model,
    link_id: Uuid,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let link = registration_links::find_by_id(&transaction, link_id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_clinic_administrator(admin, link.clinic_id)?;

    if !registration_links::revoke(&transaction, link.id, Utc::now()).await? {
        return Err(AppError::BadRequest(
            "only an unused link that has not expired can be revoked.".to_owned(),
        ));
    }
    let after = json!({ "label": link.label });
    let action = "registration_link.revoked";
    record(
        &transaction,
        admin.id,
        action,
        LINK_SUBJECT,
        link.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}

/// Returns the clinic behind `token` when the link may still be used, else an error that
/// explains why not.
pub async fn open_link(
    db: &DatabaseConnection,
    key: &CredentialKey,
    token: &str,
) -> Result<OpenedLink, AppError> {
    let link = usable_link(db, key, token).await?;
    let clinic = clinics::find_by_id(db, link.clinic_id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok(OpenedLink {
        clinic_name: clinic.name,
    })
}

/// Loads the link behind `token` when it is unused and unexpired, else the error that
/// explains to the developer what happened to it.
pub(super) async fn usable_link<C: ConnectionTrait>(
    connection: &C,
    key: &CredentialKey,
    token: &str,
) -> Result<registration_link::Model, AppError> {
    let link = registration_links::find_by_hash(connection, &hash_link_token(key, token))
        .await?
        .ok_or_else(|| {
            AppError::BadRequest(
                "this registration link is not valid. Check that you copied all of it, or ask \
                 the clinic for a new link."
                    .to_owned(),
            )
        })?;

    match state_of(&link, Utc::now()).problem() {
        None => Ok(link),
        Some(problem) => Err(AppError::BadRequest(problem.to_owned())),
    }
}

/// Hashes a link token under its own key, derived from the credential key, so a link hash
/// never matches a client secret or registry token hash.
pub fn hash_link_token(key: &CredentialKey, token: &str) -> String {
    let link_key = CredentialKey::from_bytes(key.derive("registration-link"));
    hash_client_secret(&link_key, token)
}

/// Returns the URL a developer opens to register through the link with `token`.
pub fn link_url(public_url: &Url, token: &str) -> String {
    let base = public_url.as_str().trim_end_matches('/');
    format!("{base}/register/b2b/{token}")
}

fn state_of(link: &registration_link::Model, now: chrono::DateTime<Utc>) -> LinkState {
    LinkState::at(link.used_at, link.revoked_at, link.expires_at, now)
}
