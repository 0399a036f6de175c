//! The conflict-of-interest rule of the review: a reviewer never reviews an app of an
//! organization they belong to.

use sea_orm::ConnectionTrait;

use crate::db::developer_members;
use crate::db::entities::{account, app};
use crate::domain::role::Role;
use crate::error::AppError;

/// The message of a refused claim on an app of the reviewer's own organization.
pub const OWN_ORGANIZATION: &str = "You cannot review this app: you are a member of the \
    developer organization that submitted it. Another reviewer must claim it.";

/// Returns whether `account` created the app or belongs to the developer profile it
/// belongs to.
pub async fn belongs_to_developer<C: ConnectionTrait>(
    connection: &C,
    account: &account::Model,
    app: &app::Model,
) -> Result<bool, AppError> {
    if app.created_by == account.id {
        return Ok(true);
    }

    let membership = developer_members::find_by_account(connection, account.id).await?;
    Ok(match (membership, app.developer_profile_id) {
        (Some(member), Some(profile)) => member.profile_id == profile,
        _ => false,
    })
}

/// Rejects an account that is not a reviewer.
pub fn require_reviewer(account: &account::Model) -> Result<(), AppError> {
    match Role::parse(&account.role) {
        Some(Role::Reviewer) => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}
