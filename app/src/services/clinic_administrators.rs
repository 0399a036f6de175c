//! A clinic's administrators manage each other: they list, invite and remove the
//! administrators of their own clinic and of no other.

use sea_orm::DatabaseConnection;
use serde_json::json;
use url::Url;
use uuid::Uuid;

use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::entities::account;
use crate::db::{begin_write, clinic_administrators};
use crate::domain::role::Role;
use crate::error::AppError;
use crate::models::clinics::AdministratorView;
use crate::services::accounts::{invite_staff, StaffInvitation};
use crate::services::clinic_access::require_clinic_administrator;

/// Lists `clinic_id`'s administrators, for one of them.
pub async fn list_clinic_administrators(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic_id: Uuid,
) -> Result<Vec<AdministratorView>, AppError> {
    require_clinic_administrator(administrator, clinic_id)?;

    let accounts = clinic_administrators::list(db, clinic_id).await?;
    Ok(accounts
        .into_iter()
        .map(|account| AdministratorView {
            id: account.id.to_string(),
            display_name: account.display_name,
            email: account.email,
            invitation_pending: account.password_hash.is_none(),
            is_you: account.id == administrator.id,
        })
        .collect())
}

/// Invites another administrator of `clinic_id` by e-mail, for one of its administrators.
/// The invitation works like a platform administrator's.
pub async fn invite_clinic_administrator(
    db: &DatabaseConnection,
    public_url: &Url,
    administrator: &account::Model,
    clinic_id: Uuid,
    email: String,
    display_name: String,
) -> Result<(), AppError> {
    require_clinic_administrator(administrator, clinic_id)?;

    let invitation = StaffInvitation {
        email,
        display_name,
        role: Role::ClinicAdministrator,
        clinic_id: Some(clinic_id),
    };
    invite_staff(db, public_url, administrator.id, invitation).await
}

/// Removes another administrator of `clinic_id`, for one of its administrators. The removed
/// account keeps signing in, as a developer. An administrator cannot remove themselves, so
/// a clinic keeps at least the administrator who acts.
pub async fn remove_clinic_administrator(
    db: &DatabaseConnection,
    administrator: &account::Model,
    clinic_id: Uuid,
    account_id: Uuid,
) -> Result<(), AppError> {
    require_clinic_administrator(administrator, clinic_id)?;
    if account_id == administrator.id {
        return Err(AppError::BadRequest(
            "you cannot remove yourself; ask another administrator of your clinic.".to_owned(),
        ));
    }

    let transaction = begin_write(db).await?;
    if !clinic_administrators::remove(&transaction, clinic_id, account_id).await? {
        return Err(AppError::NotFound);
    }
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(administrator.id),
            action: "account.clinic_administrator_removed",
            subject_type: "account",
            subject_id: account_id.to_string(),
            before: Some(json!({ "role": Role::ClinicAdministrator, "clinic_id": clinic_id })),
            after: Some(json!({ "role": Role::Developer, "clinic_id": null })),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(())
}
