//! The objective criteria a reviewer decides an app submission on. The decision form
//! offers these and nothing else, so no other reason can be recorded.

use serde::{Deserialize, Serialize};

/// One criterion of the verification review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    /// The developer's identity, on the organization or the individual pathway.
    Identity,
    /// SMART App Launch 2.0.0 and OpenID Connect support, with well-formed scopes,
    /// redirect URIs and launch URIs.
    Protocol,
    /// A public client proves each authorization with PKCE using S256.
    Security,
    /// The app never requests or stores EHR user credentials.
    CredentialSafety,
    /// Publicly reachable privacy policy and terms of service.
    PrivacyPolicy,
    /// A disclosure of retention, sharing and revocation practices.
    DataPractices,
}

impl Criterion {
    pub const ALL: [Criterion; 6] = [
        Criterion::Identity,
        Criterion::Protocol,
        Criterion::Security,
        Criterion::CredentialSafety,
        Criterion::PrivacyPolicy,
        Criterion::DataPractices,
    ];

    /// Returns the value stored in the database and posted by the decision form.
    pub fn as_str(self) -> &'static str {
        match self {
            Criterion::Identity => "identity",
            Criterion::Protocol => "protocol",
            Criterion::Security => "security",
            Criterion::CredentialSafety => "credential_safety",
            Criterion::PrivacyPolicy => "privacy_policy",
            Criterion::DataPractices => "data_practices",
        }
    }

    pub fn parse(value: &str) -> Option<Criterion> {
        Criterion::ALL
            .into_iter()
            .find(|criterion| criterion.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Criterion::Identity => "Identity",
            Criterion::Protocol => "Protocol",
            Criterion::Security => "Security",
            Criterion::CredentialSafety => "Credential safety",
            Criterion::PrivacyPolicy => "Privacy policy and terms",
            Criterion::DataPractices => "Data practices disclosure",
        }
    }

    /// Returns the condition under which the criterion is met.
    pub fn met_when(self) -> &'static str {
        match self {
            Criterion::Identity => {
                "Organization: an EIN or a state registration number with its state, plus a \
                 supporting document. Individual: a government-issued ID document plus a \
                 verified permanent address."
            }
            Criterion::Protocol => {
                "The app attests SMART App Launch 2.0.0 and OpenID Connect support, and its \
                 scopes, redirect URIs and launch URIs are well formed."
            }
            Criterion::Security => {
                "A public client uses PKCE with S256: no plain method and no client secret."
            }
            Criterion::CredentialSafety => {
                "The app attests that it never asks for or stores EHR user credentials."
            }
            Criterion::PrivacyPolicy => {
                "The privacy policy and terms of service URLs are publicly reachable over https."
            }
            Criterion::DataPractices => {
                "The app discloses how long it keeps data, with whom it shares it, and how a \
                 user revokes its access, shown to users before they authorize it."
            }
        }
    }

    /// Returns the field name of the criterion's outcome in the decision form.
    pub fn outcome_field(self) -> String {
        format!("{}_outcome", self.as_str())
    }

    /// Returns the field name of the criterion's written finding in the decision form.
    pub fn finding_field(self) -> String {
        format!("{}_finding", self.as_str())
    }
}

/// A reviewer's outcome for one criterion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    NotApplicable,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Outcome::Met, Outcome::NotMet, Outcome::NotApplicable];

    /// Returns the value stored in the database and posted by the decision form.
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Met => "met",
            Outcome::NotMet => "not_met",
            Outcome::NotApplicable => "not_applicable",
        }
    }

    pub fn parse(value: &str) -> Option<Outcome> {
        Outcome::ALL
            .into_iter()
            .find(|outcome| outcome.as_str() == value)
    }

    pub fn label(self) -> &'static str {
        match self {
            Outcome::Met => "Met",
            Outcome::NotMet => "Not met",
            Outcome::NotApplicable => "Not applicable",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn criterion_values_round_trip() {
        for criterion in Criterion::ALL {
            assert_eq!(Criterion::parse(criterion.as_str()), Some(criterion));
        }
        assert_eq!(Criterion::parse("business_model"), None);
    }

    #[test]
    fn outcome_values_round_trip() {
        for outcome in Outcome::ALL {
            assert_eq!(Outcome::parse(outcome.as_str()), Some(outcome));
        }
        assert_eq!(Outcome::parse("maybe"), None);
    }
}
