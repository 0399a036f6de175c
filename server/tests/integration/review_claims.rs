//! Claims of submissions and the reviewers' queue, through the services and the real
//! database: one reviewer at a time has the claim of a submission, and a reviewer never
//! claims an app of their own developer organization.

use crate::support::identity::{organization_input, save};
use crate::support::people::create_account;
use crate::support::submissions::{create_test_app, insert_submission};
use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::developer_members::{self, MemberRole};
use app::db::entities::{audit_event, submission};
use app::domain::app_kind::AppKind;
use app::domain::calendar::Urgency;
use app::domain::role::Role;
use app::error::AppError;
use app::models::review::QueueState;
use app::services::calendar::ReviewClock;
use app::services::review::{claim_submission, list_queue, release_submission};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

async fn reload(db: &DatabaseConnection, id: Uuid) -> submission::Model {
    submission::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

async fn actions_about(db: &DatabaseConnection, id: Uuid) -> Vec<String> {
    audit_event::Entity::find()
        .filter(audit_event::Column::SubjectId.eq(id.to_string()))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|event| event.action)
        .collect()
}

fn rejection(error: AppError) -> String {
    match error {
        AppError::BadRequest(message) => message,
        other => panic!("expected a rejection, got {other:?}"),
    }
}

async fn claim_then_release(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let app = create_test_app(db, &developer, "Harbor Health", false).await;
    let submission = insert_submission(db, &app, &developer, 1, 14).await;

    claim_submission(db, &reviewer, submission.id)
        .await
        .unwrap();

    let claimed = reload(db, submission.id).await;
    assert_eq!(claimed.claimed_by, Some(reviewer.id));
    assert!(claimed.claimed_at.is_some());

    release_submission(db, &reviewer, submission.id)
        .await
        .unwrap();

    let released = reload(db, submission.id).await;
    assert_eq!(released.claimed_by, None);
    assert_eq!(released.claimed_at, None);
    assert_eq!(
        actions_about(db, submission.id).await,
        vec!["submission.claimed", "submission.released"]
    );
}
on_both_backends!(claim_then_release);

async fn claim_held_by_another_reviewer_is_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let first = create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let second = create_account(db, "sam@veracity.example", "Sam Second", Role::Reviewer).await;
    let app = create_test_app(db, &developer, "Harbor Health", false).await;
    let submission = insert_submission(db, &app, &developer, 1, 14).await;
    claim_submission(db, &first, submission.id).await.unwrap();

    let error = claim_submission(db, &second, submission.id)
        .await
        .unwrap_err();

    assert!(rejection(error).contains("Rita Reviewer"));
    assert_eq!(reload(db, submission.id).await.claimed_by, Some(first.id));
    let release = release_submission(db, &second, submission.id).await;
    assert!(matches!(release, Err(AppError::BadRequest(_))));
}
on_both_backends!(claim_held_by_another_reviewer_is_rejected);

async fn claim_of_own_organization_app_is_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    save(db, &developer, organization_input("Acme Health Apps LLC")).await;
    let app = create_test_app(db, &developer, "Harbor Health", false).await;
    let reviewer = create_account(db, "rita@acme.example", "Rita Reviewer", Role::Reviewer).await;
    let profile_id = app
        .developer_profile_id
        .expect("the app belongs to the profile");
    developer_members::insert(db, profile_id, reviewer.id, MemberRole::Member)
        .await
        .unwrap();
    let submission = insert_submission(db, &app, &developer, 1, 14).await;

    let error = claim_submission(db, &reviewer, submission.id)
        .await
        .unwrap_err();

    assert!(rejection(error).contains("member of the developer organization"));
    assert_eq!(reload(db, submission.id).await.claimed_by, None);
}
on_both_backends!(claim_of_own_organization_app_is_rejected);

async fn queue_sorts_and_filters(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let clock = ReviewClock::default();
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let relaxed = create_test_app(db, &developer, "Relaxed", false).await;
    let late = create_test_app(db, &developer, "Late", true).await;
    insert_submission(db, &relaxed, &developer, 1, 30).await;
    let overdue = insert_submission(db, &late, &developer, 1, -10).await;
    claim_submission(db, &reviewer, overdue.id).await.unwrap();

    let all = list_queue(db, &clock, &reviewer, None, QueueState::AllOpen)
        .await
        .unwrap();
    let names: Vec<&str> = all.iter().map(|row| row.app_name.as_str()).collect();
    assert_eq!(names, vec!["Late", "Relaxed"]);
    assert_eq!(all[0].urgency, Urgency::Overdue);
    assert!(all[0].business_days_left < 0);
    assert_eq!(all[0].claimed_by.as_deref(), Some("Rita Reviewer"));
    assert_eq!(all[1].urgency, Urgency::OnTrack);

    let filter = |kind, state| list_queue(db, &clock, &reviewer, kind, state);
    let unclaimed = filter(None, QueueState::Unclaimed).await.unwrap();
    assert_eq!(unclaimed.len(), 1);
    assert_eq!(unclaimed[0].app_name, "Relaxed");
    let mine = filter(None, QueueState::ClaimedByMe).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].app_name, "Late");
    assert_eq!(filter(None, QueueState::Overdue).await.unwrap().len(), 1);
    assert!(filter(None, QueueState::AtRisk).await.unwrap().is_empty());
    let patient = filter(Some(AppKind::Patient), QueueState::AllOpen)
        .await
        .unwrap();
    assert_eq!(patient.len(), 1);
    assert_eq!(patient[0].app_name, "Relaxed");
}
on_both_backends!(queue_sorts_and_filters);
