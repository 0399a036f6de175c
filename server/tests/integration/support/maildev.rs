//! maildev, an SMTP server with a web API, which the test script starts on free ports and
//! names in MAILDEV_SMTP_PORT and MAILDEV_API_PORT.

use std::path::Path;
use std::time::Duration;

use sea_orm::DatabaseConnection;
use serde_json::Value;
use server::config::{OutboxSettings, SmtpSecurity, SmtpSettings};
use server::mail::Transport;
use server::workers::outbox::OutboxWorker;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub fn port_from_env(name: &str) -> u16 {
    let value = std::env::var(name).unwrap_or_else(|_| {
        panic!(
            "{name} is not set: this test needs maildev running on 127.0.0.1; .ci/test starts \
             it, or run end2end/node_modules/.bin/maildev --smtp PORT --web PORT --ip \
             127.0.0.1 --web-ip 127.0.0.1 and export MAILDEV_SMTP_PORT and MAILDEV_API_PORT"
        )
    });
    value
        .parse()
        .unwrap_or_else(|_| panic!("{name} is {value:?}, not a port number"))
}

/// Returns an outbox worker that delivers `db`'s outbox to maildev over plain SMTP.
pub fn maildev_worker(db: &DatabaseConnection) -> OutboxWorker {
    let settings = SmtpSettings {
        host: Some("127.0.0.1".to_owned()),
        port: port_from_env("MAILDEV_SMTP_PORT"),
        security: SmtpSecurity::None,
        ..SmtpSettings::default()
    };
    OutboxWorker {
        db: db.clone(),
        transport: Transport::from_settings(&settings, Path::new("unused")).unwrap(),
        sender: settings.sender.clone(),
        settings: OutboxSettings::default(),
    }
}

/// Fetches maildev's list of received messages from its REST API (`GET /api/email`).
pub async fn received_messages(api_port: u16) -> Vec<Value> {
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", api_port))
        .await
        .expect("failed to connect to maildev's web API");
    stream
        .write_all(b"GET /api/email HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
        .await
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).await.unwrap();

    let (head, body) = response
        .split_once("\r\n\r\n")
        .expect("an HTTP response with a body");
    assert!(head.starts_with("HTTP/1.1 200"), "maildev answered {head}");
    serde_json::from_str(body).expect("maildev returns a JSON list")
}

/// Waits up to five seconds for maildev to contain `count` messages to `recipient`, and
/// returns the ones it contains then.
pub async fn messages_to(recipient: &str, count: usize) -> Vec<Value> {
    let api_port = port_from_env("MAILDEV_API_PORT");
    let mut received = Vec::new();
    for _ in 0..50 {
        received = received_messages(api_port)
            .await
            .into_iter()
            .filter(|message| message["to"][0]["address"].as_str() == Some(recipient))
            .collect();
        if received.len() >= count {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    received
}
