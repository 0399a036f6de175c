//! The e-mail about the sandbox client secret that creating an app issues, through the real
//! registration server function and the outbox.

use crate::support::apps::developer_with_app;
use crate::support::maildev::{maildev_worker, messages_to};
use crate::support::{fresh_database, on_both_backends, router, Backend, TestDatabase};
use app::db::app_clients;
use app::db::entities::email_outbox;
use app::domain::environment::Environment;
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

fn form(method: &str) -> [(&'static str, String); 4] {
    [
        ("kind", "clinician".to_owned()),
        ("name", "Harbor Charting".to_owned()),
        ("client_type", "confidential".to_owned()),
        ("token_endpoint_auth_method", method.to_owned()),
    ]
}

async fn mail_to(database: &TestDatabase, recipient: &str) -> Vec<email_outbox::Model> {
    email_outbox::Entity::find()
        .filter(email_outbox::Column::Recipient.eq(recipient))
        .all(&database.db)
        .await
        .unwrap()
}

async fn sandbox_client_id(database: &TestDatabase, app_id: &str) -> String {
    let app_id: Uuid = app_id.parse().unwrap();
    app_clients::find(&database.db, app_id, Environment::Sandbox)
        .await
        .unwrap()
        .expect("a new app has a sandbox client")
        .client_id
}

async fn secret_app_creation_mailed(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let email = "dana@example.com";

    let (_, id) = developer_with_app(&database, &app, email, &form("client_secret_basic")).await;

    let mail = mail_to(&database, email).await;
    let subjects: Vec<&str> = mail.iter().map(|email| email.subject.as_str()).collect();
    assert_eq!(
        subjects,
        ["Harbor Charting sandbox client secret issued"],
        "{subjects:?}"
    );
    let client_id = sandbox_client_id(&database, &id).await;
    assert!(
        mail[0].text_body.contains(&client_id),
        "{}",
        mail[0].text_body
    );
    assert!(
        mail[0]
            .text_body
            .contains(&format!("apps/{id}#credentials")),
        "{}",
        mail[0].text_body
    );
}
on_both_backends!(secret_app_creation_mailed);

async fn keyless_app_creation_not_mailed(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let email = "eli@example.com";

    developer_with_app(&database, &app, email, &form("private_key_jwt")).await;

    let mail = mail_to(&database, email).await;
    assert!(
        mail.is_empty(),
        "{:?}",
        mail.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
}
on_both_backends!(keyless_app_creation_not_mailed);

async fn creation_mail_reaches_maildev(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let recipient = format!("creation-{}@example.com", Uuid::new_v4().simple());

    let form = form("client_secret_basic");
    let (_, id) = developer_with_app(&database, &app, &recipient, &form).await;
    maildev_worker(&database.db)
        .deliver_due(Utc::now())
        .await
        .unwrap();

    let received = messages_to(&recipient, 1).await;
    assert_eq!(
        received[0]["subject"].as_str(),
        Some("Harbor Charting sandbox client secret issued")
    );
    let text = received[0]["text"].as_str().unwrap_or_default();
    let client_id = sandbox_client_id(&database, &id).await;
    assert!(text.contains(&client_id), "{text}");
}
on_both_backends!(creation_mail_reaches_maildev);
