use leptos::prelude::*;

use crate::error::AppError;
use crate::models::review::NoticeView;

/// Loads a Notice of Non-Conformance for a reviewer or a developer of its app.
#[server(prefix = "/api", endpoint = "load_notice")]
pub async fn load_notice(notice_id: String) -> Result<NoticeView, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{review, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let viewer = require_role(&portal, &session, &[Role::Developer, Role::Reviewer])
        .await
        .map_err(respond)?;
    let id = notice_id.parse().map_err(|_| respond(AppError::NotFound))?;

    review::load_notice(&portal.db, &portal.review_clock, &viewer, id)
        .await
        .map_err(respond)
}
