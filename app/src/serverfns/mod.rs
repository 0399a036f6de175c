//! Server functions: each takes the request's session, calls one service, and returns the
//! typed error that sets the response status.

pub mod accounts;
pub mod admin;
pub mod agreement;
pub mod apps;
pub mod change_notices;
pub mod clinic;
pub mod dashboards;
pub mod docs;
pub mod gallery;
pub mod identity;
#[cfg(feature = "ssr")]
mod request_context;
pub mod review;
#[cfg(feature = "ssr")]
mod support;
pub mod transparency;

#[cfg(feature = "ssr")]
pub use request_context::{provide_request_context, ShownSecrets};
