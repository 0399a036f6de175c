//! The automatic pre-checks of an app submission, which a reviewer reads before the
//! registration itself. A submission can store them as JSON, so the names and outcomes
//! below are a stable format: add variants, never rename them.

mod registration_checks;

use serde::{Deserialize, Serialize};

pub use registration_checks::registration_prechecks;

/// One automatic check of a registration and what it found.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreCheck {
    pub name: PreCheckName,
    pub outcome: PreCheckOutcome,
    /// The findings in sentences a reviewer reads: counts, values, status codes and every
    /// problem found.
    pub evidence: String,
}

/// The subject of a pre-check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreCheckName {
    PrivacyPolicyUrl,
    TermsOfServiceUrl,
    RedirectUris,
    Scopes,
    ClientAuthentication,
    Pkce,
    Jwks,
}

/// The result of a pre-check. A warning is advice for the reviewer, and a skipped check
/// does not apply to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PreCheckOutcome {
    Passed,
    Failed,
    Warning,
    Skipped,
}

impl PreCheck {
    pub fn new(name: PreCheckName, outcome: PreCheckOutcome, evidence: impl Into<String>) -> Self {
        Self {
            name,
            outcome,
            evidence: evidence.into(),
        }
    }
}

impl PreCheckName {
    /// Returns the check's title as a reviewer reads it.
    pub fn label(self) -> &'static str {
        match self {
            PreCheckName::PrivacyPolicyUrl => "Privacy policy page",
            PreCheckName::TermsOfServiceUrl => "Terms of service page",
            PreCheckName::RedirectUris => "Redirect URIs",
            PreCheckName::Scopes => "Scopes",
            PreCheckName::ClientAuthentication => "Client authentication",
            PreCheckName::Pkce => "PKCE",
            PreCheckName::Jwks => "Public keys (JWKS)",
        }
    }
}

impl PreCheckOutcome {
    pub fn label(self) -> &'static str {
        match self {
            PreCheckOutcome::Passed => "Passed",
            PreCheckOutcome::Failed => "Failed",
            PreCheckOutcome::Warning => "Warning",
            PreCheckOutcome::Skipped => "Skipped",
        }
    }
}

#[cfg(test)]
mod tests;
