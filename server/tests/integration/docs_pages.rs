//! The public API documentation through the router: it responds without a session and
//! states the configured base URL, refresh token lifetime, rate limit and support phone,
//! following the configuration when it changes.

use crate::support::apps::{body_text, send};
use crate::support::{fresh_database, on_both_backends, router, router_with_api_facts, Backend};
use app::services::api_facts::ApiFacts;
use axum::body::Body;
use axum::http::{Request, StatusCode};

/// Facts that differ from every default, as another deployment would configure them.
fn other_facts() -> ApiFacts {
    ApiFacts {
        fhir_base_url: "https://localhost/fhir/R4".to_owned(),
        registration_url: "https://localhost/register".to_owned(),
        support_phone: "(555) 010-2030".to_owned(),
        refresh_token_lifetime_days: 30,
        rate_limit_per_minute: 120,
    }
}

/// Fetches `path` without a session and returns the status and the page.
async fn fetch(app: &axum::Router, path: &str) -> (StatusCode, String) {
    let request = Request::get(path).body(Body::empty()).unwrap();
    let response = send(app, request).await;

    let status = response.status();
    (status, body_text(response).await)
}

async fn docs_pages_render_without_session(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);

    for path in [
        "/docs",
        "/docs/connecting",
        "/docs/authorization",
        "/docs/registration",
        "/docs/operations",
    ] {
        let (status, page) = fetch(&app, path).await;

        assert_eq!(status, StatusCode::OK, "{path} responded {status}");
        assert!(
            page.contains("On this page"),
            "{path} has no table of contents"
        );
        assert!(
            page.contains("Last updated"),
            "{path} states no update date"
        );
    }
}
on_both_backends!(docs_pages_render_without_session);

async fn docs_pages_state_default_facts(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);

    let (_, connecting) = fetch(&app, "/docs/connecting").await;
    let (_, authorization) = fetch(&app, "/docs/authorization").await;
    let (_, operations) = fetch(&app, "/docs/operations").await;

    assert!(connecting.contains("https://fhir.allegiancemd.io/R4/metadata"));
    assert!(connecting.contains("https://fhir.allegiancemd.io/R4/.well-known/smart-configuration"));
    assert!(authorization.contains("valid for 90 days"));
    assert!(operations.contains("may send 60 requests per minute"));
    assert!(operations.contains("(800) 868-1923"));
}
on_both_backends!(docs_pages_state_default_facts);

async fn docs_pages_follow_configuration(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router_with_api_facts(&database, other_facts());

    let (_, overview) = fetch(&app, "/docs").await;
    let (_, connecting) = fetch(&app, "/docs/connecting").await;
    let (_, authorization) = fetch(&app, "/docs/authorization").await;
    let (_, registration) = fetch(&app, "/docs/registration").await;
    let (_, operations) = fetch(&app, "/docs/operations").await;

    assert!(overview.contains("https://localhost/fhir/R4/Patient/PATIENT_ID"));
    assert!(connecting.contains("https://localhost/fhir/R4/metadata"));
    assert!(!connecting.contains("fhir.allegiancemd.io"));
    assert!(authorization.contains("valid for 30 days"));
    assert!(!authorization.contains("90 days"));
    assert!(registration.contains("https://localhost/register"));
    assert!(operations.contains("may send 120 requests per minute"));
    assert!(operations.contains("(555) 010-2030"));
    assert!(!operations.contains("(800) 868-1923"));
}
on_both_backends!(docs_pages_follow_configuration);
