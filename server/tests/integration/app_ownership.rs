//! Who an app belongs to, through the services and the real database: an app joins its
//! creator's developer profile, and the profile's members share it. B2B (system)
//! registrations follow the backend services limits.

use crate::support::identity::{organization_input, save};
use crate::support::people::create_account;
use crate::support::portal_url;
use crate::support::{credential_key, fresh_database, on_both_backends, Backend, PORTAL_ORIGIN};
use app::db::entities::app::Entity as AppEntity;
use app::domain::app_kind::AppKind;
use app::domain::registration::RegistrationInput;
use app::domain::role::Role;
use app::error::AppError;
use app::services::{apps, identity};
use sea_orm::EntityTrait;

fn named(kind: AppKind, name: &str) -> RegistrationInput {
    RegistrationInput {
        name: name.to_owned(),
        ..RegistrationInput::new(kind)
    }
}

async fn apps_join_profile_and_members_share_them(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let owner = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let colleague = create_account(db, "lee@acme.example", "Lee Park", Role::Developer).await;
    let draft = apps::create_app(
        db,
        &credential_key(),
        &portal_url(),
        &owner,
        named(AppKind::Patient, "Harbor"),
    )
    .await
    .unwrap();
    assert_eq!(draft.developer_profile_id, None);
    let early = apps::create_app(
        db,
        &credential_key(),
        &portal_url(),
        &colleague,
        named(AppKind::Clinician, "Charting"),
    )
    .await
    .unwrap();

    save(db, &owner, organization_input("Acme Health Apps LLC")).await;

    let profile = identity::load_for_developer(db, &owner)
        .await
        .unwrap()
        .unwrap();
    let profile_id = profile.id.parse().unwrap();
    let attached = AppEntity::find_by_id(draft.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(attached.developer_profile_id, Some(profile_id));
    assert_eq!(
        apps::load_for_editor(db, &colleague, draft.id)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );

    let url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    identity::invite_member(db, &url, &owner, "lee@acme.example")
        .await
        .unwrap();
    let token = invitation_token(db).await;
    identity::accept_invitation(db, &colleague, &token)
        .await
        .unwrap();

    assert!(apps::load_for_editor(db, &colleague, draft.id)
        .await
        .is_ok());
    let joined = AppEntity::find_by_id(early.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(joined.developer_profile_id, Some(profile_id));
    let listed = apps::list_apps(db, &owner).await.unwrap();
    assert_eq!(listed.len(), 2);
    let later = apps::create_app(
        db,
        &credential_key(),
        &portal_url(),
        &colleague,
        named(AppKind::Patient, "Later"),
    )
    .await
    .unwrap();
    assert_eq!(later.developer_profile_id, Some(profile_id));
    let view = apps::load_app(db, &owner, draft.id, 1024).await.unwrap();
    assert!(view
        .history
        .iter()
        .any(|event| event.description.starts_with("Shared the app")));
}
on_both_backends!(apps_join_profile_and_members_share_them);

/// Returns the token of the one invitation e-mail in the outbox.
async fn invitation_token(db: &sea_orm::DatabaseConnection) -> String {
    let message = app::db::entities::email_outbox::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .find(|message| message.text_body.contains("/developer/join?token="))
        .expect("an invitation e-mail");
    let start = message.text_body.find("token=").unwrap() + 6;
    message.text_body[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

async fn b2b_registration_follows_backend_limits(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;
    let valid = RegistrationInput {
        name: "Harbor Bulk Export".to_owned(),
        scopes: "system/*.rs".to_owned(),
        jwks_url: "https://harbor.example.com/.well-known/jwks.json".to_owned(),
        ..RegistrationInput::new(AppKind::System)
    };

    let created = apps::create_app(
        db,
        &credential_key(),
        &portal_url(),
        &developer,
        valid.clone(),
    )
    .await
    .unwrap();
    assert_eq!(created.kind, "system");
    assert_eq!(created.token_endpoint_auth_method, "private_key_jwt");

    let cases = [
        (
            "redirect_uris",
            RegistrationInput {
                redirect_uris: "https://harbor.example.com/cb".into(),
                ..valid.clone()
            },
        ),
        (
            "client_type",
            RegistrationInput {
                client_type: "public".into(),
                token_endpoint_auth_method: "none".into(),
                ..valid.clone()
            },
        ),
        (
            "token_endpoint_auth_method",
            RegistrationInput {
                client_type: "confidential".into(),
                token_endpoint_auth_method: "client_secret_basic".into(),
                jwks_url: String::new(),
                ..valid.clone()
            },
        ),
        (
            "scopes",
            RegistrationInput {
                scopes: "system/*.rs offline_access".into(),
                ..valid.clone()
            },
        ),
        (
            "scopes",
            RegistrationInput {
                scopes: "patient/Observation.rs".into(),
                ..valid.clone()
            },
        ),
    ];
    for (field, input) in cases {
        let error = apps::create_app(db, &credential_key(), &portal_url(), &developer, input)
            .await
            .unwrap_err();

        assert!(error.field_message(field).is_some(), "{field}: {error:?}");
    }

    let mut changed = valid;
    changed.kind = AppKind::Patient;
    changed.scopes = "system/Observation.rs".into();
    let updated = apps::update_app(db, &developer, created.id, changed)
        .await
        .unwrap();
    assert_eq!(updated.kind, "system", "the kind never changes");
}
on_both_backends!(b2b_registration_follows_backend_limits);

async fn history_names_changed_fields(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;
    let created = apps::create_app(
        db,
        &credential_key(),
        &portal_url(),
        &developer,
        named(AppKind::Patient, "Harbor"),
    )
    .await
    .unwrap();

    let mut input = named(AppKind::Patient, "Harbor Records");
    input.scopes = "patient/Patient.rs".into();
    apps::update_app(db, &developer, created.id, input)
        .await
        .unwrap();

    let view = apps::load_app(db, &developer, created.id, 1024)
        .await
        .unwrap();
    assert_eq!(view.history.len(), 2);
    assert_eq!(view.history[0].description, "Changed: App name, Scopes.");
    assert_eq!(view.history[0].actor, "Dana Reyes");
    assert!(view.history[1]
        .description
        .starts_with("Registered the app"));
}
on_both_backends!(history_names_changed_fields);
