use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde_json::json;

use super::{parse_display_name, parse_email, reject_if_any};
use crate::db::accounts;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::account;
use crate::domain::password;
use crate::domain::role::Role;
use crate::error::{AppError, FieldError};
use crate::services::passwords;

/// Creates a platform administrator from the server's CLI. The operator typed the address,
/// so it counts as verified.
pub async fn create_platform_administrator(
    db: &DatabaseConnection,
    email: &str,
    display_name: &str,
    password: String,
) -> Result<account::Model, AppError> {
    let mut errors = Vec::new();
    let email = parse_email(email, &mut errors);
    let display_name = parse_display_name(display_name, &mut errors);
    if let Err(error) = password::check_new_password(&password) {
        errors.push(FieldError::new("password", error));
    }
    reject_if_any(errors)?;
    let email = email.expect("no field errors means the e-mail address parsed");

    let password_hash = passwords::hash_password(password).await?;
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
            role: Role::PlatformAdministrator,
            clinic_id: None,
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
            after: Some(json!({ "role": account.role })),
        },
    )
    .await?;

    transaction.commit().await?;
    Ok(account)
}
