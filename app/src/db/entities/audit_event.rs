use sea_orm::entity::prelude::*;

/// One recorded state change: who did what to which subject, when, with the subject's
/// state before and after. Rows are only ever inserted; triggers in the database reject
/// updates and deletes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub occurred_at: DateTimeUtc,
    /// The signed-in account that caused the change; `None` for the system and the CLI.
    pub actor_account_id: Option<Uuid>,
    /// `account`, `system` or `cli`.
    pub actor_kind: String,
    /// A dotted verb such as `app.submitted`.
    pub action: String,
    pub subject_type: String,
    pub subject_id: String,
    pub before: Option<Json>,
    pub after: Option<Json>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
