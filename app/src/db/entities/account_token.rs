use sea_orm::entity::prelude::*;

/// A single-use link sent by e-mail. Only the SHA-256 of the token is stored, so a copy of
/// the database cannot be turned into working links.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account_token")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub account_id: Uuid,
    /// `verify_email`, `reset_password` or `invitation`.
    pub purpose: String,
    /// Lowercase hex SHA-256 of the token.
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
