//! The clinic's view of the system apps registered through its links.

use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::db::entities::account;
use crate::db::{apps, review_submissions};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;
use crate::models::b2b::RegistrationRequest;
use crate::models::review::SubmissionView;
use crate::services::calendar::ReviewClock;
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::identity::display_time;
use crate::services::review::submission_view;

/// Lists every app registered through the administrator's clinic's links, with the open
/// submission that waits for the clinic's decision when there is one.
pub async fn list_requests(
    db: &DatabaseConnection,
    admin: &account::Model,
) -> Result<Vec<RegistrationRequest>, AppError> {
    let clinic_id = admin.clinic_id.ok_or(AppError::Forbidden)?;
    require_clinic_administrator(admin, clinic_id)?;

    let mut requests = Vec::new();
    for app in apps::list_for_clinic(db, clinic_id).await? {
        let submissions = review_submissions::list_for_app(db, app.id).await?;
        let open = submissions
            .iter()
            .find(|submission| submission.status == SubmissionStatus::Open.as_str());
        requests.push(RegistrationRequest {
            app_id: app.id.to_string(),
            app_name: app.name.unwrap_or_default(),
            submission_id: open.map(|submission| submission.id.to_string()),
            status: app.status,
            submitted_at: open.map(|submission| display_time(submission.received_at)),
        });
    }
    Ok(requests)
}

/// Loads a submission of a system app registered through the administrator's clinic's
/// link, as the review page shows it; `Forbidden` for another clinic's submission.
pub async fn load_request(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    admin: &account::Model,
    submission_id: Uuid,
) -> Result<SubmissionView, AppError> {
    let submission = review_submissions::find(db, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let app = apps::find_by_id(db, submission.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    let clinic_id = app.clinic_id.ok_or(AppError::Forbidden)?;
    require_clinic_administrator(admin, clinic_id)?;

    submission_view(db, clock, admin, submission_id).await
}
