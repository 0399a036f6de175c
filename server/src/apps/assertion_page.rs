use app::db::app_clients;
use app::domain::environment::Environment;
use app::domain::role::Role;
use app::error::AppError;
use app::pages::apps::assertion_test_document;
use app::serverfns::apps::parse_environment;
use app::services::assertion_tester::{test_client_assertion, ASSERTION_FIELD};
use app::services::portal::Portal;
use app::services::session::require_role;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::{Html, IntoResponse, Response};
use tower_sessions::Session;
use uuid::Uuid;

/// `POST /apps/{id}/assertion-test`: checks the pasted client assertion and shows the
/// verdict with the form again, for a browser without JavaScript. With JavaScript the app
/// page calls the server function and shows the verdict in place.
pub async fn assertion_test_page(
    State(portal): State<Portal>,
    session: Session,
    Path(id): Path<String>,
    body: Bytes,
) -> Response {
    let field = |name: &str| {
        url::form_urlencoded::parse(&body)
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.into_owned())
            .unwrap_or_default()
    };
    let assertion = field(ASSERTION_FIELD);
    let environment_text = field("environment");
    let selected = Environment::parse(&environment_text).unwrap_or(Environment::Sandbox);

    let result = check(&portal, &session, &id, &environment_text, &assertion).await;
    // Only a developer who may see the app learns which clients it has.
    let environments = match (&result, id.parse::<Uuid>()) {
        (Ok(_), Ok(app_id)) => app_clients::list_for_apps(&portal.db, vec![app_id])
            .await
            .unwrap_or_default()
            .iter()
            .filter_map(|client| Environment::parse(&client.environment))
            .collect(),
        _ => vec![selected],
    };

    let status = match &result {
        Ok(_) => axum::http::StatusCode::OK,
        Err(error) => error.status_code(),
    };
    let page = assertion_test_document(&id, environments, selected, &assertion, result);
    (status, Html(page)).into_response()
}

async fn check(
    portal: &Portal,
    session: &Session,
    id: &str,
    environment: &str,
    assertion: &str,
) -> Result<app::models::jwks::AssertionReport, AppError> {
    let account = require_role(portal, session, &[Role::Developer]).await?;
    let app_id = id.parse::<Uuid>().map_err(|_| AppError::NotFound)?;
    let environment = parse_environment(environment)?;

    test_client_assertion(
        &portal.db,
        &portal.fetcher,
        &portal.token_endpoint,
        &account,
        app_id,
        environment,
        assertion,
    )
    .await
}
