//! The public gallery over HTTP with the real database: only approved patient-facing and
//! clinician-facing apps, search by app and developer name, the kind filter, and each
//! app's page with its scopes in plain words and its data practices.

use crate::support::apps::{body_text, get, send};
use crate::support::clinics::approved_app;
use crate::support::identity::{organization_input, save};
use crate::support::people::create_account;
use crate::support::submissions::create_test_app;
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::db::apps;
use app::db::entities::app as app_entity;
use app::domain::app_status::AppStatus;
use app::domain::role::Role;
use axum::http::StatusCode;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The apps every test here starts from: two approved apps of Acme Health Apps LLC, one
/// approved app of Dana Reyes without a profile, a draft and a suspended app.
struct Fixture {
    steps: app_entity::Model,
    rounds: app_entity::Model,
    charting: app_entity::Model,
    draft: app_entity::Model,
    suspended: app_entity::Model,
}

async fn fixture(db: &DatabaseConnection) -> Fixture {
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let acme = create_account(db, "ada@acme.example", "Ada Lin", Role::Developer).await;
    save(db, &acme, organization_input("Acme Health Apps LLC")).await;
    let dana = create_account(db, "dana@solo.example", "Dana Reyes", Role::Developer).await;

    let steps = approved_app(db, &acme, &reviewer, "Harbor Steps", false).await;
    let rounds = approved_app(db, &acme, &reviewer, "Rounds Board", true).await;
    let charting = approved_app(db, &dana, &reviewer, "Quiet Charting", false).await;
    let draft = create_test_app(db, &dana, "Unfinished Draft", false).await;
    let suspended = approved_app(db, &dana, &reviewer, "Paused Tracker", false).await;
    apps::set_status(db, suspended.id, AppStatus::Suspended)
        .await
        .unwrap();

    Fixture {
        steps,
        rounds,
        charting,
        draft,
        suspended,
    }
}

async fn page(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let response = send(app, get(path, "")).await;
    let status = response.status();
    (status, body_text(response).await)
}

async fn gallery_lists_only_approved(backend: Backend) {
    let database = fresh_database(backend).await;
    let f = fixture(&database.db).await;
    let app = router(&database);

    let (status, html) = page(&app, "/gallery").await;

    assert_eq!(status, StatusCode::OK);
    for listed in [&f.steps, &f.rounds, &f.charting] {
        assert!(
            html.contains(&format!("/gallery/{}", listed.id)),
            "{:?} missing",
            listed.name
        );
    }
    assert!(!html.contains("Unfinished Draft"));
    assert!(!html.contains("Paused Tracker"));
    assert!(html.contains("Acme Health Apps LLC"));
}
on_both_backends!(gallery_lists_only_approved);

async fn search_by_app_and_developer(backend: Backend) {
    let database = fresh_database(backend).await;
    let f = fixture(&database.db).await;
    let app = router(&database);

    let (_, by_developer) = page(&app, "/gallery?q=acme+health").await;
    let (_, by_name) = page(&app, "/gallery?q=CHARTING").await;
    let (_, by_kind) = page(&app, "/gallery?q=acme&kind=clinician").await;
    let (_, nothing) = page(&app, "/gallery?q=no+such+app").await;

    assert!(by_developer.contains(&format!("/gallery/{}", f.steps.id)));
    assert!(by_developer.contains(&format!("/gallery/{}", f.rounds.id)));
    assert!(!by_developer.contains(&format!("/gallery/{}", f.charting.id)));
    assert!(by_name.contains(&format!("/gallery/{}", f.charting.id)));
    assert!(!by_name.contains(&format!("/gallery/{}", f.steps.id)));
    assert!(by_kind.contains(&format!("/gallery/{}", f.rounds.id)));
    assert!(!by_kind.contains(&format!("/gallery/{}", f.steps.id)));
    assert!(nothing.contains("No approved app matches this search."));
}
on_both_backends!(search_by_app_and_developer);

async fn app_page_shows_scopes_and_practices(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    let mut model: app_entity::ActiveModel = f.steps.clone().into();
    model.scopes = Set(Some("openid fhirUser patient/Observation.rs".to_owned()));
    model.privacy_policy_url = Set(Some("https://harbor.example/privacy".to_owned()));
    model.terms_of_service_url = Set(Some("https://harbor.example/terms".to_owned()));
    model.data_retention = Set(Some(
        "Deleted 30 days after you close your account.".to_owned(),
    ));
    model.data_sharing = Set(Some("Never sold or shared.".to_owned()));
    model.access_revocation = Set(Some(
        "Disconnect in Settings, then Linked records.".to_owned(),
    ));
    model.update(db).await.unwrap();
    let app = router(&database);

    let (status, html) = page(&app, &format!("/gallery/{}", f.steps.id)).await;

    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Read and search your lab results and vital signs (Observation)"));
    assert!(html.contains("patient/Observation.rs"));
    assert!(html.contains("https://harbor.example/privacy"));
    assert!(html.contains("https://harbor.example/terms"));
    assert!(html.contains("Deleted 30 days after you close your account."));
    assert!(html.contains("Never sold or shared."));
    assert!(html.contains("Disconnect in Settings, then Linked records."));
    assert!(html.contains("Acme Health Apps LLC"));
}
on_both_backends!(app_page_shows_scopes_and_practices);

async fn unlisted_app_page_is_404(backend: Backend) {
    let database = fresh_database(backend).await;
    let f = fixture(&database.db).await;
    let app = router(&database);

    let (draft, _) = page(&app, &format!("/gallery/{}", f.draft.id)).await;
    let (suspended, _) = page(&app, &format!("/gallery/{}", f.suspended.id)).await;
    let (malformed, _) = page(&app, "/gallery/not-a-uuid").await;

    assert_eq!(draft, StatusCode::NOT_FOUND);
    assert_eq!(suspended, StatusCode::NOT_FOUND);
    assert_eq!(malformed, StatusCode::NOT_FOUND);
}
on_both_backends!(unlisted_app_page_is_404);
