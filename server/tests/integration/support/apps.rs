//! Registrations for tests: the form the registration page posts, built from fields or
//! from a case file's RFC 7591 registration, and readers of the server function's response.

use std::path::{Path, PathBuf};

use app::domain::registration::rfc7591::registration_from_rfc7591;
use app::domain::role::Role;
use app::error::AppError;
use axum::body::Body;
use axum::http::{header, HeaderValue, Request, Response};
use axum::Router;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;
use uuid::Uuid;

use super::people::{create_account, sign_in};
use super::{TestDatabase, PORTAL_ORIGIN};

/// Returns the folder of the published registration cases the domain tests also use.
pub fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/tests/cases")
}

/// Lists the case files in `folder` whose names end with `suffix`, sorted by name.
pub fn case_files(folder: &str, suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(cases_dir().join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no {suffix} files in {folder}");
    files
}

pub fn read_case(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Converts an RFC 7591 registration to the registration form's fields that the case files
/// fill in.
pub fn case_form(registration: &Value) -> Vec<(&'static str, String)> {
    let input = registration_from_rfc7591(registration);

    vec![
        ("kind", input.kind.as_str().to_owned()),
        ("name", input.name),
        ("client_type", input.client_type),
        (
            "token_endpoint_auth_method",
            input.token_endpoint_auth_method,
        ),
        ("redirect_uris", input.redirect_uris),
        ("launch_uris", input.launch_uris),
        ("scopes", input.scopes),
        ("jwks_url", input.jwks_url),
        ("jwks", input.jwks),
    ]
}

/// Builds a POST of the registration form to the save server function, as the page's
/// script sends it.
pub fn save_request(cookie: &str, fields: &[(&str, String)]) -> Request<Body> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields.iter().map(|(name, value)| (*name, value.as_str())))
        .finish();

    Request::post("/api/save_app_registration")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

/// Builds a POST of `fields` to the server function `endpoint`.
pub fn post_form(endpoint: &str, cookie: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields.iter().copied())
        .finish();

    Request::post(format!("/api/{endpoint}"))
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::COOKIE, cookie)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap()
}

/// Builds a POST of `fields` to the server function `endpoint` as a browser without
/// JavaScript sends it from the page at `page`, a path with its query: it accepts HTML and
/// names the page in `Referer`.
pub fn post_form_from_page(
    endpoint: &str,
    cookie: &str,
    page: &str,
    fields: &[(&str, &str)],
) -> Request<Body> {
    let mut request = post_form(endpoint, cookie, fields);
    let referer = format!("{PORTAL_ORIGIN}{page}");

    let headers = request.headers_mut();
    headers.insert(header::ACCEPT, HeaderValue::from_static("text/html"));
    headers.insert(header::REFERER, HeaderValue::from_str(&referer).unwrap());
    request
}

/// Returns the value of `name` in the query of the absolute URL `location`.
pub fn query_value(location: &str, name: &str) -> Option<String> {
    url::Url::parse(location)
        .unwrap()
        .query_pairs()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

/// Returns the ID of the app a successful save redirected to.
pub fn saved_app_id(response: &Response<Body>) -> Uuid {
    let location = response
        .headers()
        .get(header::LOCATION)
        .unwrap_or_else(|| panic!("no redirect after the save ({})", response.status()))
        .to_str()
        .unwrap();
    let id = location
        .strip_prefix("/apps/")
        .and_then(|rest| rest.split('?').next())
        .unwrap_or_else(|| panic!("unexpected redirect {location}"));
    id.parse().unwrap()
}

pub async fn body_text(response: Response<Body>) -> String {
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// Reads the error a server function returned.
pub async fn app_error(response: Response<Body>) -> AppError {
    let text = body_text(response).await;
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{error}: {text}"))
}

/// Sends one request to the router.
pub async fn send(app: &Router, request: Request<Body>) -> Response<Body> {
    app.clone().oneshot(request).await.unwrap()
}

/// Builds a GET of `path` with the session cookie.
pub fn get(path: &str, cookie: &str) -> Request<Body> {
    Request::get(path)
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap()
}

/// Returns the form of a public patient-facing app named `name`.
pub fn public_app(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "patient".to_owned()),
        ("name", name.to_owned()),
        ("client_type", "public".to_owned()),
        ("token_endpoint_auth_method", "none".to_owned()),
    ]
}

/// Creates a developer at `email`, signs them in and saves `form` as a new app; returns the
/// session cookie and the app's ID.
pub async fn developer_with_app(
    database: &TestDatabase,
    app: &Router,
    email: &str,
    form: &[(&str, String)],
) -> (String, String) {
    create_account(&database.db, email, "Dana Reyes", Role::Developer).await;
    let cookie = sign_in(app, email).await;
    let id = saved_app_id(&send(app, save_request(&cookie, form)).await);
    (cookie, id.to_string())
}
