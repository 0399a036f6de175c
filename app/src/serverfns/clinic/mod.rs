//! Server functions of the clinic administrator: the clinic's gallery with its changes, the
//! clinic's administrators, and its B2B registration links and requests.

mod administrators;
mod apps;
mod registrations;

pub use administrators::{
    list_clinic_administrators, InviteClinicAdministrator, RemoveClinicAdministrator,
};
pub use apps::{list_clinic_apps, load_clinic_app, ChangeClinicApp};
pub use registrations::{
    list_registration_links, list_registration_requests, load_registration_request,
    CreateRegistrationLink, DenyRegistration, RevokeB2bCredentials, RevokeRegistrationLink,
};

/// Returns the portal, the signed-in clinic administrator and the clinic they administer.
#[cfg(feature = "ssr")]
async fn administrator_request() -> Result<
    (
        crate::services::portal::Portal,
        crate::db::entities::account::Model,
        uuid::Uuid,
    ),
    crate::error::AppError,
> {
    use crate::domain::role::Role;
    use crate::error::AppError;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    let administrator = require_role(&portal, &session, &[Role::ClinicAdministrator])
        .await
        .map_err(respond)?;
    let clinic_id = administrator
        .clinic_id
        .ok_or_else(|| respond(AppError::Forbidden))?;
    Ok((portal, administrator, clinic_id))
}

/// Parses a UUID sent by a form: `NotFound` for a value that is not one.
#[cfg(feature = "ssr")]
fn parse_id(value: &str) -> Result<uuid::Uuid, crate::error::AppError> {
    use crate::serverfns::support::respond;

    value
        .parse()
        .map_err(|_| respond(crate::error::AppError::NotFound))
}
