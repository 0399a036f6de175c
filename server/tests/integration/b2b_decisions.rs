//! A clinic's decisions on B2B registrations through the services, the real database and
//! the registry API: approval, denial with a reason, revocation, the clinic boundary, and
//! the vendor queue that never shows a system app.

use crate::support::b2b::{b2b_setup, B2bSetup};
use crate::support::clinics::{clinic_administrator, new_clinic};
use crate::support::people::create_account;
use crate::support::portal_url;
use crate::support::registry::{client_id, registry_get, registry_token};
use crate::support::submissions::decision;
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, TestDatabase,
};
use app::db::entities::{audit_event, email_outbox};
use app::db::{app_clients, review_submissions};
use app::domain::environment::Environment;
use app::error::AppError;
use app::models::review::QueueState;
use app::services::b2b::{approve_request, deny_request, list_requests, revoke_client};
use app::services::calendar::ReviewClock;
use app::services::review::{claim_submission, list_queue};
use axum::Router;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn audit_actions(db: &DatabaseConnection, app_id: Uuid) -> Vec<String> {
    audit_event::Entity::find()
        .filter(audit_event::Column::SubjectId.eq(app_id.to_string()))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect()
}

async fn mail_subjects(db: &DatabaseConnection) -> Vec<String> {
    email_outbox::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|message| message.subject)
        .collect()
}

/// Returns the registry's reason code for the client at `clinic`, `None` when allowed.
async fn registry_reason(
    router: &Router,
    token: &str,
    client: &str,
    clinic: Uuid,
) -> Option<String> {
    let path =
        format!("/registry/v1/clients/{client}/decision?clinic_id={clinic}&environment=production");
    let reply = registry_get(router, &path, Some(token)).await;
    assert_eq!(reply.status, axum::http::StatusCode::OK, "{}", reply.body);
    reply.body["reason"].as_str().map(str::to_owned)
}

async fn feed_kinds(router: &Router, token: &str) -> Vec<String> {
    let reply = registry_get(router, "/registry/v1/changes", Some(token)).await;
    reply.body["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|event| event["kind"].as_str().unwrap().to_owned())
        .collect()
}

async fn approve(database: &TestDatabase, setup: &B2bSetup, submission_id: Uuid) {
    approve_request(
        &database.db,
        &credential_key(),
        &portal_url(),
        &setup.admin,
        submission_id,
        decision("approve", ["met"; 6], &[]),
    )
    .await
    .unwrap();
}

async fn approval_valid_at_clinic_only(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let other = new_clinic(db, "Bay Clinic", None).await;
    let (app, submission) = setup.submitted_app(db, "Acme Sync").await;
    assert_eq!(list_requests(db, &setup.admin).await.unwrap().len(), 1);

    approve(&database, &setup, submission.id).await;

    let client = client_id(db, &app, Environment::Production).await;
    assert_eq!(
        registry_reason(&router, &token, &client, setup.clinic.id).await,
        None
    );
    assert_eq!(
        registry_reason(&router, &token, &client, other.id)
            .await
            .as_deref(),
        Some("b2b_client_of_another_clinic")
    );
    assert!(feed_kinds(&router, &token)
        .await
        .contains(&"client.approved".to_owned()));
    assert!(audit_actions(db, app.id)
        .await
        .contains(&"b2b.approved".to_owned()));
    let stored = review_submissions::find(db, submission.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "approved");
    assert_eq!(stored.decided_by, Some(setup.admin.id));
}
on_both_backends!(approval_valid_at_clinic_only);

async fn denial_needs_reason(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let (app, submission) = setup.submitted_app(db, "Acme Sync").await;
    let url = portal_url();

    let missing = deny_request(db, &url, &setup.admin, submission.id, "  ").await;
    match missing {
        Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "reason"),
        other => panic!("expected a reason error, got {other:?}"),
    }

    let reason = "The app asks for system/Patient.r but the contract covers labs only.";
    deny_request(db, &url, &setup.admin, submission.id, reason)
        .await
        .unwrap();

    let stored = review_submissions::find(db, submission.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "notice_issued");
    assert_eq!(stored.decision.unwrap()["denial_reason"], reason);
    let app = app::db::apps::find_by_id(db, app.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(app.status, "notice_issued");
    let production = app_clients::find(db, app.id, Environment::Production)
        .await
        .unwrap();
    assert!(production.is_none());
    assert!(audit_actions(db, app.id)
        .await
        .contains(&"b2b.denied".to_owned()));
    let denied_mail = mail_subjects(db).await;
    assert!(
        denied_mail.contains(&"Harbor Clinic denied Acme Sync".to_owned()),
        "{denied_mail:?}"
    );
}
on_both_backends!(denial_needs_reason);

async fn revocation_reaches_registry(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let router = router(&database);
    let token = registry_token(db).await;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let (app, submission) = setup.submitted_app(db, "Acme Sync").await;
    approve(&database, &setup, submission.id).await;
    let client = client_id(db, &app, Environment::Production).await;

    revoke_client(db, &portal_url(), &setup.admin, app.id)
        .await
        .unwrap();

    assert_eq!(
        registry_reason(&router, &token, &client, setup.clinic.id)
            .await
            .as_deref(),
        Some("revoked")
    );
    assert_eq!(
        feed_kinds(&router, &token).await.last().unwrap(),
        "client.revoked"
    );
    assert!(audit_actions(db, app.id)
        .await
        .contains(&"b2b.revoked".to_owned()));
    let stored = app::db::apps::find_by_id(db, app.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.suspension_reason.as_deref(),
        Some("Revoked by Harbor Clinic")
    );
}
on_both_backends!(revocation_reaches_registry);

async fn other_clinic_forbidden(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let (app, submission) = setup.submitted_app(db, "Acme Sync").await;
    let other = new_clinic(db, "Bay Clinic", None).await;
    let intruder = clinic_administrator(db, "admin@bay.example", &other).await;
    let url = portal_url();
    let reason = "Denied by a clinic that did not issue the link.";

    let approved = approve_request(
        db,
        &credential_key(),
        &url,
        &intruder,
        submission.id,
        decision("approve", ["met"; 6], &[]),
    )
    .await;
    let denied = deny_request(db, &url, &intruder, submission.id, reason).await;
    let revoked = revoke_client(db, &url, &intruder, app.id).await;

    assert!(matches!(approved, Err(AppError::Forbidden)), "{approved:?}");
    assert!(matches!(denied, Err(AppError::Forbidden)), "{denied:?}");
    assert!(matches!(revoked, Err(AppError::Forbidden)), "{revoked:?}");
    assert!(list_requests(db, &intruder).await.unwrap().is_empty());
    let stored = review_submissions::find(db, submission.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "open");
}
on_both_backends!(other_clinic_forbidden);

async fn vendor_queue_skips_system_apps(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let (_, submission) = setup.submitted_app(db, "Acme Sync").await;
    let reviewer = create_account(
        db,
        "rita@veracity.example",
        "Rita Reviewer",
        app::domain::role::Role::Reviewer,
    )
    .await;

    let clock = ReviewClock::default();
    let queue = list_queue(db, &clock, &reviewer, None, QueueState::AllOpen)
        .await
        .unwrap();

    assert!(queue.is_empty(), "{queue:?}");
    let claimed = claim_submission(db, &reviewer, submission.id).await;
    assert!(matches!(claimed, Err(AppError::Forbidden)), "{claimed:?}");
}
on_both_backends!(vendor_queue_skips_system_apps);
