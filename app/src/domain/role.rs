use serde::{Deserialize, Serialize};

/// The kind of account, which decides what it may do in the portal. Every sign-up is a developer; the other roles are
/// given by invitation or by the server's CLI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Developer,
    Reviewer,
    /// Administers exactly one clinic; the account stores which.
    ClinicAdministrator,
    PlatformAdministrator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Developer,
        Role::Reviewer,
        Role::ClinicAdministrator,
        Role::PlatformAdministrator,
    ];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Developer => "developer",
            Role::Reviewer => "reviewer",
            Role::ClinicAdministrator => "clinic_administrator",
            Role::PlatformAdministrator => "platform_administrator",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == value)
    }

    /// Returns the role's name as people read it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Developer => "Developer",
            Role::Reviewer => "Reviewer",
            Role::ClinicAdministrator => "Clinic administrator",
            Role::PlatformAdministrator => "Platform administrator",
        }
    }

    /// Returns the page the role starts on after signing in.
    pub fn home_path(self) -> &'static str {
        match self {
            Role::Developer => "/apps",
            Role::Reviewer => "/review",
            Role::ClinicAdministrator => "/clinic",
            Role::PlatformAdministrator => "/admin",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_value_round_trips() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
    }

    #[test]
    fn unknown_stored_value_rejected() {
        assert_eq!(Role::parse("admin"), None);
    }
}
