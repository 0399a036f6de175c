//! The public transparency page through the router and the real database: it responds
//! without a session, lists the criteria and the configured review clock, and computes its
//! statistics from the decision events in the audit trail.

use crate::support::apps::{body_text, send};
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::db::audit::{self, Actor, AuditEntry};
use app::db::entities::audit_event;
use app::domain::review::criteria::Criterion;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};
use serde_json::{json, Value};
use uuid::Uuid;

/// Returns the `after` JSON of a decision that took `business_days` business days.
fn decision_after(business_days: u32, within_deadline: bool) -> Value {
    json!({
        "submission_id": Uuid::new_v4(),
        "number": 1,
        "kind": "first",
        "received_at": "2026-01-05T15:00:00Z",
        "clock_start": "2026-01-05",
        "due_date": "2026-01-20",
        "decided_on": "2026-01-16",
        "business_days_to_decision": business_days,
        "within_deadline": within_deadline,
    })
}

/// Records a decision event now, as the review service does.
async fn record_decision(
    db: &DatabaseConnection,
    action: &'static str,
    business_days: u32,
    within_deadline: bool,
) {
    audit::record(
        db,
        AuditEntry {
            actor: Actor::Account(Uuid::new_v4()),
            action,
            subject_type: "app",
            subject_id: Uuid::new_v4().to_string(),
            before: None,
            after: Some(decision_after(business_days, within_deadline)),
        },
    )
    .await
    .unwrap();
}

/// Inserts a decision event recorded `days_ago` days ago. Audit events cannot be updated,
/// so the row is inserted with its timestamp set.
async fn insert_old_decision(db: &DatabaseConnection, days_ago: i64, business_days: u32) {
    audit_event::ActiveModel {
        id: Set(Uuid::new_v4()),
        occurred_at: Set(Utc::now() - Duration::days(days_ago)),
        actor_account_id: Set(None),
        actor_kind: Set("system".to_owned()),
        action: Set("submission.approved".to_owned()),
        subject_type: Set("app".to_owned()),
        subject_id: Set(Uuid::new_v4().to_string()),
        before: Set(None),
        after: Set(Some(decision_after(business_days, false))),
    }
    .insert(db)
    .await
    .unwrap();
}

/// Fetches the transparency page without a session.
async fn transparency_page(database: &crate::support::TestDatabase) -> (StatusCode, String) {
    let request = Request::get("/transparency").body(Body::empty()).unwrap();
    let response = send(&router(database), request).await;

    let status = response.status();
    (status, body_text(response).await)
}

/// Returns the statistics table of the last `days` days from the page.
fn statistics_table(html: &str, days: u32) -> &str {
    let start = html
        .find(&format!(r#"id="statistics-{days}-days""#))
        .unwrap_or_else(|| panic!("no statistics table for {days} days in {html}"));
    let length = html[start..].find("</table>").unwrap();

    &html[start..start + length]
}

async fn statistics_count_recent_decisions(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    record_decision(db, "submission.approved", 3, true).await;
    record_decision(db, "submission.approved", 7, true).await;
    record_decision(db, "submission.approved", 10, true).await;
    record_decision(db, "submission.notice_issued", 4, true).await;
    record_decision(db, "submission.notice_issued", 12, false).await;
    insert_old_decision(db, 120, 20).await;

    let (status, html) = transparency_page(&database).await;

    assert_eq!(status, StatusCode::OK);
    let last_90_days = statistics_table(&html, 90);
    assert!(
        last_90_days.contains("Decisions</th><td>5</td>"),
        "{last_90_days}"
    );
    assert!(
        last_90_days.contains("Approvals</th><td>3</td>"),
        "{last_90_days}"
    );
    assert!(
        last_90_days.contains("Notices of Non-Conformance</th><td>2</td>"),
        "{last_90_days}"
    );
    assert!(
        last_90_days.contains("Median business days to a decision</th><td>7</td>"),
        "{last_90_days}"
    );
    assert!(
        last_90_days.contains("Decided within the deadline</th><td>80%</td>"),
        "{last_90_days}"
    );

    let last_365_days = statistics_table(&html, 365);
    assert!(
        last_365_days.contains("Decisions</th><td>6</td>"),
        "{last_365_days}"
    );
    assert!(
        last_365_days.contains("Median business days to a decision</th><td>8.5</td>"),
        "{last_365_days}"
    );
    assert!(
        last_365_days.contains("Decided within the deadline</th><td>67%</td>"),
        "{last_365_days}"
    );
    assert!(html.contains("Statistics as of"), "{html}");
}
on_both_backends!(statistics_count_recent_decisions);

async fn statistics_ignore_other_events(backend: Backend) {
    let database = fresh_database(backend).await;
    record_decision(&database.db, "submission.approved", 6, true).await;
    record_decision(&database.db, "submission.received", 2, false).await;
    audit::record(
        &database.db,
        AuditEntry {
            actor: Actor::System,
            action: "submission.approved",
            subject_type: "developer_profile",
            subject_id: "d-1".to_owned(),
            before: None,
            after: Some(decision_after(30, false)),
        },
    )
    .await
    .unwrap();

    let (status, html) = transparency_page(&database).await;

    assert_eq!(status, StatusCode::OK);
    let last_90_days = statistics_table(&html, 90);
    assert!(
        last_90_days.contains("Decisions</th><td>1</td>"),
        "{last_90_days}"
    );
    assert!(
        last_90_days.contains("Decided within the deadline</th><td>100%</td>"),
        "{last_90_days}"
    );
}
on_both_backends!(statistics_ignore_other_events);

async fn page_shows_criteria_and_clock(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, html) = transparency_page(&database).await;

    assert_eq!(status, StatusCode::OK);
    for criterion in Criterion::ALL {
        assert!(html.contains(criterion.label()), "{}", criterion.label());
    }
    assert!(html.contains("America/New_York"), "{html}");
    assert!(html.contains("17:00"), "{html}");
    assert!(html.contains(r##"<a href="#statistics">"##), "{html}");
}
on_both_backends!(page_shows_criteria_and_clock);

async fn page_without_decisions_shows_empty_state(backend: Backend) {
    let database = fresh_database(backend).await;

    let (status, html) = transparency_page(&database).await;

    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("No decisions in the last 90 days yet."),
        "{html}"
    );
    assert!(!html.contains(r#"id="statistics-90-days""#), "{html}");
}
on_both_backends!(page_without_decisions_shows_empty_state);

async fn footer_links_to_transparency(backend: Backend) {
    let database = fresh_database(backend).await;
    let request = Request::get("/").body(Body::empty()).unwrap();

    let response = send(&router(&database), request).await;

    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    let footer = &html[html.find("<footer").expect("the page has a footer")..];
    assert!(footer.contains(r#"<a href="/transparency">"#), "{footer}");
}
on_both_backends!(footer_links_to_transparency);
