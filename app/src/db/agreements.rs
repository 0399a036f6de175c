//! The published versions of the developer agreement and the acceptances of them. There is
//! deliberately no update or delete: a published version is immutable.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};
use uuid::Uuid;

use super::entities::{agreement_acceptance, agreement_version};

/// Returns the latest published version, which is the one developers must accept.
pub async fn current<C: ConnectionTrait>(
    connection: &C,
) -> Result<Option<agreement_version::Model>, DbErr> {
    agreement_version::Entity::find()
        .order_by_desc(agreement_version::Column::Version)
        .one(connection)
        .await
}

/// Lists every published version, latest first.
pub async fn list_versions<C: ConnectionTrait>(
    connection: &C,
) -> Result<Vec<agreement_version::Model>, DbErr> {
    agreement_version::Entity::find()
        .order_by_desc(agreement_version::Column::Version)
        .all(connection)
        .await
}

/// Inserts `version`, which must be one above the current latest.
pub async fn insert_version<C: ConnectionTrait>(
    connection: &C,
    version: i32,
    body: String,
    effective_on: NaiveDate,
    published_by: Uuid,
) -> Result<agreement_version::Model, DbErr> {
    agreement_version::ActiveModel {
        version: Set(version),
        body: Set(body),
        effective_on: Set(effective_on),
        published_by: Set(published_by),
        published_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

pub async fn find_acceptance<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    version: i32,
) -> Result<Option<agreement_acceptance::Model>, DbErr> {
    agreement_acceptance::Entity::find_by_id((account_id, version))
        .one(connection)
        .await
}

pub async fn insert_acceptance<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    version: i32,
) -> Result<agreement_acceptance::Model, DbErr> {
    agreement_acceptance::ActiveModel {
        account_id: Set(account_id),
        version: Set(version),
        accepted_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

/// Lists the account's acceptances, latest version first.
pub async fn list_acceptances<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
) -> Result<Vec<agreement_acceptance::Model>, DbErr> {
    agreement_acceptance::Entity::find()
        .filter(agreement_acceptance::Column::AccountId.eq(account_id))
        .order_by_desc(agreement_acceptance::Column::Version)
        .all(connection)
        .await
}
