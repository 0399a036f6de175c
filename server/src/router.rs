use app::{shell, App};
use axum::routing::get;
use axum::{middleware, Router};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};

use crate::health::check_health;
use crate::request_span::trace_request;
use crate::state::AppState;

/// Every route the portal serves, with its layers. Tests call this and send requests to
/// the result without a socket.
pub fn build(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let leptos_options = state.leptos_options.clone();
    let db = state.db.clone();

    Router::new()
        .route("/healthz", get(check_health))
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_context(db.clone()),
            move || shell(leptos_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(trace_request))
        .with_state(state)
}
