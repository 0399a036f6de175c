//! Submitting an app for review through the real router: refusals that list every missing
//! item, the snapshot and due date of a complete submission, a second submission refused
//! while one is open, and withdrawal.

use crate::support::apps::{
    body_text, case_form, post_form, public_app, read_case, save_request, saved_app_id, send,
};
use crate::support::identity::{organization_input, pdf, save, upload_request};
use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router, Backend, TestDatabase};
use app::db::entities::{account, app as app_entity, submission};
use app::domain::role::Role;
use app::models::apps::AppView;
use axum::http::StatusCode;
use axum::Router;
use sea_orm::EntityTrait;
use serde_json::Value;

/// Returns the Inferno public standalone app with every field a submission needs. Its
/// policy pages are on localhost, which the pre-checks refuse to fetch, so no test request leaves
/// this machine.
fn complete_form() -> Vec<(&'static str, String)> {
    let case = read_case(
        &crate::support::apps::cases_dir().join("apps/inferno_g10_public_standalone.json"),
    );
    let mut form = case_form(&serde_json::from_str::<Value>(&case).unwrap());
    for (name, value) in [
        (
            "short_description",
            "Reads a patient's records with their consent.",
        ),
        ("homepage_url", "https://localhost/harbor"),
        ("support_email", "help@harbor.example"),
        ("attest_smart_app_launch", "true"),
        ("attest_openid_connect", "true"),
        ("attest_pkce_s256", "true"),
        ("attest_no_ehr_credentials", "true"),
        ("privacy_policy_url", "https://localhost/privacy"),
        ("terms_of_service_url", "https://localhost/terms"),
        (
            "data_retention",
            "Records stay on the device until the user deletes them.",
        ),
        ("data_sharing", "Nothing is shared with anyone."),
        (
            "access_revocation",
            "Sign out in the app, or revoke access in the patient portal.",
        ),
    ] {
        form.push((name, value.to_owned()));
    }
    form
}

/// Creates a verified developer with an organization profile and its supporting document;
/// returns the account and its session cookie.
async fn identified_developer(database: &TestDatabase, app: &Router) -> (account::Model, String) {
    let developer = create_account(
        &database.db,
        "dana@example.com",
        "Dana Reyes",
        Role::Developer,
    )
    .await;
    save(
        &database.db,
        &developer,
        organization_input("Harbor Health LLC"),
    )
    .await;
    let cookie = sign_in(app, "dana@example.com").await;
    let upload = upload_request(
        Some(&cookie),
        "supporting",
        None,
        "ein.pdf",
        "application/pdf",
        &pdf("ein"),
        true,
    );
    assert_eq!(send(app, upload).await.status(), StatusCode::CREATED);
    (developer, cookie)
}

async fn submit(app: &Router, cookie: &str, id: &str) -> axum::response::Response {
    send(app, post_form("submit_app", cookie, &[("app_id", id)])).await
}

async fn submissions_refuse_incomplete_materials_listing_each(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    create_account(
        &database.db,
        "dana@example.com",
        "Dana Reyes",
        Role::Developer,
    )
    .await;
    let cookie = sign_in(&app, "dana@example.com").await;
    let id =
        saved_app_id(&send(&app, save_request(&cookie, &public_app("Harbor"))).await).to_string();

    let response = submit(&app, &cookie, &id).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body = body_text(response).await;
    for field in [
        "identity",
        "short_description",
        "privacy_policy_url",
        "scopes",
    ] {
        assert!(
            body.contains(&format!("\"field\":\"{field}\"")),
            "{field}: {body}"
        );
    }
    assert!(submission::Entity::find()
        .all(&database.db)
        .await
        .unwrap()
        .is_empty());
}
on_both_backends!(submissions_refuse_incomplete_materials_listing_each);

async fn complete_submission_freezes_a_snapshot_with_due_date(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = identified_developer(&database, &app).await;
    let id = saved_app_id(&send(&app, save_request(&cookie, &complete_form())).await).to_string();

    let response = submit(&app, &cookie, &id).await;

    assert!(
        response.status().is_redirection() || response.status().is_success(),
        "{}",
        response.status()
    );
    let stored = submission::Entity::find().all(&database.db).await.unwrap();
    assert_eq!(stored.len(), 1);
    let submission = &stored[0];
    assert_eq!(
        (
            submission.number,
            submission.kind.as_str(),
            submission.status.as_str()
        ),
        (1, "first", "open")
    );
    assert_eq!(submission.business_days, 10);
    assert!(submission.due_date > submission.clock_start);
    assert_eq!(
        submission.snapshot["registration"]["privacy_policy_url"],
        "https://localhost/privacy"
    );
    assert_eq!(
        submission.snapshot["developer"]["display_name"],
        "Harbor Health LLC"
    );
    let prechecks = submission.prechecks.as_array().unwrap();
    let privacy = prechecks
        .iter()
        .find(|check| check["name"] == "privacy_policy_url")
        .unwrap();
    assert_eq!(
        privacy["outcome"], "failed",
        "localhost is refused: {privacy}"
    );
    let stored_app = app_of(&database, submission).await;
    assert_eq!(stored_app.status, "submitted");

    let loaded = send(&app, post_form("load_app", &cookie, &[("app_id", &id)])).await;
    let view: AppView = serde_json::from_str(&body_text(loaded).await).unwrap();
    let open = view.review.open().expect("the open submission shows");
    assert_eq!(open.business_days, 10);
    assert_eq!(open.urgency.as_deref(), Some("On track"));

    let again = submit(&app, &cookie, &id).await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);
    assert!(body_text(again).await.contains("already in review"));
}
on_both_backends!(complete_submission_freezes_a_snapshot_with_due_date);

async fn withdrawal_returns_the_app_to_draft_and_keeps_the_snapshot(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = identified_developer(&database, &app).await;
    let id = saved_app_id(&send(&app, save_request(&cookie, &complete_form())).await).to_string();
    submit(&app, &cookie, &id).await;

    let response = send(
        &app,
        post_form("withdraw_submission", &cookie, &[("app_id", &id)]),
    )
    .await;

    assert!(
        !response.status().is_client_error(),
        "{}",
        response.status()
    );
    let stored = submission::Entity::find()
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "withdrawn");
    assert!(stored.withdrawn_at.is_some());
    assert_eq!(app_of(&database, &stored).await.status, "draft");
    let again = send(
        &app,
        post_form("withdraw_submission", &cookie, &[("app_id", &id)]),
    )
    .await;
    assert_eq!(again.status(), StatusCode::BAD_REQUEST);

    let resubmitted = submit(&app, &cookie, &id).await;
    assert!(!resubmitted.status().is_client_error());
    let numbers: Vec<i32> = submission::Entity::find()
        .all(&database.db)
        .await
        .unwrap()
        .iter()
        .map(|s| s.number)
        .collect();
    assert_eq!(numbers.len(), 2);
    assert!(numbers.contains(&2));
}
on_both_backends!(withdrawal_returns_the_app_to_draft_and_keeps_the_snapshot);

async fn another_developer_cannot_submit_or_withdraw(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = identified_developer(&database, &app).await;
    let id = saved_app_id(&send(&app, save_request(&cookie, &complete_form())).await).to_string();
    create_account(
        &database.db,
        "eve@example.com",
        "Eve Stone",
        Role::Developer,
    )
    .await;
    let stranger = sign_in(&app, "eve@example.com").await;

    let submitted = submit(&app, &stranger, &id).await;
    submit(&app, &cookie, &id).await;
    let withdrawn = send(
        &app,
        post_form("withdraw_submission", &stranger, &[("app_id", &id)]),
    )
    .await;

    assert!(submitted.status().is_client_error());
    assert!(withdrawn.status().is_client_error());
    let stored = submission::Entity::find()
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, "open");
}
on_both_backends!(another_developer_cannot_submit_or_withdraw);

/// Loads the app a submission belongs to.
async fn app_of(database: &TestDatabase, submission: &submission::Model) -> app_entity::Model {
    app_entity::Entity::find_by_id(submission.app_id)
        .one(&database.db)
        .await
        .unwrap()
        .unwrap()
}
