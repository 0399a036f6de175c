//! Submissions for tests, inserted straight into the `submission` table with a snapshot of
//! a registration saved through the apps service, and the review decisions reviewers post.

use super::portal_url;
use app::db::entities::{account, app as app_entity, submission};
use app::domain::app_kind::AppKind;
use app::domain::registration::RegistrationInput;
use app::domain::review::criteria::Criterion;
use app::domain::review::decision::DecisionInput;
use app::domain::role::Role;
use app::services::apps::{create_app, registration_of};
use app::services::review::claim_submission;
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use serde_json::json;
use uuid::Uuid;

use super::credential_key;
use super::people::create_account;

/// Creates an app for `developer`: patient-facing and public, or clinician-facing and
/// confidential with `client_secret_basic` when `secret` is true.
pub async fn create_test_app(
    db: &DatabaseConnection,
    developer: &account::Model,
    name: &str,
    secret: bool,
) -> app_entity::Model {
    let mut input = match secret {
        true => {
            let mut input = RegistrationInput::new(AppKind::Clinician);
            input.client_type = "confidential".to_owned();
            input.token_endpoint_auth_method = "client_secret_basic".to_owned();
            input
        }
        false => RegistrationInput::new(AppKind::Patient),
    };
    input.name = name.to_owned();

    create_app(db, &credential_key(), &portal_url(), developer, input)
        .await
        .unwrap()
}

/// Inserts an open submission of `app` numbered `number`, received now and due in
/// `due_in_days` calendar days (negative for a past due date), with a snapshot of its registration.
pub async fn insert_submission(
    db: &DatabaseConnection,
    app: &app_entity::Model,
    submitter: &account::Model,
    number: i32,
    due_in_days: i64,
) -> submission::Model {
    let registration = registration_of(app).unwrap();
    insert_with_registration(db, app, submitter, number, due_in_days, &registration).await
}

/// Inserts an open submission like [`insert_submission`] with `registration` as its
/// snapshot.
pub async fn insert_with_registration(
    db: &DatabaseConnection,
    app: &app_entity::Model,
    submitter: &account::Model,
    number: i32,
    due_in_days: i64,
    registration: &RegistrationInput,
) -> submission::Model {
    let now = Utc::now();
    let today = now.date_naive();
    let snapshot = json!({
        "registration": registration,
        "identity": null,
        "developer": { "profile_id": app.developer_profile_id, "display_name": "Acme Health Apps LLC" },
        "app": { "id": app.id, "kind": app.kind, "name": registration.name },
    });

    submission::ActiveModel {
        id: Set(Uuid::new_v4()),
        app_id: Set(app.id),
        number: Set(number),
        submitted_by: Set(submitter.id),
        kind: Set(if number == 1 { "first" } else { "resubmission" }.to_owned()),
        status: Set("open".to_owned()),
        snapshot: Set(snapshot),
        prechecks: Set(json!([])),
        received_at: Set(now),
        clock_start: Set(today - Duration::days(1)),
        due_date: Set(today + Duration::days(due_in_days)),
        business_days: Set(10),
        claimed_by: Set(None),
        claimed_at: Set(None),
        decided_by: Set(None),
        decided_at: Set(None),
        decision: Set(None),
        withdrawn_at: Set(None),
    }
    .insert(db)
    .await
    .unwrap()
}

/// Builds a decision with `outcome` for every criterion, the given findings and `verdict`.
pub fn decision(
    verdict: &str,
    outcomes: [&str; 6],
    findings: &[(Criterion, &str)],
) -> DecisionInput {
    let answers = Criterion::ALL
        .into_iter()
        .zip(outcomes)
        .map(|(criterion, outcome)| {
            let finding = findings
                .iter()
                .find(|(with, _)| *with == criterion)
                .map_or("", |(_, finding)| finding);
            (outcome.to_owned(), finding.to_owned())
        })
        .collect();

    DecisionInput {
        verdict: verdict.to_owned(),
        answers,
    }
}

/// The accounts, app and open submission most review tests start from.
pub struct ReviewCase {
    pub developer: account::Model,
    pub reviewer: account::Model,
    pub app: app_entity::Model,
    pub submission: submission::Model,
}

/// Creates the developer Dana Reyes, the reviewer Rita Reviewer and Dana's app `name` (see
/// [`create_test_app`] for `secret`) with an open first submission due in 14 days, which
/// Rita has claimed.
pub async fn claimed_case(db: &DatabaseConnection, name: &str, secret: bool) -> ReviewCase {
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let app = create_test_app(db, &developer, name, secret).await;
    let submission = insert_submission(db, &app, &developer, 1, 14).await;
    claim_submission(db, &reviewer, submission.id)
        .await
        .unwrap();

    ReviewCase {
        developer,
        reviewer,
        app,
        submission,
    }
}
