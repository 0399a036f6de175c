//! `/registry/v1/clients/{client_id}`: a client as published, the decision whether it may
//! be used at a clinic, and the verification of a presented client secret.

use app::domain::environment::Environment;
use app::services::portal::Portal;
use app::services::registry::{self, ClientDecision, RegistryClient};
use axum::extract::rejection::JsonRejection;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::problem::Problem;
use super::query::first_value;
use super::RegistryState;

/// A client secret the OAuth server was presented with. It is never logged.
#[derive(Deserialize, ToSchema)]
pub struct SecretVerificationRequest {
    pub client_secret: String,
}

/// Whether the presented secret is one of the client's valid secrets.
#[derive(Debug, Serialize, ToSchema)]
pub struct SecretVerification {
    pub valid: bool,
}

/// Reads one client.
#[utoipa::path(
    get,
    path = "/registry/v1/clients/{client_id}",
    tag = "clients",
    params(("client_id" = String, Path, description = "The client ID, sandbox or production.")),
    responses(
        (status = 200, description = "The client.", body = RegistryClient),
        (status = 404, description = "No client has this client ID.", body = Problem,
            content_type = "application/problem+json"),
    ),
)]
pub async fn read_client(
    State(portal): State<Portal>,
    State(registry): State<RegistryState>,
    Path(client_id): Path<String>,
) -> Result<Json<RegistryClient>, Problem> {
    registry::read_client(&portal.db, &portal.public_url, registry.policy, &client_id)
        .await?
        .map(Json)
        .ok_or_else(Problem::unknown_client)
}

/// Decides whether the client may be used at a clinic now.
#[utoipa::path(
    get,
    path = "/registry/v1/clients/{client_id}/decision",
    tag = "clients",
    params(
        ("client_id" = String, Path, description = "The client ID, sandbox or production."),
        ("clinic_id" = Uuid, Query, description = "The clinic the client is used at."),
        ("environment" = Environment, Query,
            description = "The environment the asking OAuth server runs in."),
    ),
    responses(
        (status = 200, description = "The decision; an unknown client is refused with the \
            reason unknown_client.", body = ClientDecision),
        (status = 400, description = "A missing or invalid query parameter.", body = Problem,
            content_type = "application/problem+json"),
    ),
)]
pub async fn decide(
    State(portal): State<Portal>,
    Path(client_id): Path<String>,
    RawQuery(query): RawQuery,
) -> Result<Json<ClientDecision>, Problem> {
    let query = query.unwrap_or_default();
    let clinic_id = first_value(&query, "clinic_id")
        .and_then(|value| value.parse::<Uuid>().ok())
        .ok_or_else(|| {
            Problem::invalid_parameter(
                "clinic_id",
                "clinic_id must be the UUID of a clinic, such as \
                 0b6f1c2e-8d7a-4c1e-9f3b-2a5d6e7f8a9b.",
            )
        })?;
    let environment = first_value(&query, "environment")
        .and_then(|value| Environment::parse(&value))
        .ok_or_else(|| {
            Problem::invalid_parameter(
                "environment",
                "environment must be production or sandbox: the environment the OAuth server \
                 runs in.",
            )
        })?;

    let decision = registry::decide_client(&portal.db, &client_id, clinic_id, environment).await?;
    Ok(Json(decision))
}

/// Verifies a presented client secret in constant time.
#[utoipa::path(
    post,
    path = "/registry/v1/clients/{client_id}/secret-verification",
    tag = "clients",
    params(("client_id" = String, Path, description = "The client ID, sandbox or production.")),
    request_body = SecretVerificationRequest,
    responses(
        (status = 200, description = "Whether the secret is valid now.",
            body = SecretVerification),
        (status = 400, description = "The body is not the expected JSON.", body = Problem,
            content_type = "application/problem+json"),
        (status = 404, description = "No client has this client ID.", body = Problem,
            content_type = "application/problem+json"),
    ),
)]
pub async fn verify_secret(
    State(portal): State<Portal>,
    Path(client_id): Path<String>,
    body: Result<Json<SecretVerificationRequest>, JsonRejection>,
) -> Result<Json<SecretVerification>, Problem> {
    let Json(body) = body.map_err(|_| {
        Problem::new(
            super::problem::ProblemKind::InvalidBody,
            "Send Content-Type: application/json with a body such as \
             {\"client_secret\": \"...\"}.",
        )
    })?;

    let valid = registry::verify_secret(
        &portal.db,
        &portal.credential_key,
        &client_id,
        &body.client_secret,
    )
    .await?
    .ok_or_else(Problem::unknown_client)?;
    Ok(Json(SecretVerification { valid }))
}
