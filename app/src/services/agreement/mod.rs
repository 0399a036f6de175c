//! The Application Access Developer Agreement: platform administrators publish numbered,
//! immutable versions, and developers accept the current one before they submit an app or
//! register a system-to-system app. While no version is published, nothing is required.

mod publish;

pub use publish::{list_versions, publish_version};

use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde_json::json;
use uuid::Uuid;

use crate::db::agreements;
use crate::db::audit::{self, Actor, AuditEntry};
use crate::db::begin_write;
use crate::db::entities::{account, agreement_version};
use crate::domain::calendar::long_date;
use crate::domain::role::Role;
use crate::error::AppError;
use crate::models::agreement::{
    AcceptanceRow, AcceptanceState, AgreementVersionRow, AgreementView,
};
use crate::services::identity::display_time;

/// The page where developers read and accept the agreement.
pub const AGREEMENT_PATH: &str = "/agreement";

/// Returns `Ok` when no version is published or the account accepted the current one, and
/// otherwise the error that tells the developer where to accept it.
// NOTE: approval does not call this, so the review clock never waits on the developer. A
// submission made before a new version was published can still be approved; the app page
// then hides the production client and its secret until the developer accepts.
pub async fn require_current_acceptance<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
) -> Result<(), AppError> {
    match pending_version(connection, account_id).await? {
        None => Ok(()),
        Some(version) => Err(AppError::BadRequest(format!(
            "accept version {version} of the Application Access Developer Agreement at \
             {AGREEMENT_PATH} first, then try again."
        ))),
    }
}

/// Returns the number of the current version when the account has not accepted it.
pub async fn pending_version<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
) -> Result<Option<i32>, AppError> {
    let Some(current) = agreements::current(connection).await? else {
        return Ok(None);
    };

    let accepted = agreements::find_acceptance(connection, account_id, current.version).await?;
    Ok(accepted.is_none().then_some(current.version))
}

/// Loads the agreement page for `reader`, who may be signed out.
pub async fn agreement_view(
    db: &DatabaseConnection,
    reader: Option<&account::Model>,
) -> Result<AgreementView, AppError> {
    let current = agreements::current(db).await?;
    let developer = reader.filter(|account| Role::parse(&account.role) == Some(Role::Developer));

    let acceptance = match (&current, developer) {
        (Some(version), Some(account)) => {
            match agreements::find_acceptance(db, account.id, version.version).await? {
                Some(accepted) => AcceptanceState::Accepted(display_time(accepted.accepted_at)),
                None => AcceptanceState::Pending,
            }
        }
        _ => AcceptanceState::NotApplicable,
    };

    Ok(AgreementView {
        current: current.map(version_row),
        acceptance,
    })
}

/// Records that the developer accepted `version`, which must still be the current one, so
/// nobody accepts a text they did not see. Accepting again changes nothing.
pub async fn accept_version(
    db: &DatabaseConnection,
    developer: &account::Model,
    version: i32,
) -> Result<(), AppError> {
    if Role::parse(&developer.role) != Some(Role::Developer) {
        return Err(AppError::Forbidden);
    }

    let transaction = begin_write(db).await?;
    let current = agreements::current(&transaction)
        .await?
        .ok_or(AppError::NotFound)?;
    if current.version != version {
        return Err(AppError::BadRequest(format!(
            "version {version} is no longer the current agreement. Read version {} and \
             accept it.",
            current.version
        )));
    }
    if agreements::find_acceptance(&transaction, developer.id, version)
        .await?
        .is_some()
    {
        return Ok(());
    }

    let accepted = agreements::insert_acceptance(&transaction, developer.id, version).await?;
    audit::record(
        &transaction,
        AuditEntry {
            actor: Actor::Account(developer.id),
            action: "agreement.accepted",
            subject_type: "agreement_version",
            subject_id: version.to_string(),
            before: None,
            after: Some(json!({
                "account_id": developer.id,
                "version": version,
                "accepted_at": accepted.accepted_at,
            })),
        },
    )
    .await?;
    transaction.commit().await?;

    tracing::info!(account.id = %developer.id, version, "developer agreement accepted");
    Ok(())
}

/// Lists the versions an account accepted and when, latest version first, for reviewers.
pub async fn acceptance_history<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
) -> Result<Vec<AcceptanceRow>, AppError> {
    let acceptances = agreements::list_acceptances(connection, account_id).await?;

    Ok(acceptances
        .into_iter()
        .map(|accepted| AcceptanceRow {
            version: accepted.version,
            accepted_at: display_time(accepted.accepted_at),
        })
        .collect())
}

/// Converts a stored version to its display row.
pub fn version_row(version: agreement_version::Model) -> AgreementVersionRow {
    AgreementVersionRow {
        version: version.version,
        body: version.body,
        effective_on: long_date(version.effective_on),
        published_at: display_time(version.published_at),
    }
}
