use sea_orm::entity::prelude::*;

/// One entry in a profile part's history: `status` is a
/// [`crate::domain::identity::PartStatus`] stored as text, `summary` what the part held.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_review")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub profile_id: Uuid,
    pub part: String,
    pub status: String,
    pub summary: String,
    /// The reviewer's reason for a rejection.
    pub reason: Option<String>,
    /// The reviewer who decided; `None` for a change by the developer.
    pub reviewer_account_id: Option<Uuid>,
    pub recorded_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
