//! Withdrawing a submission before its decision.

use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use crate::db::entities::account;
use crate::db::submissions;
use crate::db::{apps as app_rows, begin_write};
use crate::domain::app_status::AppStatus;
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;
use crate::services::apps::{load_for_editor, record_app_event};

/// Withdraws the app's open submission. The app returns to the status it had before: a
/// draft, an open notice, or the approved version for a change.
pub async fn withdraw_submission(
    db: &DatabaseConnection,
    account: &account::Model,
    app_id: Uuid,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let app = load_for_editor(&transaction, account, app_id).await?;
    let previous = submissions::list_for_app(&transaction, app.id).await?;
    let open = previous
        .iter()
        .find(|s| s.status == SubmissionStatus::Open.as_str())
        .ok_or_else(|| {
            AppError::BadRequest("this app has no submission in review to withdraw.".to_owned())
        })?;

    if !submissions::withdraw(&transaction, open.id, Utc::now()).await? {
        return Err(AppError::BadRequest(
            "the submission was decided or withdrawn in the meantime.".to_owned(),
        ));
    }
    let status = match open.kind.as_str() {
        "change" => None,
        "resubmission" => Some(AppStatus::NoticeIssued),
        _ => Some(AppStatus::Draft),
    };
    if let Some(status) = status {
        app_rows::set_status(&transaction, app.id, status).await?;
    }

    let after = json!({ "submission_id": open.id, "number": open.number });
    record_app_event(
        &transaction,
        account.id,
        "submission.withdrawn",
        app.id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;
    Ok(())
}
