use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};
use uuid::Uuid;

use super::entities::account_token;

/// The action a single-use link allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    VerifyEmail,
    ResetPassword,
    Invitation,
}

impl TokenPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            TokenPurpose::VerifyEmail => "verify_email",
            TokenPurpose::ResetPassword => "reset_password",
            TokenPurpose::Invitation => "invitation",
        }
    }
}

pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    purpose: TokenPurpose,
    token_hash: String,
    expires_at: DateTime<Utc>,
) -> Result<account_token::Model, DbErr> {
    account_token::ActiveModel {
        id: Set(Uuid::new_v4()),
        account_id: Set(account_id),
        purpose: Set(purpose.as_str().to_owned()),
        token_hash: Set(token_hash),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(Utc::now()),
    }
    .insert(connection)
    .await
}

pub async fn find_by_hash<C: ConnectionTrait>(
    connection: &C,
    purpose: TokenPurpose,
    token_hash: &str,
) -> Result<Option<account_token::Model>, DbErr> {
    account_token::Entity::find()
        .filter(account_token::Column::TokenHash.eq(token_hash))
        .filter(account_token::Column::Purpose.eq(purpose.as_str()))
        .one(connection)
        .await
}

/// Marks the token used. Returns `false` when another request used it first, so a link
/// works exactly once even when two requests race.
pub async fn mark_used<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let result = account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::Id.eq(id))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(connection)
        .await?;

    Ok(result.rows_affected == 1)
}

/// Marks every unused token of this purpose for the account as used, so only the newest
/// link works.
pub async fn retire_unused<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    purpose: TokenPurpose,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    account_token::Entity::update_many()
        .col_expr(account_token::Column::UsedAt, Expr::value(now))
        .filter(account_token::Column::AccountId.eq(account_id))
        .filter(account_token::Column::Purpose.eq(purpose.as_str()))
        .filter(account_token::Column::UsedAt.is_null())
        .exec(connection)
        .await?;

    Ok(())
}
