//! The Veracity Developer Portal as a Leptos library: pages and components for every role,
//! and behind the `ssr` feature the database access and the e-mail templates the server uses.

pub mod components;
pub mod domain;
pub mod error;
mod form_error;
pub mod models;
pub mod pages;
mod root;
pub mod serverfns;

#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod email;
#[cfg(feature = "ssr")]
pub mod services;

pub use root::{shell, App};

/// Hydrates the server-rendered page in the browser, then marks the body with
/// `data-hydrated="true"` so browser tests can wait for interactivity.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);

    if let Some(body) = leptos::prelude::document().body() {
        // Failing to set a data attribute only affects tests, never the page.
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
