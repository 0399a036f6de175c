//! The demo apps, one or more in every state an app can be in. Each is taken through the
//! same service calls as in the portal, so its audit trail, e-mails and registry change
//! feed events are the ones real use writes.

use chrono::{Duration, Utc};
use sea_orm::DatabaseConnection;

use super::developers::Developers;
use super::lifecycle::{
    create, create_and_submit, create_approved, decision, issue_notice, received_for_urgency,
    submit,
};
use super::registrations::{self as cases, registration};
use super::staff::Staff;
use super::DemoContext;
use crate::db::entities::account;
use crate::domain::calendar::Urgency;
use crate::domain::clinic_app_change::{ChangeInput, ClinicAppChange};
use crate::domain::review::criteria::Criterion;
use crate::error::AppError;
use crate::services::apps::update_app;
use crate::services::b2b::{approve_request, create_link, register_through_link};
use crate::services::clinic_apps::change_clinic_app;
use crate::services::review::{claim_submission, suspend_app};

/// The contract reference Harbor Family Clinic records when it activates the clinician app.
pub const BAA_REFERENCE: &str = "BAA-HFC-2026-014";

/// Creates the apps of the reviewers' queue: on time, at risk, overdue, and one
/// resubmitted after a notice.
pub async fn create_review_queue(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    staff: &Staff,
    developers: &Developers,
) -> Result<(), AppError> {
    let lakeshore = &developers.lakeshore;

    create(db, context, &developers.individual, &cases::CLIENTJS_SPA).await?;
    create_and_submit(db, context, &developers.individual, &cases::HL7_SYMMETRIC).await?;

    // A submission counts as received when it is written unless its receipt names another
    // time, so the at-risk and overdue submissions carry a receipt time in the past.
    let at_risk = create(db, context, lakeshore, &cases::INFERNO_PATIENT_SYMMETRIC).await?;
    let received_at = received_for_urgency(db, context, Urgency::AtRisk).await?;
    submit(db, context, lakeshore, at_risk.id, Some(received_at)).await?;

    let overdue = create(db, context, lakeshore, &cases::INFERNO_ASYMMETRIC).await?;
    let received_at = received_for_urgency(db, context, Urgency::Overdue).await?;
    let submission = submit(db, context, lakeshore, overdue.id, Some(received_at)).await?;
    claim_submission(db, &staff.second_reviewer, submission.id).await?;

    let (_, submission) = create_and_submit(db, context, lakeshore, &cases::HL7_ASYMMETRIC).await?;
    let finding = "The privacy policy page does not say which data the app reads from the \
                   clinic's records.";
    issue_notice(
        db,
        context,
        &staff.reviewer,
        submission.id,
        Criterion::PrivacyPolicy,
        finding,
    )
    .await?;

    let case = &cases::INFERNO_EHR_PATIENT;
    let (resubmitted, submission) = create_and_submit(db, context, lakeshore, case).await?;
    let finding = "The retention disclosure does not say how long server logs are kept.";
    issue_notice(
        db,
        context,
        &staff.reviewer,
        submission.id,
        Criterion::DataPractices,
        finding,
    )
    .await?;
    let mut fixed = registration(case)?;
    fixed.data_retention = format!(
        "{} Server logs are deleted after 30 days.",
        fixed.data_retention
    );
    update_app(db, lakeshore, resubmitted.id, fixed).await?;
    submit(db, context, lakeshore, resubmitted.id, None).await?;
    Ok(())
}

/// Creates the approved apps: a patient app that Riverside Pediatrics opted out of, a
/// clinician app that Harbor Family Clinic activated under a BAA, and a suspended app.
pub async fn create_approved_apps(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    staff: &Staff,
    developers: &Developers,
) -> Result<(), AppError> {
    let lakeshore = &developers.lakeshore;
    let reviewer = &staff.reviewer;

    let patient = create_approved(db, context, lakeshore, reviewer, &cases::INFERNO_PUBLIC);
    let patient = patient.await?;
    let opt_out = ChangeInput {
        reason: "Riverside's own patient portal already offers these records.".to_owned(),
        ..ChangeInput::default()
    };
    change_clinic_app(
        db,
        &staff.riverside_admin,
        staff.riverside.id,
        patient.id,
        ClinicAppChange::OptOut,
        &opt_out,
    )
    .await?;

    let case = &cases::INFERNO_PRACTITIONER;
    let clinician = create_approved(db, context, lakeshore, reviewer, case).await?;
    let signed_on = Utc::now().date_naive() - Duration::days(30);
    let activation = ChangeInput {
        reason: String::new(),
        contract_reference: BAA_REFERENCE.to_owned(),
        contract_date: signed_on.format("%Y-%m-%d").to_string(),
    };
    change_clinic_app(
        db,
        &staff.harbor_admin,
        staff.harbor.id,
        clinician.id,
        ClinicAppChange::Activate,
        &activation,
    )
    .await?;

    let suspended = create_approved(db, context, lakeshore, reviewer, &cases::HL7_PUBLIC);
    let suspended = suspended.await?;
    let reason = "The app's redirect host serves a page that phishes for EHR passwords.";
    suspend_app(db, context.public_url, reviewer, suspended.id, reason).await?;
    Ok(())
}

/// Creates the system-to-system apps: one waiting for Harbor Family Clinic's decision and
/// one Riverside Pediatrics approved.
pub async fn create_b2b_apps(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    staff: &Staff,
    developers: &Developers,
) -> Result<(), AppError> {
    let northwind = &developers.northwind;

    let pending = register_b2b(
        db,
        context,
        &staff.harbor_admin,
        northwind,
        &cases::INFERNO_BULK,
    );
    let pending = pending.await?;
    submit(db, context, northwind, pending.id, None).await?;

    let approved = register_b2b(
        db,
        context,
        &staff.riverside_admin,
        northwind,
        &cases::HL7_BACKEND,
    );
    let approved = approved.await?;
    let submission = submit(db, context, northwind, approved.id, None).await?;
    approve_request(
        db,
        context.key,
        context.public_url,
        &staff.riverside_admin,
        submission.id,
        decision("approve", None),
    )
    .await?;
    Ok(())
}

/// Creates a registration link at the administrator's clinic and registers `case` through
/// it as `developer`.
async fn register_b2b(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    clinic_admin: &account::Model,
    developer: &account::Model,
    case: &cases::Case,
) -> Result<crate::db::entities::app::Model, AppError> {
    let link = create_link(
        db,
        context.key,
        context.public_url,
        clinic_admin,
        "Northwind Analytics",
        None,
    )
    .await?;
    let token = link.url.rsplit('/').next().unwrap_or_default();

    register_through_link(
        db,
        context.key,
        context.public_url,
        developer,
        token,
        registration(case)?,
    )
    .await
}
