//! Clinics and their administrators, as clinic administrators see them.

use serde::{Deserialize, Serialize};

/// A clinic administrator as the clinic's other administrators see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdministratorView {
    pub id: String,
    pub display_name: String,
    pub email: String,
    /// Whether the invited person has not set a password yet.
    pub invitation_pending: bool,
    /// Whether this is the signed-in administrator.
    pub is_you: bool,
}
