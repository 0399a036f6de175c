//! Server functions of the public gallery; no sign-in needed.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::gallery::{GalleryApp, GalleryEntry};

/// Lists the approved apps matching the search text `q` and the `kind` (`patient`,
/// `clinician` or empty for both).
#[server(prefix = "/api", endpoint = "list_gallery")]
pub async fn list_gallery(q: String, kind: String) -> Result<Vec<GalleryEntry>, AppError> {
    use crate::domain::gallery_filter::GalleryFilter;
    use crate::serverfns::support::{portal, respond};
    use crate::services::gallery;

    let portal = portal()?;
    let filter = GalleryFilter::from_query(&q, &kind);

    gallery::list_gallery(&portal.db, &filter)
        .await
        .map_err(respond)
}

/// Loads the gallery page of the approved app `id`.
#[server(prefix = "/api", endpoint = "load_gallery_app")]
pub async fn load_gallery_app(id: String) -> Result<GalleryApp, AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::gallery;

    let portal = portal()?;
    let id = id.parse().map_err(|_| respond(AppError::NotFound))?;

    gallery::load_gallery_app(&portal.db, id)
        .await
        .map_err(respond)
}
