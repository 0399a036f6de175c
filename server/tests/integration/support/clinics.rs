//! Clinics, their administrators and approved apps for the clinic and gallery tests. Apps
//! are approved through the review service, as a reviewer approves them.

use app::db::audit::Actor;
use app::db::entities::{account, app as app_entity, clinic};
use app::domain::role::Role;
use app::services::calendar::ReviewClock;
use app::services::clinics::{create_clinic, ClinicForm};
use app::services::review::{claim_submission, decide_submission};
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

use super::people::create_account;
use super::submissions::{create_test_app, decision, insert_submission};
use super::{credential_key, PORTAL_ORIGIN};

/// Creates the clinic `name` with `npi`, as the CLI does.
pub async fn new_clinic(db: &DatabaseConnection, name: &str, npi: Option<&str>) -> clinic::Model {
    let form = ClinicForm {
        name: name.to_owned(),
        address: "12 Harbor Road\nPortland, ME 04101".to_owned(),
        npi: npi.map(str::to_owned),
        time_zone: None,
    };

    create_clinic(db, Actor::Cli, form).await.unwrap()
}

/// Creates a signed-up administrator of `clinic` at `email`.
pub async fn clinic_administrator(
    db: &DatabaseConnection,
    email: &str,
    clinic: &clinic::Model,
) -> account::Model {
    let name = format!("Administrator of {}", clinic.name);
    let created = create_account(db, email, &name, Role::ClinicAdministrator).await;

    let mut model: account::ActiveModel = created.into();
    model.clinic_id = Set(Some(clinic.id));
    model.update(db).await.unwrap()
}

/// Creates `developer`'s app `name` (patient-facing and public, or clinician-facing and
/// confidential when `clinician` is true), submits it and has `reviewer` approve it.
pub async fn approved_app(
    db: &DatabaseConnection,
    developer: &account::Model,
    reviewer: &account::Model,
    name: &str,
    clinician: bool,
) -> app_entity::Model {
    let created = create_test_app(db, developer, name, clinician).await;
    let open = insert_submission(db, &created, developer, 1, 14).await;
    claim_submission(db, reviewer, open.id).await.unwrap();
    let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();

    decide_submission(
        db,
        &credential_key(),
        &ReviewClock::default(),
        &public_url,
        reviewer,
        open.id,
        decision("approve", ["met"; 6], &[]),
    )
    .await
    .unwrap();

    app_entity::Entity::find_by_id(created.id)
        .one(db)
        .await
        .unwrap()
        .unwrap()
}
