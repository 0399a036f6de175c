use leptos::prelude::*;

use crate::error::AppError;

/// Invites a reviewer or a clinic administrator by e-mail. `role` is `reviewer` or
/// `clinic_administrator`; `clinic_id` is required for the latter.
#[server(prefix = "/api", endpoint = "invite_staff")]
pub async fn invite_staff(
    email: String,
    display_name: String,
    role: String,
    clinic_id: Option<String>,
) -> Result<(), AppError> {
    use crate::domain::role::Role;
    use crate::serverfns::support::{portal, respond, respond_keeping, session};
    use crate::services::{accounts, session::require_role};

    let portal = portal()?;
    let session = session().await?;
    let inviter = require_role(&portal, &session, &[Role::PlatformAdministrator])
        .await
        .map_err(respond)?;

    // An unknown role is reported with the other fields' errors: the service rejects the
    // developer role with the same message.
    let role = Role::parse(&role).unwrap_or(Role::Developer);
    let clinic_id = clinic_id
        .filter(|id| !id.is_empty())
        .map(|id| id.parse())
        .transpose()
        .map_err(|_| {
            respond(AppError::invalid(
                "clinic_id",
                "Choose a clinic from the list.",
            ))
        })?;
    let (typed_email, typed_name) = (email.clone(), display_name.clone());
    let form = accounts::StaffInvitation {
        email,
        display_name,
        role,
        clinic_id,
    };

    accounts::invite_staff(&portal.db, &portal.public_url, inviter.id, form)
        .await
        .map_err(|error| {
            respond_keeping(
                error,
                &[("email", &typed_email), ("display_name", &typed_name)],
            )
        })?;
    leptos_axum::redirect("/admin?invited=1");
    Ok(())
}
