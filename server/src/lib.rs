//! The axum side of the portal: configuration, telemetry, the router with its layers,
//! start-up, and the background workers such as the e-mail outbox. The pages and the rules
//! live in the `app` crate.

pub mod admin;
pub mod apps;
pub mod bench_seed;
pub mod change_feed;
pub mod cli;
pub mod clinic_links;
pub mod commands;
pub mod config;
pub mod csrf;
pub mod demo_data;
pub mod documents;
pub mod form_rate_limit;
pub mod health;
pub mod mail;
pub mod rate_limit;
pub mod registry;
pub mod render_retry;
pub mod request_span;
pub mod router;
pub mod security_headers;
pub mod service_base_urls;
pub mod sessions;
pub mod shutdown;
pub mod startup;
pub mod state;
pub mod telemetry;
pub mod workers;
