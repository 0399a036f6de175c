//! Identity documents on disk: written while the upload streams in, checked by content,
//! kept under random names in a folder the web server never serves, and read back only
//! for the profile's owner and reviewers.

mod store;

pub use store::{DocumentStore, PendingUpload, StoredFile, UploadError};

use std::path::PathBuf;

use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use super::parts;
use super::profile::owned_profile;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::developer_profiles;
use crate::db::entities::{account, identity_document};
use crate::db::identity_documents::{self, NewDocument};
use crate::domain::identity::{DocumentKind, Pathway};
use crate::domain::role::Role;
use crate::error::AppError;

/// Records a stored file as the account's document of `kind`. The current document of a
/// single-document kind, or the one named by `replaces`, is marked replaced and stays stored.
pub async fn attach_document(
    db: &DatabaseConnection,
    account: &account::Model,
    kind: DocumentKind,
    replaces: Option<Uuid>,
    file: &StoredFile,
) -> Result<identity_document::Model, AppError> {
    let transaction = begin_write(db).await?;
    let profile = owned_profile(&transaction, account).await?;
    let pathway = Pathway::parse(&profile.pathway).ok_or(AppError::Internal)?;
    if !pathway.document_kinds().contains(&kind) {
        return Err(AppError::invalid(
            "kind",
            format!(
                "{} profiles do not take this kind of document.",
                pathway.label()
            ),
        ));
    }

    let now = chrono::Utc::now();
    let replaced = match (replaces, kind.single()) {
        (Some(id), _) => {
            let count =
                identity_documents::mark_replaced(&transaction, profile.id, kind, Some(id), now)
                    .await?;
            if count == 0 {
                return Err(AppError::invalid(
                    "replaces",
                    "The document to replace is not a current document of this kind; reload the page.",
                ));
            }
            vec![id]
        }
        (None, true) => {
            let current = identity_documents::list_for_profile(&transaction, profile.id).await?;
            identity_documents::mark_replaced(&transaction, profile.id, kind, None, now).await?;
            current
                .into_iter()
                .filter(|document| document.kind == kind.as_str() && document.replaced_at.is_none())
                .map(|document| document.id)
                .collect()
        }
        (None, false) => Vec::new(),
    };

    let document = identity_documents::insert(
        &transaction,
        NewDocument {
            id: Uuid::new_v4(),
            profile_id: profile.id,
            kind,
            file_name: file.file_name.clone(),
            content_type: file.format.content_type().to_owned(),
            size_bytes: file.size_bytes as i64,
            sha256: file.sha256.clone(),
            storage_name: file.storage_name.clone(),
            uploaded_by: account.id,
        },
    )
    .await?;
    let documents = identity_documents::list_for_profile(&transaction, profile.id).await?;
    parts::record_changes(&transaction, &profile, &documents).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(account.id),
            action: "identity_document.uploaded",
            subject_type: "identity_document",
            subject_id: document.id.to_string(),
            before: None,
            after: Some(json!({
                "profile_id": profile.id,
                "kind": kind.as_str(),
                "sha256": document.sha256,
                "size_bytes": document.size_bytes,
                "replaces": replaced,
            })),
        },
    )
    .await?;
    transaction.commit().await?;
    Ok(document)
}

/// A document the account may download, located on disk.
pub struct DownloadedDocument {
    pub file_name: String,
    pub content_type: String,
    pub path: PathBuf,
}

/// Finds a document for the profile's owner or a reviewer and records the download.
pub async fn download_document(
    db: &DatabaseConnection,
    store: &DocumentStore,
    account: &account::Model,
    id: Uuid,
) -> Result<DownloadedDocument, AppError> {
    let transaction = begin_write(db).await?;
    let document = identity_documents::find_by_id(&transaction, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let profile = developer_profiles::find_by_id(&transaction, document.profile_id)
        .await?
        .ok_or(AppError::Internal)?;

    let is_owner = profile.owner_account_id == account.id;
    let is_reviewer = Role::parse(&account.role) == Some(Role::Reviewer);
    if !is_owner && !is_reviewer {
        return Err(AppError::Forbidden);
    }

    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(account.id),
            action: "identity_document.downloaded",
            subject_type: "identity_document",
            subject_id: document.id.to_string(),
            before: None,
            after: Some(json!({ "profile_id": profile.id, "sha256": document.sha256 })),
        },
    )
    .await?;
    transaction.commit().await?;

    Ok(DownloadedDocument {
        path: store.path_of(&document.storage_name),
        file_name: document.file_name,
        content_type: document.content_type,
    })
}
