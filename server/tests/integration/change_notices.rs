//! API change notices through the real router, database and SMTP server: a notice is
//! e-mailed to developers with an approved app and to nobody else, the e-mailed unsubscribe
//! link works, and the Atom feed is well-formed Atom 1.0.

use std::path::Path;
use std::time::Duration;

use crate::support::apps::{body_text, post_form, send};
use crate::support::maildev::{port_from_env, received_messages};
use crate::support::people::create_account;
use crate::support::submissions::{claimed_case, decision};
use crate::support::{
    credential_key, fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN,
};
use app::db::change_notices::recipients;
use app::domain::role::Role;
use app::services::calendar::ReviewClock;
use app::services::change_notices::{publish_notice, unsubscribe_token, NoticeForm};
use app::services::review::decide_submission;
use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use server::config::{OutboxSettings, SmtpSecurity, SmtpSettings};
use server::mail::Transport;
use server::workers::outbox::OutboxWorker;
use url::Url;
use uuid::Uuid;

/// Returns the addresses maildev received a message with `subject` for.
async fn addressees_of(api_port: u16, subject: &str) -> Vec<String> {
    received_messages(api_port)
        .await
        .into_iter()
        .filter(|message| message["subject"].as_str() == Some(subject))
        .filter_map(|message| message["to"][0]["address"].as_str().map(str::to_owned))
        .collect()
}

/// Publishes a notice titled `title` as a new platform administrator.
async fn publish(db: &sea_orm::DatabaseConnection, title: &str) -> usize {
    let admin_email = format!("ada-{}@veracity.example", Uuid::new_v4().simple());
    let admin = create_account(db, &admin_email, "Ada Admin", Role::PlatformAdministrator).await;
    let form = NoticeForm {
        title,
        body: "Patient searches now require a birth date.\nUpdate your queries.",
        effective_on: "2027-03-01",
    };

    let public_url = Url::parse(PORTAL_ORIGIN).unwrap();
    let (_, count) = publish_notice(db, &public_url, &credential_key(), &admin, form)
        .await
        .unwrap();
    count
}

/// Approves the claimed case's submission of a public client, on which every criterion
/// applies, making its developer a recipient.
async fn approve(db: &sea_orm::DatabaseConnection, case: &crate::support::submissions::ReviewCase) {
    let outcomes = ["met"; 6];
    decide_submission(
        db,
        &credential_key(),
        &ReviewClock::default(),
        &Url::parse(PORTAL_ORIGIN).unwrap(),
        &case.reviewer,
        case.submission.id,
        decision("approve", outcomes, &[]),
    )
    .await
    .unwrap();
}

async fn notice_reaches_only_approved_developers(backend: Backend) {
    let smtp_port = port_from_env("MAILDEV_SMTP_PORT");
    let api_port = port_from_env("MAILDEV_API_PORT");
    let database = fresh_database(backend).await;
    let db = &database.db;
    let case = claimed_case(db, "Harbor Charting", false).await;
    approve(db, &case).await;
    let other_email = format!("no-approved-app-{}@example.com", Uuid::new_v4().simple());
    let other = create_account(db, &other_email, "Omar Other", Role::Developer).await;
    crate::support::submissions::create_test_app(db, &other, "Draft Only", false).await;
    let title = format!("Search change {}", Uuid::new_v4().simple());

    let queued = publish(db, &title).await;

    assert_eq!(queued, 1);
    let settings = SmtpSettings {
        host: Some("127.0.0.1".to_owned()),
        port: smtp_port,
        security: SmtpSecurity::None,
        ..SmtpSettings::default()
    };
    let worker = OutboxWorker {
        db: db.clone(),
        transport: Transport::from_settings(&settings, Path::new("unused")).unwrap(),
        sender: settings.sender.clone(),
        settings: OutboxSettings::default(),
    };
    worker.deliver_due(chrono::Utc::now()).await.unwrap();
    let subject = format!("API change: {title}");
    let mut addressees = Vec::new();
    for _ in 0..50 {
        addressees = addressees_of(api_port, &subject).await;
        if !addressees.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(addressees, std::slice::from_ref(&case.developer.email));
    assert!(!addressees.contains(&other_email));
}
on_both_backends!(notice_reaches_only_approved_developers);

async fn unsubscribe_link_stops_notices(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let case = claimed_case(db, "Harbor Charting", false).await;
    approve(db, &case).await;
    let token = unsubscribe_token(&credential_key(), case.developer.id);

    let page = Request::get(format!("/changes/unsubscribe?token={token}"))
        .body(Body::empty())
        .unwrap();
    let confirm = body_text(send(&app, page).await).await;
    assert!(confirm.contains("Unsubscribe"), "{confirm}");
    assert_eq!(
        recipients(db).await.unwrap().len(),
        1,
        "opening the page unsubscribed"
    );

    let forged = format!(
        "{}.{}",
        Uuid::new_v4().simple(),
        token.split_once('.').unwrap().1
    );
    let rejected = send(
        &app,
        post_form("unsubscribe_change_notices", "", &[("token", &forged)]),
    )
    .await;
    assert_eq!(rejected.status(), StatusCode::BAD_REQUEST);
    assert_eq!(recipients(db).await.unwrap().len(), 1);

    let done = send(
        &app,
        post_form("unsubscribe_change_notices", "", &[("token", &token)]),
    )
    .await;
    assert!(
        done.status().is_success() || done.status().is_redirection(),
        "{}",
        done.status()
    );
    assert!(recipients(db).await.unwrap().is_empty());
    assert_eq!(publish(db, "After unsubscribing").await, 0);
}
on_both_backends!(unsubscribe_link_stops_notices);

async fn atom_feed_is_valid_atom(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    publish(&database.db, "Older <change> & more").await;
    publish(&database.db, "Newer change").await;

    let response = send(
        &app,
        Request::get("/changes.atom").body(Body::empty()).unwrap(),
    )
    .await;

    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()[header::CONTENT_TYPE]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("application/atom+xml"),
        "{content_type}"
    );
    let xml = body_text(response).await;
    let document = roxmltree::Document::parse(&xml).expect("the feed is well-formed XML");
    let feed = document.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(
        feed.tag_name().namespace(),
        Some("http://www.w3.org/2005/Atom")
    );
    for name in ["id", "title", "updated", "author"] {
        assert!(
            feed.children().any(|node| node.has_tag_name(name)),
            "feed has no {name}"
        );
    }
    let entries: Vec<_> = feed
        .children()
        .filter(|node| node.has_tag_name("entry"))
        .collect();
    assert_eq!(entries.len(), 2);
    for entry in &entries {
        for name in ["id", "title", "updated", "content", "link"] {
            assert!(
                entry.children().any(|node| node.has_tag_name(name)),
                "entry has no {name}"
            );
        }
    }
    let titles: Vec<_> = entries
        .iter()
        .filter_map(|entry| {
            entry
                .children()
                .find(|node| node.has_tag_name("title"))?
                .text()
        })
        .collect();
    assert_eq!(titles, ["Newer change", "Older <change> & more"]);
}
on_both_backends!(atom_feed_is_valid_atom);

async fn changes_page_lists_notices(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    publish(&database.db, "Bulk export arrives").await;

    let response = send(&app, Request::get("/changes").body(Body::empty()).unwrap()).await;

    assert_eq!(response.status(), StatusCode::OK);
    let page = body_text(response).await;
    assert!(page.contains("Bulk export arrives"));
    assert!(page.contains("/changes.atom"));
}
on_both_backends!(changes_page_lists_notices);
