//! A developer registers a system app through a clinic's registration link.

use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;

use super::links::usable_link;
use super::{record, LINK_SUBJECT};
use crate::db::entities::{account, app};
use crate::db::{begin_write, registration_links};
use crate::domain::app_kind::AppKind;
use crate::domain::registration::RegistrationInput;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::services::agreement::require_current_acceptance;
use crate::services::apps::{check_registration, insert_app};
use crate::services::credentials::CredentialKey;

/// Creates a system app for `account`, who must have accepted the current developer
/// agreement, bound to the clinic of the link `token`, with sandbox
/// credentials as any new app, and uses up the link in the same transaction. Whatever kind
/// the form names, the app is a system app. Of two concurrent registrations through one
/// link, the second fails and creates nothing. `public_url` is the portal's, for the link in
/// the e-mail about an issued sandbox client secret.
pub async fn register_through_link(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    account: &account::Model,
    token: &str,
    mut input: RegistrationInput,
) -> Result<app::Model, AppError> {
    if Role::parse(&account.role) != Some(Role::Developer) {
        return Err(AppError::Forbidden);
    }
    input.kind = AppKind::System;
    let draft = check_registration(&input)?;

    let transaction = begin_write(db).await?;
    require_current_acceptance(&transaction, account.id).await?;
    let link = usable_link(&transaction, key, token).await?;
    let clinic_id = Some(link.clinic_id);
    let app = insert_app(&transaction, key, public_url, account, &draft, clinic_id).await?;
    if !registration_links::mark_used(&transaction, link.id, app.id, Utc::now()).await? {
        return Err(AppError::BadRequest(
            "this registration link was used a moment ago. Ask the clinic for a new link."
                .to_owned(),
        ));
    }

    let after = json!({ "app_id": app.id, "clinic_id": link.clinic_id });
    let action = "registration_link.used";
    record(
        &transaction,
        account.id,
        action,
        LINK_SUBJECT,
        link.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(link.id = %link.id, app.id = %app.id, "app registered through a link");
    Ok(app)
}
