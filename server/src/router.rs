use app::serverfns::provide_request_context;
use app::{shell, App};
use axum::extract::DefaultBodyLimit;
use axum::handler::Handler;
use axum::routing::{get, post};
use axum::{middleware, Router};
use leptos_axum::{generate_route_list, LeptosRoutes};

use app::pages::clinic::CREATE_LINK_PATH;
use app::pages::registry_tokens::CREATE_TOKEN_PATH;

use crate::admin::create_token_page;
use crate::apps::{
    assertion_test_page, production_secret_page, sandbox_secret_page, serve_logo, upload_logo,
};
use crate::change_feed::serve_change_feed;
use crate::clinic_links::create_link_page;
use crate::csrf::reject_cross_site;
use crate::documents::{download_document, upload_document};
use crate::form_rate_limit::limit_form_posts;
use crate::health::check_health;
use crate::registry;
use crate::render_retry::retry_stalled_render;
use crate::request_span::trace_request;
use crate::security_headers::set_security_headers;
use crate::service_base_urls::list_service_base_urls;
use crate::sessions;
use crate::state::AppState;

/// Builds every route the portal serves, with its layers. Tests call this and send requests to
/// the result without a socket.
pub fn build(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let leptos_options = state.leptos_options.clone();
    let portal = state.portal.clone();
    let fallback_portal = state.portal.clone();
    let secure_cookies = state.portal.public_url.scheme() == "https";
    let session_layer = sessions::layer(
        state.portal.db.clone(),
        secure_cookies,
        state.session_idle_timeout,
    );

    // The upload handler enforces the file's own limit and then reads on, discarding, so a
    // browser sending a somewhat larger file receives the error page. Past four times the
    // limit the body is cut off and the browser may show a reset connection.
    let upload_limit = usize::try_from(state.portal.documents.max_bytes)
        .unwrap_or(usize::MAX)
        .saturating_mul(4)
        .saturating_add(1024 * 1024);
    let logo_limit = usize::try_from(state.portal.max_logo_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(64 * 1024);

    Router::new()
        .route("/healthz", get(check_health))
        .route("/fhir/service-base-urls", get(list_service_base_urls))
        .route("/changes.atom", get(serve_change_feed))
        .route(
            "/developer/documents",
            post(upload_document).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route("/developer/documents/{id}", get(download_document))
        .route(
            "/apps/{id}/logo",
            get(serve_logo).post(upload_logo.layer(DefaultBodyLimit::max(logo_limit))),
        )
        .route("/apps/{id}/sandbox-secret", post(sandbox_secret_page))
        .route("/apps/{id}/production-secret", post(production_secret_page))
        .route("/apps/{id}/assertion-test", post(assertion_test_page))
        .route(CREATE_TOKEN_PATH, post(create_token_page))
        .route(CREATE_LINK_PATH, post(create_link_page))
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
        .layer(middleware::from_fn(retry_stalled_render))
        .layer(middleware::from_fn_with_state(
            state.form_limits.clone(),
            limit_form_posts,
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
