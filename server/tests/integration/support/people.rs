//! Accounts for tests, created straight through the storage layer, and signing them in
//! through the real sign-in server function.

use app::db::accounts::{self, NewAccount};
use app::db::entities::account;
use app::domain::email_address::EmailAddress;
use app::domain::role::Role;
use axum::body::Body;
use axum::http::{header, Request};
use axum::Router;
use sea_orm::DatabaseConnection;
use tower::ServiceExt;

use super::PORTAL_ORIGIN;

/// The password of every account these helpers create.
pub const PASSWORD: &str = "quiet harbor lantern 42";

/// Creates a signed-up account with a verified e-mail address.
pub async fn create_account(
    db: &DatabaseConnection,
    email: &str,
    name: &str,
    role: Role,
) -> account::Model {
    let password_hash = app::services::passwords::hash_password(PASSWORD.to_owned())
        .await
        .unwrap();

    accounts::insert(
        db,
        NewAccount {
            email: EmailAddress::parse(email).unwrap(),
            display_name: name.to_owned(),
            password_hash: Some(password_hash),
            role,
            clinic_id: None,
            email_verified_at: Some(chrono::Utc::now()),
        },
    )
    .await
    .unwrap()
}

/// The e-mail address of the platform administrator [`platform_administrator`] creates.
pub const ADMIN_EMAIL: &str = "ada@veracity.example";

/// Creates the platform administrator Ada Admin.
pub async fn platform_administrator(db: &DatabaseConnection) -> account::Model {
    create_account(db, ADMIN_EMAIL, "Ada Admin", Role::PlatformAdministrator).await
}

/// Signs in through the sign-in server function and returns the `Cookie` header value.
pub async fn sign_in(app: &Router, email: &str) -> String {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("email", email)
        .append_pair("password", PASSWORD)
        .finish();
    let request = Request::post("/api/sign_in")
        .header(header::ORIGIN, PORTAL_ORIGIN)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(body))
        .unwrap();

    let response = app.clone().oneshot(request).await.unwrap();
    let cookie = response
        .headers()
        .get(header::SET_COOKIE)
        .unwrap_or_else(|| panic!("sign-in of {email} failed with {}", response.status()))
        .to_str()
        .unwrap();
    cookie.split(';').next().unwrap().to_owned()
}
