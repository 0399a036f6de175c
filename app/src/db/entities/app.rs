use sea_orm::entity::prelude::*;

/// A registered app and its current registration. `kind`, `status`, `client_type` and
/// `token_endpoint_auth_method` are the domain enums stored as text. The two URI lists are
/// JSON arrays of strings, and a field a draft leaves empty is `None`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "app")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub kind: String,
    pub status: String,
    pub name: Option<String>,
    pub short_description: Option<String>,
    pub homepage_url: Option<String>,
    pub support_email: Option<String>,
    pub client_type: String,
    pub token_endpoint_auth_method: String,
    pub redirect_uris: Json,
    pub launch_uris: Json,
    /// Space-separated, each scope once, as the developer wrote it.
    pub scopes: Option<String>,
    pub jwks_url: Option<String>,
    pub jwks: Option<String>,
    pub attests_smart_app_launch: bool,
    pub attests_openid_connect: bool,
    pub attests_pkce_s256: bool,
    pub attests_no_ehr_credentials: bool,
    pub privacy_policy_url: Option<String>,
    pub terms_of_service_url: Option<String>,
    pub data_retention: Option<String>,
    pub data_sharing: Option<String>,
    pub access_revocation: Option<String>,
    pub created_by: Uuid,
    /// The developer profile whose members share the app; `None` until its creator has one.
    pub developer_profile_id: Option<Uuid>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The reason a reviewer gave for suspending the app, set only while it is suspended.
    pub suspension_reason: Option<String>,
    /// The clinic a system-to-system app registered through; its credentials work only there.
    pub clinic_id: Option<Uuid>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
