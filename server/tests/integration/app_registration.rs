//! App registration through the real router and server functions: the published case
//! registrations get their verdicts, malformed values are rejected field by field with
//! what was typed kept, and only the app's developers reach it.

use crate::support::apps::{
    app_error, body_text, case_files, case_form, get, post_form, post_form_from_page, query_value,
    read_case, save_request, saved_app_id, send,
};
use crate::support::people::{create_account, sign_in};
use crate::support::portal_url;
use crate::support::{credential_key, fresh_database, on_both_backends, router, Backend};
use app::db::entities::app::Entity as AppEntity;
use app::domain::app_kind::AppKind;
use app::domain::registration::RegistrationInput;
use app::domain::role::Role;
use app::error::AppError;
use app::services::apps;
use axum::http::{header, StatusCode};
use axum::Router;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::Value;

/// Creates a developer and signs them in; returns the account and its session cookie.
async fn developer(
    database: &crate::support::TestDatabase,
    app: &Router,
    email: &str,
) -> (app::db::entities::account::Model, String) {
    let account = create_account(&database.db, email, "Dana Reyes", Role::Developer).await;
    let cookie = sign_in(app, email).await;
    (account, cookie)
}

fn fields(pairs: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
    pairs
        .iter()
        .map(|(name, value)| (*name, (*value).to_owned()))
        .collect()
}

async fn every_case_app_gets_its_verdict(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (account, cookie) = developer(&database, &app, "dana@example.com").await;

    for path in case_files("apps", ".json") {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let registration: Value = serde_json::from_str(&read_case(&path)).unwrap();
        let verdict = registration["x_expected_verdict"].as_str().unwrap();
        let form = case_form(&registration);
        let kind = AppKind::parse(&form[0].1).unwrap();

        // B2B registrations start from a clinic's link, which the server function for the
        // developer's dashboard does not accept, so they go through the service.
        let outcome: Result<(), AppError> = if kind == AppKind::System {
            apps::create_app(
                &database.db,
                &credential_key(),
                &portal_url(),
                &account,
                input_of(kind, &form),
            )
            .await
            .map(|_| ())
        } else {
            let response = send(&app, save_request(&cookie, &form)).await;
            if response.headers().contains_key(header::LOCATION) {
                let id = saved_app_id(&response);
                let stored = AppEntity::find_by_id(id)
                    .one(&database.db)
                    .await
                    .unwrap()
                    .unwrap();
                assert_eq!(stored.name.as_deref(), registration["client_name"].as_str());
                Ok(())
            } else {
                assert_eq!(
                    response.status(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "{name}"
                );
                Err(app_error(response).await)
            }
        };

        match verdict.get(..6) {
            Some("ACCEPT") => assert!(
                outcome.is_ok(),
                "{name}: expected {verdict}, got {outcome:?}"
            ),
            Some("REJECT") => {
                let error = outcome.expect_err(&name);
                assert!(error.field_message("scopes").is_some(), "{name}: {error:?}");
            }
            _ => panic!("{name}: unreadable verdict {verdict}"),
        }
    }
}
on_both_backends!(every_case_app_gets_its_verdict);

/// Builds the service input from the form fields of a case.
fn input_of(kind: AppKind, form: &[(&'static str, String)]) -> RegistrationInput {
    let value = |name: &str| {
        form.iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value.clone())
            .unwrap_or_default()
    };
    RegistrationInput {
        name: value("name"),
        client_type: value("client_type"),
        token_endpoint_auth_method: value("token_endpoint_auth_method"),
        redirect_uris: value("redirect_uris"),
        launch_uris: value("launch_uris"),
        scopes: value("scopes"),
        jwks_url: value("jwks_url"),
        jwks: value("jwks"),
        ..RegistrationInput::new(kind)
    }
}

/// Returns the form of a clinician-facing private_key_jwt app with `jwks` as its document.
fn app_with_jwks(jwks: &str) -> Vec<(&'static str, String)> {
    fields(&[
        ("kind", "clinician"),
        ("name", "Harbor Charting"),
        ("client_type", "confidential"),
        ("token_endpoint_auth_method", "private_key_jwt"),
        ("jwks", jwks),
    ])
}

async fn published_jwks_files_accepted(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;

    for path in case_files("jwks", ".public.json") {
        let response = send(
            &app,
            save_request(&cookie, &app_with_jwks(&read_case(&path))),
        )
        .await;

        assert!(
            response.headers().contains_key(header::LOCATION),
            "{}: {}",
            path.display(),
            body_text(response).await
        );
    }

    let trailing_comma = case_files("jwks", ".verbatim_trailing_comma.txt");
    let response = send(
        &app,
        save_request(&cookie, &app_with_jwks(&read_case(&trailing_comma[0]))),
    )
    .await;
    let message = app_error(response).await.field_message("jwks").unwrap();
    assert!(message.contains("line 8, column 1"), "{message}");
}
on_both_backends!(published_jwks_files_accepted);

/// Returns a published JWKS document as JSON.
fn published_jwks() -> Value {
    let path = &case_files("jwks", "hl7_smart_app_launch_ES384.public.json")[0];
    serde_json::from_str(&read_case(path)).unwrap()
}

async fn jwks_with_private_key_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let mut jwks = published_jwks();
    jwks["keys"][0]["d"] = Value::from("bm90IGEgcmVhbCBwcml2YXRlIGtleQ");

    let response = send(
        &app,
        save_request(&cookie, &app_with_jwks(&jwks.to_string())),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let message = app_error(response).await.field_message("jwks").unwrap();
    assert!(message.contains("private key members (d)"), "{message}");
    assert!(message.contains("generate a new key pair"), "{message}");
    assert_eq!(AppEntity::find().count(&database.db).await.unwrap(), 0);
}
on_both_backends!(jwks_with_private_key_rejected);

async fn jwks_with_duplicate_kid_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let mut jwks = published_jwks();
    let key = jwks["keys"][0].clone();
    jwks["keys"].as_array_mut().unwrap().push(key);

    let response = send(
        &app,
        save_request(&cookie, &app_with_jwks(&jwks.to_string())),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let message = app_error(response).await.field_message("jwks").unwrap();
    assert!(
        message.contains("More than one key has the kid"),
        "{message}"
    );
}
on_both_backends!(jwks_with_duplicate_kid_rejected);

/// A value for each field of the form that a draft save rejects.
const BAD_VALUES: [(&str, &str); 11] = [
    (
        "name",
        "Harbor Health Records for Patients and Families of the North Atlantic Coast Community Clinics Network",
    ),
    ("homepage_url", "http://harbor.example.com"),
    ("support_email", "support-at-harbor"),
    ("client_type", "secret"),
    ("redirect_uris", "https://harbor.example.com/callback#done"),
    ("launch_uris", "http://harbor.example.com/launch"),
    ("scopes", "patient/Observation.read user/Patient.rs"),
    ("jwks_url", "http://harbor.example.com/jwks.json"),
    ("jwks", "{\"keys\": []}"),
    ("privacy_policy_url", "harbor.example.com/privacy"),
    ("terms_of_service_url", "ftp://harbor.example.com/terms"),
];

async fn every_bad_field_named(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let mut form = fields(&[("kind", "patient"), ("token_endpoint_auth_method", "none")]);
    form.extend(fields(&BAD_VALUES));
    form.push(("data_sharing", "x".repeat(2001)));

    let response = send(&app, save_request(&cookie, &form)).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error = app_error(response).await;
    for (name, _) in BAD_VALUES {
        assert!(error.field_message(name).is_some(), "{name}: {error:?}");
    }
    assert!(error.field_message("data_sharing").is_some(), "{error:?}");
    assert!(error
        .field_message("privacy_policy_url")
        .unwrap()
        .contains("https URL"));
    assert!(error
        .field_messages("scopes")
        .iter()
        .any(|message| message.contains("user-level scope")));
}
on_both_backends!(every_bad_field_named);

async fn rejected_form_keeps_typed_values_without_javascript(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let mut jwks = published_jwks();
    jwks["keys"][0]["d"] = Value::from("c2VjcmV0");
    let form = [
        ("kind", "patient"),
        ("name", "Harbor Health Records"),
        (
            "redirect_uris",
            "https://harbor.example.com/cb#x\nhttps://harbor.example.com/cb2",
        ),
        ("scopes", "launch/patient patient/read"),
        ("attest_pkce_s256", "true"),
        ("jwks", &jwks.to_string()),
    ];
    let request = post_form_from_page(
        "save_app_registration",
        &cookie,
        "/apps/new?kind=patient",
        &form,
    );

    let response = send(&app, request).await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[header::LOCATION].to_str().unwrap();
    let page = url::Url::parse(location).unwrap();
    let value = |name: &str| query_value(location, name);
    assert_eq!(page.path(), "/apps/new");
    assert_eq!(value("kind").as_deref(), Some("patient"));
    assert_eq!(value("name").as_deref(), Some("Harbor Health Records"));
    assert_eq!(
        value("redirect_uris").as_deref(),
        Some("https://harbor.example.com/cb#x\nhttps://harbor.example.com/cb2")
    );
    assert_eq!(
        value("scopes").as_deref(),
        Some("launch/patient patient/read")
    );
    assert_eq!(value("attest_pkce_s256").as_deref(), Some("true"));
    assert_eq!(value("attest_openid_connect").as_deref(), Some("false"));
    assert_eq!(value("jwks"), None, "a private key never travels in a URL");
    assert!(!location.contains("c2VjcmV0"));
    assert!(value("__err").is_some());
}
on_both_backends!(rejected_form_keeps_typed_values_without_javascript);

async fn other_developer_forbidden(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, owner) = developer(&database, &app, "dana@example.com").await;
    let (_, stranger) = developer(&database, &app, "sam@example.com").await;
    let form = fields(&[
        ("kind", "patient"),
        ("name", "Harbor Health Records"),
        ("client_type", "public"),
        ("token_endpoint_auth_method", "none"),
    ]);
    let id = saved_app_id(&send(&app, save_request(&owner, &form)).await).to_string();

    let load = send(&app, post_form("load_app", &stranger, &[("app_id", &id)])).await;
    assert_eq!(load.status(), StatusCode::FORBIDDEN);
    let mut edit = form.clone();
    edit.push(("app_id", id.clone()));
    let save = send(&app, save_request(&stranger, &edit)).await;
    assert_eq!(save.status(), StatusCode::FORBIDDEN);
    let issue = send(
        &app,
        post_form("issue_sandbox_secret", &stranger, &[("app_id", &id)]),
    )
    .await;
    assert_eq!(issue.status(), StatusCode::FORBIDDEN);
    let page = get(&format!("/apps/{id}"), &stranger);
    assert_eq!(send(&app, page).await.status(), StatusCode::FORBIDDEN);

    let list = send(&app, post_form("list_apps", &stranger, &[])).await;
    assert_eq!(body_text(list).await, "[]");
    let own = send(&app, post_form("load_app", &owner, &[("app_id", &id)])).await;
    assert_eq!(own.status(), StatusCode::OK);
}
on_both_backends!(other_developer_forbidden);

async fn dashboard_rejects_b2b_kind(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let form = fields(&[
        ("kind", "system"),
        ("client_type", "confidential"),
        ("token_endpoint_auth_method", "private_key_jwt"),
    ]);

    let response = send(&app, save_request(&cookie, &form)).await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let message = app_error(response).await.field_message("kind").unwrap();
    assert!(message.contains("registration link"), "{message}");
}
on_both_backends!(dashboard_rejects_b2b_kind);

async fn app_page_shows_credentials_and_checklist(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let (_, cookie) = developer(&database, &app, "dana@example.com").await;
    let form = fields(&[
        ("kind", "patient"),
        ("name", "Harbor Health Records"),
        ("client_type", "public"),
        ("token_endpoint_auth_method", "none"),
        ("scopes", "launch/patient patient/Observation.read"),
    ]);
    let id = saved_app_id(&send(&app, save_request(&cookie, &form)).await);
    let stored = AppEntity::find_by_id(id)
        .one(&database.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.scopes.as_deref(),
        Some("launch/patient patient/Observation.read")
    );

    let request = get(&format!("/apps/{id}"), &cookie);
    let response = send(&app, request).await;

    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains("Harbor Health Records"), "{html}");
    assert!(html.contains(r#"id="sandbox-client-id""#), "{html}");
    assert!(html.contains("Enter at least one redirect URI."), "{html}");
    assert!(
        html.contains("patient/Observation.rs"),
        "the v2 meaning: {html}"
    );
    assert!(html.contains("Registered the app as a draft"), "{html}");

    let dashboard = get("/apps", &cookie);
    let html = body_text(send(&app, dashboard).await).await;
    assert!(html.contains("Harbor Health Records"), "{html}");
    assert!(html.contains("Sandbox"), "{html}");
    assert!(html.contains("Draft"), "{html}");
}
on_both_backends!(app_page_shows_credentials_and_checklist);
