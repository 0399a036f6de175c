use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};
use uuid::Uuid;

use super::entities::account;
use crate::domain::email_address::EmailAddress;
use crate::domain::role::Role;

/// The fields of a new account; `password_hash` is `None` for an invited account.
pub struct NewAccount {
    pub email: EmailAddress,
    pub display_name: String,
    pub password_hash: Option<String>,
    pub role: Role,
    pub clinic_id: Option<Uuid>,
    pub email_verified_at: Option<DateTime<Utc>>,
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    account: NewAccount,
) -> Result<account::Model, DbErr> {
    let now = Utc::now();

    account::ActiveModel {
        id: Set(Uuid::new_v4()),
        email: Set(account.email.as_str().to_owned()),
        display_name: Set(account.display_name),
        password_hash: Set(account.password_hash),
        role: Set(account.role.as_str().to_owned()),
        clinic_id: Set(account.clinic_id),
        email_verified_at: Set(account.email_verified_at),
        created_at: Set(now),
        password_changed_at: Set(None),
    }
    .insert(connection)
    .await
}

/// Counts every account, whatever its role.
pub async fn count<C: ConnectionTrait>(connection: &C) -> Result<u64, DbErr> {
    account::Entity::find().count(connection).await
}

pub async fn find_by_email<C: ConnectionTrait>(
    connection: &C,
    email: &EmailAddress,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(email.as_str()))
        .one(connection)
        .await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find_by_id(id).one(connection).await
}

pub async fn set_password<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    account::ActiveModel {
        id: Set(id),
        password_hash: Set(Some(password_hash)),
        password_changed_at: Set(Some(now)),
        ..Default::default()
    }
    .update(connection)
    .await
    .map(|_| ())
}

pub async fn mark_email_verified<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    account::ActiveModel {
        id: Set(id),
        email_verified_at: Set(Some(now)),
        ..Default::default()
    }
    .update(connection)
    .await
    .map(|_| ())
}
