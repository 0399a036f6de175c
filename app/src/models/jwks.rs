use serde::{Deserialize, Serialize};

use crate::domain::client_assertion::AssertionProblem;

/// The state of an app's registered public keys, for its page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JwksStatus {
    /// The registered JWKS URL, or `None` for a registered JWKS document.
    pub url: Option<String>,
    /// The `kid` of each key that assertions can be verified with.
    pub kids: Vec<String>,
    /// When the URL was last fetched, and when the copy must be fetched again.
    pub fetched_at: Option<String>,
    pub expires_at: Option<String>,
    /// The reason the latest fetch failed, or the reason there are no keys.
    pub error: Option<String>,
}

/// The tester's verdict on one client assertion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssertionReport {
    /// The client ID the assertion was checked against, and its environment's label.
    pub client_id: String,
    pub environment: String,
    pub token_endpoint: String,
    pub kid: Option<String>,
    pub alg: Option<String>,
    /// Every problem found. None means the OAuth server would accept the assertion.
    pub problems: Vec<AssertionProblem>,
    pub keys: JwksStatus,
}
