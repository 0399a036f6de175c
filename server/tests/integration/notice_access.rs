//! Access to a Notice of Non-Conformance through the real router: the app's developers and
//! reviewers may read it, each with a way back to their own page, and every other account
//! gets 403.

use crate::support::apps::{body_text, get, post_form, send};
use crate::support::people::{create_account, sign_in};
use crate::support::submissions::{create_test_app, decision, insert_submission};
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::domain::review::criteria::Criterion;
use app::domain::role::Role;
use app::models::review::NoticeView;
use app::services::calendar::ReviewClock;
use app::services::review::{claim_submission, decide_submission, list_notices_for_app};
use axum::http::StatusCode;

async fn notice_is_visible_only_to_its_developers_and_reviewers(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let clock = ReviewClock::default();
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    create_account(db, "omar@other.example", "Omar Other", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let registered = create_test_app(db, &developer, "Harbor Health", false).await;
    let open = insert_submission(db, &registered, &developer, 1, 14).await;
    claim_submission(db, &reviewer, open.id).await.unwrap();
    let mut outcomes = ["met"; 6];
    outcomes[0] = "not_met";
    let finding = "The supporting document does not show the EIN.";
    let input = decision("notice", outcomes, &[(Criterion::Identity, finding)]);
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    decide_submission(
        db,
        &credential_key(),
        &clock,
        &public_url,
        &reviewer,
        open.id,
        input,
    )
    .await
    .unwrap();
    let notice_id = list_notices_for_app(db, &clock, registered.id)
        .await
        .unwrap()[0]
        .id
        .clone();
    let fields = [("notice_id", notice_id.as_str())];

    let owner = sign_in(&app, "dana@acme.example").await;
    let response = send(&app, post_form("load_notice", &owner, &fields)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let notice: NoticeView = serde_json::from_str(&body_text(response).await).unwrap();
    assert!(notice.number.starts_with("NNC-"));
    assert!(notice.number.ends_with("-0001"));
    assert_eq!(notice.findings[0].finding, finding);
    assert_eq!(notice.back_href, format!("/apps/{}", registered.id));

    let staff = sign_in(&app, "rita@veracity.example").await;
    let response = send(&app, post_form("load_notice", &staff, &fields)).await;
    assert_eq!(response.status(), StatusCode::OK);
    let notice: NoticeView = serde_json::from_str(&body_text(response).await).unwrap();
    let submission_page = format!("/review/submissions/{}", open.id);
    assert_eq!(notice.back_href, submission_page);
    let page = send(&app, get(&submission_page, &staff)).await;
    assert_eq!(page.status(), StatusCode::OK);

    let stranger = sign_in(&app, "omar@other.example").await;
    let response = send(&app, post_form("load_notice", &stranger, &fields)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let page = send(&app, get(&format!("/notices/{notice_id}"), &stranger)).await;
    assert_eq!(page.status(), StatusCode::FORBIDDEN);
    assert!(!body_text(page).await.contains(finding));

    let page = send(&app, get(&format!("/notices/{notice_id}"), &owner)).await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = body_text(page).await;
    assert!(html.contains(finding));
    assert!(html.contains(Criterion::Identity.met_when()));
}
on_both_backends!(notice_is_visible_only_to_its_developers_and_reviewers);
