//! Decisions on submissions through the services and the real database: the form's rules,
//! approval with its production credentials, Notices of Non-Conformance, the audit event
//! the transparency statistics read, the e-mails, and suspension.

use crate::support::people::create_account;
use crate::support::submissions::{
    claimed_case, create_test_app, decision, insert_submission, ReviewCase,
};
use crate::support::{credential_key, fresh_database, on_both_backends, Backend, PORTAL_ORIGIN};
use app::db::entities::{
    app as app_entity, app_client, audit_event, client_secret, email_outbox,
    non_conformance_notice, submission,
};
use app::domain::review::criteria::Criterion;
use app::domain::role::Role;
use app::error::AppError;
use app::services::calendar::ReviewClock;
use app::services::review::{
    claim_submission, decide_submission, list_notices_for_app, restore_app, suspend_app,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

const PRIVACY_FINDING: &str = "The privacy policy URL returns 404 Not Found.";

async fn decide(
    db: &DatabaseConnection,
    reviewer: &app::db::entities::account::Model,
    id: Uuid,
    input: app::domain::review::decision::DecisionInput,
) -> Result<(), AppError> {
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let clock = ReviewClock::default();
    decide_submission(
        db,
        &credential_key(),
        &clock,
        &public_url,
        reviewer,
        id,
        input,
    )
    .await
}

async fn app_row(db: &DatabaseConnection, id: Uuid) -> app_entity::Model {
    app_entity::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn outbox(db: &DatabaseConnection) -> Vec<email_outbox::Model> {
    email_outbox::Entity::find()
        .order_by_asc(email_outbox::Column::CreatedAt)
        .all(db)
        .await
        .unwrap()
}

async fn events(db: &DatabaseConnection, app_id: Uuid, action: &str) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .filter(audit_event::Column::SubjectId.eq(app_id.to_string()))
        .filter(audit_event::Column::Action.eq(action))
        .all(db)
        .await
        .unwrap()
}

async fn decision_without_finding_names_the_field(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let ReviewCase {
        reviewer,
        submission: open,
        ..
    } = claimed_case(db, "Harbor Health", false).await;
    let mut outcomes = ["met"; 6];
    outcomes[4] = "not_met";

    let error = decide(db, &reviewer, open.id, decision("notice", outcomes, &[]))
        .await
        .unwrap_err();

    assert!(error.field_message("privacy_policy_finding").is_some());
    let stored = submission::Entity::find_by_id(open.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "open");
}
on_both_backends!(decision_without_finding_names_the_field);

async fn decision_on_withdrawn_submission_is_rejected(backend: Backend) {
    use sea_orm::{ActiveModelTrait, Set};

    let database = fresh_database(backend).await;
    let db = &database.db;
    let ReviewCase {
        reviewer,
        app,
        submission: open,
        ..
    } = claimed_case(db, "Harbor Health", false).await;
    let mut withdrawn: submission::ActiveModel = open.clone().into();
    withdrawn.status = Set("withdrawn".to_owned());
    withdrawn.update(db).await.unwrap();

    let error = decide(db, &reviewer, open.id, decision("approve", ["met"; 6], &[]))
        .await
        .unwrap_err();

    assert!(matches!(&error, AppError::BadRequest(message) if message.contains("withdrew")));
    assert_eq!(app_row(db, app.id).await.status, "draft");
    assert!(app_client::Entity::find()
        .filter(app_client::Column::Environment.eq("production"))
        .all(db)
        .await
        .unwrap()
        .is_empty());
}
on_both_backends!(decision_on_withdrawn_submission_is_rejected);

async fn decision_without_claim_is_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let app = create_test_app(db, &developer, "Harbor Health", false).await;
    let open = insert_submission(db, &app, &developer, 1, 14).await;

    let result = decide(db, &reviewer, open.id, decision("approve", ["met"; 6], &[])).await;

    assert!(matches!(result, Err(AppError::BadRequest(message)) if message.contains("claim")));
}
on_both_backends!(decision_without_claim_is_rejected);

async fn approval_issues_production_credentials(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let ReviewCase {
        reviewer,
        app,
        submission: open,
        ..
    } = claimed_case(db, "Harbor Charting", true).await;
    let mails_before = outbox(db).await.len();
    let mut outcomes = ["met"; 6];
    outcomes[2] = "not_applicable";

    decide(db, &reviewer, open.id, decision("approve", outcomes, &[]))
        .await
        .unwrap();

    assert_eq!(app_row(db, app.id).await.status, "approved");
    let decided = submission::Entity::find_by_id(open.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(decided.status, "approved");
    assert_eq!(decided.decided_by, Some(reviewer.id));
    assert_eq!(decided.decision.unwrap().as_array().unwrap().len(), 6);

    let clients = app_client::Entity::find()
        .filter(app_client::Column::AppId.eq(app.id))
        .filter(app_client::Column::Environment.eq("production"))
        .all(db)
        .await
        .unwrap();
    assert_eq!(clients.len(), 1);
    let secrets = client_secret::Entity::find()
        .filter(client_secret::Column::AppId.eq(app.id))
        .filter(client_secret::Column::Environment.eq("production"))
        .all(db)
        .await
        .unwrap();
    assert_eq!(secrets.len(), 1);
    assert!(secrets[0].sealed_secret.is_some());

    let approved = events(db, app.id, "submission.approved").await;
    assert_eq!(approved.len(), 1);
    assert_eq!(approved[0].subject_type, "app");
    let after = approved[0].after.as_ref().unwrap().as_object().unwrap();
    let mut keys: Vec<&str> = after.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        vec![
            "business_days_to_decision",
            "clock_start",
            "decided_on",
            "due_date",
            "kind",
            "number",
            "received_at",
            "submission_id",
            "within_deadline",
        ]
    );
    assert_eq!(after["within_deadline"], true);
    assert_eq!(after["kind"], "first");
    assert!(after["business_days_to_decision"].is_u64());
    assert!(chrono::DateTime::parse_from_rfc3339(after["received_at"].as_str().unwrap()).is_ok());

    let mails = outbox(db).await;
    assert_eq!(mails.len(), mails_before + 1);
    let mail = mails.last().unwrap();
    assert_eq!(mail.recipient, "dana@acme.example");
    assert!(mail.text_body.contains(&clients[0].client_id));
    assert!(mail.text_body.contains(&format!("/apps/{}", app.id)));
}
on_both_backends!(approval_issues_production_credentials);

async fn notice_is_numbered_with_findings(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let mut notice_ids = Vec::new();

    for name in ["Harbor Health", "Lighthouse"] {
        let app = create_test_app(db, &developer, name, false).await;
        let open = insert_submission(db, &app, &developer, 1, 14).await;
        claim_submission(db, &reviewer, open.id).await.unwrap();
        let mut outcomes = ["met"; 6];
        outcomes[4] = "not_met";
        let input = decision(
            "notice",
            outcomes,
            &[(Criterion::PrivacyPolicy, PRIVACY_FINDING)],
        );

        decide(db, &reviewer, open.id, input).await.unwrap();

        assert_eq!(app_row(db, app.id).await.status, "notice_issued");
        assert_eq!(
            events(db, app.id, "submission.notice_issued").await.len(),
            1
        );
        let summaries = list_notices_for_app(db, &ReviewClock::default(), app.id)
            .await
            .unwrap();
        assert_eq!(summaries.len(), 1);
        assert_eq!(summaries[0].unmet_criteria, 1);
        notice_ids.push(summaries[0].id.clone());
    }

    let notices = non_conformance_notice::Entity::find()
        .order_by_asc(non_conformance_notice::Column::Number)
        .all(db)
        .await
        .unwrap();
    assert_eq!(
        notices.iter().map(|n| n.number).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(notices[0].resubmission_business_days, 5);
    let finding = &notices[0].findings.as_array().unwrap()[0];
    assert_eq!(finding["criterion"], "privacy_policy");
    assert_eq!(finding["finding"], PRIVACY_FINDING);
    assert_eq!(finding["met_when"], Criterion::PrivacyPolicy.met_when());

    let mails = outbox(db).await;
    let mail = mails
        .iter()
        .find(|mail| mail.subject.contains("Notice of Non-Conformance"))
        .unwrap();
    assert!(mail.subject.contains("-0001"));
    assert!(mail.text_body.contains(PRIVACY_FINDING));
    assert!(mail.text_body.contains("at no cost"));
    assert!(mail.text_body.contains("within 5 business days"));
    assert!(mail
        .text_body
        .contains(&format!("/notices/{}", notice_ids[0])));
}
on_both_backends!(notice_is_numbered_with_findings);

async fn suspend_then_restore(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let ReviewCase {
        reviewer,
        app,
        submission: open,
        ..
    } = claimed_case(db, "Harbor Health", false).await;
    decide(db, &reviewer, open.id, decision("approve", ["met"; 6], &[]))
        .await
        .unwrap();
    let reason = "The redirect URI host now serves a credential phishing page.";

    let short = suspend_app(db, &public_url, &reviewer, app.id, "too short").await;
    assert!(short.unwrap_err().field_message("reason").is_some());

    suspend_app(db, &public_url, &reviewer, app.id, reason)
        .await
        .unwrap();
    let suspended = app_row(db, app.id).await;
    assert_eq!(suspended.status, "suspended");
    assert_eq!(suspended.suspension_reason.as_deref(), Some(reason));
    let event = &events(db, app.id, "app.suspended").await[0];
    assert_eq!(event.after.as_ref().unwrap()["reason"], reason);
    assert!(outbox(db).await.last().unwrap().text_body.contains(reason));

    restore_app(db, &public_url, &reviewer, app.id)
        .await
        .unwrap();
    let restored = app_row(db, app.id).await;
    assert_eq!(restored.status, "approved");
    assert_eq!(restored.suspension_reason, None);
    let event = &events(db, app.id, "app.restored").await[0];
    assert_eq!(event.before.as_ref().unwrap()["reason"], reason);
    assert!(outbox(db)
        .await
        .last()
        .unwrap()
        .subject
        .contains("restored"));
    let again = restore_app(db, &public_url, &reviewer, app.id).await;
    assert!(matches!(again, Err(AppError::BadRequest(_))));
}
on_both_backends!(suspend_then_restore);
