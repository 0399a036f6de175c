//! Fetches through a trap: a test server on 127.0.0.1 that is also the fetcher's HTTP
//! proxy, so every request that passes the guard arrives there, whatever host it names,
//! and the trap records it. A refusal that leaves the trap's log empty made no request, and
//! nothing in these tests can send a packet beyond the loopback interface.

use std::sync::{Arc, Mutex};

use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio::net::TcpListener;

use super::*;

/// The request targets the trap received, in absolute form.
type Log = Arc<Mutex<Vec<String>>>;

/// Starts the trap and returns its proxy URL and its log.
async fn start_trap() -> (String, Log) {
    let log: Log = Arc::default();
    let app = Router::new().fallback(trap).with_state(log.clone());
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    (format!("http://{address}"), log)
}

/// Logs the request, then responds to `/page` with HTML and `/to/HOST` with a redirect to
/// `http://HOST/`.
async fn trap(State(log): State<Log>, request: Request) -> Response {
    log.lock().unwrap().push(request.uri().to_string());

    let path = request.uri().path();
    if let Some(host) = path.strip_prefix("/to/") {
        return (
            StatusCode::FOUND,
            [(header::LOCATION, format!("http://{host}/"))],
        )
            .into_response();
    }
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        "<!doctype html><title>Privacy policy</title>",
    )
        .into_response()
}

fn fetcher(proxy_url: &str, allow_loopback: bool) -> GuardedFetcher {
    GuardedFetcher::through_proxy(
        FetcherOptions {
            allow_loopback,
            ..FetcherOptions::default()
        },
        proxy_url,
    )
}

#[tokio::test]
async fn fetch_through_trap_logs_admitted_request() {
    let (proxy_url, log) = start_trap().await;

    let response = fetcher(&proxy_url, true)
        .fetch("http://127.0.0.1:9/page")
        .await
        .unwrap();

    assert_eq!(response.evidence.status, Some(200));
    assert_eq!(*log.lock().unwrap(), ["http://127.0.0.1:9/page"]);
}

#[tokio::test]
async fn fetch_refuses_ip_literals_before_request() {
    let (proxy_url, log) = start_trap().await;
    let fetcher = fetcher(&proxy_url, false);

    for url in [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://[fd00::1]/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://100.64.0.1/",
        "http://127.0.0.1:9/page",
    ] {
        let failure = fetcher.fetch(url).await.unwrap_err();

        assert!(
            matches!(failure.error, FetchError::RefusedAddress { .. }),
            "{url}: {failure:?}"
        );
        assert_eq!(failure.evidence.status, None, "{url}");
        assert!(failure.evidence.redirects.is_empty(), "{url}");
    }
    assert!(log.lock().unwrap().is_empty(), "requests were sent");
}

#[tokio::test]
async fn fetch_refuses_metadata_address_with_evidence() {
    let (proxy_url, log) = start_trap().await;

    let failure = fetcher(&proxy_url, false)
        .fetch("http://169.254.169.254/latest/meta-data/")
        .await
        .unwrap_err();

    let FetchError::RefusedAddress { host, refused } = &failure.error else {
        panic!("expected a refused address, got {failure:?}");
    };
    assert_eq!(host, "169.254.169.254");
    assert_eq!(refused.range, AddressRange::LinkLocal);
    assert_eq!(
        failure.evidence.final_url,
        "http://169.254.169.254/latest/meta-data/"
    );
    assert!(log.lock().unwrap().is_empty());
}

#[tokio::test]
async fn fetch_refuses_redirect_to_private_address() {
    let (proxy_url, log) = start_trap().await;
    let fetcher = fetcher(&proxy_url, true);

    for (hop, target) in [
        ("10.0.0.1", "http://10.0.0.1/"),
        ("169.254.169.254", "http://169.254.169.254/"),
        ("[fd00::1]", "http://[fd00::1]/"),
    ] {
        log.lock().unwrap().clear();
        let url = format!("http://127.0.0.1:9/to/{hop}");

        let failure = fetcher.fetch(&url).await.unwrap_err();

        assert!(
            matches!(failure.error, FetchError::RefusedAddress { .. }),
            "{url}: {failure:?}"
        );
        assert_eq!(failure.evidence.redirects, [target], "{url}");
        assert_eq!(failure.evidence.final_url, target, "{url}");
        assert_eq!(*log.lock().unwrap(), [url.as_str()], "{url}");
    }
}

#[tokio::test]
async fn fetch_refuses_redirect_to_metadata_name() {
    let (proxy_url, log) = start_trap().await;

    let failure = fetcher(&proxy_url, true)
        .fetch("http://127.0.0.1:9/to/metadata.google.internal")
        .await
        .unwrap_err();

    assert_eq!(failure.error.kind(), "refused_host");
    assert_eq!(log.lock().unwrap().len(), 1);
}
