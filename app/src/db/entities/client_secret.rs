use sea_orm::entity::prelude::*;

/// A client secret issued to an app in one environment. Only its keyed hash is stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "client_secret")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub app_id: Uuid,
    pub environment: String,
    /// Lowercase hex HMAC-SHA-256 of the secret under the server's credential key.
    pub secret_hash: String,
    pub created_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
    /// The end of a grace period after rotation; `None` means no expiry.
    pub expires_at: Option<DateTimeUtc>,
    /// The secret sealed under the server's credential key until the app's page first shows
    /// it. `None` after that, and for a secret shown in the response that issued it.
    pub sealed_secret: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
