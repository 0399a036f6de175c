//! The full router on a test database, with the settings a test may change.

use std::time::Duration;

use app::domain::registry::policy::PolicySettings;
use app::services::api_facts::ApiFacts;
use app::services::calendar::ReviewClock;
use app::services::fetcher::{FetcherOptions, GuardedFetcher};
use app::services::identity::DocumentStore;
use app::services::portal::Portal;
use axum::Router;
use server::config::SessionSettings;
use server::csrf::AllowedOrigins;
use server::form_rate_limit::FormRateLimits;
use server::registry::RegistryState;
use server::state::AppState;

use super::{
    credential_key, leptos_options, TestDatabase, FHIR_BASE_URL, MAX_DOCUMENT_BYTES,
    MAX_LOGO_BYTES, PORTAL_ORIGIN, TOKEN_ENDPOINT,
};

/// The settings of a test router. The defaults are the configuration's, except for a
/// registry token limit that no test reaches.
struct TestRouter {
    absolute_timeout: Duration,
    registry: RegistryState,
    api_facts: ApiFacts,
    form_limits: FormRateLimits,
    fetcher: GuardedFetcher,
}

impl Default for TestRouter {
    fn default() -> Self {
        let session = SessionSettings::default();
        Self {
            absolute_timeout: Duration::from_secs(12 * 3600),
            registry: RegistryState::new(PolicySettings::default(), 600_000),
            api_facts: ApiFacts::default(),
            form_limits: FormRateLimits::new(
                session.form_posts_per_minute,
                session.form_posts_per_minute_without_session,
            ),
            fetcher: GuardedFetcher::new(FetcherOptions::default()).unwrap(),
        }
    }
}

impl TestRouter {
    fn build(self, database: &TestDatabase) -> Router {
        let public_url = url::Url::parse(PORTAL_ORIGIN).unwrap();
        server::router::build(AppState {
            leptos_options: leptos_options(),
            portal: Portal {
                db: database.db.clone(),
                public_url: public_url.clone(),
                session_absolute_timeout: self.absolute_timeout,
                documents: DocumentStore {
                    dir: database.documents_dir(),
                    max_bytes: MAX_DOCUMENT_BYTES,
                },
                credential_key: credential_key(),
                max_logo_bytes: MAX_LOGO_BYTES,
                fetcher: self.fetcher,
                token_endpoint: TOKEN_ENDPOINT.to_owned(),
                review_clock: ReviewClock::default(),
                fhir_base_url: url::Url::parse(FHIR_BASE_URL).unwrap(),
                api_facts: self.api_facts,
            },
            allowed_origins: AllowedOrigins::new(&public_url, "127.0.0.1:3000".parse().unwrap()),
            session_idle_timeout: Duration::from_secs(30 * 60),
            registry: self.registry,
            form_limits: self.form_limits,
        })
    }
}

/// Builds the full router on `database`, ready for `tower::ServiceExt::oneshot`.
pub fn router(database: &TestDatabase) -> Router {
    TestRouter::default().build(database)
}

/// Builds the full router, with sessions ending `absolute_timeout` after sign-in.
pub fn router_with_absolute_timeout(database: &TestDatabase, absolute_timeout: Duration) -> Router {
    TestRouter {
        absolute_timeout,
        ..TestRouter::default()
    }
    .build(database)
}

/// Builds the full router with the registry API's policy and rate limit in `registry`.
pub fn router_with_registry(database: &TestDatabase, registry: RegistryState) -> Router {
    TestRouter {
        registry,
        ..TestRouter::default()
    }
    .build(database)
}

/// Builds the full router, with the documentation publishing `api_facts`.
pub fn router_with_api_facts(database: &TestDatabase, api_facts: ApiFacts) -> Router {
    TestRouter {
        api_facts,
        ..TestRouter::default()
    }
    .build(database)
}

/// Builds the full router, with each session, and each address without a session, limited
/// to `form_posts_per_minute` state-changing requests.
pub fn router_with_form_limit(database: &TestDatabase, form_posts_per_minute: u32) -> Router {
    TestRouter {
        form_limits: FormRateLimits::new(form_posts_per_minute, form_posts_per_minute),
        ..TestRouter::default()
    }
    .build(database)
}

/// Builds the full router with `fetcher` for registered URLs, such as one that may reach a
/// test server on loopback.
pub fn router_with_fetcher(database: &TestDatabase, fetcher: GuardedFetcher) -> Router {
    TestRouter {
        fetcher,
        ..TestRouter::default()
    }
    .build(database)
}
