use sea_orm::entity::prelude::*;

/// The person or organization responsible for a developer's apps. `pathway` is a
/// [`crate::domain::identity::Pathway`] stored as text; the organization-only and
/// individual-only columns are `None` on the other pathway.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "developer_profile")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub owner_account_id: Uuid,
    pub pathway: String,
    pub legal_name: String,
    pub doing_business_as: Option<String>,
    pub address_line1: String,
    pub address_line2: Option<String>,
    pub city: String,
    pub region: String,
    pub postal_code: String,
    pub country: String,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Nine digits, without the dash.
    pub ein: Option<String>,
    pub state_registration_number: Option<String>,
    /// The registering state's USPS code.
    pub registration_state: Option<String>,
    pub id_document_type: Option<String>,
    pub id_issuer: Option<String>,
    pub id_expires_on: Option<Date>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
