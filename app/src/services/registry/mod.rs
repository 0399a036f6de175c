//! The registry API the OAuth server consumes: its bearer tokens, a client as published,
//! the decision whether a client may be used at a clinic, secret verification, and the
//! change feed with the appenders the other services call.

mod changes;
mod client;
mod decision;
mod secret_check;
pub mod tokens;

pub use changes::{
    append_for_app_clients, append_for_client, append_for_environment, list_changes, ChangeEvent,
    ChangePage,
};
pub use client::{read_client, ClientPolicy, RegistryClient};
pub use decision::{decide_client, ClientDecision};
pub use secret_check::verify_secret;
