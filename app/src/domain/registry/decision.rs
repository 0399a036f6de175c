//! Whether a client may be used at a clinic now, and the reason when it may not.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::domain::app_kind::{AppKind, TokenEndpointAuthMethod};
use crate::domain::app_status::AppStatus;
use crate::domain::clinic_app_state::{is_active, ClinicAppState};
use crate::domain::environment::Environment;

/// The reason a client may not be used at a clinic. The OAuth server branches on these codes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[derive(utoipa::ToSchema)]
pub enum DenialReason {
    /// No client has this client ID.
    UnknownClient,
    /// No clinic has this clinic ID: the OAuth server's own configuration is wrong, which
    /// no reason about the app would explain.
    UnknownClinic,
    /// A production client whose app is not approved, such as one back in review.
    NotApproved,
    /// A reviewer suspended the app for an active security or performance threat.
    Suspended,
    /// Every client secret of a client that authenticates with one was revoked or expired,
    /// or the clinic of a B2B app revoked its credentials.
    Revoked,
    /// The clinic turned this patient-facing app off.
    ClinicOptedOut,
    /// The clinic has not turned this clinician-facing app on.
    NotActivatedAtClinic,
    /// A B2B (system) app registered through another clinic; it works only there.
    B2bClientOfAnotherClinic,
    /// A sandbox client presented to the production OAuth server.
    SandboxClientInProduction,
}

impl DenialReason {
    pub const ALL: [DenialReason; 9] = [
        DenialReason::UnknownClient,
        DenialReason::UnknownClinic,
        DenialReason::NotApproved,
        DenialReason::Suspended,
        DenialReason::Revoked,
        DenialReason::ClinicOptedOut,
        DenialReason::NotActivatedAtClinic,
        DenialReason::B2bClientOfAnotherClinic,
        DenialReason::SandboxClientInProduction,
    ];

    /// Returns the code the API sends.
    pub fn as_str(self) -> &'static str {
        match self {
            DenialReason::UnknownClient => "unknown_client",
            DenialReason::UnknownClinic => "unknown_clinic",
            DenialReason::NotApproved => "not_approved",
            DenialReason::Suspended => "suspended",
            DenialReason::Revoked => "revoked",
            DenialReason::ClinicOptedOut => "clinic_opted_out",
            DenialReason::NotActivatedAtClinic => "not_activated_at_clinic",
            DenialReason::B2bClientOfAnotherClinic => "b2b_client_of_another_clinic",
            DenialReason::SandboxClientInProduction => "sandbox_client_in_production",
        }
    }

    /// Explains the code in a sentence for logs and people.
    pub fn detail(self) -> &'static str {
        match self {
            DenialReason::UnknownClient => "No client has this client ID.",
            DenialReason::UnknownClinic => "No clinic has this clinic ID.",
            DenialReason::NotApproved => "The app is not approved for production.",
            DenialReason::Suspended => "A reviewer suspended the app.",
            DenialReason::Revoked => {
                "Every client secret of this client was revoked or expired, or the clinic of \
                 this B2B app revoked its credentials."
            }
            DenialReason::ClinicOptedOut => "The clinic opted out of this patient-facing app.",
            DenialReason::NotActivatedAtClinic => {
                "The clinic has not activated this clinician-facing app."
            }
            DenialReason::B2bClientOfAnotherClinic => {
                "This B2B app was approved for another clinic and works only there."
            }
            DenialReason::SandboxClientInProduction => {
                "A sandbox client cannot be used in the production environment."
            }
        }
    }
}

/// The stored facts about a client that the decision reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientFacts {
    pub kind: AppKind,
    pub status: AppStatus,
    /// The environment the client's credentials belong to.
    pub environment: Environment,
    pub credentials_revoked: bool,
    /// The clinic a B2B app registered through.
    pub app_clinic_id: Option<Uuid>,
    /// The clinic's own setting for the app, if it recorded one.
    pub clinic_setting: Option<ClinicAppState>,
}

/// The OAuth server's request: a clinic, whether it exists, and the environment the OAuth
/// server itself runs in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecisionRequest {
    pub clinic_id: Uuid,
    pub clinic_known: bool,
    pub environment: Environment,
}

/// Decides whether `client` may be used at the clinic now: `Ok(())` when it may, else the
/// first reason it may not. A sandbox client works in the sandbox before any review, so only
/// revocation stops it there. A production client needs an approved, unsuspended app with
/// live credentials that is active at the clinic.
pub fn decide(client: Option<&ClientFacts>, request: DecisionRequest) -> Result<(), DenialReason> {
    let client = client.ok_or(DenialReason::UnknownClient)?;
    if !request.clinic_known {
        return Err(DenialReason::UnknownClinic);
    }

    if client.environment == Environment::Sandbox {
        if request.environment == Environment::Production {
            return Err(DenialReason::SandboxClientInProduction);
        }
        return match client.credentials_revoked {
            true => Err(DenialReason::Revoked),
            false => Ok(()),
        };
    }

    match client.status {
        AppStatus::Approved => {}
        // Only the clinic of a system app suspends it, by revoking its credentials.
        AppStatus::Suspended if client.kind == AppKind::System => {
            return Err(DenialReason::Revoked)
        }
        AppStatus::Suspended => return Err(DenialReason::Suspended),
        _ => return Err(DenialReason::NotApproved),
    }
    if client.credentials_revoked {
        return Err(DenialReason::Revoked);
    }
    active_at_clinic(client, request.clinic_id)
}

fn active_at_clinic(client: &ClientFacts, clinic_id: Uuid) -> Result<(), DenialReason> {
    match client.kind {
        AppKind::System if client.app_clinic_id == Some(clinic_id) => Ok(()),
        AppKind::System => Err(DenialReason::B2bClientOfAnotherClinic),
        kind if is_active(kind, client.clinic_setting) => Ok(()),
        AppKind::Patient => Err(DenialReason::ClinicOptedOut),
        AppKind::Clinician => Err(DenialReason::NotActivatedAtClinic),
    }
}

/// Returns whether a client's credentials count as revoked: it authenticates with a client
/// secret, was issued at least one, and none is valid now. A client that authenticates
/// otherwise has no secret to revoke.
pub fn credentials_revoked(
    method: TokenEndpointAuthMethod,
    secrets_issued: usize,
    secrets_valid: usize,
) -> bool {
    method == TokenEndpointAuthMethod::ClientSecretBasic && secrets_issued > 0 && secrets_valid == 0
}

#[cfg(test)]
#[path = "decision_tests.rs"]
mod tests;
