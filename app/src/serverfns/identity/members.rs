use leptos::prelude::*;

use crate::error::AppError;
use crate::models::identity::InvitationDetails;

/// E-mails an invitation to join the signed-in owner's organization.
#[server(prefix = "/api", endpoint = "invite_developer_member")]
pub async fn invite_developer_member(email: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let owner = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    identity::invite_member(&portal.db, &portal.public_url, &owner, &email)
        .await
        .map_err(|error| respond_keeping(error, &[("email", &email)]))?;
    leptos_axum::redirect("/developer/profile?invited=1#members");
    Ok(())
}

/// Removes a member from the signed-in owner's organization.
#[server(prefix = "/api", endpoint = "remove_developer_member")]
pub async fn remove_developer_member(account_id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let owner = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let account_id = account_id
        .parse()
        .map_err(|_| respond(AppError::NotFound))?;

    identity::remove_member(&portal.db, &owner, account_id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/developer/profile?removed=1#members");
    Ok(())
}

/// Withdraws an open invitation of the signed-in owner's organization.
#[server(prefix = "/api", endpoint = "revoke_developer_invitation")]
pub async fn revoke_developer_invitation(invitation_id: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let owner = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;
    let invitation_id = invitation_id
        .parse()
        .map_err(|_| respond(AppError::NotFound))?;

    identity::revoke_invitation(&portal.db, &owner, invitation_id)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/developer/profile?revoked=1#members");
    Ok(())
}

/// Loads the organization an invitation link is for. Reading it needs no sign-in.
#[server(prefix = "/api", endpoint = "load_member_invitation")]
pub async fn load_member_invitation(token: String) -> Result<InvitationDetails, AppError> {
    use crate::serverfns::support::{portal, respond};
    use crate::services::identity;

    let portal = portal()?;
    identity::invitation_details(&portal.db, &token)
        .await
        .map_err(respond)
}

/// Joins the organization as the signed-in developer.
#[server(prefix = "/api", endpoint = "accept_member_invitation")]
pub async fn accept_member_invitation(token: String) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::{identity, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, &[Role::Developer])
        .await
        .map_err(respond)?;

    identity::accept_invitation(&portal.db, &account, &token)
        .await
        .map_err(respond)?;
    leptos_axum::redirect("/developer/profile?joined=1");
    Ok(())
}
