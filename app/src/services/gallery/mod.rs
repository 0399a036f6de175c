//! The public gallery of approved apps: the list with its search, and each app's page.

use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::db::gallery::{self, GalleryRow};
use crate::domain::app_kind::AppKind;
use crate::domain::gallery_filter::GalleryFilter;
use crate::domain::scope::Scope;
use crate::error::AppError;
use crate::models::gallery::{GalleryApp, GalleryEntry, ScopeLine};

/// Lists the approved apps that match `filter`, by name.
pub async fn list_gallery(
    db: &DatabaseConnection,
    filter: &GalleryFilter,
) -> Result<Vec<GalleryEntry>, AppError> {
    let rows = gallery::list_approved(db).await?;

    Ok(matching(rows, filter).map(|row| entry(&row)).collect())
}

/// Loads an approved app's gallery page: `NotFound` for any other app, so drafts and
/// suspended apps stay unseen.
pub async fn load_gallery_app(
    db: &DatabaseConnection,
    app_id: Uuid,
) -> Result<GalleryApp, AppError> {
    let row = gallery::find_approved(db, app_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let app = &row.app;
    let scopes = app
        .scopes
        .as_deref()
        .unwrap_or_default()
        .split_whitespace()
        .map(|token| ScopeLine {
            scope: token.to_owned(),
            description: Scope::parse(token)
                .map(|scope| scope.plain_description())
                .unwrap_or_else(|_| "A scope the portal cannot describe".to_owned()),
        })
        .collect();

    Ok(GalleryApp {
        entry: entry(&row),
        homepage_url: app.homepage_url.clone(),
        support_email: app.support_email.clone(),
        scopes,
        privacy_policy_url: app.privacy_policy_url.clone(),
        terms_of_service_url: app.terms_of_service_url.clone(),
        data_retention: app.data_retention.clone(),
        data_sharing: app.data_sharing.clone(),
        access_revocation: app.access_revocation.clone(),
    })
}

/// Keeps the rows that match `filter` on the app's name and its developer's names.
pub(crate) fn matching(
    rows: Vec<GalleryRow>,
    filter: &GalleryFilter,
) -> impl Iterator<Item = GalleryRow> + '_ {
    rows.into_iter().filter(move |row| {
        let kind = AppKind::parse(&row.app.kind).unwrap_or(AppKind::System);
        let mut names = vec![
            row.app.name.as_deref().unwrap_or_default(),
            row.developer.as_str(),
        ];
        if let Some(other) = &row.doing_business_as {
            names.push(other);
        }
        filter.matches(kind, &names)
    })
}

/// Builds the list entry of a gallery row.
pub(crate) fn entry(row: &GalleryRow) -> GalleryEntry {
    let app = &row.app;
    GalleryEntry {
        id: app.id.to_string(),
        name: app.name.clone().unwrap_or_else(|| "Unnamed app".to_owned()),
        kind: AppKind::parse(&app.kind).unwrap_or(AppKind::System),
        developer: row.developer.clone(),
        short_description: app.short_description.clone(),
        logo_url: row.has_logo.then(|| format!("/apps/{}/logo", app.id)),
    }
}
