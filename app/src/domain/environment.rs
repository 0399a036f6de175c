//! The environments an app's OAuth client credentials work in.

use serde::{Deserialize, Serialize};

/// The environment of a set of client credentials. The registry reports it with each
/// client, so the OAuth server accepts a client only where its credentials belong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub enum Environment {
    /// The test environment with synthetic data; every registered app gets credentials
    /// here at once, before any review.
    Sandbox,
    /// The live environment with patients' records; an app gets credentials here on
    /// approval.
    Production,
}

impl Environment {
    pub const ALL: [Environment; 2] = [Environment::Sandbox, Environment::Production];

    /// Returns the value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Environment::Sandbox => "sandbox",
            Environment::Production => "production",
        }
    }

    pub fn parse(value: &str) -> Option<Environment> {
        Environment::ALL
            .into_iter()
            .find(|environment| environment.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Environment::Sandbox => "Sandbox",
            Environment::Production => "Production",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_round_trip() {
        for environment in Environment::ALL {
            assert_eq!(Environment::parse(environment.as_str()), Some(environment));
        }
        assert_eq!(Environment::parse("staging"), None);
    }
}
