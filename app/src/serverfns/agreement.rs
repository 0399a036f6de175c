use leptos::prelude::*;

use crate::error::AppError;
use crate::models::agreement::{AgreementVersionRow, AgreementView};

/// Loads the current developer agreement and, for a signed-in developer, whether they
/// accepted it. Anyone may call it, signed in or not.
#[server(prefix = "/api", endpoint = "load_agreement")]
pub async fn load_agreement() -> Result<AgreementView, AppError> {
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{agreement, session::current_account};

    let portal = portal()?;
    let session = session().await?;
    let reader = current_account(&portal, &session).await.map_err(respond)?;

    agreement::agreement_view(&portal.db, reader.as_ref())
        .await
        .map_err(respond)
}

/// Accepts `version` of the agreement for the signed-in developer; the page then offers
/// `next`, the page the developer was on the way to.
#[server(prefix = "/api", endpoint = "accept_agreement")]
pub async fn accept_agreement(
    version: i32,
    #[server(default)] next: String,
) -> Result<(), AppError> {
    use crate::domain::return_path::{local_path, query_value};
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{agreement, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let developer = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    agreement::accept_version(&portal.db, &developer, version)
        .await
        .map_err(respond)?;
    let destination = match local_path(&next) {
        Some(next) => format!("/agreement?accepted={version}&next={}", query_value(next)),
        None => format!("/agreement?accepted={version}"),
    };
    leptos_axum::redirect(&destination);
    Ok(())
}

/// Lists every published version, for platform administrators.
#[server(prefix = "/api", endpoint = "load_agreement_versions")]
pub async fn load_agreement_versions() -> Result<Vec<AgreementVersionRow>, AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{agreement, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    agreement::list_versions(&portal.db, &admin)
        .await
        .map_err(respond)
}

/// Publishes the next version of the agreement: its `body` text and `effective_on` date
/// as YYYY-MM-DD.
#[server(prefix = "/api", endpoint = "publish_agreement")]
pub async fn publish_agreement(body: String, effective_on: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{agreement, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let admin = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    let version = agreement::publish_version(&portal.db, &admin, &body, &effective_on)
        .await
        .map_err(|error| {
            respond_keeping(error, &[("body", &body), ("effective_on", &effective_on)])
        })?;
    leptos_axum::redirect(&format!("/admin/agreement?published={}", version.version));
    Ok(())
}
