//! B2B registration links on the real database: only the keyed hash is stored, a link
//! registers exactly one system app bound to its clinic, and a used, expired, revoked or
//! unknown link creates nothing.

use crate::support::b2b::{b2b_setup, system_input, token_of, B2bSetup};
use crate::support::clinics::{clinic_administrator, new_clinic};
use crate::support::portal_url;
use crate::support::{credential_key, fresh_database, on_both_backends, Backend};
use app::db::entities::{app as app_entity, registration_link};
use app::db::{app_clients, registration_links};
use app::domain::environment::Environment;
use app::error::AppError;
use app::services::b2b::{
    create_link, hash_link_token, list_links, open_link, register_through_link, revoke_link,
};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Set};

async fn app_count(db: &DatabaseConnection) -> u64 {
    app_entity::Entity::find().count(db).await.unwrap()
}

/// Asserts that `result` is a rejection whose message contains `expected`.
/// Registers a system app named `name` through the link `token` as the set-up's developer.
async fn register(
    db: &DatabaseConnection,
    setup: &B2bSetup,
    token: &str,
    name: &str,
) -> Result<app_entity::Model, AppError> {
    let key = credential_key();
    let input = system_input(name);
    register_through_link(db, &key, &portal_url(), &setup.developer, token, input).await
}

fn assert_rejected<T: std::fmt::Debug>(result: Result<T, AppError>, expected: &str) {
    match result {
        Err(AppError::BadRequest(message)) => {
            assert!(message.contains(expected), "{message}")
        }
        other => panic!("expected a rejection containing {expected:?}, got {other:?}"),
    }
}

async fn link_stores_only_hash(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;

    let created = create_link(
        db,
        &credential_key(),
        &portal_url(),
        &setup.admin,
        " Acme ",
        None,
    )
    .await
    .unwrap();

    let token = token_of(&created.url);
    assert!(created
        .url
        .starts_with("http://127.0.0.1:3000/register/b2b/"));
    assert_eq!(token.len(), 43);
    let stored = registration_link::Entity::find().all(db).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].label, "Acme");
    assert_eq!(stored[0].clinic_id, setup.clinic.id);
    assert_eq!(
        stored[0].token_hash,
        hash_link_token(&credential_key(), &token)
    );
    assert!(!stored[0].token_hash.contains(&token));
    let valid_for = stored[0].expires_at - stored[0].created_at;
    let off_by = (valid_for - Duration::days(14)).num_seconds().abs();
    assert!(off_by < 5, "valid for {valid_for}");
}
on_both_backends!(link_stores_only_hash);

async fn link_label_required(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;

    let result = create_link(
        db,
        &credential_key(),
        &portal_url(),
        &setup.admin,
        "  ",
        None,
    )
    .await;

    match result {
        Err(AppError::Invalid(errors)) => assert_eq!(errors[0].field, "label"),
        other => panic!("expected a label error, got {other:?}"),
    }
}
on_both_backends!(link_label_required);

async fn registration_binds_clinic(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;

    let opened = open_link(db, &credential_key(), &token).await.unwrap();
    let mut input = system_input("Acme Sync");
    input.kind = app::domain::app_kind::AppKind::Patient;
    let app = register_through_link(
        db,
        &credential_key(),
        &portal_url(),
        &setup.developer,
        &token,
        input,
    )
    .await
    .unwrap();

    assert_eq!(opened.clinic_name, "Harbor Clinic");
    assert_eq!(app.kind, "system");
    assert_eq!(app.clinic_id, Some(setup.clinic.id));
    assert_eq!(app.created_by, setup.developer.id);
    let sandbox = app_clients::find(db, app.id, Environment::Sandbox)
        .await
        .unwrap();
    assert!(sandbox.is_some());
    let link = registration_links::find_by_app(db, app.id)
        .await
        .unwrap()
        .unwrap();
    assert!(link.used_at.is_some());
    let rows = list_links(db, &setup.admin).await.unwrap();
    assert_eq!(rows[0].state, "used");
    assert!(!rows[0].revocable);
}
on_both_backends!(registration_binds_clinic);

async fn used_link_creates_nothing(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;
    let key = credential_key();
    register(db, &setup, &token, "First").await.unwrap();

    let again = register(db, &setup, &token, "Second").await;

    assert_rejected(again, "already used");
    assert_rejected(open_link(db, &key, &token).await, "already used");
    assert_eq!(app_count(db).await, 1);
}
on_both_backends!(used_link_creates_nothing);

async fn concurrent_use_one_wins(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;

    let (first, second) = tokio::join!(
        register(db, &setup, &token, "One"),
        register(db, &setup, &token, "Two"),
    );

    assert_eq!(
        [first.is_ok(), second.is_ok()]
            .iter()
            .filter(|ok| **ok)
            .count(),
        1
    );
    assert_eq!(app_count(db).await, 1);
}
on_both_backends!(concurrent_use_one_wins);

async fn expired_link_creates_nothing(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;
    let stored = registration_link::Entity::find()
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let mut expired: registration_link::ActiveModel = stored.into();
    expired.expires_at = Set(Utc::now() - Duration::minutes(1));
    expired.update(db).await.unwrap();
    let key = credential_key();

    let result = register(db, &setup, &token, "Late").await;

    assert_rejected(result, "expired");
    assert_rejected(open_link(db, &key, &token).await, "expired");
    assert_eq!(app_count(db).await, 0);
    let rows = list_links(db, &setup.admin).await.unwrap();
    assert_eq!(rows[0].state, "expired");
}
on_both_backends!(expired_link_creates_nothing);

async fn revoked_and_unknown_links(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    let token = setup.link_token(db).await;
    let link = registration_link::Entity::find()
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let key = credential_key();

    revoke_link(db, &setup.admin, link.id).await.unwrap();

    let revoked = register(db, &setup, &token, "Acme").await;
    assert_rejected(revoked, "revoked");
    assert_rejected(open_link(db, &key, "not-a-token").await, "not valid");
    assert_eq!(app_count(db).await, 0);
    let again = revoke_link(db, &setup.admin, link.id).await;
    assert_rejected(again, "only an unused link");
}
on_both_backends!(revoked_and_unknown_links);

async fn other_clinic_cannot_revoke(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let setup = b2b_setup(db, "Harbor Clinic").await;
    setup.link_token(db).await;
    let link = registration_link::Entity::find()
        .one(db)
        .await
        .unwrap()
        .unwrap();
    let other = new_clinic(db, "Bay Clinic", None).await;
    let other_admin = clinic_administrator(db, "admin@bay.example", &other).await;

    let result = revoke_link(db, &other_admin, link.id).await;

    assert!(matches!(result, Err(AppError::Forbidden)), "{result:?}");
    assert!(list_links(db, &other_admin).await.unwrap().is_empty());
}
on_both_backends!(other_clinic_cannot_revoke);
