//! The reviewers' pages through the real router: the queue and its GET filters, a claim
//! posted from the page, and a rejected decision posted without JavaScript, which comes
//! back with every problem and every typed value. A rerun of the pre-checks leaves the
//! stored ones alone.

use crate::support::apps::{body_text, get, post_form_from_page, query_value, send};
use crate::support::people::{create_account, sign_in};
use crate::support::submissions::{create_test_app, insert_submission};
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::domain::role::Role;
use axum::http::{header, StatusCode};

async fn queue_page_filters_with_query(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let patient = create_test_app(db, &developer, "Harbor Health", false).await;
    let clinician = create_test_app(db, &developer, "Charting Desk", true).await;
    insert_submission(db, &patient, &developer, 1, 30).await;
    insert_submission(db, &clinician, &developer, 1, 1).await;
    let cookie = sign_in(&app, "rita@veracity.example").await;

    let page = send(&app, get("/review/submissions", &cookie)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains("Harbor Health"));
    assert!(html.contains("Charting Desk"));
    assert!(html.find("Charting Desk").unwrap() < html.find("Harbor Health").unwrap());

    let page = send(
        &app,
        get("/review/submissions?kind=patient&state=open", &cookie),
    )
    .await;
    let html = body_text(page).await;
    assert!(html.contains("Harbor Health"));
    assert!(!html.contains("Charting Desk"));

    let page = send(&app, get("/review/submissions?state=mine", &cookie)).await;
    assert!(body_text(page).await.contains("No open submission matches"));

    let developer_cookie = sign_in(&app, "dana@acme.example").await;
    let page = send(&app, get("/review/submissions", &developer_cookie)).await;
    assert_eq!(page.status(), StatusCode::FORBIDDEN);
}
on_both_backends!(queue_page_filters_with_query);

async fn rejected_decision_keeps_typed_values(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let registered = create_test_app(db, &developer, "Harbor Health", false).await;
    let submission = insert_submission(db, &registered, &developer, 1, 14).await;
    let cookie = sign_in(&app, "rita@veracity.example").await;
    let page = format!("/review/submissions/{}", submission.id);
    let id = submission.id.to_string();

    let claim = post_form_from_page(
        "claim_submission",
        &cookie,
        &page,
        &[("submission_id", &id)],
    );
    let response = send(&app, claim).await;
    assert_eq!(response.status(), StatusCode::FOUND);
    let html = body_text(send(&app, get(&page, &cookie)).await).await;
    assert!(html.contains("Issue a Notice of Non-Conformance"));

    let typed = "The terms of service page returns 500 for every request.";
    let fields = [
        ("submission_id", id.as_str()),
        ("verdict", "notice"),
        ("identity_outcome", "met"),
        ("protocol_outcome", "met"),
        ("security_outcome", "met"),
        ("credential_safety_outcome", "met"),
        ("privacy_policy_outcome", "not_met"),
        ("privacy_policy_finding", typed),
        ("data_practices_outcome", "not_met"),
    ];
    let response = send(
        &app,
        post_form_from_page("decide_submission", &cookie, &page, &fields),
    )
    .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[header::LOCATION]
        .to_str()
        .unwrap()
        .to_owned();
    assert_eq!(
        query_value(&location, "privacy_policy_finding").as_deref(),
        Some(typed)
    );
    assert_eq!(
        query_value(&location, "data_practices_outcome").as_deref(),
        Some("not_met")
    );
    let path = location.trim_start_matches(crate::support::PORTAL_ORIGIN);
    let html = body_text(send(&app, get(path, &cookie)).await).await;
    assert!(html.contains(typed));
    assert!(html.contains("Write the finding"));
    assert!(html.contains(r#"id="field-data_practices_finding-error""#));
}
on_both_backends!(rejected_decision_keeps_typed_values);

async fn rerun_prechecks_keeps_stored_ones(backend: Backend) {
    use app::db::entities::submission;
    use sea_orm::EntityTrait;

    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let registered = create_test_app(db, &developer, "Harbor Health", false).await;
    let open = insert_submission(db, &registered, &developer, 1, 14).await;
    let cookie = sign_in(&app, "rita@veracity.example").await;
    let page = format!("/review/submissions/{}", open.id);

    let before = body_text(send(&app, get(&page, &cookie)).await).await;
    assert!(before.contains("No pre-check was recorded."));
    assert!(!before.contains("Result of the run just now"));

    let response = send(&app, get(&format!("{page}?rerun=1"), &cookie)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains("Result of the run just now"));
    assert!(html.contains("No URL is registered."));
    let stored = submission::Entity::find_by_id(open.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.prechecks, serde_json::json!([]));
}
on_both_backends!(rerun_prechecks_keeps_stored_ones);
