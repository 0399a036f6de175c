use sea_orm::entity::prelude::*;

/// One entry of the registry change feed. `id` is the cursor the OAuth server follows.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "registry_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    /// A `RegistryEventKind` stored as text, such as `client.approved`.
    pub kind: String,
    pub app_id: Option<Uuid>,
    pub client_id: Option<String>,
    pub clinic_id: Option<Uuid>,
    pub occurred_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
