use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::audit::{record, Actor, AuditEntry};
use app::db::entities::audit_event;
use sea_orm::{ConnectionTrait, EntityTrait, TransactionTrait};
use serde_json::json;

fn sample_entry() -> AuditEntry {
    AuditEntry {
        actor: Actor::Cli,
        action: "clinic.created",
        subject_type: "clinic",
        subject_id: "c-1".to_owned(),
        before: None,
        after: Some(json!({ "name": "Harbor Clinic" })),
    }
}

async fn recorded_event_reads_back(backend: Backend) {
    let database = fresh_database(backend).await;

    let stored = record(&database.db, sample_entry()).await.unwrap();

    let found = audit_event::Entity::find_by_id(stored.id)
        .one(&database.db)
        .await
        .unwrap()
        .expect("the event was stored");
    assert_eq!(found.action, "clinic.created");
    assert_eq!(found.actor_kind, "cli");
    assert_eq!(found.after, Some(json!({ "name": "Harbor Clinic" })));
    assert_eq!(found.before, None);
}
on_both_backends!(recorded_event_reads_back);

async fn audit_events_reject_update_and_delete(backend: Backend) {
    let database = fresh_database(backend).await;
    record(&database.db, sample_entry()).await.unwrap();

    let update = database
        .db
        .execute_unprepared("UPDATE audit_event SET action = 'tampered'")
        .await;
    let delete = database
        .db
        .execute_unprepared("DELETE FROM audit_event")
        .await;

    assert!(update.unwrap_err().to_string().contains("append-only"));
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    let remaining = audit_event::Entity::find().all(&database.db).await.unwrap();
    assert_eq!(remaining.len(), 1);
    assert_eq!(remaining[0].action, "clinic.created");
}
on_both_backends!(audit_events_reject_update_and_delete);

async fn rolled_back_change_leaves_no_event(backend: Backend) {
    let database = fresh_database(backend).await;

    let transaction = database.db.begin().await.unwrap();
    record(&transaction, sample_entry()).await.unwrap();
    transaction.rollback().await.unwrap();

    let events = audit_event::Entity::find().all(&database.db).await.unwrap();
    assert!(events.is_empty());
}
on_both_backends!(rolled_back_change_leaves_no_event);
