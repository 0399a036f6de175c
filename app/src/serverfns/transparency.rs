use leptos::prelude::*;

use crate::error::AppError;
use crate::models::transparency::TransparencyView;

/// Loads the public transparency page: the review clock's settings, the coming holidays
/// and closure days, and the statistics of recent decisions. Anyone may call it, signed in
/// or not.
#[server(prefix = "/api", endpoint = "load_transparency")]
pub async fn load_transparency() -> Result<TransparencyView, AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::transparency;

    let portal = portal()?;

    transparency::transparency_view(&portal.db, &portal.review_clock)
        .await
        .map_err(respond)
}
