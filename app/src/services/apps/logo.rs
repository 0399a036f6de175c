//! App logos: checked by content, stored in the database and served to anyone.

use sea_orm::DatabaseConnection;
use serde_json::json;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::access::load_for_editor;
use super::registration::record;
use crate::db::app_logos::{self, NewLogo};
use crate::db::begin_write;
use crate::db::entities::{account, app_logo};
use crate::domain::logo::check_logo;
use crate::domain::registry_event_kind::RegistryEventKind;
use crate::error::AppError;
use crate::services::registry;
use crate::services::tokens::to_hex;

/// The form field of the logo file, which errors name.
pub const LOGO_FIELD: &str = "file";

/// Checks `content` and stores it as the app's logo in place of the current one.
pub async fn replace_logo(
    db: &DatabaseConnection,
    account: &account::Model,
    app_id: Uuid,
    content: Vec<u8>,
    max_bytes: u64,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let format =
        check_logo(&content, max_bytes).map_err(|error| AppError::invalid(LOGO_FIELD, error))?;

    let sha256 = to_hex(&Sha256::digest(&content));
    let previous = app_logos::find(&transaction, app.id).await?;
    let after = json!({
        "content_type": format.content_type(),
        "size_bytes": content.len(),
        "sha256": sha256,
    });
    app_logos::replace(
        &transaction,
        NewLogo {
            app_id: app.id,
            format,
            sha256,
            content,
            uploaded_by: account.id,
        },
    )
    .await?;
    let before = previous.map(|logo| json!({ "sha256": logo.sha256 }));
    record(
        &transaction,
        account.id,
        "app.logo_uploaded",
        app.id,
        before,
        after,
    )
    .await?;
    let changed = RegistryEventKind::ClientChanged;
    registry::append_for_app_clients(&transaction, changed, app.id).await?;
    transaction.commit().await?;
    Ok(())
}

/// Loads the app's logo for anyone; logos are public.
pub async fn public_logo(
    db: &DatabaseConnection,
    app_id: Uuid,
) -> Result<Option<app_logo::Model>, AppError> {
    Ok(app_logos::find(db, app_id).await?)
}
