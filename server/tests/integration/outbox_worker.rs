//! The outbox worker against real transports: `.eml` files, and an SMTP port where nothing
//! listens for the retry schedule.

use std::path::Path;
use std::time::Duration;

use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::entities::email_outbox::{self, OutboxStatus};
use app::db::outbox::enqueue;
use app::email::templates::TestMessage;
use app::email::EmailMessage;
use chrono::{DateTime, Utc};
use lettre::message::Mailbox;
use sea_orm::{DatabaseConnection, EntityTrait};
use server::config::{OutboxSettings, SmtpSecurity, SmtpSettings};
use server::mail::Transport;
use server::workers::outbox::OutboxWorker;
use url::Url;

const NOTE: &str = "Tom & Jerry <script>";

fn sender() -> Mailbox {
    "Veracity Developer Portal <no-reply@example.com>"
        .parse()
        .unwrap()
}

fn test_email(recipient: &str) -> app::db::outbox::OutgoingEmail {
    let public_url = Url::parse("https://portal.example.com").unwrap();
    let template = TestMessage {
        note: NOTE.to_owned(),
    };
    EmailMessage::render(&template, &public_url).to(recipient)
}

fn worker(db: &DatabaseConnection, transport: Transport, max_attempts: u32) -> OutboxWorker {
    OutboxWorker {
        db: db.clone(),
        transport,
        sender: sender(),
        settings: OutboxSettings {
            poll_interval_ms: 50,
            batch_size: 10,
            max_attempts,
            lease_secs: 60,
        },
    }
}

/// An SMTP transport to a port on 127.0.0.1 where nothing listens, so every send fails with
/// a connection error.
async fn unreachable_smtp() -> Transport {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);

    let settings = SmtpSettings {
        host: Some("127.0.0.1".to_owned()),
        port,
        security: SmtpSecurity::None,
        timeout_secs: 5,
        ..SmtpSettings::default()
    };
    Transport::from_settings(&settings, Path::new("unused")).unwrap()
}

fn soon() -> DateTime<Utc> {
    DateTime::from_timestamp(Utc::now().timestamp() + 1, 0).unwrap()
}

async fn row(db: &DatabaseConnection, id: uuid::Uuid) -> email_outbox::Model {
    email_outbox::Entity::find_by_id(id)
        .one(db)
        .await
        .unwrap()
        .expect("the outbox row exists")
}

async fn failed_sends_follow_backoff_then_fail(backend: Backend) {
    let database = fresh_database(backend).await;
    let worker = worker(&database.db, unreachable_smtp().await, 3);
    let id = enqueue(&database.db, test_email("ada@example.com"))
        .await
        .unwrap()
        .id;
    let start = soon();
    let seconds = chrono::Duration::seconds;

    assert_eq!(worker.deliver_due(start).await.unwrap(), 1);
    let after_first = row(&database.db, id).await;
    assert_eq!(after_first.status, OutboxStatus::Pending);
    assert_eq!(after_first.attempts, 1);
    assert_eq!(after_first.next_attempt_at, start + seconds(30));
    assert!(after_first.last_error.is_some());

    assert_eq!(worker.deliver_due(start + seconds(29)).await.unwrap(), 0);

    assert_eq!(worker.deliver_due(start + seconds(30)).await.unwrap(), 1);
    let after_second = row(&database.db, id).await;
    assert_eq!(after_second.status, OutboxStatus::Pending);
    assert_eq!(after_second.attempts, 2);
    assert_eq!(after_second.next_attempt_at, start + seconds(90));

    assert_eq!(worker.deliver_due(start + seconds(90)).await.unwrap(), 1);
    let after_third = row(&database.db, id).await;
    assert_eq!(after_third.status, OutboxStatus::Failed);
    assert_eq!(after_third.attempts, 3);
    assert_eq!(after_third.claimed_until, None);
    assert!(after_third.last_error.is_some());

    assert_eq!(
        worker
            .deliver_due(start + chrono::Duration::days(1))
            .await
            .unwrap(),
        0
    );
}
on_both_backends!(failed_sends_follow_backoff_then_fail);

async fn invalid_recipient_fails_at_once(backend: Backend) {
    let database = fresh_database(backend).await;
    let directory = tempfile::tempdir().unwrap();
    let transport = Transport::File {
        directory: directory.path().to_owned(),
    };
    let worker = worker(&database.db, transport, 10);
    let id = enqueue(&database.db, test_email("not an address"))
        .await
        .unwrap()
        .id;

    worker.deliver_due(soon()).await.unwrap();

    let stored = row(&database.db, id).await;
    assert_eq!(stored.status, OutboxStatus::Failed);
    assert_eq!(stored.attempts, 1);
    assert!(stored.last_error.unwrap().contains("invalid recipient"));
}
on_both_backends!(invalid_recipient_fails_at_once);

async fn file_transport_writes_parseable_eml(backend: Backend) {
    let database = fresh_database(backend).await;
    let directory = tempfile::tempdir().unwrap();
    let transport = Transport::File {
        directory: directory.path().join("outbox"),
    };
    let worker = worker(&database.db, transport, 10);
    let id = enqueue(&database.db, test_email("Ada Lovelace <ada@example.com>"))
        .await
        .unwrap()
        .id;

    assert_eq!(worker.deliver_due(soon()).await.unwrap(), 1);

    let stored = row(&database.db, id).await;
    assert_eq!(stored.status, OutboxStatus::Sent);
    assert!(stored.sent_at.is_some());
    let path = directory.path().join("outbox").join(format!("{id}.eml"));
    let raw = std::fs::read(&path).unwrap();
    let parsed = mail_parser::MessageParser::default()
        .parse(&raw)
        .expect("the .eml file parses");
    assert_eq!(
        parsed.subject(),
        Some("Test message from the Veracity Developer Portal")
    );
    let to = parsed.to().and_then(|to| to.first()).unwrap();
    assert_eq!(to.address(), Some("ada@example.com"));
    assert_eq!(to.name(), Some("Ada Lovelace"));
    let from = parsed.from().and_then(|from| from.first()).unwrap();
    assert_eq!(from.address(), Some("no-reply@example.com"));
    assert_eq!(
        parsed.message_id(),
        Some(format!("{id}@example.com").as_str())
    );
    let text = parsed.body_text(0).expect("a plain-text part");
    let html = parsed.body_html(0).expect("an HTML part");
    assert!(text.contains(NOTE), "{text}");
    assert!(html.contains("Tom &amp; Jerry &lt;script&gt;"), "{html}");
    assert!(
        html.contains("href=\"https://portal.example.com/\""),
        "{html}"
    );
    assert_eq!(parsed.text_body.len(), 1);
    assert_eq!(parsed.html_body.len(), 1);
}
on_both_backends!(file_transport_writes_parseable_eml);

async fn worker_task_delivers_and_stops(backend: Backend) {
    let database = fresh_database(backend).await;
    let directory = tempfile::tempdir().unwrap();
    let transport = Transport::File {
        directory: directory.path().to_owned(),
    };
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let task = worker(&database.db, transport, 10).spawn(shutdown);
    let id = enqueue(&database.db, test_email("ada@example.com"))
        .await
        .unwrap()
        .id;

    let mut status = OutboxStatus::Pending;
    for _ in 0..100 {
        status = row(&database.db, id).await.status;
        if status == OutboxStatus::Sent {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    stop.send(true).unwrap();
    let stopped = tokio::time::timeout(Duration::from_secs(5), task).await;

    assert_eq!(status, OutboxStatus::Sent);
    assert!(directory.path().join(format!("{id}.eml")).is_file());
    assert!(stopped.is_ok(), "the worker did not stop within 5 s");
}
on_both_backends!(worker_task_delivers_and_stops);
