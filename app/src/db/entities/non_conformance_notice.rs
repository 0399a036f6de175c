use sea_orm::entity::prelude::*;

/// A Notice of Non-Conformance, immutable once issued.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "non_conformance_notice")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Counts up across every notice, starting at 1.
    pub number: i32,
    pub submission_id: Uuid,
    pub app_id: Uuid,
    pub issued_by: Uuid,
    pub issued_at: DateTimeUtc,
    /// Each unmet criterion with its finding and what would meet it.
    pub findings: Json,
    pub resubmission_business_days: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
