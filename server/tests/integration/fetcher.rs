//! The guarded fetcher and the page pre-checks against a test server on 127.0.0.1. Each
//! redirect to a refused address points at an address that would reach this machine, such
//! as 0.0.0.0. Its target route counts requests, so a broken guard fails the test without
//! sending traffic beyond the machine.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use app::domain::app_kind::AppKind;
use app::domain::precheck::{PreCheckName, PreCheckOutcome};
use app::domain::registration::RegistrationInput;
use app::services::fetcher::{FetchError, FetcherOptions, GuardedFetcher};
use app::services::prechecks::run_prechecks;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use tokio::net::TcpListener;

const PAGE: &str = "<!doctype html><title>Privacy policy</title><p>We keep nothing.</p>";

/// The test server's port and the number of requests to `/target`.
#[derive(Clone)]
struct Site {
    port: u16,
    target_hits: Arc<AtomicUsize>,
}

impl Site {
    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn target_hits(&self) -> usize {
        self.target_hits.load(Ordering::SeqCst)
    }
}

async fn start_site() -> Site {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let site = Site {
        port: listener.local_addr().unwrap().port(),
        target_hits: Arc::default(),
    };
    let app = Router::new()
        .route("/page", get(|| async { html(StatusCode::OK) }))
        .route("/missing", get(|| async { html(StatusCode::NOT_FOUND) }))
        .route(
            "/plain",
            get(|| async { ([(header::CONTENT_TYPE, "text/plain")], PAGE) }),
        )
        .route(
            "/large",
            get(|| async { html_body("x".repeat(300 * 1024)) }),
        )
        .route("/slow", get(slow))
        .route("/redirect/{count}", get(redirect_chain))
        .route("/to/{host}", get(redirect_to_host))
        .route("/target", get(target))
        .with_state(site.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    site
}

fn html(status: StatusCode) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        PAGE,
    )
        .into_response()
}

fn html_body(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/html")], body).into_response()
}

fn found(location: String) -> Response {
    (StatusCode::FOUND, [(header::LOCATION, location)]).into_response()
}

async fn slow() -> Response {
    tokio::time::sleep(Duration::from_secs(3)).await;
    html(StatusCode::OK)
}

/// Redirects `count` times in all, then lands on `/page`.
async fn redirect_chain(Path(count): Path<u32>) -> Response {
    match count {
        0 | 1 => found("/page".to_owned()),
        more => found(format!("/redirect/{}", more - 1)),
    }
}

/// Redirects to `/target` on `host`, at the test server's port.
async fn redirect_to_host(State(site): State<Site>, Path(host): Path<String>) -> Response {
    found(format!("http://{host}:{}/target", site.port))
}

async fn target(State(site): State<Site>) -> Response {
    site.target_hits.fetch_add(1, Ordering::SeqCst);
    html(StatusCode::OK)
}

fn fetcher(options: FetcherOptions) -> GuardedFetcher {
    GuardedFetcher::new(options).unwrap()
}

fn loopback_fetcher() -> GuardedFetcher {
    fetcher(FetcherOptions {
        allow_loopback: true,
        ..FetcherOptions::default()
    })
}

#[tokio::test]
async fn fetch_html_page_records_evidence() {
    let site = start_site().await;

    let response = loopback_fetcher().fetch(&site.url("/page")).await.unwrap();

    let evidence = &response.evidence;
    assert_eq!(evidence.status, Some(200));
    assert_eq!(
        evidence.content_type.as_deref(),
        Some("text/html; charset=utf-8")
    );
    assert_eq!(evidence.final_url, site.url("/page"));
    assert!(evidence.redirects.is_empty());
    assert_eq!(evidence.body_bytes, PAGE.len());
    assert_eq!(response.body, PAGE.as_bytes());
}

#[tokio::test]
async fn run_prechecks_passes_html_pages() {
    let site = start_site().await;
    let mut registration = RegistrationInput::new(AppKind::Patient);
    registration.privacy_policy_url = site.url("/page");
    registration.terms_of_service_url = site.url("/redirect/2");

    let checks = run_prechecks(&loopback_fetcher(), &registration).await;

    assert_eq!(checks[0].name, PreCheckName::PrivacyPolicyUrl);
    assert_eq!(
        checks[0].outcome,
        PreCheckOutcome::Passed,
        "{}",
        checks[0].evidence
    );
    assert!(
        checks[0].evidence.contains("status 200"),
        "{}",
        checks[0].evidence
    );
    assert_eq!(checks[1].name, PreCheckName::TermsOfServiceUrl);
    assert_eq!(
        checks[1].outcome,
        PreCheckOutcome::Passed,
        "{}",
        checks[1].evidence
    );
    assert!(
        checks[1]
            .evidence
            .contains(&format!("redirected to {}", site.url("/redirect/1"))),
        "{}",
        checks[1].evidence
    );
    assert!(
        checks[1]
            .evidence
            .contains(&format!("final URL {}", site.url("/page"))),
        "{}",
        checks[1].evidence
    );
}

#[tokio::test]
async fn run_prechecks_fails_missing_and_plain_pages() {
    let site = start_site().await;
    let mut registration = RegistrationInput::new(AppKind::Patient);
    registration.privacy_policy_url = site.url("/missing");
    registration.terms_of_service_url = site.url("/plain");

    let checks = run_prechecks(&loopback_fetcher(), &registration).await;

    assert_eq!(checks[0].outcome, PreCheckOutcome::Failed);
    assert!(
        checks[0].evidence.contains("status 404"),
        "{}",
        checks[0].evidence
    );
    assert_eq!(checks[1].outcome, PreCheckOutcome::Failed);
    assert!(
        checks[1].evidence.contains("Content-Type “text/plain”"),
        "{}",
        checks[1].evidence
    );
}

#[tokio::test]
async fn run_prechecks_fails_empty_url_without_fetch() {
    let registration = RegistrationInput::new(AppKind::Patient);

    let checks = run_prechecks(&loopback_fetcher(), &registration).await;

    assert_eq!(checks[0].outcome, PreCheckOutcome::Failed);
    assert_eq!(checks[0].evidence, "No URL is registered.");
}

#[tokio::test]
async fn fetch_follows_redirects_up_to_limit() {
    let site = start_site().await;
    let fetcher = loopback_fetcher();

    let response = fetcher.fetch(&site.url("/redirect/3")).await.unwrap();

    assert_eq!(response.evidence.redirects.len(), 3);
    assert_eq!(response.evidence.final_url, site.url("/page"));
}

#[tokio::test]
async fn fetch_fails_redirect_chain_over_limit() {
    let site = start_site().await;

    let failure = loopback_fetcher()
        .fetch(&site.url("/redirect/4"))
        .await
        .unwrap_err();

    assert_eq!(
        failure.error,
        FetchError::TooManyRedirects { max_redirects: 3 }
    );
    assert_eq!(failure.evidence.redirects.len(), 3);
    assert_eq!(failure.evidence.status, None);
}

#[tokio::test]
async fn fetch_refuses_redirect_to_refused_address() {
    let site = start_site().await;
    let fetcher = loopback_fetcher();

    for host in ["0.0.0.0", "[::ffff:127.0.0.1]", "[::]"] {
        let failure = fetcher
            .fetch(&site.url(&format!("/to/{host}")))
            .await
            .unwrap_err();

        assert!(
            matches!(failure.error, FetchError::RefusedAddress { .. }),
            "{host}: {failure:?}"
        );
        // The URL parser writes the IPv4-mapped address in hexadecimal, as ::ffff:7f00:1.
        let target = url::Url::parse(&format!("http://{host}:{}/target", site.port))
            .unwrap()
            .to_string();
        assert_eq!(
            failure.evidence.redirects,
            std::slice::from_ref(&target),
            "{host}"
        );
        assert_eq!(failure.evidence.final_url, target, "{host}");
    }
    assert_eq!(site.target_hits(), 0);
}

#[tokio::test]
async fn fetch_times_out_on_slow_page() {
    let site = start_site().await;
    let fetcher = fetcher(FetcherOptions {
        timeout: Duration::from_millis(300),
        allow_loopback: true,
        ..FetcherOptions::default()
    });

    let failure = fetcher.fetch(&site.url("/slow")).await.unwrap_err();

    assert_eq!(failure.error, FetchError::Timeout { timeout_ms: 300 });
    assert!(
        failure.evidence.elapsed_ms < 2000,
        "{}",
        failure.evidence.elapsed_ms
    );
}

#[tokio::test]
async fn fetch_stops_at_body_limit() {
    let site = start_site().await;
    let fetcher = fetcher(FetcherOptions {
        max_body_bytes: 1024,
        allow_loopback: true,
        ..FetcherOptions::default()
    });

    let failure = fetcher.fetch(&site.url("/large")).await.unwrap_err();

    assert_eq!(failure.error, FetchError::BodyTooLarge { max_bytes: 1024 });
    assert!(failure.evidence.body_bytes <= 1024);
    assert_eq!(failure.evidence.status, Some(200));
}

#[tokio::test]
async fn fetch_refuses_loopback_by_default() {
    let site = start_site().await;
    let fetcher = fetcher(FetcherOptions::default());

    for url in [
        site.url("/target"),
        format!("http://localhost:{}/target", site.port),
        format!("http://[::1]:{}/target", site.port),
    ] {
        let failure = fetcher.fetch(&url).await.unwrap_err();

        assert!(
            matches!(failure.error, FetchError::RefusedAddress { .. }),
            "{url}: {failure:?}"
        );
    }
    assert_eq!(site.target_hits(), 0);
}

#[tokio::test]
async fn fetch_sends_nothing_when_turned_off() {
    let site = start_site().await;
    let fetcher = fetcher(FetcherOptions {
        allow_loopback: true,
        enabled: false,
        ..FetcherOptions::default()
    });
    let url = site.url("/target");

    let failure = fetcher.fetch(&url).await.unwrap_err();

    assert_eq!(failure.error, FetchError::Disabled { url });
    assert_eq!(failure.evidence.status, None);
    assert_eq!(site.target_hits(), 0);
}
