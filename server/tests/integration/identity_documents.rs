//! Identity document uploads and downloads through the real router: content checks, the
//! size limit, who may download, the audit trail, and replaced documents kept on disk.

use crate::support::identity::{organization_input, pdf, save, stored_files, upload_request};
use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router, Backend, TestDatabase};
use app::db::entities::{audit_event, identity_document};
use app::domain::role::Role;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use http_body_util::BodyExt;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use tower::ServiceExt;

async fn send(app: &Router, request: Request<Body>) -> axum::response::Response {
    app.clone().oneshot(request).await.unwrap()
}

async fn json_body(response: axum::response::Response) -> serde_json::Value {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap()
}

/// Asserts that no document file and no document record exist.
async fn assert_nothing_stored(database: &TestDatabase) {
    assert!(stored_files(&database.documents_dir()).is_empty());
    let records = identity_document::Entity::find()
        .count(&database.db)
        .await
        .unwrap();
    assert_eq!(records, 0);
}

/// Uploads a supporting document as a script would, asking for a JSON response.
async fn upload_supporting(
    app: &Router,
    cookie: &str,
    replaces: Option<&str>,
    file_name: &str,
    content: &[u8],
) -> axum::response::Response {
    let request = upload_request(
        Some(cookie),
        "supporting",
        replaces,
        file_name,
        "application/pdf",
        content,
        true,
    );
    send(app, request).await
}

/// Creates a developer who owns an organization profile and signs them in.
async fn owner(database: &TestDatabase, app: &Router, email: &str) -> String {
    let account = create_account(&database.db, email, "Dana Reyes", Role::Developer).await;
    save(
        &database.db,
        &account,
        organization_input("Acme Health Apps LLC"),
    )
    .await;
    sign_in(app, email).await
}

async fn a_pdf_is_stored_under_a_random_name_with_its_hash(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;
    let content = pdf("EIN letter");

    let response = upload_supporting(&app, &cookie, None, "EIN letter.pdf", &content).await;

    assert_eq!(response.status(), StatusCode::CREATED);
    let body = json_body(response).await;
    let expected_hash = app::services::tokens::hash_token(std::str::from_utf8(&content).unwrap());
    assert_eq!(body["sha256"], expected_hash);
    let files = stored_files(&database.documents_dir());
    assert_eq!(files.len(), 1);
    assert!(
        !files[0].contains("EIN"),
        "stored under its own name: {files:?}"
    );
    assert_eq!(
        std::fs::read(database.documents_dir().join(&files[0])).unwrap(),
        content
    );
}
on_both_backends!(a_pdf_is_stored_under_a_random_name_with_its_hash);

async fn a_renamed_executable_is_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;
    let executable = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode";

    let response = upload_supporting(&app, &cookie, None, "letter.pdf", executable).await;

    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body = json_body(response).await;
    assert_eq!(body["error"]["field"], "file");
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("PDF, PNG or JPEG"));
    assert_nothing_stored(&database).await;
}
on_both_backends!(a_renamed_executable_is_rejected);

async fn an_11_mb_file_is_rejected_without_being_stored(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;
    let mut content = pdf("large");
    content.resize(11 * 1000 * 1000, b' ');

    let response = upload_supporting(&app, &cookie, None, "scan.pdf", &content).await;

    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let body = json_body(response).await;
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("10 MiB"));
    assert_nothing_stored(&database).await;
}
on_both_backends!(an_11_mb_file_is_rejected_without_being_stored);

async fn a_browser_form_gets_the_error_on_the_profile_page(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;

    let response = send(
        &app,
        upload_request(
            Some(&cookie),
            "supporting",
            None,
            "notes.txt",
            "text/plain",
            b"plain text notes",
            false,
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[header::LOCATION].to_str().unwrap();
    assert!(
        location.starts_with("/developer/profile?document_error="),
        "{location}"
    );
    assert!(location.ends_with("#documents"));
}
on_both_backends!(a_browser_form_gets_the_error_on_the_profile_page);

async fn only_a_profile_owner_may_upload(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    create_account(&database.db, "sam@example.com", "Sam Lee", Role::Developer).await;
    let without_profile = sign_in(&app, "sam@example.com").await;
    create_account(
        &database.db,
        "rita@veracity.example",
        "Rita Reviewer",
        Role::Reviewer,
    )
    .await;
    let reviewer = sign_in(&app, "rita@veracity.example").await;
    let content = pdf("letter");

    let cases = [
        (None, StatusCode::UNAUTHORIZED),
        (Some(reviewer.as_str()), StatusCode::FORBIDDEN),
        (Some(without_profile.as_str()), StatusCode::BAD_REQUEST),
    ];
    for (cookie, expected) in cases {
        let request = upload_request(
            cookie,
            "supporting",
            None,
            "a.pdf",
            "application/pdf",
            &content,
            true,
        );
        assert_eq!(send(&app, request).await.status(), expected);
    }
    assert!(stored_files(&database.documents_dir()).is_empty());
}
on_both_backends!(only_a_profile_owner_may_upload);

async fn downloads_go_to_the_owner_and_reviewers_and_are_audited(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let owner_cookie = owner(&database, &app, "dana@acme.example").await;
    let content = pdf("certificate");
    let uploaded = upload_supporting(&app, &owner_cookie, None, "certificate.pdf", &content).await;
    let id = json_body(uploaded).await["id"].as_str().unwrap().to_owned();
    create_account(
        &database.db,
        "other@example.com",
        "Other Developer",
        Role::Developer,
    )
    .await;
    let other = sign_in(&app, "other@example.com").await;
    create_account(
        &database.db,
        "rita@veracity.example",
        "Rita Reviewer",
        Role::Reviewer,
    )
    .await;
    let reviewer = sign_in(&app, "rita@veracity.example").await;
    let path = format!("/developer/documents/{id}");
    let get = |cookie: Option<&str>| {
        let mut request = Request::get(&path);
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        request.body(Body::empty()).unwrap()
    };

    assert_eq!(
        send(&app, get(None)).await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        send(&app, get(Some(&other))).await.status(),
        StatusCode::FORBIDDEN
    );
    for cookie in [&owner_cookie, &reviewer] {
        let response = send(&app, get(Some(cookie))).await;
        assert_eq!(response.status(), StatusCode::OK);
        let headers = response.headers();
        assert_eq!(
            headers[header::CONTENT_DISPOSITION],
            "attachment; filename=\"certificate.pdf\""
        );
        assert!(headers[header::CONTENT_SECURITY_POLICY]
            .to_str()
            .unwrap()
            .starts_with("sandbox"));
        assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(bytes.as_ref(), content.as_slice());
    }

    let downloads = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("identity_document.downloaded"))
        .count(&database.db)
        .await
        .unwrap();
    assert_eq!(downloads, 2);
}
on_both_backends!(downloads_go_to_the_owner_and_reviewers_and_are_audited);

async fn a_replaced_document_stays_stored(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;
    let first = upload_supporting(&app, &cookie, None, "old.pdf", &pdf("old")).await;
    let first_id = json_body(first).await["id"].as_str().unwrap().to_owned();

    let second = upload_supporting(&app, &cookie, Some(&first_id), "new.pdf", &pdf("new")).await;

    assert_eq!(second.status(), StatusCode::CREATED);
    let documents = identity_document::Entity::find()
        .all(&database.db)
        .await
        .unwrap();
    assert_eq!(documents.len(), 2);
    let old = documents
        .iter()
        .find(|d| d.id.to_string() == first_id)
        .unwrap();
    assert!(old.replaced_at.is_some());
    assert_eq!(stored_files(&database.documents_dir()).len(), 2);
    let stale = upload_supporting(&app, &cookie, Some(&first_id), "again.pdf", &pdf("again")).await;
    assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(stored_files(&database.documents_dir()).len(), 2);
}
on_both_backends!(a_replaced_document_stays_stored);

async fn a_file_sent_without_its_kind_is_not_kept(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let cookie = owner(&database, &app, "dana@acme.example").await;
    let mut request = upload_request(
        Some(&cookie),
        "supporting",
        None,
        "letter.pdf",
        "application/pdf",
        &pdf("orphan"),
        true,
    );
    // The kind field is renamed, so the file arrives without a kind.
    let body = std::mem::take(request.body_mut());
    let bytes = body.collect().await.unwrap().to_bytes();
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    let reordered = text.replacen("name=\"kind\"", "name=\"ignored\"", 1);
    *request.body_mut() = Body::from(reordered);

    let response = send(&app, request).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stored_files(&database.documents_dir()).is_empty());
}
on_both_backends!(a_file_sent_without_its_kind_is_not_kept);
