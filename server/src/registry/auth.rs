//! The registry API's authentication: every endpoint but the OpenAPI document needs a
//! registry token in `Authorization: Bearer`, and each token has its own rate limit.

use std::time::Instant;

use app::services::portal::Portal;
use app::services::registry::tokens;
use axum::extract::{Request, State};
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::problem::{Problem, ProblemKind};
use super::RegistryState;

/// Lets the request through when it presents a working registry token within its rate
/// limit. Otherwise it returns 401 or 429 with a problem document.
pub async fn require_token(
    State((portal, registry)): State<(Portal, RegistryState)>,
    request: Request,
    next: Next,
) -> Response {
    let Some(presented) = bearer_token(&request) else {
        return unauthorized("Send a registry token as Authorization: Bearer TOKEN.");
    };

    let token = match tokens::authenticate(&portal.db, &portal.credential_key, presented).await {
        Ok(Some(token)) => token,
        Ok(None) => {
            return unauthorized(
                "The registry token is unknown or revoked. Ask a platform administrator for a \
                 new one.",
            )
        }
        Err(error) => return Problem::from(error).into_response(),
    };
    if let Err(seconds) = registry.limiter.check(token.id, Instant::now()) {
        let problem = Problem {
            retry_after: Some(seconds),
            ..Problem::new(
                ProblemKind::RateLimited,
                format!("This registry token made too many requests; retry in {seconds} s."),
            )
        };
        return problem.into_response();
    }

    next.run(request).await
}

/// Returns the token of an `Authorization: Bearer` header; the scheme is case-insensitive.
fn bearer_token(request: &Request) -> Option<&str> {
    let value = request
        .headers()
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();

    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

fn unauthorized(detail: &str) -> Response {
    Problem::new(ProblemKind::Unauthorized, detail).into_response()
}
