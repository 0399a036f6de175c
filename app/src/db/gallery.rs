//! The approved apps the gallery lists, with their developers' names and whether each has
//! a logo.

use std::collections::{HashMap, HashSet};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

use super::entities::{account, app, app_logo, developer_profile};
use crate::domain::app_status::AppStatus;
use crate::domain::gallery_filter::GALLERY_KINDS;

/// One listed app and the names people know its developer by.
#[derive(Clone, Debug)]
pub struct GalleryRow {
    pub app: app::Model,
    /// The developer profile's legal name, or the creator's display name while the app has
    /// no profile.
    pub developer: String,
    /// The profile's "doing business as" name, when it has one.
    pub doing_business_as: Option<String>,
    pub has_logo: bool,
}

/// Lists the approved patient-facing and clinician-facing apps by name. Suspended apps
/// have another status and are left out.
// NOTE: every approved app is loaded and filtered in memory, which suits a gallery of a few
// thousand apps; a larger one needs the search in SQL and pagination.
pub async fn list_approved<C: ConnectionTrait>(connection: &C) -> Result<Vec<GalleryRow>, DbErr> {
    let kinds: Vec<&str> = GALLERY_KINDS.iter().map(|kind| kind.as_str()).collect();
    let apps = app::Entity::find()
        .filter(app::Column::Status.eq(AppStatus::Approved.as_str()))
        .filter(app::Column::Kind.is_in(kinds))
        .order_by_asc(app::Column::Name)
        .all(connection)
        .await?;

    with_developers(connection, apps).await
}

/// Loads one approved app of a listed kind, or `None`.
pub async fn find_approved<C: ConnectionTrait>(
    connection: &C,
    app_id: Uuid,
) -> Result<Option<GalleryRow>, DbErr> {
    let kinds: Vec<&str> = GALLERY_KINDS.iter().map(|kind| kind.as_str()).collect();
    let apps = app::Entity::find_by_id(app_id)
        .filter(app::Column::Status.eq(AppStatus::Approved.as_str()))
        .filter(app::Column::Kind.is_in(kinds))
        .all(connection)
        .await?;

    Ok(with_developers(connection, apps).await?.pop())
}

async fn with_developers<C: ConnectionTrait>(
    connection: &C,
    apps: Vec<app::Model>,
) -> Result<Vec<GalleryRow>, DbErr> {
    let app_ids: Vec<Uuid> = apps.iter().map(|app| app.id).collect();
    let profile_ids: Vec<Uuid> = apps
        .iter()
        .filter_map(|app| app.developer_profile_id)
        .collect();
    let creator_ids: Vec<Uuid> = apps.iter().map(|app| app.created_by).collect();

    let profiles: HashMap<Uuid, developer_profile::Model> = developer_profile::Entity::find()
        .filter(developer_profile::Column::Id.is_in(profile_ids))
        .all(connection)
        .await?
        .into_iter()
        .map(|profile| (profile.id, profile))
        .collect();
    let creators: HashMap<Uuid, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(creator_ids))
        .all(connection)
        .await?
        .into_iter()
        .map(|account| (account.id, account.display_name))
        .collect();
    let logos: HashSet<Uuid> = app_logo::Entity::find()
        .select_only()
        .column(app_logo::Column::AppId)
        .filter(app_logo::Column::AppId.is_in(app_ids))
        .into_tuple::<Uuid>()
        .all(connection)
        .await?
        .into_iter()
        .collect();

    Ok(apps
        .into_iter()
        .map(|app| {
            let profile = app.developer_profile_id.and_then(|id| profiles.get(&id));
            let developer = match profile {
                Some(profile) => profile.legal_name.clone(),
                None => creators.get(&app.created_by).cloned().unwrap_or_default(),
            };
            GalleryRow {
                developer,
                doing_business_as: profile.and_then(|profile| profile.doing_business_as.clone()),
                has_logo: logos.contains(&app.id),
                app,
            }
        })
        .collect())
}
