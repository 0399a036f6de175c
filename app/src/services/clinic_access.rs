//! The rule that only a clinic's own administrators act for it.

use uuid::Uuid;

use crate::db::entities::account;
use crate::domain::role::Role;
use crate::error::AppError;

/// Allows `account` to act for `clinic_id` only when it administers that clinic: `Forbidden`
/// for an administrator of another clinic and for every other role.
pub fn require_clinic_administrator(
    account: &account::Model,
    clinic_id: Uuid,
) -> Result<(), AppError> {
    let administers = Role::parse(&account.role) == Some(Role::ClinicAdministrator)
        && account.clinic_id == Some(clinic_id);

    if administers {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
