use chrono::Utc;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};
use serde_json::json;
use uuid::Uuid;

use super::entities::app;
use crate::domain::app_status::AppStatus;
use crate::domain::registration::DraftRegistration;

/// A new app's owner and first registration.
pub struct NewApp<'a> {
    pub created_by: Uuid,
    pub developer_profile_id: Option<Uuid>,
    /// The clinic a system-to-system app registers through; `None` for every other app.
    pub clinic_id: Option<Uuid>,
    pub draft: &'a DraftRegistration,
}

/// Inserts a new draft app.
pub async fn insert<C: ConnectionTrait>(
    connection: &C,
    new: NewApp<'_>,
) -> Result<app::Model, DbErr> {
    let now = Utc::now();
    let mut model = app::ActiveModel {
        id: Set(Uuid::new_v4()),
        kind: Set(new.draft.kind.as_str().to_owned()),
        status: Set(AppStatus::Draft.as_str().to_owned()),
        created_by: Set(new.created_by),
        developer_profile_id: Set(new.developer_profile_id),
        clinic_id: Set(new.clinic_id),
        created_at: Set(now),
        ..Default::default()
    };

    apply(&mut model, new.draft);
    model.insert(connection).await
}

/// Writes `draft` over the stored registration; the kind never changes.
pub async fn update<C: ConnectionTrait>(
    connection: &C,
    stored: app::Model,
    draft: &DraftRegistration,
) -> Result<app::Model, DbErr> {
    let mut model: app::ActiveModel = stored.into();

    apply(&mut model, draft);
    model.update(connection).await
}

pub async fn find_by_id<C: ConnectionTrait>(
    connection: &C,
    id: Uuid,
) -> Result<Option<app::Model>, DbErr> {
    app::Entity::find_by_id(id).one(connection).await
}

/// Lists the apps `account_id` created or that belong to `profile_id`, most recently
/// changed first.
pub async fn list_visible_to<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    profile_id: Option<Uuid>,
) -> Result<Vec<app::Model>, DbErr> {
    let mut visible = Condition::any().add(app::Column::CreatedBy.eq(account_id));
    if let Some(profile_id) = profile_id {
        visible = visible.add(app::Column::DeveloperProfileId.eq(profile_id));
    }

    app::Entity::find()
        .filter(visible)
        .order_by_desc(app::Column::UpdatedAt)
        .all(connection)
        .await
}

/// Attaches the apps `account_id` created while it had no developer profile to
/// `profile_id`, so the profile's members share them. Returns the IDs of those apps.
pub async fn attach_unowned_apps<C: ConnectionTrait>(
    connection: &C,
    account_id: Uuid,
    profile_id: Uuid,
) -> Result<Vec<Uuid>, DbErr> {
    let unowned = app::Entity::find()
        .filter(app::Column::CreatedBy.eq(account_id))
        .filter(app::Column::DeveloperProfileId.is_null())
        .all(connection)
        .await?;
    let ids: Vec<Uuid> = unowned.iter().map(|app| app.id).collect();

    app::Entity::update_many()
        .col_expr(app::Column::DeveloperProfileId, Expr::value(profile_id))
        .filter(app::Column::Id.is_in(ids.clone()))
        .exec(connection)
        .await?;
    Ok(ids)
}

fn apply(model: &mut app::ActiveModel, draft: &DraftRegistration) {
    let attestations = draft.attestations;

    model.name = Set(draft.name.clone());
    model.short_description = Set(draft.short_description.clone());
    model.homepage_url = Set(draft.homepage_url.clone());
    model.support_email = Set(draft.support_email.clone());
    model.client_type = Set(draft.client_type.as_str().to_owned());
    model.token_endpoint_auth_method = Set(draft.token_endpoint_auth_method.as_str().to_owned());
    model.redirect_uris = Set(json!(draft.redirect_uris));
    model.launch_uris = Set(json!(draft.launch_uris));
    model.scopes = Set(draft.scopes.clone());
    model.jwks_url = Set(draft.jwks_url.clone());
    model.jwks = Set(draft.jwks.clone());
    model.attests_smart_app_launch = Set(attestations.smart_app_launch);
    model.attests_openid_connect = Set(attestations.openid_connect);
    model.attests_pkce_s256 = Set(attestations.pkce_s256);
    model.attests_no_ehr_credentials = Set(attestations.no_ehr_credentials);
    model.privacy_policy_url = Set(draft.privacy_policy_url.clone());
    model.terms_of_service_url = Set(draft.terms_of_service_url.clone());
    model.data_retention = Set(draft.data_retention.clone());
    model.data_sharing = Set(draft.data_sharing.clone());
    model.access_revocation = Set(draft.access_revocation.clone());
    model.updated_at = Set(Utc::now());
}

/// Sets the app's status.
pub async fn set_status<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
    status: AppStatus,
) -> Result<(), DbErr> {
    app::Entity::update_many()
        .col_expr(app::Column::Status, Expr::value(status.as_str()))
        .filter(app::Column::Id.eq(app_id))
        .exec(connection)
        .await?;
    Ok(())
}

/// Lists the system apps registered through the clinic's links, most recently changed first.
pub async fn list_for_clinic<C: ConnectionTrait>(
    connection: &C,
    clinic_id: Uuid,
) -> Result<Vec<app::Model>, DbErr> {
    app::Entity::find()
        .filter(app::Column::ClinicId.eq(clinic_id))
        .order_by_desc(app::Column::UpdatedAt)
        .all(connection)
        .await
}
