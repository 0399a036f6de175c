use sea_orm::entity::prelude::*;

/// A clinic's own setting for one app; without a row the app kind's default applies.
/// `state` is a `ClinicAppState` stored as text.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "clinic_app")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub clinic_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub app_id: Uuid,
    pub state: String,
    /// The clinic administrator's optional reason for an opt-out.
    pub reason: Option<String>,
    /// The BAA or service contract recorded with an activation.
    pub contract_reference: Option<String>,
    pub contract_date: Option<Date>,
    pub changed_by: Uuid,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
