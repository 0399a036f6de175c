//! A JWKS server on 127.0.0.1 for tests, serving the published key sets with various caching
//! headers and failures, and `private_key_jwt` apps whose JWKS URL points at it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use app::db::entities::{account, app as app_entity, jwks_cache};
use app::db::jwks_cache as cache;
use app::domain::app_kind::AppKind;
use app::domain::registration::RegistrationInput;
use app::domain::role::Role;
use app::services::apps::create_app;
use app::services::fetcher::{FetcherOptions, GuardedFetcher};
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use sea_orm::{ActiveModelTrait, DatabaseConnection, IntoActiveModel, Set};
use tokio::net::TcpListener;

use super::apps::{cases_dir, read_case};
use super::people::create_account;
use super::{credential_key, portal_url};

/// The key set served at `/jwks/rotating`, which a test may replace.
pub type Served = Arc<Mutex<String>>;

/// The test server's port, its request count per path and the rotating key set.
#[derive(Clone)]
pub struct KeyServer {
    pub port: u16,
    pub hits: Arc<Mutex<HashMap<String, usize>>>,
    pub rotating: Served,
}

impl KeyServer {
    pub fn url(&self, name: &str) -> String {
        format!("http://127.0.0.1:{}/jwks/{name}", self.port)
    }

    pub fn hits(&self, name: &str) -> usize {
        self.hits.lock().unwrap().get(name).copied().unwrap_or(0)
    }
}

pub fn case(name: &str) -> String {
    read_case(&cases_dir().join("jwks").join(name))
}

pub const RS384_SET: &str = "hl7_smart_app_launch_RS384.public.json";
pub const ES384_SET: &str = "hl7_smart_app_launch_ES384.public.json";
pub const RS384_JWT: &str = "hl7_client_confidential_asymmetric_RS384_example.jwt";

pub async fn start_key_server() -> KeyServer {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server = KeyServer {
        port: listener.local_addr().unwrap().port(),
        hits: Arc::default(),
        rotating: Arc::new(Mutex::new(case(RS384_SET))),
    };
    let app = Router::new()
        .route("/jwks/{name}", get(serve))
        .with_state(server.clone());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    server
}

async fn serve(State(server): State<KeyServer>, Path(name): Path<String>) -> Response {
    *server.hits.lock().unwrap().entry(name.clone()).or_default() += 1;
    let json = [(header::CONTENT_TYPE, "application/json")];

    match name.as_str() {
        "max-age" => (
            [(header::CACHE_CONTROL, "max-age=600")],
            json,
            case(RS384_SET),
        )
            .into_response(),
        "no-store" => {
            ([(header::CACHE_CONTROL, "no-store")], json, case(RS384_SET)).into_response()
        }
        "rotating" => {
            let body = server.rotating.lock().unwrap().clone();
            ([(header::CACHE_CONTROL, "max-age=3600")], json, body).into_response()
        }
        "text" => "this is not JSON".into_response(),
        "private" => (
            json,
            r#"{"keys":[{"kty":"oct","kid":"shared","k":"c2VjcmV0"}]}"#,
        )
            .into_response(),
        "slow" => {
            tokio::time::sleep(StdDuration::from_secs(3)).await;
            (json, case(RS384_SET)).into_response()
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

pub fn fetcher() -> GuardedFetcher {
    GuardedFetcher::new(FetcherOptions {
        timeout: StdDuration::from_millis(500),
        allow_loopback: true,
        ..FetcherOptions::default()
    })
    .unwrap()
}

/// Creates a developer and a B2B `private_key_jwt` app with the JWKS document `jwks`, then
/// sets its JWKS URL to `jwks_url` in storage, because the registration form accepts only
/// public https URLs and the test server listens on loopback.
pub async fn key_app(
    db: &DatabaseConnection,
    jwks: &str,
    jwks_url: Option<String>,
) -> (account::Model, app_entity::Model) {
    let developer = create_account(db, "kai@example.com", "Kai Moreno", Role::Developer).await;
    let mut input = RegistrationInput::new(AppKind::System);
    input.name = "Night Batch".to_owned();
    input.client_type = "confidential".to_owned();
    input.token_endpoint_auth_method = "private_key_jwt".to_owned();
    input.jwks = jwks.to_owned();
    let app = create_app(db, &credential_key(), &portal_url(), &developer, input)
        .await
        .unwrap();

    let mut row = app.into_active_model();
    row.jwks_url = Set(jwks_url);
    let app = row.update(db).await.unwrap();
    (developer, app)
}

pub async fn cached(db: &DatabaseConnection, url: &str) -> jwks_cache::Model {
    cache::find(db, url).await.unwrap().expect("a cache row")
}
