//! The kinds of change the registry change feed reports to the OAuth server.

use serde::{Deserialize, Serialize};

/// A change to a client, its secrets or a clinic's setting for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum RegistryEventKind {
    #[serde(rename = "client.created")]
    ClientCreated,
    #[serde(rename = "client.changed")]
    ClientChanged,
    #[serde(rename = "client.approved")]
    ClientApproved,
    #[serde(rename = "client.suspended")]
    ClientSuspended,
    #[serde(rename = "client.restored")]
    ClientRestored,
    #[serde(rename = "client.revoked")]
    ClientRevoked,
    #[serde(rename = "secret.issued")]
    SecretIssued,
    #[serde(rename = "secret.rotated")]
    SecretRotated,
    #[serde(rename = "secret.revoked")]
    SecretRevoked,
    #[serde(rename = "clinic.opted_out")]
    ClinicOptedOut,
    #[serde(rename = "clinic.opted_in")]
    ClinicOptedIn,
    #[serde(rename = "clinic.activated")]
    ClinicActivated,
    #[serde(rename = "clinic.deactivated")]
    ClinicDeactivated,
}

impl RegistryEventKind {
    pub const ALL: [RegistryEventKind; 13] = [
        RegistryEventKind::ClientCreated,
        RegistryEventKind::ClientChanged,
        RegistryEventKind::ClientApproved,
        RegistryEventKind::ClientSuspended,
        RegistryEventKind::ClientRestored,
        RegistryEventKind::ClientRevoked,
        RegistryEventKind::SecretIssued,
        RegistryEventKind::SecretRotated,
        RegistryEventKind::SecretRevoked,
        RegistryEventKind::ClinicOptedOut,
        RegistryEventKind::ClinicOptedIn,
        RegistryEventKind::ClinicActivated,
        RegistryEventKind::ClinicDeactivated,
    ];

    /// Returns the value stored in the database and sent in the feed.
    pub fn as_str(self) -> &'static str {
        match self {
            RegistryEventKind::ClientCreated => "client.created",
            RegistryEventKind::ClientChanged => "client.changed",
            RegistryEventKind::ClientApproved => "client.approved",
            RegistryEventKind::ClientSuspended => "client.suspended",
            RegistryEventKind::ClientRestored => "client.restored",
            RegistryEventKind::ClientRevoked => "client.revoked",
            RegistryEventKind::SecretIssued => "secret.issued",
            RegistryEventKind::SecretRotated => "secret.rotated",
            RegistryEventKind::SecretRevoked => "secret.revoked",
            RegistryEventKind::ClinicOptedOut => "clinic.opted_out",
            RegistryEventKind::ClinicOptedIn => "clinic.opted_in",
            RegistryEventKind::ClinicActivated => "clinic.activated",
            RegistryEventKind::ClinicDeactivated => "clinic.deactivated",
        }
    }

    pub fn parse(value: &str) -> Option<RegistryEventKind> {
        RegistryEventKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_match_the_serialized_names() {
        for kind in RegistryEventKind::ALL {
            assert_eq!(RegistryEventKind::parse(kind.as_str()), Some(kind));
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::Value::from(kind.as_str())
            );
        }
    }
}
