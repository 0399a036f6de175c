//! The developer agreement through the real router and database: published versions stay
//! as published, submission waits for acceptance of the current version, sign-in sends a
//! developer who has not accepted it to the agreement, acceptances are audited, and a
//! production secret waits for the developer's acceptance.

use crate::support::apps::{body_text, developer_with_app, post_form, public_app, send};
use crate::support::people::{create_account, platform_administrator, ADMIN_EMAIL, PASSWORD};
use crate::support::submissions::{claimed_case, decision};
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::db::agreements;
use app::db::entities::audit_event;
use app::domain::environment::Environment;
use app::domain::role::Role;
use app::services::agreement::{
    accept_version, acceptance_history, publish_version, require_current_acceptance,
};
use app::services::apps::take_sealed_secrets;
use app::services::calendar::ReviewClock;
use app::services::review::decide_submission;
use axum::http::{header, StatusCode};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

async fn published_versions_stay_unchanged(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = platform_administrator(db).await;

    let first = publish_version(db, &admin, "First terms.", "2027-01-01")
        .await
        .unwrap();
    let second = publish_version(db, &admin, "Second terms.", "2027-06-01")
        .await
        .unwrap();

    assert_eq!(first.version, 1);
    assert_eq!(second.version, 2);
    let versions = agreements::list_versions(db).await.unwrap();
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1], first);
    assert_eq!(agreements::current(db).await.unwrap(), Some(second));
}
on_both_backends!(published_versions_stay_unchanged);

async fn publishing_rejects_invalid_fields(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = platform_administrator(db).await;
    let developer = create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;

    let error = publish_version(db, &admin, "  ", "Jan 1")
        .await
        .unwrap_err();
    let refused = publish_version(db, &developer, "Terms.", "2027-01-01")
        .await
        .unwrap_err();

    assert!(error.field_message("body").is_some(), "{error:?}");
    assert!(error
        .field_message("effective_on")
        .unwrap()
        .contains("YYYY-MM-DD"));
    assert_eq!(refused, app::error::AppError::Forbidden);
    assert_eq!(agreements::current(db).await.unwrap(), None);
}
on_both_backends!(publishing_rejects_invalid_fields);

async fn submission_waits_for_acceptance(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let admin = platform_administrator(db).await;
    let (cookie, id) =
        developer_with_app(&database, &app, "dana@example.com", &public_app("Harbor")).await;

    // With no version published, the materials check rejects the draft, as before the agreement.
    let before = send(&app, post_form("submit_app", &cookie, &[("app_id", &id)])).await;
    assert_eq!(before.status(), StatusCode::UNPROCESSABLE_ENTITY);

    publish_version(db, &admin, "Terms.", "2027-01-01")
        .await
        .unwrap();
    let blocked = send(&app, post_form("submit_app", &cookie, &[("app_id", &id)])).await;
    assert_eq!(blocked.status(), StatusCode::BAD_REQUEST);
    let message = body_text(blocked).await;
    assert!(message.contains("accept version 1"), "{message}");
    assert!(message.contains("/agreement"), "{message}");

    let accepted = send(
        &app,
        post_form("accept_agreement", &cookie, &[("version", "1")]),
    )
    .await;
    assert!(accepted.status().is_success() || accepted.status().is_redirection());
    let after = send(&app, post_form("submit_app", &cookie, &[("app_id", &id)])).await;
    assert_eq!(after.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
on_both_backends!(submission_waits_for_acceptance);

async fn new_version_requires_acceptance_again(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = platform_administrator(db).await;
    let developer = create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;

    assert!(require_current_acceptance(db, developer.id).await.is_ok());
    publish_version(db, &admin, "Terms.", "2027-01-01")
        .await
        .unwrap();
    assert!(require_current_acceptance(db, developer.id).await.is_err());
    accept_version(db, &developer, 1).await.unwrap();
    assert!(require_current_acceptance(db, developer.id).await.is_ok());
    publish_version(db, &admin, "New terms.", "2027-06-01")
        .await
        .unwrap();
    assert!(require_current_acceptance(db, developer.id).await.is_err());

    let stale = accept_version(db, &developer, 1).await.unwrap_err();
    assert!(
        stale.to_string().contains("no longer the current"),
        "{stale}"
    );
    accept_version(db, &developer, 2).await.unwrap();
    assert!(require_current_acceptance(db, developer.id).await.is_ok());

    let history = acceptance_history(db, developer.id).await.unwrap();
    assert_eq!(
        history.iter().map(|row| row.version).collect::<Vec<_>>(),
        [2, 1]
    );
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("agreement.accepted"))
        .all(db)
        .await
        .unwrap();
    assert_eq!(audited.len(), 2);
}
on_both_backends!(new_version_requires_acceptance_again);

async fn sign_in_leads_to_pending_agreement(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let admin = platform_administrator(db).await;
    let developer = create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;
    publish_version(db, &admin, "Terms.", "2027-01-01")
        .await
        .unwrap();

    let pending = sign_in_location(&app, "dana@example.com").await;
    accept_version(db, &developer, 1).await.unwrap();
    let accepted = sign_in_location(&app, "dana@example.com").await;
    let administrator = sign_in_location(&app, ADMIN_EMAIL).await;

    assert_eq!(pending, "/agreement");
    assert_eq!(accepted, "/apps");
    assert_eq!(administrator, "/admin");
}
on_both_backends!(sign_in_leads_to_pending_agreement);

/// Signs in as a browser without JavaScript would and returns where the portal sends it.
async fn sign_in_location(app: &axum::Router, email: &str) -> String {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("email", email)
        .append_pair("password", PASSWORD)
        .finish();
    let request = axum::http::Request::post("/api/sign_in")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::REFERER, format!("{PORTAL_ORIGIN}/sign-in"))
        .body(axum::body::Body::from(body))
        .unwrap();

    let response = send(app, request).await;
    response
        .headers()
        .get(header::LOCATION)
        .unwrap_or_else(|| {
            panic!(
                "sign-in of {email} responded {} without a Location",
                response.status()
            )
        })
        .to_str()
        .unwrap()
        .to_owned()
}

async fn production_secret_waits_for_acceptance(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let key = credential_key();
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let case = claimed_case(db, "Harbor Charting", true).await;
    let admin = platform_administrator(db).await;
    publish_version(db, &admin, "Terms.", "2027-01-01")
        .await
        .unwrap();
    let mut outcomes = ["met"; 6];
    outcomes[2] = "not_applicable";
    let approval = decision("approve", outcomes, &[]);
    decide_submission(
        db,
        &key,
        &ReviewClock::default(),
        &public_url,
        &case.reviewer,
        case.submission.id,
        approval,
    )
    .await
    .unwrap();

    let pending = take_sealed_secrets(db, &key, &case.developer, case.app.id)
        .await
        .unwrap();
    accept_version(db, &case.developer, 1).await.unwrap();
    let accepted = take_sealed_secrets(db, &key, &case.developer, case.app.id)
        .await
        .unwrap();

    assert!(
        pending
            .iter()
            .all(|secret| secret.environment != Environment::Production),
        "{pending:?}"
    );
    assert_eq!(
        accepted
            .iter()
            .filter(|secret| secret.environment == Environment::Production)
            .count(),
        1,
        "{accepted:?}"
    );
}
on_both_backends!(production_secret_waits_for_acceptance);
