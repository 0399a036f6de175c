//! The clinic's view of the system apps registered through its links.

use sea_orm::DatabaseConnection;

use crate::db::entities::account;
use crate::db::{apps, review_submissions};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::error::AppError;
use crate::models::b2b::RegistrationRequest;
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::identity::display_time;

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
