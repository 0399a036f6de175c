use sea_orm::entity::prelude::*;

/// A person who signs in to the portal. Its `role` is a [`crate::domain::role::Role`]
/// stored as text.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "account")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Lowercased; unique.
    pub email: String,
    pub display_name: String,
    /// An argon2id PHC string; `None` until an invited account sets its password.
    pub password_hash: Option<String>,
    pub role: String,
    /// The clinic a clinic administrator administers; `None` for every other role.
    pub clinic_id: Option<Uuid>,
    pub email_verified_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub password_changed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
