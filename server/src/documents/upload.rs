use app::domain::identity::DocumentKind;
use app::domain::role::Role;
use app::error::AppError;
use app::services::identity::{self, PendingUpload, StoredFile, UploadError};
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::extract::multipart::Field;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Json;
use serde_json::json;
use tower_sessions::Session;
use uuid::Uuid;

use super::reply::{rejection, wants_json};
use super::PROFILE_DOCUMENTS;

/// The form fields of an upload, in the order the form sends them: `kind`, then
/// `replaces` (optional), then `file`.
#[derive(Default)]
struct UploadForm {
    kind: Option<DocumentKind>,
    replaces: Option<Uuid>,
    file: Option<StoredFile>,
}

/// `POST /developer/documents`: stores one identity document for the signed-in owner of a
/// developer profile.
pub async fn upload_document(
    State(portal): State<Portal>,
    session: Session,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let json = wants_json(&headers);
    let reject = |error: AppError| {
        let field = match &error {
            AppError::Invalid(errors) => errors.first().map_or("file", |e| e.field.as_str()),
            _ => "file",
        }
        .to_owned();
        rejection(json, error.status_code(), &field, &error.to_string())
    };

    let account = match require_role(&portal, &session, &[Role::Developer]).await {
        Ok(account) => account,
        Err(error) => return reject(error),
    };
    if let Err(error) = identity::owned_profile(&portal.db, &account).await {
        return reject(error);
    }

    let form = match read_form(&portal, multipart).await {
        Ok(form) => form,
        Err((status, field, message)) => return rejection(json, status, field, &message),
    };
    let (Some(kind), Some(file)) = (form.kind, form.file) else {
        return rejection(
            json,
            StatusCode::UNPROCESSABLE_ENTITY,
            "file",
            "Choose the kind of document and the file to upload.",
        );
    };

    match identity::attach_document(&portal.db, &account, kind, form.replaces, &file).await {
        Ok(document) if json => (
            StatusCode::CREATED,
            Json(json!({ "id": document.id, "sha256": document.sha256, "size_bytes": document.size_bytes })),
        )
            .into_response(),
        Ok(_) => Redirect::to(&format!("{PROFILE_DOCUMENTS}?uploaded={}#documents", kind.as_str())).into_response(),
        Err(error) => {
            portal.documents.remove(&file.storage_name).await;
            reject(error)
        }
    }
}

type FormRejection = (StatusCode, &'static str, String);

async fn read_form(portal: &Portal, mut multipart: Multipart) -> Result<UploadForm, FormRejection> {
    let mut form = UploadForm::default();

    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        match field.name().unwrap_or_default() {
            "kind" => {
                let text = field.text().await.map_err(malformed)?;
                form.kind = Some(DocumentKind::parse(&text).ok_or((
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "kind",
                    "Choose a supporting document, a government-issued ID or a proof of address.".to_owned(),
                ))?);
            }
            "replaces" => {
                let text = field.text().await.map_err(malformed)?;
                form.replaces = match text.trim() {
                    "" => None,
                    id => Some(id.parse().map_err(|_| {
                        (
                            StatusCode::UNPROCESSABLE_ENTITY,
                            "replaces",
                            "The document to replace is not valid; reload the page.".to_owned(),
                        )
                    })?),
                };
            }
            "file" => {
                if let Some(previous) = form.file.take() {
                    portal.documents.remove(&previous.storage_name).await;
                }
                form.file = Some(store_file(portal, field).await?);
            }
            _ => {}
        }
    }

    Ok(form)
}

/// Streams the file field to the document store, stopping at the size limit or at a
/// format the first bytes rule out.
async fn store_file(portal: &Portal, mut field: Field<'_>) -> Result<StoredFile, FormRejection> {
    let file_name = field.file_name().unwrap_or_default().to_owned();
    let mut pending: PendingUpload = portal.documents.begin().await.map_err(upload_rejection)?;

    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => {
                pending.discard().await;
                let too_large = error.status() == StatusCode::PAYLOAD_TOO_LARGE;
                return Err(match too_large {
                    true => upload_rejection(UploadError::TooLarge {
                        max_bytes: portal.documents.max_bytes,
                    }),
                    false => malformed(error),
                });
            }
        };
        if let Err(error) = pending.push(&chunk).await {
            pending.discard().await;
            // Reads the rest of the field so the browser receives the answer rather than a
            // reset connection; nothing more is written.
            while let Ok(Some(_)) = field.chunk().await {}
            return Err(upload_rejection(error));
        }
    }

    pending.finish(&file_name).await.map_err(upload_rejection)
}

fn upload_rejection(error: UploadError) -> FormRejection {
    let status = match &error {
        UploadError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
        UploadError::UnsupportedFormat => StatusCode::UNSUPPORTED_MEDIA_TYPE,
        UploadError::Empty => StatusCode::UNPROCESSABLE_ENTITY,
        UploadError::Io(io_error) => {
            tracing::error!(error = %io_error, "failed to write an identity document");
            return (
                StatusCode::INTERNAL_SERVER_ERROR,
                "file",
                AppError::Internal.to_string(),
            );
        }
    };
    (status, "file", error.to_string())
}

fn malformed(error: axum::extract::multipart::MultipartError) -> FormRejection {
    tracing::info!(%error, "malformed document upload");
    (
        StatusCode::BAD_REQUEST,
        "file",
        "The upload was interrupted or malformed; choose the file and send it again.".to_owned(),
    )
}
