use sea_orm::entity::prelude::*;

/// A clinic (PHI Provider): the tenant whose administrators control which apps reach it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "clinic")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub name: String,
    pub address: String,
    /// The clinic's 10-digit National Provider Identifier, when it has one.
    pub npi: Option<String>,
    /// An IANA time zone name such as `America/Chicago`.
    pub time_zone: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
