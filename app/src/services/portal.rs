use std::time::Duration;

use sea_orm::DatabaseConnection;
use url::Url;

use super::api_facts::ApiFacts;
use super::calendar::ReviewClock;
use super::credentials::CredentialKey;
use super::fetcher::GuardedFetcher;
use super::identity::DocumentStore;

/// The running portal as server functions and routes use it. The server provides it
/// to every request, in Leptos context and as axum state.
#[derive(Clone, Debug)]
pub struct Portal {
    pub db: DatabaseConnection,
    /// The base of every link the portal e-mails.
    pub public_url: Url,
    /// A session ends this long after sign-in, however active it is.
    pub session_absolute_timeout: Duration,
    /// The storage folder of identity documents, and the largest one accepted.
    pub documents: DocumentStore,
    /// The key client secrets are hashed under.
    pub credential_key: CredentialKey,
    /// The largest app logo accepted, in bytes.
    pub max_logo_bytes: u64,
    /// The HTTP client for URLs that developers register, such as a privacy policy's.
    pub fetcher: GuardedFetcher,
    /// The OAuth token endpoint URL, which the `aud` of a client assertion must be.
    pub token_endpoint: String,
    /// The time zone and end of the business day that review due dates are computed in.
    pub review_clock: ReviewClock,
    /// The one FHIR R4 base URL every clinic's data is served at.
    pub fhir_base_url: Url,
    /// The FHIR API's base URL, limits and support contact that the documentation publishes.
    pub api_facts: ApiFacts,
}
