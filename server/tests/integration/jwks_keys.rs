//! The keys of `private_key_jwt` apps: JWKS URLs fetched through the guarded fetcher from a
//! test server on 127.0.0.1, cached by their caching headers, refetched for an unknown
//! `kid`, failures kept for the app page, and the client assertion tester's service.

use crate::support::key_server::{
    cached, case, fetcher, key_app, start_key_server, ES384_SET, RS384_JWT, RS384_SET,
};
use crate::support::{fresh_database, on_both_backends, Backend, TOKEN_ENDPOINT};
use app::db::app_clients;
use app::db::entities::jwks_cache;
use app::domain::client_assertion::AssertionProblem;
use app::domain::environment::Environment;
use app::services::assertion_tester::test_client_assertion;
use app::services::jwks::{cached_status, keys_for_app, refresh_jwks};
use axum::http::{header, StatusCode};
use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};

async fn max_age_response_cached(backend: Backend) {
    let database = fresh_database(backend).await;
    let server = start_key_server().await;
    let url = server.url("max-age");
    let (_, app) = key_app(&database.db, "", Some(url.clone())).await;

    let before = cached_status(&database.db, app.id).await.unwrap();
    let first = keys_for_app(&database.db, &fetcher(), app.id, None)
        .await
        .unwrap();
    let second = keys_for_app(&database.db, &fetcher(), app.id, None)
        .await
        .unwrap();

    assert_eq!(server.hits("max-age"), 1);
    assert_eq!(before.url.as_deref(), Some(url.as_str()));
    assert_eq!(before.fetched_at, None);
    assert_eq!(
        cached_status(&database.db, app.id).await.unwrap(),
        first.status
    );
    assert_eq!(first.status.kids, vec!["eee9f17a3b598fd86417a980b591fbe6"]);
    assert_eq!(second.document, first.document);
    assert_eq!(first.jwks_url.as_deref(), Some(url.as_str()));
    let row = cached(&database.db, &url).await;
    let lifetime = row.expires_at - row.fetched_at;
    assert_eq!(lifetime, Duration::seconds(600));
    assert_eq!(row.last_error, None);
}
on_both_backends!(max_age_response_cached);

async fn no_store_response_fetched_each_time(backend: Backend) {
    let database = fresh_database(backend).await;
    let server = start_key_server().await;
    let (_, app) = key_app(&database.db, "", Some(server.url("no-store"))).await;

    keys_for_app(&database.db, &fetcher(), app.id, None)
        .await
        .unwrap();
    keys_for_app(&database.db, &fetcher(), app.id, None)
        .await
        .unwrap();

    assert_eq!(server.hits("no-store"), 2);
}
on_both_backends!(no_store_response_fetched_each_time);

async fn unknown_kid_refetches_once_a_minute(backend: Backend) {
    let database = fresh_database(backend).await;
    let server = start_key_server().await;
    let url = server.url("rotating");
    let (_, app) = key_app(&database.db, "", Some(url.clone())).await;
    let new_kid = "cd520211e5661dbba2256f67f6d53f97";

    keys_for_app(&database.db, &fetcher(), app.id, None)
        .await
        .unwrap();
    *server.rotating.lock().unwrap() = case(ES384_SET);
    let too_soon = keys_for_app(&database.db, &fetcher(), app.id, Some(new_kid))
        .await
        .unwrap();

    assert_eq!(server.hits("rotating"), 1);
    assert!(!too_soon.status.kids.contains(&new_kid.to_owned()));

    let mut row = cached(&database.db, &url).await.into_active_model();
    row.fetched_at = Set(Utc::now() - Duration::minutes(2));
    row.update(&database.db).await.unwrap();
    let refetched = keys_for_app(&database.db, &fetcher(), app.id, Some(new_kid))
        .await
        .unwrap();
    let known = keys_for_app(&database.db, &fetcher(), app.id, Some(new_kid))
        .await
        .unwrap();

    assert_eq!(server.hits("rotating"), 2);
    assert_eq!(refetched.status.kids, vec![new_kid]);
    assert_eq!(known.status.kids, vec![new_kid]);
}
on_both_backends!(unknown_kid_refetches_once_a_minute);

async fn failures_described_and_last_keys_kept(backend: Backend) {
    let database = fresh_database(backend).await;
    let server = start_key_server().await;
    let db = &database.db;

    let missing = refresh_jwks(db, &fetcher(), &server.url("missing"), false)
        .await
        .unwrap();
    let text = refresh_jwks(db, &fetcher(), &server.url("text"), false)
        .await
        .unwrap();
    let private = refresh_jwks(db, &fetcher(), &server.url("private"), false)
        .await
        .unwrap();
    let slow = refresh_jwks(db, &fetcher(), &server.url("slow"), false)
        .await
        .unwrap();

    let error = |entry: &jwks_cache::Model| entry.last_error.clone().unwrap_or_default();
    assert!(
        error(&missing).contains("returned status 404"),
        "{}",
        error(&missing)
    );
    assert!(error(&text).contains("not valid JSON"), "{}", error(&text));
    assert!(
        error(&private).contains("contains private key members (k)"),
        "{}",
        error(&private)
    );
    assert!(
        error(&slow).contains("timed out after 500 ms"),
        "{}",
        error(&slow)
    );
    assert_eq!(missing.body, None);
    assert_eq!(
        missing.expires_at - missing.fetched_at,
        Duration::minutes(1)
    );

    let url = server.url("rotating");
    refresh_jwks(db, &fetcher(), &url, false).await.unwrap();
    *server.rotating.lock().unwrap() = "{\"keys\": []}".to_owned();
    let failed = refresh_jwks(db, &fetcher(), &url, true).await.unwrap();
    assert!(
        error(&failed).contains("The “keys” array is empty"),
        "{}",
        error(&failed)
    );
    assert_eq!(failed.body, Some(case(RS384_SET)));

    *server.rotating.lock().unwrap() = case(RS384_SET);
    let recovered = refresh_jwks(db, &fetcher(), &url, true).await.unwrap();
    assert_eq!(recovered.last_error, None);
}
on_both_backends!(failures_described_and_last_keys_kept);

async fn tester_checks_registered_document(backend: Backend) {
    let database = fresh_database(backend).await;
    let (developer, app) = key_app(&database.db, &case(RS384_SET), None).await;
    let client = app_clients::find(&database.db, app.id, Environment::Sandbox)
        .await
        .unwrap()
        .unwrap();
    let test = |environment, assertion: String| {
        let db = database.db.clone();
        let developer = developer.clone();
        async move {
            test_client_assertion(
                &db,
                &fetcher(),
                TOKEN_ENDPOINT,
                &developer,
                app.id,
                environment,
                &assertion,
            )
            .await
        }
    };

    let report = test(Environment::Sandbox, case(RS384_JWT)).await.unwrap();
    let no_production = test(Environment::Production, case(RS384_JWT)).await;
    let empty = test(Environment::Sandbox, " ".to_owned()).await;

    assert_eq!(report.client_id, client.client_id);
    assert_eq!(
        report.kid.as_deref(),
        Some("eee9f17a3b598fd86417a980b591fbe6")
    );
    let problems = &report.problems;
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(
        matches!(&problems[0], AssertionProblem::NotClientId { claim, client_id, .. } if claim == "iss" && *client_id == client.client_id)
    );
    assert!(matches!(&problems[1], AssertionProblem::NotClientId { claim, .. } if claim == "sub"));
    assert!(
        matches!(&problems[2], AssertionProblem::WrongAudience { token_endpoint, .. } if token_endpoint == TOKEN_ENDPOINT)
    );
    assert!(matches!(&problems[3], AssertionProblem::Expired { .. }));
    assert!(no_production.is_err());
    assert!(empty.is_err());
}
on_both_backends!(tester_checks_registered_document);

async fn tester_uses_fetched_key_set(backend: Backend) {
    let database = fresh_database(backend).await;
    let server = start_key_server().await;
    let url = server.url("rotating");
    *server.rotating.lock().unwrap() = case(ES384_SET);
    let (developer, app) = key_app(&database.db, "", Some(url)).await;

    let report = test_client_assertion(
        &database.db,
        &fetcher(),
        TOKEN_ENDPOINT,
        &developer,
        app.id,
        Environment::Sandbox,
        &case(RS384_JWT),
    )
    .await
    .unwrap();

    assert_eq!(server.hits("rotating"), 1);
    assert!(
        matches!(&report.problems[0], AssertionProblem::UnknownKid { kid, .. } if kid == "eee9f17a3b598fd86417a980b591fbe6"),
        "{:?}",
        report.problems
    );
    assert!(!report
        .problems
        .iter()
        .any(|problem| matches!(problem, AssertionProblem::BadSignature { .. })));
    assert_eq!(report.keys.kids, vec!["cd520211e5661dbba2256f67f6d53f97"]);
}
on_both_backends!(tester_uses_fetched_key_set);

async fn tester_page_without_javascript(backend: Backend) {
    let database = fresh_database(backend).await;
    let router = crate::support::router(&database);
    let (_, app) = key_app(&database.db, &case(RS384_SET), None).await;
    let cookie = crate::support::people::sign_in(&router, "kai@example.com").await;
    let page_post = |assertion: &str| {
        let body = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("environment", "sandbox")
            .append_pair("assertion", assertion)
            .finish();
        axum::http::Request::post(format!("/apps/{}/assertion-test", app.id))
            .header(header::ORIGIN, crate::support::PORTAL_ORIGIN)
            .header(header::COOKIE, cookie.as_str())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(axum::body::Body::from(body))
            .unwrap()
    };
    let jwt = case(RS384_JWT);

    let checked = crate::support::apps::send(&router, page_post(jwt.trim())).await;
    let empty = crate::support::apps::send(&router, page_post("")).await;
    let status = crate::support::apps::send(
        &router,
        crate::support::apps::post_form(
            "load_jwks_status",
            &cookie,
            &[("app_id", &app.id.to_string())],
        ),
    )
    .await;

    assert_eq!(checked.status(), StatusCode::OK);
    let html = crate::support::apps::body_text(checked).await;
    assert!(
        html.contains("The OAuth server would reject this assertion (4 problems)"),
        "{html}"
    );
    assert!(
        html.contains("The assertion expired at 2015-01-29T22:01:00Z"),
        "{html}"
    );
    assert!(
        html.contains(jwt.trim()),
        "the pasted assertion is kept: {html}"
    );
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = crate::support::apps::body_text(empty).await;
    assert!(
        html.contains("assertion: Paste a client assertion"),
        "{html}"
    );
    let page = crate::support::apps::send(
        &router,
        crate::support::apps::get(&format!("/apps/{}", app.id), &cookie),
    )
    .await;
    let page = crate::support::apps::body_text(page).await;
    assert!(
        page.contains("The keys are the registered JWKS document."),
        "{page}"
    );
    assert!(page.contains("Check the assertion"), "{page}");
    let status: app::models::jwks::JwksStatus =
        serde_json::from_str(&crate::support::apps::body_text(status).await).unwrap();
    assert_eq!(status.url, None);
    assert_eq!(status.kids, vec!["eee9f17a3b598fd86417a980b591fbe6"]);
}
on_both_backends!(tester_page_without_javascript);
