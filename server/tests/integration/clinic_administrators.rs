//! Clinics and their administrators over HTTP and the real database: platform
//! administrators create clinics, clinic administrators invite and remove the
//! administrators of their own clinic, and an administrator of another clinic gets 403.

use crate::support::apps::{app_error, post_form, send};
use crate::support::clinics::{clinic_administrator, new_clinic};
use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::db::accounts;
use app::db::audit::list_for_subject;
use app::db::entities::{clinic, email_outbox};
use app::domain::role::Role;
use app::services::clinic_administrators::remove_clinic_administrator;
use axum::http::StatusCode;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

async fn mail_to(db: &DatabaseConnection, recipient: &str) -> Vec<email_outbox::Model> {
    email_outbox::Entity::find()
        .filter(email_outbox::Column::Recipient.eq(recipient))
        .all(db)
        .await
        .unwrap()
}

async fn platform_administrator_creates_clinic(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    create_account(
        db,
        "pat@veracity.example",
        "Pat Admin",
        Role::PlatformAdministrator,
    )
    .await;
    let app = router(&database);
    let cookie = sign_in(&app, "pat@veracity.example").await;

    let response = send(
        &app,
        post_form(
            "create_clinic",
            &cookie,
            &[
                ("name", "Lakeside Family Practice"),
                ("address", "12 Harbor Road\nPortland, ME 04101"),
                ("npi", "1407071236"),
                ("time_zone", "America/Chicago"),
            ],
        ),
    )
    .await;

    assert!(response.status().is_redirection() || response.status().is_success());
    let clinics = clinic::Entity::find().all(db).await.unwrap();
    assert_eq!(clinics.len(), 1);
    assert_eq!(clinics[0].npi.as_deref(), Some("1407071236"));
    assert_eq!(clinics[0].time_zone, "America/Chicago");
}
on_both_backends!(platform_administrator_creates_clinic);

async fn invalid_clinic_names_fields(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    create_account(
        db,
        "pat@veracity.example",
        "Pat Admin",
        Role::PlatformAdministrator,
    )
    .await;
    let app = router(&database);
    let cookie = sign_in(&app, "pat@veracity.example").await;

    let response = send(
        &app,
        post_form(
            "create_clinic",
            &cookie,
            &[
                ("name", ""),
                ("address", "12 Harbor Road"),
                ("npi", "123"),
                ("time_zone", "Mars/Base"),
            ],
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error = app_error(response).await;
    assert!(error.field_message("name").is_some(), "{error:?}");
    assert!(error.field_message("npi").is_some(), "{error:?}");
    assert!(error.field_message("time_zone").unwrap().contains("IANA"));
    assert!(clinic::Entity::find().all(db).await.unwrap().is_empty());
}
on_both_backends!(invalid_clinic_names_fields);

async fn clinic_administrator_cannot_create_clinic(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let app = router(&database);
    let cookie = sign_in(&app, "lena@lakeside.example").await;

    let response = send(
        &app,
        post_form(
            "create_clinic",
            &cookie,
            &[("name", "Other"), ("address", "1 Main St")],
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
}
on_both_backends!(clinic_administrator_cannot_create_clinic);

async fn administrator_invites_colleague(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let app = router(&database);
    let cookie = sign_in(&app, "lena@lakeside.example").await;
    let clinic_id = lakeside.id.to_string();

    let response = send(
        &app,
        post_form(
            "invite_clinic_administrator",
            &cookie,
            &[
                ("clinic_id", &clinic_id),
                ("email", "omar@lakeside.example"),
                ("display_name", "Omar Diaz"),
            ],
        ),
    )
    .await;

    assert!(response.status().is_redirection() || response.status().is_success());
    let email = app::domain::email_address::EmailAddress::parse("omar@lakeside.example").unwrap();
    let invited = accounts::find_by_email(db, &email).await.unwrap().unwrap();
    assert_eq!(invited.role, Role::ClinicAdministrator.as_str());
    assert_eq!(invited.clinic_id, Some(lakeside.id));
    assert_eq!(invited.password_hash, None);
    let mail = mail_to(db, "omar@lakeside.example").await;
    assert_eq!(mail.len(), 1);
    assert!(mail[0].text_body.contains("accept-invitation?token="));
}
on_both_backends!(administrator_invites_colleague);

async fn invitation_for_other_clinic_is_403(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    let hillcrest = new_clinic(db, "Hillcrest Pediatrics", None).await;
    clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let app = router(&database);
    let cookie = sign_in(&app, "lena@lakeside.example").await;
    let hillcrest_id = hillcrest.id.to_string();

    let response = send(
        &app,
        post_form(
            "invite_clinic_administrator",
            &cookie,
            &[
                ("clinic_id", &hillcrest_id),
                ("email", "eve@else.example"),
                ("display_name", "Eve"),
            ],
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(mail_to(db, "eve@else.example").await.is_empty());
}
on_both_backends!(invitation_for_other_clinic_is_403);

async fn administrator_removes_colleague(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    let lena = clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let omar = clinic_administrator(db, "omar@lakeside.example", &lakeside).await;

    remove_clinic_administrator(db, &lena, lakeside.id, omar.id)
        .await
        .unwrap();

    let removed = accounts::find_by_id(db, omar.id).await.unwrap().unwrap();
    assert_eq!(removed.role, Role::Developer.as_str());
    assert_eq!(removed.clinic_id, None);
    let audit = list_for_subject(db, "account", &omar.id.to_string())
        .await
        .unwrap();
    let event = audit
        .iter()
        .find(|event| event.action == "account.clinic_administrator_removed")
        .expect("the removal is audited");
    assert_eq!(event.actor_account_id, Some(lena.id));
    assert_eq!(
        event.before.as_ref().unwrap()["clinic_id"],
        lakeside.id.to_string()
    );
    assert_eq!(event.after.as_ref().unwrap()["role"], "developer");
}
on_both_backends!(administrator_removes_colleague);

async fn removal_limits(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    let hillcrest = new_clinic(db, "Hillcrest Pediatrics", None).await;
    let lena = clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let hana = clinic_administrator(db, "hana@hillcrest.example", &hillcrest).await;
    let app = router(&database);
    let cookie = sign_in(&app, "lena@lakeside.example").await;

    let other_clinic = send(
        &app,
        post_form(
            "remove_clinic_administrator",
            &cookie,
            &[
                ("clinic_id", &hillcrest.id.to_string()),
                ("account_id", &hana.id.to_string()),
            ],
        ),
    )
    .await;
    let not_ours = send(
        &app,
        post_form(
            "remove_clinic_administrator",
            &cookie,
            &[
                ("clinic_id", &lakeside.id.to_string()),
                ("account_id", &hana.id.to_string()),
            ],
        ),
    )
    .await;
    let yourself = send(
        &app,
        post_form(
            "remove_clinic_administrator",
            &cookie,
            &[
                ("clinic_id", &lakeside.id.to_string()),
                ("account_id", &lena.id.to_string()),
            ],
        ),
    )
    .await;

    assert_eq!(other_clinic.status(), StatusCode::FORBIDDEN);
    assert_eq!(not_ours.status(), StatusCode::NOT_FOUND);
    assert_eq!(yourself.status(), StatusCode::BAD_REQUEST);
    let hana_now = accounts::find_by_id(db, hana.id).await.unwrap().unwrap();
    assert_eq!(hana_now.clinic_id, Some(hillcrest.id));
    let lena_now = accounts::find_by_id(db, lena.id).await.unwrap().unwrap();
    assert_eq!(lena_now.role, Role::ClinicAdministrator.as_str());
}
on_both_backends!(removal_limits);
