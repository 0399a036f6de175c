use sea_orm::entity::prelude::*;

/// A bearer token the OAuth server calls the registry API with. Only its keyed hash is
/// stored; the token itself was shown once to the administrator who created it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registry_token")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// The administrator's label for it, such as the OAuth server it was made for.
    pub label: String,
    /// Lowercase hex HMAC-SHA-256 of the token under a key derived from the credential key.
    pub token_hash: String,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    /// When a request last presented it, refreshed at most about once a minute.
    pub last_used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
