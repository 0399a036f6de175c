use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;
use uuid::Uuid;

use super::{parse_display_name, parse_email, reject_if_any};
use crate::db::accounts;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::account;
use crate::domain::password;
use crate::domain::role::Role;
use crate::error::{AppError, FieldError};
use crate::services::passwords;

/// An account an operator creates from the server's CLI, with its password.
pub struct CliAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password: String,
    pub role: Role,
    /// The clinic of a clinic administrator, and `None` for every other role.
    pub clinic_id: Option<Uuid>,
}

/// Creates a platform administrator from the server's CLI. The operator typed the address,
/// so it counts as verified.
pub async fn create_platform_administrator(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: String,
) -> Result<account::Model, AppError> {
    let new = CliAccount {
        email,
        display_name,
        password,
        role: Role::PlatformAdministrator,
        clinic_id: None,
    };
    create_cli_account(db, new).await
}

/// Creates an account of any role from the server's CLI, with a verified address because
/// the operator typed it. A clinic administrator needs `clinic_id`, and other roles take none.
pub async fn create_cli_account(
    db: &DatabaseConnection,
    new: CliAccount<'_>,
) -> Result<account::Model, AppError> {
    let mut errors = Vec::new();
    let email = parse_email(new.email, &mut errors);
    let display_name = parse_display_name(new.display_name, &mut errors);
    if let Err(error) = password::check_new_password(&new.password) {
        errors.push(FieldError::new("password", error));
    }
    if (new.role == Role::ClinicAdministrator) != new.clinic_id.is_some() {
        errors.push(FieldError::new(
            "clinic_id",
            "A clinic administrator needs the ID of an existing clinic; other roles take none.",
        ));
    }
    reject_if_any(errors)?;
    let email = email.expect("no field errors means the e-mail address parsed");

    let password_hash = passwords::hash_password(new.password).await?;
    let transaction = begin_write(db).await?;

    if accounts::find_by_email(&transaction, &email)
        .await?
        .is_some()
    {
        return Err(AppError::invalid(
            "email",
            "An account with this e-mail address already exists.",
        ));
    }
    let account = accounts::insert(
        &transaction,
        accounts::NewAccount {
            email,
            display_name,
            password_hash: Some(password_hash),
            role: new.role,
            clinic_id: new.clinic_id,
            email_verified_at: Some(Utc::now()),
        },
    )
    .await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Cli,
            action: "account.created",
            subject_type: "account",
            subject_id: account.id.to_string(),
            before: None,
            after: Some(json!({ "role": account.role, "clinic_id": account.clinic_id })),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(account)
}
