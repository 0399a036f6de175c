//! The maildev SMTP server that mail tests deliver to: its ports from the environment and
//! the messages it received, read from its REST API.

use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Returns the port in the environment variable `name`.
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
