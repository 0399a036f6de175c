use leptos::prelude::*;

use crate::error::AppError;
use crate::models::change_notices::ChangeNoticeRow;

/// Lists the latest API change notices. Anyone may call it, signed in or not.
#[server(prefix = "/api", endpoint = "load_change_notices")]
pub async fn load_change_notices() -> Result<Vec<ChangeNoticeRow>, AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::change_notices;

    let portal = portal()?;

    change_notices::list_notices(&portal.db)
        .await
        .map_err(respond)
}

/// Publishes an API change notice and e-mails it to every developer with an approved app:
/// its `title`, its `body` text and its `effective_on` date as YYYY-MM-DD.
#[server(prefix = "/api", endpoint = "publish_change_notice")]
pub async fn publish_change_notice(
    title: String,
    body: String,
    effective_on: String,
) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::change_notices::{self, NoticeForm};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    let form = NoticeForm {
        title: &title,
        body: &body,
        effective_on: &effective_on,
    };
    let (_, recipients) = change_notices::publish_notice(
        &portal.db,
        &portal.public_url,
        &portal.credential_key,
        &admin,
        form,
    )
    .await
    .map_err(|error| {
        let typed = [
            ("title", title.as_str()),
            ("body", body.as_str()),
            ("effective_on", effective_on.as_str()),
        ];
        respond_keeping(error, &typed)
    })?;
    leptos_axum::redirect(&format!("/admin/changes?recipients={recipients}"));
    Ok(())
}

/// Unsubscribes the account named by the e-mailed `token` from change notice e-mails.
#[server(prefix = "/api", endpoint = "unsubscribe_change_notices")]
pub async fn unsubscribe_change_notices(token: String) -> Result<(), AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::change_notices;

    let portal = portal()?;

    change_notices::unsubscribe(&portal.db, &portal.credential_key, &token)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/changes/unsubscribe?done=1");
    Ok(())
}
