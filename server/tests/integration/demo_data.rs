//! The demo data loader on an empty database: every app state it promises exists, the
//! clinic settings reach the registry's decision, and a second run is rejected.

use app::db::entities::{
    account, app as app_entity, audit_event, clinic, email_outbox, registry_event, submission,
};
use app::db::{app_clients, clinic_apps};
use app::domain::app_kind::AppKind;
use app::domain::clinic_app_state::ClinicAppState;
use app::domain::environment::Environment;
use app::domain::registry::decision::DenialReason;
use app::domain::role::Role;
use app::error::AppError;
use app::models::review::QueueState;
use app::services::calendar::ReviewClock;
use app::services::demo::{load_demo_data, DemoContext, BAA_REFERENCE};
use app::services::identity::DocumentStore;
use app::services::registry::decide_client;
use app::services::review::list_queue;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use url::Url;
use uuid::Uuid;

use crate::support::{
    credential_key, fresh_database, on_both_backends, Backend, TestDatabase, MAX_DOCUMENT_BYTES,
    PORTAL_ORIGIN,
};

const PASSWORD: &str = "demo password for tests";

/// Runs the loader on `database` with the test router's key and a default review clock.
async fn load(database: &TestDatabase) -> Result<Vec<app::services::demo::DemoAccount>, AppError> {
    let key = credential_key();
    let clock = ReviewClock::default();
    let public_url = Url::parse(PORTAL_ORIGIN).unwrap();
    let documents = DocumentStore {
        dir: database.documents_dir(),
        max_bytes: MAX_DOCUMENT_BYTES,
    };
    let context = DemoContext {
        key: &key,
        clock: &clock,
        public_url: &public_url,
        documents: &documents,
        password: PASSWORD,
    };
    load_demo_data(&database.db, &context).await
}

async fn apps_with(db: &DatabaseConnection, kind: AppKind, status: &str) -> Vec<app_entity::Model> {
    app_entity::Entity::find()
        .filter(app_entity::Column::Kind.eq(kind.as_str()))
        .filter(app_entity::Column::Status.eq(status))
        .all(db)
        .await
        .unwrap()
}

async fn app_named(db: &DatabaseConnection, name: &str) -> app_entity::Model {
    app_entity::Entity::find()
        .filter(app_entity::Column::Name.eq(name))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no app named {name}"))
}

async fn clinic_id(db: &DatabaseConnection, name: &str) -> Uuid {
    clinic::Entity::find()
        .filter(clinic::Column::Name.eq(name))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no clinic named {name}"))
        .id
}

async fn demo_creates_every_state(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;

    let accounts = load(&database).await.unwrap();

    let count = |role: Role| {
        accounts
            .iter()
            .filter(|account| account.role == role)
            .count()
    };
    assert_eq!(count(Role::PlatformAdministrator), 1);
    assert_eq!(count(Role::Reviewer), 2);
    assert_eq!(count(Role::ClinicAdministrator), 2);
    assert_eq!(count(Role::Developer), 3);
    assert!(accounts
        .iter()
        .all(|account| account.email.ends_with("@example.com")));

    for (kind, status) in [
        (AppKind::Patient, "draft"),
        (AppKind::Patient, "submitted"),
        (AppKind::Patient, "notice_issued"),
        (AppKind::Patient, "approved"),
        (AppKind::Clinician, "approved"),
        (AppKind::Patient, "suspended"),
        (AppKind::System, "submitted"),
        (AppKind::System, "approved"),
    ] {
        let found = apps_with(db, kind, status).await;
        assert!(!found.is_empty(), "no {} app is {status}", kind.as_str());
    }

    let resubmissions = submission::Entity::find()
        .filter(submission::Column::Kind.eq("resubmission"))
        .filter(submission::Column::Status.eq("open"))
        .count(db)
        .await
        .unwrap();
    assert_eq!(resubmissions, 1);

    let reviewer = account::Entity::find()
        .filter(account::Column::Email.eq("reviewer@example.com"))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let clock = ReviewClock::default();
    for state in [QueueState::AtRisk, QueueState::Overdue] {
        let rows = list_queue(db, &clock, &reviewer, None, state)
            .await
            .unwrap();
        assert_eq!(rows.len(), 1, "{state:?}");
    }

    let suspended = app_named(db, "Vitals Graph").await;
    assert_eq!(suspended.status, "suspended");
    assert!(audit_event::Entity::find().count(db).await.unwrap() > 0);
    assert!(email_outbox::Entity::find().count(db).await.unwrap() > 0);
    assert!(registry_event::Entity::find().count(db).await.unwrap() > 0);
}
on_both_backends!(demo_creates_every_state);

async fn demo_clinic_settings_reach_registry(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    load(&database).await.unwrap();
    let harbor = clinic_id(db, "Harbor Family Clinic").await;
    let riverside = clinic_id(db, "Riverside Pediatrics").await;

    let patient = app_named(db, "Pocket Patient Portal").await;
    let production = app_clients::find(db, patient.id, Environment::Production)
        .await
        .unwrap()
        .expect("the approved patient app has production credentials");
    let at_riverside = decide_client(
        db,
        &production.client_id,
        riverside,
        Environment::Production,
    )
    .await
    .unwrap();
    let at_harbor = decide_client(db, &production.client_id, harbor, Environment::Production)
        .await
        .unwrap();

    assert!(!at_riverside.allowed);
    assert_eq!(at_riverside.reason, Some(DenialReason::ClinicOptedOut));
    assert!(at_harbor.allowed, "{at_harbor:?}");

    let clinician = app_named(db, "Chart Insight for Clinicians").await;
    let activation = clinic_apps::find(db, harbor, clinician.id)
        .await
        .unwrap()
        .expect("Harbor activated the clinician app");
    assert_eq!(
        ClinicAppState::parse(&activation.state),
        Some(ClinicAppState::Activated)
    );
    assert_eq!(
        activation.contract_reference.as_deref(),
        Some(BAA_REFERENCE)
    );
}
on_both_backends!(demo_clinic_settings_reach_registry);

async fn demo_second_run_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    load(&database).await.unwrap();
    let accounts_before = account::Entity::find().count(db).await.unwrap();
    let apps_before = app_entity::Entity::find().count(db).await.unwrap();

    let second = load(&database).await;

    match second {
        Err(AppError::BadRequest(message)) => {
            assert!(message.contains("already has"), "{message}")
        }
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert_eq!(
        account::Entity::find().count(db).await.unwrap(),
        accounts_before
    );
    assert_eq!(
        app_entity::Entity::find().count(db).await.unwrap(),
        apps_before
    );
}
on_both_backends!(demo_second_run_rejected);
