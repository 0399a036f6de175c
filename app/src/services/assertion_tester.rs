//! The client assertion tester: checks a JWT that a developer pastes against their app's
//! registered keys and client ID, as the OAuth server would at its token endpoint.

use chrono::Utc;
use sea_orm::DatabaseConnection;
use uuid::Uuid;

use crate::db::app_clients;
use crate::db::entities::account;
use crate::domain::app_kind::TokenEndpointAuthMethod;
use crate::domain::client_assertion::{check_assertion, parse_assertion, ExpectedAssertion};
use crate::domain::environment::Environment;
use crate::error::{AppError, FieldError};
use crate::models::jwks::AssertionReport;
use crate::services::apps::load_for_editor;
use crate::services::fetcher::GuardedFetcher;
use crate::services::jwks::keys_for_app;

/// The form field that carries the pasted assertion.
pub const ASSERTION_FIELD: &str = "assertion";

/// Checks `assertion` for the app's client in `environment` at the current time. An
/// assertion naming a `kid` that the cached key set lacks makes the JWKS URL be fetched
/// again, as the OAuth server would.
pub async fn test_client_assertion(
    db: &DatabaseConnection,
    fetcher: &GuardedFetcher,
    token_endpoint: &str,
    account: &account::Model,
    app_id: Uuid,
    environment: Environment,
    assertion: &str,
) -> Result<AssertionReport, AppError> {
    if assertion.trim().is_empty() {
        return Err(AppError::Invalid(vec![FieldError::new(
            ASSERTION_FIELD,
            "Paste a client assertion: a JWT of three base64url parts separated by dots.",
        )]));
    }

    let app = load_for_editor(db, account, app_id).await?;
    if app.token_endpoint_auth_method != TokenEndpointAuthMethod::PrivateKeyJwt.as_str() {
        return Err(AppError::BadRequest(
            "only an app that authenticates with private_key_jwt signs client assertions."
                .to_owned(),
        ));
    }
    let Some(client) = app_clients::find(db, app.id, environment).await? else {
        return Err(AppError::Invalid(vec![FieldError::new(
            "environment",
            format!(
                "this app has no {} client yet. Choose sandbox, or wait for approval.",
                environment.as_str()
            ),
        )]));
    };

    let kid = parse_assertion(assertion)
        .ok()
        .and_then(|parsed| parsed.header_str("kid").map(str::to_owned));
    let keys = keys_for_app(db, fetcher, app.id, kid.as_deref()).await?;

    let expected = ExpectedAssertion {
        client_id: client.client_id.clone(),
        token_endpoint: token_endpoint.to_owned(),
        jwks_url: keys.jwks_url.clone(),
    };
    let document = keys.document.as_deref().unwrap_or("{\"keys\": []}");
    let verdict = check_assertion(assertion, document, &expected, Utc::now());

    Ok(AssertionReport {
        client_id: client.client_id,
        environment: environment.label().to_owned(),
        token_endpoint: token_endpoint.to_owned(),
        kid: verdict.kid,
        alg: verdict.alg,
        problems: verdict.problems,
        keys: keys.status,
    })
}
