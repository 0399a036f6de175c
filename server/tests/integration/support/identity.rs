//! Identity profiles and document uploads for tests.

use app::db::entities::account;
use app::domain::identity_form::ProfileInput;
use app::domain::postal_address::PostalAddressInput;
use axum::body::Body;
use axum::http::{header, Request};
use sea_orm::DatabaseConnection;

use super::PORTAL_ORIGIN;

const BOUNDARY: &str = "veracity-test-boundary";

/// Builds a complete organization profile.
pub fn organization_input(legal_name: &str) -> ProfileInput {
    ProfileInput {
        pathway: "organization".into(),
        legal_name: legal_name.into(),
        address: PostalAddressInput {
            line1: "100 Main Street".into(),
            line2: String::new(),
            city: "Boston".into(),
            region: "MA".into(),
            postal_code: "02110".into(),
            country: "United States".into(),
        },
        contact_name: "Dana Reyes".into(),
        contact_email: "dana@acme.example".into(),
        ein: "91-1144442".into(),
        ..ProfileInput::default()
    }
}

/// Saves `input` as the profile `account` owns.
pub async fn save(db: &DatabaseConnection, account: &account::Model, input: ProfileInput) {
    let today = chrono::Utc::now().date_naive();
    app::services::identity::save_profile(db, account, input, today)
        .await
        .unwrap();
}

/// Builds a multipart upload of `content` as `file_name`, the way the profile page's form
/// posts it. `json` requests a JSON response instead of a redirect.
pub fn upload_request(
    cookie: Option<&str>,
    kind: &str,
    replaces: Option<&str>,
    file_name: &str,
    claimed_type: &str,
    content: &[u8],
    json: bool,
) -> Request<Body> {
    let mut body = Vec::new();
    let mut text_part = |name: &str, value: &str| {
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
            )
            .as_bytes(),
        );
    };
    text_part("kind", kind);
    if let Some(id) = replaces {
        text_part("replaces", id);
    }
    body.extend_from_slice(
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; \
             filename=\"{file_name}\"\r\nContent-Type: {claimed_type}\r\n\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(content);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());

    let mut request = Request::post("/developer/documents")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(
            header::ACCEPT,
            if json {
                "application/json"
            } else {
                "text/html"
            },
        );
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(body)).unwrap()
}

/// Builds a small file with a PDF's opening bytes and `marker`, so each test file has its
/// own SHA-256.
pub fn pdf(marker: &str) -> Vec<u8> {
    format!("%PDF-1.7\n% {marker}\n%%EOF\n").into_bytes()
}

/// Lists the files in the document folder.
pub fn stored_files(dir: &std::path::Path) -> Vec<String> {
    match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect(),
        Err(_) => Vec::new(),
    }
}
