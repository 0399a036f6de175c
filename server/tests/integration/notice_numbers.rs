//! Notice numbers: two Notices of Non-Conformance issued at the same moment both succeed
//! and get consecutive numbers.

use crate::support::submissions::{claimed_case, create_test_app, decision, insert_submission};
use crate::support::{credential_key, fresh_database, on_both_backends, Backend, PORTAL_ORIGIN};
use app::domain::review::criteria::Criterion;
use app::services::calendar::ReviewClock;
use app::services::review::{claim_submission, decide_submission, list_notices_for_app};

async fn concurrent_notices_get_distinct_numbers(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let clock = ReviewClock::default();
    let key = credential_key();
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
    let first = claimed_case(db, "Harbor Health", false).await;
    let other_app = create_test_app(db, &first.developer, "Lighthouse Labs", false).await;
    let second = insert_submission(db, &other_app, &first.developer, 1, 14).await;
    claim_submission(db, &first.reviewer, second.id)
        .await
        .unwrap();
    let mut outcomes = ["met"; 6];
    outcomes[0] = "not_met";
    let findings = [(Criterion::Identity, "The document does not show the EIN.")];

    let (one, two) = tokio::join!(
        decide_submission(
            db,
            &key,
            &clock,
            &public_url,
            &first.reviewer,
            first.submission.id,
            decision("notice", outcomes, &findings),
        ),
        decide_submission(
            db,
            &key,
            &clock,
            &public_url,
            &first.reviewer,
            second.id,
            decision("notice", outcomes, &findings),
        ),
    );
    one.unwrap();
    two.unwrap();

    let mut numbers = Vec::new();
    for app_id in [first.app.id, other_app.id] {
        let notices = list_notices_for_app(db, &clock, app_id).await.unwrap();
        assert_eq!(notices.len(), 1);
        numbers.push(notices[0].number.clone());
    }
    numbers.sort();
    assert!(numbers[0].ends_with("-0001"), "{numbers:?}");
    assert!(numbers[1].ends_with("-0002"), "{numbers:?}");
}
on_both_backends!(concurrent_notices_get_distinct_numbers);
