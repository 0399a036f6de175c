//! The accounts that administer a clinic.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};
use uuid::Uuid;

use super::entities::account;
use crate::domain::role::Role;

/// Lists the clinic's administrators by name.
pub async fn list<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
) -> Result<Vec<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Role.eq(Role::ClinicAdministrator.as_str()))
        .filter(account::Column::ClinicId.eq(clinic_id))
        .order_by_asc(account::Column::DisplayName)
        .all(connection)
        .await
}

/// Turns the clinic's administrator `account_id` into a developer account with no clinic.
/// Returns whether the account was an administrator of that clinic.
pub async fn remove<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
    account_id: Uuid,
) -> Result<bool, DbErr> {
    let result = account::Entity::update_many()
        .col_expr(account::Column::Role, Expr::value(Role::Developer.as_str()))
        .col_expr(account::Column::ClinicId, Expr::value(Option::<Uuid>::None))
        .filter(account::Column::Id.eq(account_id))
        .filter(account::Column::Role.eq(Role::ClinicAdministrator.as_str()))
        .filter(account::Column::ClinicId.eq(clinic_id))
        .exec(connection)
        .await?;

    Ok(result.rows_affected == 1)
}
