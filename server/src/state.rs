use std::time::Duration;

use app::services::portal::Portal;
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use sea_orm::DatabaseConnection;

use crate::csrf::AllowedOrigins;
use crate::form_rate_limit::FormRateLimits;
use crate::registry::RegistryState;

/// The state every handler can reach: the Leptos options, the portal's services and the
/// request-level settings.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub portal: Portal,
    pub allowed_origins: AllowedOrigins,
    pub session_idle_timeout: Duration,
    pub registry: RegistryState,
    pub form_limits: FormRateLimits,
}

impl FromRef<AppState> for DatabaseConnection {
    fn from_ref(state: &AppState) -> Self {
        state.portal.db.clone()
    }
}
