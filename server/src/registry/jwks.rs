//! `/registry/v1/clients/{client_id}/jwks-refresh`, which the OAuth server calls to have
//! the portal fetch a client's JWKS URL again when an assertion names a `kid` its copy lacks.

use app::services::jwks::{refetch_client_jwks, ClientJwks, RefetchError};
use app::services::portal::Portal;
use axum::extract::{Path, State};
use axum::Json;

use super::problem::{Problem, ProblemKind};

/// Fetches the client's JWKS URL again, bypassing the cache's expiry, updates the cache and
/// returns the key set. A URL fetched less than a minute ago is not fetched again, and that
/// fetch's result is returned.
#[utoipa::path(
    post,
    path = "/registry/v1/clients/{client_id}/jwks-refresh",
    tag = "clients",
    params(("client_id" = String, Path, description = "The client ID, sandbox or production.")),
    responses(
        (status = 200, description = "The key set the JWKS URL returned.", body = ClientJwks),
        (status = 404, description = "No client has this client ID.", body = Problem,
            content_type = "application/problem+json"),
        (status = 409, description = "The client has no JWKS URL: it registers a JWKS \
            document or authenticates without public keys.", body = Problem,
            content_type = "application/problem+json"),
        (status = 502, description = "The JWKS URL could not be fetched or returned no \
            valid key set; the detail names the failure.", body = Problem,
            content_type = "application/problem+json"),
    ),
)]
pub async fn refresh_jwks(
    State(portal): State<Portal>,
    Path(client_id): Path<String>,
) -> Result<Json<ClientJwks>, Problem> {
    refetch_client_jwks(&portal.db, &portal.fetcher, &client_id)
        .await
        .map(Json)
        .map_err(|error| match error {
            RefetchError::UnknownClient => Problem::unknown_client(),
            RefetchError::NoJwksUrl(detail) => Problem::new(ProblemKind::NoJwksUrl, detail),
            RefetchError::FetchFailed(reason) => Problem::new(
                ProblemKind::JwksFetchFailed,
                format!("Fetching the client's JWKS URL failed: {reason}"),
            ),
            RefetchError::Storage(error) => Problem::from(error),
        })
}
