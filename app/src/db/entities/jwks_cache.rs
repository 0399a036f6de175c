use sea_orm::entity::prelude::*;

/// The cached JWKS document of one registered JWKS URL.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jwks_cache")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub url: String,
    /// The last fetched document that passed the key set checks.
    pub body: Option<String>,
    pub fetched_at: DateTimeUtc,
    /// When the document must be fetched again.
    pub expires_at: DateTimeUtc,
    /// The error of the latest fetch, when it failed.
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
