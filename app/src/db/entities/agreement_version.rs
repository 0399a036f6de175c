use sea_orm::entity::prelude::*;

/// One published version of the Application Access Developer Agreement. Nothing updates
/// or deletes a row once inserted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "agreement_version")]
pub struct Model {
    /// The version number, counting from 1.
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: i32,
    pub body: String,
    /// The day the version takes effect.
    pub effective_on: Date,
    /// The platform administrator's account.
    pub published_by: Uuid,
    pub published_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
