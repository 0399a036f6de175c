//! Clinic administrators' settings for approved apps through the services and the real
//! database: opt-out and opt-in of patient-facing apps, activation and deactivation of
//! clinician-facing apps under a contract, their audit events and change feed events, and
//! the refusal to act for another clinic.

use crate::support::apps::{post_form, send};
use crate::support::clinics::{approved_app, clinic_administrator, new_clinic};
use crate::support::people::{create_account, sign_in};
use crate::support::{fresh_database, on_both_backends, router, Backend};
use app::db::audit::list_for_subject;
use app::db::entities::{account, app as app_entity, clinic, clinic_app, registry_event};
use app::db::registry_events::list_after;
use app::db::{app_clients, apps};
use app::domain::app_status::AppStatus;
use app::domain::clinic_app_change::{ChangeInput, ClinicAppChange};
use app::domain::environment::Environment;
use app::domain::gallery_filter::GalleryFilter;
use app::domain::role::Role;
use app::error::AppError;
use app::models::gallery::ClinicGalleryEntry;
use app::services::clinic_apps::{change_clinic_app, list_clinic_gallery};
use axum::http::StatusCode;
use sea_orm::{DatabaseConnection, EntityTrait, PaginatorTrait};

/// The clinics, administrators and approved apps every test here starts from.
struct Fixture {
    lakeside: clinic::Model,
    hillcrest: clinic::Model,
    lakeside_admin: account::Model,
    patient_app: app_entity::Model,
    clinician_app: app_entity::Model,
}

async fn fixture(db: &DatabaseConnection) -> Fixture {
    let lakeside = new_clinic(db, "Lakeside Family Practice", None).await;
    let hillcrest = new_clinic(db, "Hillcrest Pediatrics", None).await;
    let lakeside_admin = clinic_administrator(db, "lena@lakeside.example", &lakeside).await;
    let developer = create_account(db, "dana@acme.example", "Dana Reyes", Role::Developer).await;
    let reviewer =
        create_account(db, "rita@veracity.example", "Rita Reviewer", Role::Reviewer).await;
    let patient_app = approved_app(db, &developer, &reviewer, "Harbor Steps", false).await;
    let clinician_app = approved_app(db, &developer, &reviewer, "Rounds Board", true).await;

    Fixture {
        lakeside,
        hillcrest,
        lakeside_admin,
        patient_app,
        clinician_app,
    }
}

async fn entry(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic: &clinic::Model,
    app_id: uuid::Uuid,
) -> ClinicGalleryEntry {
    list_clinic_gallery(db, administrator, clinic.id, &GalleryFilter::default())
        .await
        .unwrap()
        .into_iter()
        .find(|entry| entry.entry.id == app_id.to_string())
        .expect("the app is listed")
}

async fn production_client_id(db: &DatabaseConnection, app_id: uuid::Uuid) -> String {
    app_clients::find(db, app_id, Environment::Production)
        .await
        .unwrap()
        .expect("an approved app has a production client")
        .client_id
}

/// Returns the change feed events about clinics, oldest first.
async fn clinic_events(db: &DatabaseConnection) -> Vec<registry_event::Model> {
    list_after(db, 0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|event| event.kind.starts_with("clinic."))
        .collect()
}

async fn opt_out_then_opt_in(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    let app_id = f.patient_app.id;
    assert!(
        entry(db, &f.lakeside_admin, &f.lakeside, app_id)
            .await
            .active
    );
    let input = ChangeInput {
        reason: "Our patients use another portal.".to_owned(),
        ..ChangeInput::default()
    };

    change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        app_id,
        ClinicAppChange::OptOut,
        &input,
    )
    .await
    .unwrap();

    let opted_out = entry(db, &f.lakeside_admin, &f.lakeside, app_id).await;
    assert!(!opted_out.active);
    assert_eq!(opted_out.change, Some(ClinicAppChange::OptIn));
    assert_eq!(
        opted_out.reason.as_deref(),
        Some("Our patients use another portal.")
    );

    change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        app_id,
        ClinicAppChange::OptIn,
        &ChangeInput::default(),
    )
    .await
    .unwrap();

    let opted_in = entry(db, &f.lakeside_admin, &f.lakeside, app_id).await;
    assert!(opted_in.active);
    assert_eq!(opted_in.reason, None);

    let client_id = production_client_id(db, app_id).await;
    let events = clinic_events(db).await;
    let kinds: Vec<&str> = events.iter().map(|event| event.kind.as_str()).collect();
    assert_eq!(kinds, ["clinic.opted_out", "clinic.opted_in"]);
    for event in &events {
        assert_eq!(event.app_id, Some(app_id));
        assert_eq!(event.clinic_id, Some(f.lakeside.id));
        assert_eq!(event.client_id.as_deref(), Some(client_id.as_str()));
    }

    let subject = format!("{}/{}", f.lakeside.id, app_id);
    let audit = list_for_subject(db, "clinic_app", &subject).await.unwrap();
    let actions: Vec<&str> = audit.iter().map(|event| event.action.as_str()).collect();
    assert_eq!(actions, ["clinic_app.opted_out", "clinic_app.opted_in"]);
    assert_eq!(audit[0].actor_account_id, Some(f.lakeside_admin.id));
    assert_eq!(audit[0].before.as_ref().unwrap()["active"], true);
    assert_eq!(audit[0].after.as_ref().unwrap()["active"], false);
    assert_eq!(
        audit[0].after.as_ref().unwrap()["reason"],
        "Our patients use another portal."
    );
    assert_eq!(audit[1].after.as_ref().unwrap()["active"], true);
}
on_both_backends!(opt_out_then_opt_in);

async fn activation_requires_contract(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    let app_id = f.clinician_app.id;
    assert!(
        !entry(db, &f.lakeside_admin, &f.lakeside, app_id)
            .await
            .active
    );

    let error = change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        app_id,
        ClinicAppChange::Activate,
        &ChangeInput {
            contract_date: "30/11/2026".to_owned(),
            ..ChangeInput::default()
        },
    )
    .await
    .unwrap_err();

    assert!(
        error.field_message("contract_reference").is_some(),
        "{error:?}"
    );
    assert!(error
        .field_message("contract_date")
        .unwrap()
        .contains("YYYY-MM-DD"));
    assert_eq!(clinic_app::Entity::find().count(db).await.unwrap(), 0);
    assert!(clinic_events(db).await.is_empty());

    let contract = ChangeInput {
        contract_reference: "BAA-2026-114".to_owned(),
        contract_date: "2026-11-30".to_owned(),
        ..ChangeInput::default()
    };
    change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        app_id,
        ClinicAppChange::Activate,
        &contract,
    )
    .await
    .unwrap();

    let activated = entry(db, &f.lakeside_admin, &f.lakeside, app_id).await;
    assert!(activated.active);
    assert_eq!(
        activated.contract_reference.as_deref(),
        Some("BAA-2026-114")
    );
    assert_eq!(activated.contract_date.as_deref(), Some("2026-11-30"));

    change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        app_id,
        ClinicAppChange::Deactivate,
        &ChangeInput::default(),
    )
    .await
    .unwrap();

    assert!(
        !entry(db, &f.lakeside_admin, &f.lakeside, app_id)
            .await
            .active
    );
    let kinds: Vec<String> = clinic_events(db)
        .await
        .into_iter()
        .map(|event| event.kind)
        .collect();
    assert_eq!(kinds, ["clinic.activated", "clinic.deactivated"]);
    let subject = format!("{}/{}", f.lakeside.id, app_id);
    let audit = list_for_subject(db, "clinic_app", &subject).await.unwrap();
    assert_eq!(audit[0].action, "clinic_app.activated");
    assert_eq!(
        audit[0].after.as_ref().unwrap()["contract_reference"],
        "BAA-2026-114"
    );
    assert_eq!(
        audit[0].after.as_ref().unwrap()["contract_date"],
        "2026-11-30"
    );
}
on_both_backends!(activation_requires_contract);

async fn other_clinic_is_forbidden(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;

    let change = change_clinic_app(
        db,
        &f.lakeside_admin,
        f.hillcrest.id,
        f.patient_app.id,
        ClinicAppChange::OptOut,
        &ChangeInput::default(),
    )
    .await;
    let list = list_clinic_gallery(
        db,
        &f.lakeside_admin,
        f.hillcrest.id,
        &GalleryFilter::default(),
    )
    .await;

    assert_eq!(change.unwrap_err(), AppError::Forbidden);
    assert_eq!(list.unwrap_err(), AppError::Forbidden);
    assert_eq!(clinic_app::Entity::find().count(db).await.unwrap(), 0);
    assert!(clinic_events(db).await.is_empty());
}
on_both_backends!(other_clinic_is_forbidden);

async fn other_clinic_over_http_is_403(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    let app = router(&database);
    let cookie = sign_in(&app, "lena@lakeside.example").await;
    let hillcrest_id = f.hillcrest.id.to_string();
    let app_id = f.patient_app.id.to_string();

    let response = send(
        &app,
        post_form(
            "change_clinic_app",
            &cookie,
            &[
                ("clinic_id", &hillcrest_id),
                ("app_id", &app_id),
                ("change", "opt_out"),
            ],
        ),
    )
    .await;

    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert!(clinic_events(db).await.is_empty());

    let lakeside_id = f.lakeside.id.to_string();
    let own = send(
        &app,
        post_form(
            "change_clinic_app",
            &cookie,
            &[
                ("clinic_id", &lakeside_id),
                ("app_id", &app_id),
                ("change", "opt_out"),
            ],
        ),
    )
    .await;
    assert!(
        own.status().is_success() || own.status().is_redirection(),
        "{}",
        own.status()
    );
    assert_eq!(clinic_events(db).await.len(), 1);
}
on_both_backends!(other_clinic_over_http_is_403);

async fn new_clinic_starts_with_defaults(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;

    let later = new_clinic(db, "Northside Clinic", None).await;
    let later_admin = clinic_administrator(db, "noah@northside.example", &later).await;

    assert!(
        entry(db, &later_admin, &later, f.patient_app.id)
            .await
            .active
    );
    assert!(
        !entry(db, &later_admin, &later, f.clinician_app.id)
            .await
            .active
    );
    assert_eq!(
        entry(db, &later_admin, &later, f.clinician_app.id)
            .await
            .change,
        Some(ClinicAppChange::Activate)
    );
}
on_both_backends!(new_clinic_starts_with_defaults);

async fn suspended_app_cannot_be_changed(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    apps::set_status(db, f.patient_app.id, AppStatus::Suspended)
        .await
        .unwrap();

    let result = change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        f.patient_app.id,
        ClinicAppChange::OptOut,
        &ChangeInput::default(),
    )
    .await;
    let listed = list_clinic_gallery(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        &GalleryFilter::default(),
    )
    .await
    .unwrap();

    assert_eq!(result.unwrap_err(), AppError::NotFound);
    assert!(listed
        .iter()
        .all(|entry| entry.entry.id != f.patient_app.id.to_string()));
}
on_both_backends!(suspended_app_cannot_be_changed);

async fn repeated_opt_out_rejected(backend: Backend) {
    let database = fresh_database(backend).await;
    let db = &database.db;
    let f = fixture(db).await;
    let opt_out = ClinicAppChange::OptOut;
    let input = ChangeInput::default();

    change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        f.patient_app.id,
        opt_out,
        &input,
    )
    .await
    .unwrap();
    let again = change_clinic_app(
        db,
        &f.lakeside_admin,
        f.lakeside.id,
        f.patient_app.id,
        opt_out,
        &input,
    )
    .await
    .unwrap_err();

    assert!(again.field_message("change").is_some(), "{again:?}");
    assert_eq!(clinic_events(db).await.len(), 1);
}
on_both_backends!(repeated_opt_out_rejected);
