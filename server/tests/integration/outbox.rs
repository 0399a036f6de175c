//! The outbox's storage rules: transactional enqueue, claims as leases, no duplicate sends.

use std::collections::HashSet;

use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::entities::email_outbox::{self, OutboxStatus};
use app::db::outbox::{claim_due, enqueue, mark_retry, mark_sent, OutboxError, OutgoingEmail};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{EntityTrait, TransactionTrait};

fn sample_email(number: usize) -> OutgoingEmail {
    OutgoingEmail {
        recipient: format!("developer{number}@example.com"),
        subject: format!("Message {number}"),
        text_body: "Plain text".to_owned(),
        html_body: "<p>HTML</p>".to_owned(),
    }
}

/// A time after every row enqueued so far is due, in whole seconds so it reads back equal
/// from both backends.
fn soon() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp() + 1, 0).unwrap()
}

async fn rolled_back_enqueue_leaves_nothing(backend: Backend) {
    let database = fresh_database(backend).await;

    let transaction = database.db.begin().await.unwrap();
    enqueue(&transaction, sample_email(1)).await.unwrap();
    transaction.rollback().await.unwrap();

    let rows = email_outbox::Entity::find()
        .all(&database.db)
        .await
        .unwrap();
    assert!(rows.is_empty());
    let claimed = claim_due(&database.db, soon(), Duration::seconds(60), 10)
        .await
        .unwrap();
    assert!(claimed.is_empty());
}
on_both_backends!(rolled_back_enqueue_leaves_nothing);

async fn committed_enqueue_is_pending(backend: Backend) {
    let database = fresh_database(backend).await;

    let transaction = database.db.begin().await.unwrap();
    let stored = enqueue(&transaction, sample_email(1)).await.unwrap();
    transaction.commit().await.unwrap();

    let found = email_outbox::Entity::find_by_id(stored.id)
        .one(&database.db)
        .await
        .unwrap()
        .expect("the message was stored");
    assert_eq!(found.status, OutboxStatus::Pending);
    assert_eq!(found.attempts, 0);
    assert_eq!(found.recipient, "developer1@example.com");
    assert_eq!(found.claimed_until, None);
}
on_both_backends!(committed_enqueue_is_pending);

async fn crash_after_claim_loses_nothing(backend: Backend) {
    let database = fresh_database(backend).await;
    let stored = enqueue(&database.db, sample_email(1)).await.unwrap();
    let start = soon();
    let lease = Duration::seconds(60);

    let first = claim_due(&database.db, start, lease, 10).await.unwrap();
    // The worker dies here: it neither sends nor records anything.
    let during_lease = claim_due(&database.db, start + Duration::seconds(59), lease, 10)
        .await
        .unwrap();
    let after_lease = claim_due(&database.db, start + Duration::seconds(61), lease, 10)
        .await
        .unwrap();

    assert_eq!(first.len(), 1);
    assert_eq!(first[0].id, stored.id);
    assert_eq!(first[0].status, OutboxStatus::Sending);
    assert_eq!(first[0].attempts, 1);
    assert_eq!(first[0].claimed_until, Some(start + lease));
    assert!(during_lease.is_empty());
    assert_eq!(after_lease.len(), 1);
    assert_eq!(after_lease[0].id, stored.id);
    assert_eq!(after_lease[0].attempts, 2);
}
on_both_backends!(crash_after_claim_loses_nothing);

async fn sent_row_never_claimed_again(backend: Backend) {
    let database = fresh_database(backend).await;
    enqueue(&database.db, sample_email(1)).await.unwrap();
    let start = soon();
    let lease = Duration::seconds(60);

    let claimed = claim_due(&database.db, start, lease, 10).await.unwrap();
    mark_sent(&database.db, &claimed[0], start).await.unwrap();
    let next_day = claim_due(&database.db, start + Duration::days(1), lease, 10)
        .await
        .unwrap();
    let sent_again = mark_sent(&database.db, &claimed[0], start).await;

    assert!(next_day.is_empty());
    assert!(matches!(sent_again, Err(OutboxError::ClaimLost { .. })));
    let row = email_outbox::Entity::find_by_id(claimed[0].id)
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.status, OutboxStatus::Sent);
    assert_eq!(row.sent_at, Some(start));
    assert_eq!(row.claimed_until, None);
}
on_both_backends!(sent_row_never_claimed_again);

async fn expired_claim_cannot_record(backend: Backend) {
    let database = fresh_database(backend).await;
    enqueue(&database.db, sample_email(1)).await.unwrap();
    let start = soon();
    let lease = Duration::seconds(60);

    let slow_worker = claim_due(&database.db, start, lease, 10).await.unwrap();
    let other_worker = claim_due(&database.db, start + Duration::seconds(61), lease, 10)
        .await
        .unwrap();
    let late_retry = mark_retry(&database.db, &slow_worker[0], "timed out", start).await;

    assert!(matches!(
        late_retry,
        Err(OutboxError::ClaimLost { attempt: 1, .. })
    ));
    mark_sent(&database.db, &other_worker[0], start)
        .await
        .unwrap();
}
on_both_backends!(expired_claim_cannot_record);

async fn retried_row_waits_until_due(backend: Backend) {
    let database = fresh_database(backend).await;
    enqueue(&database.db, sample_email(1)).await.unwrap();
    let start = soon();
    let lease = Duration::seconds(60);

    let claimed = claim_due(&database.db, start, lease, 10).await.unwrap();
    let retry_at = start + Duration::seconds(30);
    mark_retry(&database.db, &claimed[0], "connection refused", retry_at)
        .await
        .unwrap();
    let early = claim_due(&database.db, retry_at - Duration::seconds(1), lease, 10)
        .await
        .unwrap();
    let on_time = claim_due(&database.db, retry_at, lease, 10).await.unwrap();

    assert!(early.is_empty());
    assert_eq!(on_time.len(), 1);
    assert_eq!(on_time[0].attempts, 2);
    assert_eq!(on_time[0].last_error.as_deref(), Some("connection refused"));
}
on_both_backends!(retried_row_waits_until_due);

async fn claim_respects_limit_and_order(backend: Backend) {
    let database = fresh_database(backend).await;
    let mut ids = Vec::new();
    for number in 0..5 {
        ids.push(
            enqueue(&database.db, sample_email(number))
                .await
                .unwrap()
                .id,
        );
    }
    let start = soon();
    let lease = Duration::seconds(60);

    let first = claim_due(&database.db, start, lease, 3).await.unwrap();
    let second = claim_due(&database.db, start, lease, 3).await.unwrap();

    let first_ids: Vec<_> = first.iter().map(|row| row.id).collect();
    let second_ids: Vec<_> = second.iter().map(|row| row.id).collect();
    assert_eq!(first_ids, ids[..3]);
    assert_eq!(second_ids, ids[3..]);
}
on_both_backends!(claim_respects_limit_and_order);

async fn concurrent_claimers_never_share_a_row(backend: Backend) {
    const ROWS: usize = 40;
    const CLAIMERS: usize = 4;
    let database = fresh_database(backend).await;
    for number in 0..ROWS {
        enqueue(&database.db, sample_email(number)).await.unwrap();
    }
    let start = soon();

    let mut tasks = Vec::new();
    for _ in 0..CLAIMERS {
        let db = database.db.clone();
        tasks.push(tokio::spawn(async move {
            claim_due(&db, start, Duration::seconds(60), ROWS as u64)
                .await
                .unwrap()
        }));
    }
    let mut seen = HashSet::new();
    let mut total = 0;
    for task in tasks {
        for row in task.await.unwrap() {
            total += 1;
            assert!(seen.insert(row.id), "row {} claimed twice", row.id);
            assert_eq!(row.attempts, 1, "row {} claimed more than once", row.id);
        }
    }

    assert_eq!(total, ROWS);
}

mod concurrent_claimers_never_share_a_row {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn sqlite() {
        super::concurrent_claimers_never_share_a_row(crate::support::Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn postgres() {
        super::concurrent_claimers_never_share_a_row(crate::support::Backend::Postgres).await;
    }
}
