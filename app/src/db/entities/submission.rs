use sea_orm::entity::prelude::*;

/// One submission of an app for review, with its immutable snapshot and its clock.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "submission")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub app_id: Uuid,
    /// 1 for the app's first submission, then counting up.
    pub number: i32,
    pub submitted_by: Uuid,
    /// `first`, `resubmission` or `change`.
    pub kind: String,
    pub status: String,
    /// The registration and identity profile as received; never changed.
    pub snapshot: Json,
    /// The automatic pre-checks run at receipt, with their evidence.
    pub prechecks: Json,
    pub received_at: DateTimeUtc,
    /// The business day the clock counts from: day 0.
    pub clock_start: Date,
    pub due_date: Date,
    pub business_days: i32,
    pub claimed_by: Option<Uuid>,
    pub claimed_at: Option<DateTimeUtc>,
    pub decided_by: Option<Uuid>,
    pub decided_at: Option<DateTimeUtc>,
    /// The criteria results of the decision.
    pub decision: Option<Json>,
    pub withdrawn_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
