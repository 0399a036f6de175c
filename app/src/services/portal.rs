use std::time::Duration;

use sea_orm::DatabaseConnection;
use url::Url;

/// What server functions and routes need from the running portal. The server provides it
/// to every request, in Leptos context and as axum state.
#[derive(Clone, Debug)]
pub struct Portal {
    pub db: DatabaseConnection,
    /// The base of every link the portal e-mails.
    pub public_url: Url,
    /// A session ends this long after sign-in, however active it is.
    pub session_absolute_timeout: Duration,
}
