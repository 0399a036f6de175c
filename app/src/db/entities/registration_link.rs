use sea_orm::entity::prelude::*;

/// A single-use link through which a developer registers a system-to-system (B2B) app with
/// a clinic. Only its keyed hash is stored; the link itself was shown once to the clinic
/// administrator who created it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registration_link")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub clinic_id: Uuid,
    /// The administrator's label for it, such as the company it was sent to.
    pub label: String,
    /// Lowercase hex HMAC-SHA-256 of the token under a key derived from the credential key.
    pub token_hash: String,
    pub expires_at: DateTimeUtc,
    pub created_by: Uuid,
    pub created_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
    /// The app registered through the link.
    pub used_by_app_id: Option<Uuid>,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
