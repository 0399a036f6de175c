//! The registry API under `/registry/v1`: what the OAuth server reads about clients. Thin
//! handlers over `app::services::registry`, RFC 9457 problem documents for every error, a
//! registry token on every request but the OpenAPI document's, and a rate limit per token.

mod auth;
mod changes;
mod clients;
mod jwks;
mod openapi;
mod problem;
mod query;

use app::domain::registry::policy::PolicySettings;
use axum::routing::{get, post};
use axum::{middleware, Router};

pub use openapi::RegistryApi;
pub use problem::{Problem, ProblemKind, PROBLEM_JSON};
use uuid::Uuid;

use crate::rate_limit::RateLimiter;
use crate::state::AppState;

/// The registry's share of the server's state: the policy it publishes with each client
/// and the per-token rate limit.
#[derive(Clone, Debug)]
pub struct RegistryState {
    pub policy: PolicySettings,
    pub limiter: RateLimiter<Uuid>,
}

impl RegistryState {
    pub fn new(policy: PolicySettings, token_requests_per_minute: u32) -> Self {
        Self {
            policy,
            limiter: RateLimiter::new(token_requests_per_minute),
        }
    }
}

/// Builds the routes under `/registry/v1`. A path there that names no endpoint gets a
/// problem document rather than the portal's HTML page.
pub fn routes(state: &AppState) -> Router<AppState> {
    let auth_state = (state.portal.clone(), state.registry.clone());

    let protected = Router::new()
        .route("/clients/{client_id}", get(clients::read_client))
        .route("/clients/{client_id}/decision", get(clients::decide))
        .route(
            "/clients/{client_id}/secret-verification",
            post(clients::verify_secret),
        )
        .route(
            "/clients/{client_id}/jwks-refresh",
            post(jwks::refresh_jwks),
        )
        .route("/changes", get(changes::list_changes))
        .route_layer(middleware::from_fn_with_state(
            auth_state,
            auth::require_token,
        ));

    let api = Router::new()
        .route("/openapi.json", get(openapi::serve_document))
        .merge(protected)
        .fallback(no_such_endpoint);
    Router::new().nest("/registry/v1", api)
}

async fn no_such_endpoint() -> Problem {
    Problem::new(
        ProblemKind::NotFound,
        "No registry endpoint has this path; /registry/v1/openapi.json lists them.",
    )
}
