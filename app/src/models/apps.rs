use std::fmt;

use serde::{Deserialize, Serialize};

use crate::models::jwks::JwksStatus;

use crate::domain::app_kind::AppKind;
use crate::domain::app_status::AppStatus;
use crate::domain::environment::Environment;
use crate::domain::registration::RegistrationInput;
use crate::models::submissions::ReviewState;

/// An app in the developer's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppSummary {
    pub id: String,
    pub name: Option<String>,
    pub kind: AppKind,
    pub status: AppStatus,
    /// The environments the app has client credentials in.
    pub environments: Vec<Environment>,
    pub updated_at: String,
}

/// An app as its developers see it: the registration, its credentials and its history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppView {
    pub id: String,
    pub status: AppStatus,
    /// The stored registration in the form's shape.
    pub registration: RegistrationInput,
    pub logo: Option<LogoView>,
    pub clients: Vec<ClientView>,
    pub history: Vec<AppEvent>,
    /// Client secrets issued without being shown, shown in this response and never again.
    pub new_secrets: Vec<IssuedSecret>,
    /// The app's submissions for review and what a new one still needs.
    pub review: ReviewState,
    /// The largest logo accepted, in bytes.
    pub max_logo_bytes: u64,
    pub created_at: String,
    /// The clinic a B2B (system) app registered through, which decides its submissions.
    pub clinic_name: Option<String>,
    /// The clinic's reason for denying the app's latest submission, while it applies.
    pub denial_reason: Option<String>,
    /// The version of the developer agreement the developer has yet to accept. Production
    /// credentials stay hidden until they do.
    pub agreement_pending: Option<i32>,
    /// The stored state of a `private_key_jwt` app's public keys.
    pub jwks_status: Option<JwksStatus>,
}

/// The app's current logo.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogoView {
    /// The public URL the portal serves it at, changing with each upload.
    pub url: String,
    pub content_type: String,
    pub size_bytes: i64,
}

/// The app's OAuth client in one environment. A client secret never leaves the server
/// after the response that issued it; only when it was issued is shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientView {
    pub environment: Environment,
    pub client_id: String,
    /// When the valid client secret was issued, if the client has one.
    pub secret_issued_at: Option<String>,
    /// When the previous client secret stops working, while a rotation's grace period
    /// keeps it valid.
    pub previous_secret_valid_until: Option<String>,
}

/// One recorded change to the app.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppEvent {
    pub description: String,
    /// The name of the account that made the change.
    pub actor: String,
    pub recorded_at: String,
}

/// A client secret just issued, returned once to the developer who requested it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IssuedSecret {
    pub app_id: String,
    pub environment: Environment,
    pub client_id: String,
    pub client_secret: String,
}

impl fmt::Debug for IssuedSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("IssuedSecret")
            .field("app_id", &self.app_id)
            .field("environment", &self.environment)
            .field("client_id", &self.client_id)
            .field("client_secret", &"redacted")
            .finish()
    }
}
