use std::time::Duration;

use app::db::session_store::DatabaseSessionStore;
use sea_orm::DatabaseConnection;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};

/// Name of the session cookie.
pub const COOKIE_NAME: &str = "veracity_session";

/// The session layer: sessions stored in the portal's database, an HttpOnly cookie with
/// SameSite=Lax, Secure when the portal is served over https, ending after `idle_timeout`
/// without a request.
pub fn layer(
    db: DatabaseConnection,
    secure: bool,
    idle_timeout: Duration,
) -> SessionManagerLayer<DatabaseSessionStore> {
    let idle = time::Duration::try_from(idle_timeout).unwrap_or(time::Duration::minutes(30));

    SessionManagerLayer::new(DatabaseSessionStore::new(db))
        .with_name(COOKIE_NAME)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(idle))
}
