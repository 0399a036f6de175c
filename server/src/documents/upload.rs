use app::domain::identity::DocumentKind;
use app::domain::role::Role;
use app::domain::upload_problem::UploadProblem;
use app::error::AppError;
use app::services::identity::{self, StoredFile, UploadError};
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::extract::multipart::{Field, MultipartError};
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
    let max_bytes = portal.documents.max_bytes;

    let account = match require_role(&portal, &session, &[Role::Developer]).await {
        Ok(account) => account,
        Err(error) => return rejection(json, problem_of(&error), max_bytes),
    };
    if let Err(error) = identity::owned_profile(&portal.db, &account).await {
        return rejection(json, problem_of(&error), max_bytes);
    }

    let mut form = UploadForm::default();
    let read = read_form(&portal, multipart, &mut form).await;
    let (Some(kind), Some(file)) = (form.kind, form.file.as_ref()) else {
        discard(&portal, &form).await;
        return rejection(
            json,
            read.err().unwrap_or(UploadProblem::MissingFile),
            max_bytes,
        );
    };
    if let Err(problem) = read {
        discard(&portal, &form).await;
        return rejection(json, problem, max_bytes);
    }

    match identity::attach_document(&portal.db, &account, kind, form.replaces, file).await {
        Ok(document) if json => {
            let body = json!({
                "id": document.id,
                "sha256": document.sha256,
                "size_bytes": document.size_bytes,
            });
            (StatusCode::CREATED, Json(body)).into_response()
        }
        Ok(_) => Redirect::to(&format!(
            "{PROFILE_DOCUMENTS}?uploaded={}#documents",
            kind.as_str()
        ))
        .into_response(),
        Err(error) => {
            discard(&portal, &form).await;
            rejection(json, problem_of(&error), max_bytes)
        }
    }
}

/// Reads every field into `form`. On a problem the file stored so far stays in `form`, so
/// the caller deletes it.
async fn read_form(
    portal: &Portal,
    mut multipart: Multipart,
    form: &mut UploadForm,
) -> Result<(), UploadProblem> {
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        match field.name().unwrap_or_default() {
            "kind" => {
                let text = field.text().await.map_err(malformed)?;
                form.kind = Some(DocumentKind::parse(&text).ok_or(UploadProblem::UnknownKind)?);
            }
            "replaces" => {
                let text = field.text().await.map_err(malformed)?;
                form.replaces = match text.trim() {
                    "" => None,
                    id => Some(id.parse().map_err(|_| UploadProblem::StaleReplacement)?),
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

    Ok(())
}

/// Streams the file field to the document store, stopping at the size limit or at a
/// format the first bytes rule out.
async fn store_file(portal: &Portal, mut field: Field<'_>) -> Result<StoredFile, UploadProblem> {
    let file_name = field.file_name().unwrap_or_default().to_owned();
    let mut pending = portal.documents.begin().await.map_err(stored_problem)?;

    loop {
        let chunk = match field.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(error) => {
                pending.discard().await;
                return Err(malformed(error));
            }
        };
        if let Err(error) = pending.push(&chunk).await {
            pending.discard().await;
            // Reads the rest of the field, up to the body limit, so the browser receives the
            // response rather than a reset connection. Nothing more is written.
            while let Ok(Some(_)) = field.chunk().await {}
            return Err(stored_problem(error));
        }
    }

    pending.finish(&file_name).await.map_err(stored_problem)
}

async fn discard(portal: &Portal, form: &UploadForm) {
    if let Some(file) = &form.file {
        portal.documents.remove(&file.storage_name).await;
    }
}

fn stored_problem(error: UploadError) -> UploadProblem {
    match error {
        UploadError::TooLarge { .. } => UploadProblem::TooLarge,
        UploadError::UnsupportedFormat => UploadProblem::UnsupportedFormat,
        UploadError::Empty => UploadProblem::Empty,
        UploadError::Io(error) => {
            tracing::error!(%error, "failed to write an identity document");
            UploadProblem::Internal
        }
    }
}

fn malformed(error: MultipartError) -> UploadProblem {
    if error.status() == StatusCode::PAYLOAD_TOO_LARGE {
        return UploadProblem::TooLarge;
    }
    tracing::info!(%error, "malformed document upload");
    UploadProblem::Malformed
}

/// Maps a service's error to the upload problem the person can act on.
fn problem_of(error: &AppError) -> UploadProblem {
    match error {
        AppError::Unauthenticated => UploadProblem::SignedOut,
        AppError::Forbidden => UploadProblem::NotOwner,
        AppError::BadRequest(_) => UploadProblem::NoProfile,
        AppError::Invalid(_) if error.field_message("replaces").is_some() => {
            UploadProblem::StaleReplacement
        }
        AppError::Invalid(_) => UploadProblem::KindNotOnPathway,
        _ => UploadProblem::Internal,
    }
}
