//! Server functions of the verification review: the queue, a submission's page, claims,
//! decisions, notices and suspension.

mod decide;
mod notice;
mod queue;
mod submission;
mod suspension;

pub use decide::DecideSubmission;
pub use notice::load_notice;
pub use queue::list_submissions;
pub use submission::{
    load_submission_for_review, rerun_prechecks, ClaimSubmission, ReleaseSubmission,
};
pub use suspension::{RestoreApp, SuspendApp};

/// The portal, the signed-in account and the UUID a request names.
#[cfg(feature = "ssr")]
type SignedInRequest = (
    crate::services::portal::Portal,
    crate::db::entities::account::Model,
    uuid::Uuid,
);

/// Returns the portal and the signed-in reviewer, with `id` parsed as a UUID: `NotFound`
/// for a value that is not one.
#[cfg(feature = "ssr")]
async fn reviewer_request(id: &str) -> Result<SignedInRequest, crate::error::AppError> {
    signed_in_request(id, &[crate::domain::role::Role::Reviewer]).await
}

/// Like [`reviewer_request`], for a reviewer or a clinic administrator, who may approve only
/// the B2B submissions of their own clinic, as the B2B service checks.
#[cfg(feature = "ssr")]
async fn decider_request(id: &str) -> Result<SignedInRequest, crate::error::AppError> {
    use crate::domain::role::Role;

    signed_in_request(id, &[Role::Reviewer, Role::ClinicAdministrator]).await
}

#[cfg(feature = "ssr")]
async fn signed_in_request(
    id: &str,
    roles: &[crate::domain::role::Role],
) -> Result<SignedInRequest, crate::error::AppError> {
    use crate::error::AppError;
    use crate::serverfns::support::{portal, respond, session};
    use crate::services::session::require_role;

    let portal = portal()?;
    let session = session().await?;
    let account = require_role(&portal, &session, roles)
        .await
        .map_err(respond)?;
    let id = id.parse().map_err(|_| respond(AppError::NotFound))?;
    Ok((portal, account, id))
}
