//! Publishing a new version of the developer agreement, for platform administrators.

use sea_orm::{DatabaseConnection, SqlErr};
use serde_json::json;

use super::version_row;
use crate::db::agreements;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::{account, agreement_version};
use crate::domain::agreement::{parse_body, parse_effective_on};
use crate::domain::role::Role;
use crate::error::{AppError, FieldError};
use crate::models::agreement::AgreementVersionRow;

/// Lists every published version, latest first, for platform administrators.
pub async fn list_versions(
    db: &DatabaseConnection,
    admin: &account::Model,
) -> Result<Vec<AgreementVersionRow>, AppError> {
    require_platform_administrator(admin)?;

    let versions = agreements::list_versions(db).await?;
    Ok(versions.into_iter().map(version_row).collect())
}

/// Publishes the next version with `body` and `effective_on` (YYYY-MM-DD). From then on
/// every developer must accept it before submitting an app.
pub async fn publish_version(
    db: &DatabaseConnection,
    admin: &account::Model,
    body: &str,
    effective_on: &str,
) -> Result<agreement_version::Model, AppError> {
    require_platform_administrator(admin)?;
    let (body, effective_on) = match (parse_body(body), parse_effective_on(effective_on)) {
        (Ok(body), Ok(effective_on)) => (body, effective_on),
        (body, effective_on) => {
            let errors = [("body", body.err()), ("effective_on", effective_on.err())]
                .into_iter()
                .filter_map(|(field, message)| Some(FieldError::new(field, message?)))
                .collect();
            return Err(AppError::Invalid(errors));
        }
    };

    let transaction = begin_write(db).await?;
    let next = agreements::current(&transaction)
        .await?
        .map_or(1, |current| current.version + 1);
    let version = agreements::insert_version(&transaction, next, body, effective_on, admin.id)
        .await
        .map_err(|error| match error.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(_)) => AppError::BadRequest(
                "another administrator published a version at the same time. Reload the page \
                 and publish again."
                    .to_owned(),
            ),
            _ => AppError::from(error),
        })?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(admin.id),
            action: "agreement.published",
            subject_type: "agreement_version",
            subject_id: next.to_string(),
            before: None,
            after: Some(json!({
                "version": next,
                "effective_on": effective_on,
                "characters": version.body.chars().count(),
            })),
        },
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(version = next, admin = %admin.id, "developer agreement published");
    Ok(version)
}

fn require_platform_administrator(account: &account::Model) -> Result<(), AppError> {
    match Role::parse(&account.role) {
        Some(Role::PlatformAdministrator) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}
