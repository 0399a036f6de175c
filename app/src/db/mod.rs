//! Database access: the connection pool, the sea-orm entities and the query functions that
//! take a connection. Nothing here decides policy; services above it do.

pub mod account_tokens;
pub mod accounts;
pub mod agreements;
pub mod app_clients;
pub mod app_logos;
pub mod app_statuses;
pub mod apps;
pub mod audit;
pub mod change_notices;
pub mod client_secrets;
pub mod clinic_administrators;
pub mod clinic_apps;
pub mod clinics;
pub mod closure_days;
pub mod connect;
pub mod developer_members;
pub mod developer_profiles;
pub mod entities;
pub mod gallery;
pub mod identity_documents;
pub mod identity_reviews;
pub mod jwks_cache;
pub mod member_invitations;
pub mod notices;
pub mod outbox;
pub mod registration_links;
pub mod registry_clients;
pub mod registry_events;
pub mod registry_tokens;
pub mod review_submissions;
pub mod session_store;
pub mod sign_in_throttles;
pub mod submissions;
mod write_transaction;

pub use connect::{connect, ConnectError, DatabaseTarget, PoolSettings};
pub use write_transaction::begin_write;
