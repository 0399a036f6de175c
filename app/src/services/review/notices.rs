//! Notices of Non-Conformance: issuing one with a decision, and reading it as a document.

use chrono::{DateTime, Datelike, Utc};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use url::Url;
use uuid::Uuid;

use super::emails::send_to_developers;
use super::snapshot;
use crate::db::entities::{account, app, non_conformance_notice, submission};
use crate::db::notices::{self, NewNotice};
use crate::db::{app_statuses, review_submissions};
use crate::domain::app_status::AppStatus;
use crate::domain::calendar::{long_date, RESUBMISSION_BUSINESS_DAYS};
use crate::domain::review::criteria::Outcome;
use crate::domain::review::decision::CriterionResult;
use crate::domain::role::Role;
use crate::email::templates::NoticeIssued;
use crate::error::AppError;
use crate::models::review::{NoticeFinding, NoticeSummary, NoticeView};
use crate::services::apps::load_for_editor;
use crate::services::calendar::ReviewClock;

/// Formats a notice's number with the year it was issued, such as "NNC-2026-0001".
pub fn notice_number(number: i32, year: i32) -> String {
    format!("NNC-{year}-{number:04}")
}

/// Marks the app `notice_issued`, inserts the notice with one finding per criterion not
/// met, and e-mails its text to the developers. Returns the notice's ID.
#[allow(clippy::too_many_arguments)]
pub(super) async fn issue<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    public_url: &Url,
    reviewer: &account::Model,
    submission: &submission::Model,
    app: app::Model,
    results: &[CriterionResult],
    issued_at: DateTime<Utc>,
) -> Result<Uuid, AppError> {
    let app = app_statuses::set_status(connection, app, AppStatus::NoticeIssued, None).await?;

    let findings: Vec<NoticeFinding> = results
        .iter()
        .filter(|result| result.outcome == Outcome::NotMet)
        .map(|result| NoticeFinding {
            criterion: result.criterion.as_str().to_owned(),
            label: result.criterion.label().to_owned(),
            finding: result.finding.clone().unwrap_or_default(),
            met_when: result.criterion.met_when().to_owned(),
        })
        .collect();
    let notice = notices::insert(
        connection,
        NewNotice {
            submission_id: submission.id,
            app_id: app.id,
            issued_by: reviewer.id,
            issued_at,
            findings: serde_json::to_value(&findings).map_err(|_| AppError::Internal)?,
            resubmission_business_days: RESUBMISSION_BUSINESS_DAYS as i32,
        },
    )
    .await?;

    let template = NoticeIssued {
        notice: notice_view(clock, &notice, submission, false)?,
    };
    send_to_developers(
        connection,
        public_url,
        &app,
        Some(submission.submitted_by),
        &template,
    )
    .await?;
    Ok(notice.id)
}

/// Lists the app's notices, the latest first, for the app's page.
pub async fn list_notices_for_app<C: ConnectionTrait>(
    connection: &C,
    clock: &ReviewClock,
    app_id: Uuid,
) -> Result<Vec<NoticeSummary>, AppError> {
    let mut summaries = Vec::new();

    for notice in notices::list_for_app(connection, app_id).await? {
        let issued_on = clock.date_at(notice.issued_at);
        let submission_number = review_submissions::find(connection, notice.submission_id)
            .await?
            .map_or(0, |submission| submission.number);
        summaries.push(NoticeSummary {
            id: notice.id.to_string(),
            number: notice_number(notice.number, issued_on.year()),
            issued_on: long_date(issued_on),
            submission_number,
            unmet_criteria: findings_of(&notice).len(),
        });
    }
    Ok(summaries)
}

/// Loads a notice for a reviewer or for a developer of its app: `Forbidden` for anyone else.
pub async fn load_notice(
    db: &DatabaseConnection,
    clock: &ReviewClock,
    viewer: &account::Model,
    notice_id: Uuid,
) -> Result<NoticeView, AppError> {
    let notice = notices::find(db, notice_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let reviewer = Role::parse(&viewer.role) == Some(Role::Reviewer);
    if !reviewer {
        load_for_editor(db, viewer, notice.app_id).await?;
    }

    let submission = review_submissions::find(db, notice.submission_id)
        .await?
        .ok_or(AppError::Internal)?;
    notice_view(clock, &notice, &submission, reviewer)
}

fn notice_view(
    clock: &ReviewClock,
    notice: &non_conformance_notice::Model,
    submission: &submission::Model,
    for_reviewer: bool,
) -> Result<NoticeView, AppError> {
    let issued_on = clock.date_at(notice.issued_at);
    let (back_href, back_label) = if for_reviewer {
        (
            format!("/review/submissions/{}", notice.submission_id),
            "Back to the submission",
        )
    } else {
        (format!("/apps/{}", notice.app_id), "Back to the app")
    };

    Ok(NoticeView {
        id: notice.id.to_string(),
        number: notice_number(notice.number, issued_on.year()),
        issued_on: long_date(issued_on),
        app_id: notice.app_id.to_string(),
        app_name: snapshot::app_name(submission),
        submission_number: submission.number,
        findings: findings_of(notice),
        resubmission_business_days: notice.resubmission_business_days,
        back_href,
        back_label: back_label.to_owned(),
    })
}

fn findings_of(notice: &non_conformance_notice::Model) -> Vec<NoticeFinding> {
    serde_json::from_value(notice.findings.clone()).unwrap_or_else(|error| {
        tracing::error!(notice.id = %notice.id, %error, "a notice's findings do not parse");
        Vec::new()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notice_number_pads_to_four_digits() {
        assert_eq!(notice_number(1, 2026), "NNC-2026-0001");
        assert_eq!(notice_number(12345, 2027), "NNC-2027-12345");
    }
}
