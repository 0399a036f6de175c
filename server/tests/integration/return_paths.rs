//! A developer who starts on a portal page while signed out, such as a clinic's
//! registration link, comes back to it through sign-up, e-mail verification, sign-in and
//! the developer agreement. A path to another host never rides along.

use crate::support::apps::{post_form_from_page, send};
use crate::support::people::{create_account, platform_administrator, PASSWORD};
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::db::entities::email_outbox;
use app::domain::role::Role;
use app::services::agreement::publish_version;
use axum::http::header;
use axum::Router;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

const LINK: &str = "/register/b2b/Zm9vYmFy-link";

/// Posts a form as a browser without JavaScript and returns the `Location` it gets.
async fn location(app: &Router, endpoint: &str, page: &str, fields: &[(&str, &str)]) -> String {
    let response = send(app, post_form_from_page(endpoint, "", page, fields)).await;
    let status = response.status();

    response
        .headers()
        .get(header::LOCATION)
        .unwrap_or_else(|| panic!("{endpoint} responded {status} without a Location"))
        .to_str()
        .unwrap()
        .to_owned()
}

/// Returns the verification link mailed to `email`, from its token to the end of the line.
async fn verification_link(db: &DatabaseConnection, email: &str) -> String {
    let message = email_outbox::Entity::find()
        .filter(email_outbox::Column::Recipient.eq(email))
        .one(db)
        .await
        .unwrap()
        .expect("no message to the new developer");
    let start = message.text_body.find("verify-email?token=").unwrap();

    message.text_body[start..]
        .lines()
        .next()
        .unwrap()
        .to_owned()
}

/// Returns the value of `name` in the query of `link`, decoded.
fn query(link: &str, name: &str) -> Option<String> {
    let (_, query) = link.split_once('?')?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

async fn sign_up_returns_to_the_link(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let page = format!("/sign-up?next={LINK}");
    let sign_up = [
        ("display_name", "Bo Backend"),
        ("email", "bo@example.com"),
        ("password", PASSWORD),
        ("next", LINK),
    ];

    location(&app, "sign_up", &page, &sign_up).await;
    let link = verification_link(db, "bo@example.com").await;
    assert_eq!(query(&link, "next").as_deref(), Some(LINK), "{link}");

    let token = query(&link, "token").unwrap();
    let verified = location(
        &app,
        "verify_email",
        "/verify-email",
        &[("token", &token), ("next", LINK)],
    )
    .await;
    assert_eq!(
        query(&verified, "verified").as_deref(),
        Some("1"),
        "{verified}"
    );
    assert_eq!(
        query(&verified, "next").as_deref(),
        Some(LINK),
        "{verified}"
    );

    let signed_in = location(
        &app,
        "sign_in",
        &verified,
        &[
            ("email", "bo@example.com"),
            ("password", PASSWORD),
            ("next", LINK),
        ],
    )
    .await;
    assert_eq!(signed_in, LINK);
}
on_both_backends!(sign_up_returns_to_the_link);

async fn another_host_is_dropped(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let elsewhere = "https://example.com/register";
    let sign_up = [
        ("display_name", "Eve Elsewhere"),
        ("email", "eve@example.com"),
        ("password", PASSWORD),
        ("next", elsewhere),
    ];

    location(&app, "sign_up", "/sign-up", &sign_up).await;
    let link = verification_link(db, "eve@example.com").await;
    assert_eq!(query(&link, "next"), None, "{link}");

    let token = query(&link, "token").unwrap();
    let verified = location(
        &app,
        "verify_email",
        "/verify-email",
        &[("token", &token), ("next", elsewhere)],
    )
    .await;
    assert_eq!(verified, "/sign-in?verified=1");
}
on_both_backends!(another_host_is_dropped);

async fn pending_agreement_keeps_the_link(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let admin = platform_administrator(db).await;
    create_account(db, "dana@example.com", "Dana Reyes", Role::Developer).await;
    publish_version(db, &admin, "Terms.", "2027-01-01")
        .await
        .unwrap();

    let fields = [
        ("email", "dana@example.com"),
        ("password", PASSWORD),
        ("next", LINK),
    ];
    let signed_in = location(&app, "sign_in", "/sign-in", &fields).await;

    assert_eq!(signed_in, format!("/agreement?next={LINK}"));
}
on_both_backends!(pending_agreement_keeps_the_link);
