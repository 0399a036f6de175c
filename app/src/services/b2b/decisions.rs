//! A clinic's decision on a system app submitted through one of its registration links:
//! approval with the objective criteria form, or denial with a written reason.

use chrono::Utc;
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use url::Url;
use uuid::Uuid;

use super::{record, APP_SUBJECT};
use crate::db::entities::{account, app, clinic, submission};
use crate::db::{app_statuses, apps, begin_write, clinics, review_submissions};
use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::registration_link::{bounded_text, MAX_REASON_CHARS, MIN_REASON_CHARS};
use crate::domain::review::decision::{check_decision, DecisionInput, Verdict};
use crate::domain::review::submission_status::SubmissionStatus;
use crate::email::templates::{ClinicAction, ClinicDecision};
use crate::error::{AppError, FieldError};
use crate::services::clinic_access::require_clinic_administrator;
use crate::services::credentials::CredentialKey;
use crate::services::review::{approve_app, send_to_developers};

/// The form field of a denial's reason.
pub const REASON_FIELD: &str = "reason";

/// Approves an open B2B submission for the administrator's clinic when every criterion of
/// the objective criteria form is met: production credentials valid at that clinic only,
/// a `client.approved` feed event and an e-mail to the developer.
pub async fn approve_request(
    db: &DatabaseConnection,
    key: &CredentialKey,
    public_url: &Url,
    admin: &account::Model,
    submission_id: Uuid,
    input: DecisionInput,
) -> Result<(), AppError> {
    let transaction = begin_write(db).await?;
    let (submission, app, _clinic) = load_request(&transaction, admin, submission_id).await?;

    let decision = check_decision(&input, app.client_type == "public").map_err(|problems| {
        AppError::Invalid(
            problems
                .into_iter()
                .map(|problem| FieldError::new(&problem.field, problem.message))
                .collect(),
        )
    })?;
    if decision.verdict != Verdict::Approve {
        return Err(AppError::invalid(
            "verdict",
            "Approve only when every criterion is met; otherwise deny with a written reason.",
        ));
    }

    let results = serde_json::to_value(&decision.results).map_err(|_| AppError::Internal)?;
    let status = SubmissionStatus::Approved;
    decide(&transaction, admin, &submission, status, results).await?;
    let submitted_by = submission.submitted_by;
    approve_app(&transaction, key, public_url, admin.id, submitted_by, app).await?;

    let after = json!({ "submission_id": submission.id, "clinic_id": admin.clinic_id });
    let action = "b2b.approved";
    record(
        &transaction,
        admin.id,
        action,
        APP_SUBJECT,
        submission.app_id,
        None,
        after,
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(submission.id = %submission.id, admin = %admin.id, "B2B registration approved");
    Ok(())
}

/// Denies an open B2B submission with `reason`, which the developer reads on the app's page
/// and in an e-mail. The app returns to the developer, who may change it and submit again.
pub async fn deny_request(
    db: &DatabaseConnection,
    public_url: &Url,
    admin: &account::Model,
    submission_id: Uuid,
    reason: &str,
) -> Result<(), AppError> {
    let reason = bounded_text(reason, MIN_REASON_CHARS, MAX_REASON_CHARS).ok_or_else(|| {
        AppError::invalid(
            REASON_FIELD,
            format!(
                "Write the reason for the denial in {MIN_REASON_CHARS} to {MAX_REASON_CHARS} \
                 characters; the developer reads it."
            ),
        )
    })?;

    let transaction = begin_write(db).await?;
    let (submission, app, clinic) = load_request(&transaction, admin, submission_id).await?;
    let denial = json!({ "denial_reason": reason, "clinic_id": clinic.id });
    let status = SubmissionStatus::NoticeIssued;
    decide(&transaction, admin, &submission, status, denial.clone()).await?;
    let app = app_statuses::set_status(&transaction, app, AppStatus::NoticeIssued, None).await?;

    let action = "b2b.denied";
    record(
        &transaction,
        admin.id,
        action,
        APP_SUBJECT,
        app.id,
        None,
        denial,
    )
    .await?;
    let template = ClinicDecision {
        app_id: app.id.to_string(),
        app_name: app.name.clone().unwrap_or_else(|| "Your app".to_owned()),
        clinic_name: clinic.name,
        action: ClinicAction::Denied,
        reason: Some(reason),
    };
    let recipient = Some(submission.submitted_by);
    send_to_developers(&transaction, public_url, &app, recipient, &template).await?;
    transaction.commit().await?;

    tracing::info!(submission.id = %submission.id, admin = %admin.id, "B2B registration denied");
    Ok(())
}

/// Loads an open submission of a system app registered through a link of the
/// administrator's clinic; `Forbidden` for any other clinic's request.
async fn load_request<C: ConnectionTrait>(
    connection: &C,
    admin: &account::Model,
    submission_id: Uuid,
) -> Result<(submission::Model, app::Model, clinic::Model), AppError> {
    let submission = review_submissions::find(connection, submission_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let app = apps::find_by_id(connection, submission.app_id)
        .await?
        .ok_or(AppError::Internal)?;
    let clinic_id = match (AppKind::parse(&app.kind), app.clinic_id) {
        (Some(AppKind::System), Some(clinic_id)) => clinic_id,
        _ => return Err(AppError::Forbidden),
    };
    require_clinic_administrator(admin, clinic_id)?;

    if submission.status != SubmissionStatus::Open.as_str() {
        return Err(AppError::BadRequest(
            "this request was decided or withdrawn already. Reload the page.".to_owned(),
        ));
    }
    let clinic = clinics::find_by_id(connection, clinic_id)
        .await?
        .ok_or(AppError::Internal)?;
    Ok((submission, app, clinic))
}

/// Claims the submission for the administrator and records the decision, so a concurrent
/// decision on the same submission fails.
async fn decide<C: ConnectionTrait>(
    connection: &C,
    admin: &account::Model,
    submission: &submission::Model,
    status: SubmissionStatus,
    decision: serde_json::Value,
) -> Result<(), AppError> {
    let now = Utc::now();
    let claimed = review_submissions::claim(connection, submission.id, admin.id, now).await?;
    let decided = claimed
        && review_submissions::decide(connection, submission.id, admin.id, status, decision, now)
            .await?;

    if decided {
        Ok(())
    } else {
        Err(AppError::BadRequest(
            "this request changed a moment ago. Reload the page.".to_owned(),
        ))
    }
}
