use leptos::prelude::*;

use crate::error::AppError;
use crate::models::calendar::CalendarView;

/// Loads the coming federal holidays and the closure days, for platform administrators.
#[server(prefix = "/api", endpoint = "load_closure_days")]
pub async fn load_closure_days() -> Result<CalendarView, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{calendar, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    calendar::calendar_view(&portal.db, &portal.review_clock)
        .await
        .map_err(respond)
}

/// Adds a closure day: `date` as YYYY-MM-DD and the `reason` shown with it.
#[server(prefix = "/api", endpoint = "add_closure_day")]
pub async fn add_closure_day(date: String, reason: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{calendar, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    let day = calendar::add_closure_day(&portal.db, &portal.review_clock, &admin, &date, &reason)
        .await
        .map_err(|error| respond_keeping(error, &[("date", &date), ("reason", &reason)]))?;
    leptos_axum::redirect(&format!("/admin/closure-days?added={}", day.date));
    Ok(())
}

/// Removes the closure day on `date`, given as YYYY-MM-DD.
#[server(prefix = "/api", endpoint = "remove_closure_day")]
pub async fn remove_closure_day(date: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{calendar, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;
    let date = date.parse().map_err(|_| respond(AppError::NotFound))?;

    calendar::remove_closure_day(&portal.db, &admin, date)
        .await
        .map_err(respond)?;
    leptos_axum::redirect(&format!("/admin/closure-days?removed={date}"));
    Ok(())
}
