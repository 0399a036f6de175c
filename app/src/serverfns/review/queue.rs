use leptos::prelude::*;

use crate::error::AppError;
use crate::models::review::QueueRow;

/// Lists the open submissions for a reviewer. `kind` is empty (any), `patient` or
/// `clinician`; `state` is empty or a [`QueueState`](crate::models::review::QueueState)
/// value.
#[server(prefix = "/api", endpoint = "list_submissions")]
pub async fn list_submissions(
    #[server(default)] kind: String,
    #[server(default)] state: String,
) -> Result<Vec<QueueRow>, AppError> {
    use crate::domain::app_kind::AppKind;
    use crate::domain::role::Role;
    use crate::models::review::QueueState;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{review, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let reviewer = require_role(&portal, &session, &[Role::Reviewer])
        .await
        .map_err(respond)?;
    let kind = match kind.as_str() {
        "" => None,
        "patient" => Some(AppKind::Patient),
        "clinician" => Some(AppKind::Clinician),
        _ => {
            return Err(respond(AppError::invalid(
                "kind",
                "Choose patient-facing, clinician-facing or every kind.",
            )))
        }
    };
    let state = match state.as_str() {
        "" => QueueState::AllOpen,
        other => QueueState::parse(other).ok_or_else(|| {
            respond(AppError::invalid(
                "state",
                "Choose all open, unclaimed, claimed by me, at risk or overdue.",
            ))
        })?,
    };

    review::list_queue(&portal.db, &portal.review_clock, &reviewer, kind, state)
        .await
        .map_err(respond)
}
