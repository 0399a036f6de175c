use app::serverfns::provide_request_context;
use app::{shell, App};
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::{middleware, Router};
use leptos_axum::{generate_route_list, LeptosRoutes};

        .route("/apps/{id}/sandbox-secret", post(sandbox_secret_page))
        .route("/apps/{id}/production-secret", post(production_secret_page))
        .route("/apps/{id}/assertion-test", post(assertion_test_page))
        .route(CREATE_TOKEN_PATH, post(create_token_page))
        .merge(registry::routes(&state))
        .leptos_routes_with_context(
            &state,
            routes,
            move || provide_request_context(portal.clone()),
            move || shell(leptos_options.clone()),
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            move || provide_request_context(fallback_portal.clone()),
            shell,
        ))
        .layer(session_layer)
        .layer(middleware::from_fn_with_state(
            state.allowed_origins.clone(),
            reject_cross_site,
        ))
        .layer(middleware::from_fn(set_security_headers))
        .layer(middleware::from_fn(trace_request))
        .with_state(state)
}
