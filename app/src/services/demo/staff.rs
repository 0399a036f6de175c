//! The demo's vendor staff and clinics: a platform administrator, two reviewers, and two
//! clinics with one administrator each.

use sea_orm::DatabaseConnection;

use super::{DemoAccount, DemoContext};
use crate::db::audit::Actor;
use crate::db::entities::{account, clinic};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::services::accounts::{create_cli_account, CliAccount};
use crate::services::clinics::{create_clinic, ClinicForm};

/// The staff accounts and clinics the rest of the demo acts through.
pub struct Staff {
    pub reviewer: account::Model,
    pub second_reviewer: account::Model,
    pub harbor: clinic::Model,
    pub harbor_admin: account::Model,
    pub riverside: clinic::Model,
    pub riverside_admin: account::Model,
}

/// Creates the platform administrator, the reviewers, the clinics and their
/// administrators, adding each account to `created`.
pub async fn create_staff(
    db: &DatabaseConnection,
    context: &DemoContext<'_>,
    created: &mut Vec<DemoAccount>,
) -> Result<Staff, AppError> {
    let mut account = |email, name, role, clinic_id| {
        created.push(DemoAccount::new(email, role));
        create_cli_account(
            db,
            CliAccount {
                email,
                display_name: name,
                password: context.password.to_owned(),
                role,
                clinic_id,
            },
        )
    };

    account(
        "admin@example.com",
        "Morgan Ellis",
        Role::PlatformAdministrator,
        None,
    )
    .await?;
    let reviewer = account("reviewer@example.com", "Rita Alvarez", Role::Reviewer, None).await?;
    let second_reviewer = account(
        "reviewer2@example.com",
        "Samuel Okafor",
        Role::Reviewer,
        None,
    )
    .await?;

    let harbor = clinic(
        db,
        "Harbor Family Clinic",
        "41 Wharf Street, Portland, ME 04101",
        "1649582032",
        "America/New_York",
    )
    .await?;
    let riverside = clinic(
        db,
        "Riverside Pediatrics",
        "2200 River Road, Davenport, IA 52803",
        "1257384911",
        "America/Chicago",
    )
    .await?;
    let harbor_admin = account(
        "harbor.admin@example.com",
        "Grace Kim",
        Role::ClinicAdministrator,
        Some(harbor.id),
    )
    .await?;
    let riverside_admin = account(
        "riverside.admin@example.com",
        "Luis Romero",
        Role::ClinicAdministrator,
        Some(riverside.id),
    )
    .await?;

    Ok(Staff {
        reviewer,
        second_reviewer,
        harbor,
        harbor_admin,
        riverside,
        riverside_admin,
    })
}

async fn clinic(
    db: &DatabaseConnection,
    name: &str,
    address: &str,
    npi: &str,
    time_zone: &str,
) -> Result<clinic::Model, AppError> {
    let form = ClinicForm {
        name: name.to_owned(),
        address: address.to_owned(),
        npi: Some(npi.to_owned()),
        time_zone: Some(time_zone.to_owned()),
    };
    create_clinic(db, Actor::Cli, form).await
}
