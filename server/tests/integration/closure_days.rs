//! Closure days through the services, the server functions and the real database: a
//! platform administrator adds and removes them, other roles are rejected, invalid dates
//! are rejected under the date field, and due dates skip them.

use crate::support::apps::{body_text, get, post_form, post_form_from_page, query_value, send};
use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router, Backend, PORTAL_ORIGIN};
use app::db::audit;
use app::db::entities::account;
use app::domain::calendar::{add_business_days, federal_holidays, next_business_day};
use app::domain::role::Role;
use app::error::AppError;
use app::services::calendar::{self, ReviewClock};
use axum::http::{header, StatusCode};
use chrono::{DateTime, Datelike, Days, NaiveDate, TimeZone, Utc, Weekday};

/// Returns the clock's date today.
fn today() -> NaiveDate {
    ReviewClock::default().date_at(Utc::now())
}

/// Returns a business day about two months ahead, so the tests never depend on the date
/// they run.
fn future_business_day() -> NaiveDate {
    next_business_day(today() + Days::new(60), &[])
}

/// Returns the first Saturday at least a week ahead.
fn future_saturday() -> NaiveDate {
    (today() + Days::new(7))
        .iter_days()
        .find(|day| day.weekday() == Weekday::Sat)
        .unwrap()
}

/// Returns next year's observed Independence Day, always a weekday.
fn future_holiday() -> NaiveDate {
    federal_holidays(today().year() + 1)
        .into_iter()
        .find(|holiday| holiday.name() == "Independence Day")
        .unwrap()
        .observed
}

/// Returns 10:00 on `date` in the clock's time zone.
fn morning_of(date: NaiveDate) -> DateTime<Utc> {
    let local = date.and_hms_opt(10, 0, 0).unwrap();

    ReviewClock::default()
        .time_zone
        .from_local_datetime(&local)
        .single()
        .unwrap()
        .with_timezone(&Utc)
}

async fn create_admin(db: &sea_orm::DatabaseConnection) -> account::Model {
    create_account(
        db,
        "pat@veracity.example",
        "Pat Admin",
        Role::PlatformAdministrator,
    )
    .await
}

async fn add(
    db: &sea_orm::DatabaseConnection,
    admin: &account::Model,
    date: &str,
    reason: &str,
) -> Result<NaiveDate, AppError> {
    calendar::add_closure_day(db, &ReviewClock::default(), admin, date, reason)
        .await
        .map(|day| day.date)
}

async fn admin_adds_and_removes_closure_day(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = create_account(
        db,
        "pat@veracity.example",
        "Pat Admin",
        Role::PlatformAdministrator,
    )
    .await;
    let date = future_business_day();

    let added = add(db, &admin, &date.to_string(), "  Vendor shutdown ")
        .await
        .unwrap();

    assert_eq!(added, date);
    let listed = calendar::list_closure_days(db).await.unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].reason, "Vendor shutdown");
    assert_eq!(listed[0].created_by, admin.id);

    calendar::remove_closure_day(db, &admin, date)
        .await
        .unwrap();

    assert!(calendar::list_closure_days(db).await.unwrap().is_empty());
    let events = audit::list_for_subject(db, "closure_day", &date.to_string())
        .await
        .unwrap();
    let actions: Vec<&str> = events.iter().map(|event| event.action.as_str()).collect();
    assert_eq!(actions, ["closure_day.added", "closure_day.removed"]);
    assert_eq!(events[0].actor_account_id, Some(admin.id));
    assert_eq!(
        events[1].before.as_ref().unwrap()["reason"],
        "Vendor shutdown"
    );
    assert_eq!(
        calendar::remove_closure_day(db, &admin, date).await,
        Err(AppError::NotFound)
    );
}
on_both_backends!(admin_adds_and_removes_closure_day);

async fn closure_day_rejected_for_other_roles(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let app = router(&database);
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let date = future_business_day().to_string();

    let refused = add(db, &reviewer, &date, "Vendor shutdown").await;

    assert_eq!(refused, Err(AppError::Forbidden));
    let cookie = sign_in(&app, "dana@acme.example").await;
    let fields = [("date", date.as_str()), ("reason", "Vendor shutdown")];
    let response = send(&app, post_form("add_closure_day", &cookie, &fields)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    let response = send(&app, get("/admin/closure-days", &cookie)).await;
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(calendar::list_closure_days(db).await.unwrap().is_empty());
}
on_both_backends!(closure_day_rejected_for_other_roles);

async fn closure_day_invalid_dates_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = create_admin(db).await;
    let existing = future_business_day();
    add(db, &admin, &existing.to_string(), "Vendor shutdown")
        .await
        .unwrap();
    let yesterday = today() - Days::new(1);
    let cases = [
        (future_saturday().to_string(), "is a Saturday"),
        (future_holiday().to_string(), "Independence Day observed"),
        (existing.to_string(), "already a closure day"),
        (yesterday.to_string(), "in the past"),
        ("03/15/2030".to_owned(), "YYYY-MM-DD"),
        (String::new(), "YYYY-MM-DD"),
    ];

    for (date, expected) in cases {
        let error = add(db, &admin, &date, "Office closed").await.unwrap_err();

        let message = error.field_message("date").unwrap_or_default();
        assert!(message.contains(expected), "{date:?}: {error:?}");
        assert_eq!(error.field_message("reason"), None, "{date:?}");
    }
    assert_eq!(calendar::list_closure_days(db).await.unwrap().len(), 1);
}
on_both_backends!(closure_day_invalid_dates_rejected);

async fn closure_day_reason_required(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let admin = create_admin(db).await;
    let saturday = future_saturday().to_string();

    let error = add(db, &admin, &saturday, "   ").await.unwrap_err();

    assert!(error.field_message("date").unwrap().contains("Saturday"));
    assert!(error
        .field_message("reason")
        .unwrap()
        .contains("Enter the reason"));
    let long = "x".repeat(201);
    let error = add(db, &admin, &future_business_day().to_string(), &long)
        .await
        .unwrap_err();
    assert!(error
        .field_message("reason")
        .unwrap()
        .contains("200 characters"));
    assert!(calendar::list_closure_days(db).await.unwrap().is_empty());
}
on_both_backends!(closure_day_reason_required);

async fn closure_day_form_without_javascript(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    create_admin(&database.db).await;
    let cookie = sign_in(&app, "pat@veracity.example").await;
    let saturday = future_saturday().to_string();
    let fields = [("date", saturday.as_str()), ("reason", "Vendor shutdown")];
    let request = post_form_from_page("add_closure_day", &cookie, "/admin/closure-days", &fields);

    let response = send(&app, request).await;

    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()[header::LOCATION].to_str().unwrap();
    let page = url::Url::parse(location).unwrap();
    let value = |name: &str| query_value(location, name);
    assert_eq!(page.path(), "/admin/closure-days");
    assert_eq!(value("date"), Some(saturday.clone()));
    assert_eq!(value("reason").as_deref(), Some("Vendor shutdown"));

    let path = &location[PORTAL_ORIGIN.len()..];
    let html = body_text(send(&app, get(path, &cookie)).await).await;
    assert!(html.contains("is a Saturday"), "{html}");
    assert!(html.contains(r#"value="Vendor shutdown""#), "{html}");
    assert!(html.contains(&format!(r#"value="{saturday}""#)), "{html}");
}
on_both_backends!(closure_day_form_without_javascript);

async fn closure_days_page_lists_days_and_holidays(backend: Backend) {
    let database = fresh_database(backend).await;
    let app = router(&database);
    let db = &database.db;
    let admin = create_admin(db).await;
    add(
        db,
        &admin,
        &future_business_day().to_string(),
        "Vendor shutdown",
    )
    .await
    .unwrap();
    let cookie = sign_in(&app, "pat@veracity.example").await;

    let response = send(&app, get("/admin/closure-days", &cookie)).await;

    assert_eq!(response.status(), StatusCode::OK);
    let html = body_text(response).await;
    assert!(html.contains("Vendor shutdown"), "{html}");
    assert!(html.contains("Thanksgiving Day"), "{html}");
    assert!(html.contains("America/New_York"), "{html}");
}
on_both_backends!(closure_days_page_lists_days_and_holidays);

async fn due_date_for_skips_closure_day(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let clock = ReviewClock::default();
    let admin = create_admin(db).await;
    let received = future_business_day();
    let received_at = morning_of(received);
    let closure = next_business_day(received, &[]);
    let before = calendar::due_date_for(db, &clock, received_at, 5)
        .await
        .unwrap();
    assert_eq!(before, add_business_days(received, 5, &[]));

    add(db, &admin, &closure.to_string(), "Vendor shutdown")
        .await
        .unwrap();

    let after = calendar::due_date_for(db, &clock, received_at, 5)
        .await
        .unwrap();
    assert_eq!(after, next_business_day(before, &[]));
    assert_ne!(after, closure);
}
on_both_backends!(due_date_for_skips_closure_day);
