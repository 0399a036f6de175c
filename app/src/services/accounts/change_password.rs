use chrono::Utc;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::db::accounts;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::domain::password;
use crate::error::AppError;
use crate::services::passwords;

pub struct ChangePassword {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the signed-in account's password after checking the current one.
pub async fn change_password(
    db: &DatabaseConnection,
    account_id: Uuid,
    form: ChangePassword,
) -> Result<(), AppError> {
    password::check_new_password(&form.new_password)
        .map_err(|error| AppError::invalid("new_password", error))?;

    let account = accounts::find_by_id(db, account_id)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !passwords::verify_password(form.current_password, account.password_hash).await {
        return Err(AppError::invalid(
            "current_password",
            "The current password is incorrect.",
        ));
    }
    let password_hash = passwords::hash_password(form.new_password).await?;

    let now = Utc::now();
    let transaction = begin_write(db).await?;
    accounts::set_password(&transaction, account_id, password_hash, now).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(account_id),
            action: "account.password_changed",
            subject_type: "account",
            subject_id: account_id.to_string(),
            before: None,
            after: None,
        },
    )
    .await?;
    transaction.commit().await?;

    Ok(())
}
