use leptos::prelude::*;

use crate::error::AppError;
use crate::models::identity::{ProfileSummary, ProfileView};

/// Lists every developer profile for a reviewer, those with parts awaiting a decision first.
#[server(prefix = "/api", endpoint = "list_developer_profiles")]
pub async fn list_developer_profiles() -> Result<Vec<ProfileSummary>, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    require_role(&portal, &session, &[Role::Reviewer])
        .await
        .map_err(respond)?;

    identity::list_profiles(&portal.db).await.map_err(respond)
}

/// Loads one developer profile for a reviewer.
#[server(prefix = "/api", endpoint = "load_profile_for_review")]
pub async fn load_profile_for_review(profile_id: String) -> Result<ProfileView, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let reviewer = require_role(&portal, &session, &[Role::Reviewer])
        .await
        .map_err(respond)?;
    let profile_id = profile_id
        .parse()
        .map_err(|_| respond(AppError::NotFound))?;

    identity::load_for_reviewer(&portal.db, &reviewer, profile_id)
        .await
        .map_err(respond)
}

/// Records a reviewer's decision on one part of a profile. `decision` is `verify` or
/// `reject`; a rejection needs a `reason`.
#[server(prefix = "/api", endpoint = "decide_profile_part")]
pub async fn decide_profile_part(
    profile_id: String,
    part: String,
    summary: String,
    decision: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::domain::identity::ProfilePart;
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::identity::{self, PartDecision};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    let reviewer = require_role(&portal, &session, &[Role::Reviewer])
        .await
        .map_err(respond)?;
    let id = profile_id
        .parse()
        .map_err(|_| respond(AppError::NotFound))?;
    let part = ProfilePart::parse(&part)
        .ok_or_else(|| respond(AppError::invalid("part", "Choose a part of the profile.")))?;
    let verified = match decision.as_str() {
        "verify" => true,
        "reject" => false,
        _ => {
            return Err(respond(AppError::invalid(
                "decision",
                "Choose verify or reject.",
            )))
        }
    };

    let decision = PartDecision {
        profile_id: id,
        part,
        // A browser posts a form value's line breaks as CRLF; the stored value uses LF.
        summary: summary.replace("\r\n", "\n"),
        verified,
        reason: reason.clone(),
    };
    identity::decide_part(&portal.db, &reviewer, decision)
        .await
        .map_err(|error| respond_keeping(error, &[("part", part.as_str()), ("reason", &reason)]))?;
    leptos_axum::redirect(&format!(
        "/review/developers/{profile_id}?decided={}",
        part.as_str()
    ));
    Ok(())
}
