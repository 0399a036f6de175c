//! The registry API's OpenAPI 3.1 document, derived from the handlers' annotations, with
//! the bearer security scheme and the responses every protected endpoint shares.

use axum::Json;
use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Ref, RefOr, Response, ResponseBuilder, Type};
use utoipa::{Modify, OpenApi};

use super::problem::PROBLEM_JSON;
use super::{changes, clients, jwks};

/// The name of the bearer security scheme in the document, as `security` above spells it.
const SECURITY_SCHEME: &str = "registry_token";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Veracity registry API",
        version = "1",
        description = "What the OAuth server reads about the portal's clients: a client's \
            registration and policy, whether it may be used at a clinic now, secret \
            verification, a refetch of its JWKS URL, and a change feed. Errors are RFC 9457 problem documents whose \
            type is a URN under urn:veracity:registry:problem:."
    ),
    paths(
        clients::read_client,
        clients::decide,
        clients::verify_secret,
        jwks::refresh_jwks,
        changes::list_changes,
        serve_document,
    ),
    security(("registry_token" = [])),
    modifiers(&SharedResponses),
    tags(
        (name = "clients", description = "One client and its use."),
        (name = "changes", description = "The change feed."),
        (name = "documentation", description = "This document."),
    )
)]
pub struct RegistryApi;

/// Returns this OpenAPI document. It needs no token.
#[utoipa::path(
    get,
    path = "/registry/v1/openapi.json",
    tag = "documentation",
    security(()),
    responses((status = 200, description = "The OpenAPI 3.1 document.", body = Object)),
)]
pub async fn serve_document() -> Json<utoipa::openapi::OpenApi> {
    Json(RegistryApi::openapi())
}

/// Adds the security scheme, and the 401 and 429 responses to every endpoint that needs a
/// token.
struct SharedResponses;

impl Modify for SharedResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            SECURITY_SCHEME,
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A registry token a platform administrator created in the portal.",
                    ))
                    .build(),
            ),
        );

        for (path, item) in openapi.paths.paths.iter_mut() {
            if path.ends_with("/openapi.json") {
                continue;
            }
            for operation in [item.get.as_mut(), item.post.as_mut()]
                .into_iter()
                .flatten()
            {
                let responses = &mut operation.responses.responses;
                responses.insert("401".to_owned(), RefOr::T(unauthorized()));
                responses.insert("429".to_owned(), RefOr::T(rate_limited()));
            }
        }
    }
}

fn problem_response(description: &str) -> ResponseBuilder {
    ResponseBuilder::new().description(description).content(
        PROBLEM_JSON,
        ContentBuilder::new()
            .schema(Some(Ref::from_schema_name("Problem")))
            .build(),
    )
}

fn string_header(description: &str) -> utoipa::openapi::header::Header {
    HeaderBuilder::new()
        .schema(ObjectBuilder::new().schema_type(Type::String))
        .description(Some(description))
        .build()
}

fn unauthorized() -> Response {
    problem_response("The registry token is missing, unknown or revoked.")
        .header(
            "WWW-Authenticate",
            string_header("Bearer, the scheme the registry expects."),
        )
        .build()
}

fn rate_limited() -> Response {
    let retry_after = HeaderBuilder::new()
        .schema(
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(1)),
        )
        .description(Some("Seconds until the token's window starts again."))
        .build();

    problem_response("The token made more requests this minute than its limit.")
        .header("Retry-After", retry_after)
        .build()
}
