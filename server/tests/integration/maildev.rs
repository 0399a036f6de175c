//! Delivery through a real SMTP server: maildev, which the test script starts on free
//! ports and names in MAILDEV_SMTP_PORT and MAILDEV_API_PORT.

use crate::support::maildev::{maildev_worker, messages_to};
use crate::support::{fresh_database, on_both_backends, Backend};
use app::db::entities::email_outbox::{self, OutboxStatus};
use app::db::outbox::enqueue;
use app::email::templates::TestMessage;
use app::email::EmailMessage;
use sea_orm::EntityTrait;
use url::Url;

async fn smtp_delivery_reaches_maildev(backend: Backend) {
    let database = fresh_database(backend).await;
    let recipient = format!("maildev-{}@example.com", uuid::Uuid::new_v4().simple());
    let worker = maildev_worker(&database.db);
    let public_url = Url::parse("https://portal.example.com").unwrap();
    let template = TestMessage {
        note: "Tom & Jerry".to_owned(),
    };
    let email = EmailMessage::render(&template, &public_url).to(recipient.as_str());
    let id = enqueue(&database.db, email).await.unwrap().id;

    assert_eq!(worker.deliver_due(chrono::Utc::now()).await.unwrap(), 1);

    let stored = email_outbox::Entity::find_by_id(id)
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.status, OutboxStatus::Sent, "{:?}", stored.last_error);
    let received = messages_to(&recipient, 1)
        .await
        .pop()
        .expect("maildev received the message");
    assert_eq!(
        received["subject"],
        "Test message from the Veracity Developer Portal"
    );
    assert_eq!(received["from"][0]["address"], "no-reply@example.com");
    let text = received["text"].as_str().unwrap_or_default();
    let html = received["html"].as_str().unwrap_or_default();
    assert!(text.contains("Note: Tom & Jerry"), "{received}");
    assert!(html.contains("Note: Tom &amp; Jerry"), "{received}");
}
on_both_backends!(smtp_delivery_reaches_maildev);
